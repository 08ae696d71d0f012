/**
 * Issue 10's goals, read from the parts' JSON reports: aims, not pass/fail tests. A figure a
 * part did not produce is shown as "not measured", never guessed.
 */
export interface Goal {
  what: string;
  measured: string;
  target: string;
  /** null: the run did not measure it. */
  meets: boolean | null;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});
const num = (v: unknown): number | null => (typeof v === 'number' && isFinite(v) ? v : null);

interface Ratio {
  phase: string;
  pouch: string;
  backend: string;
  wall: number | null;
  bytes: number | null;
}

const times = (x: number) => `×${x >= 10 ? x.toFixed(0) : x.toFixed(2)}`;

function syncGoals(sync: Json): Goal[] {
  const ratios = (obj(sync['pouch'])['ratios'] as Ratio[] | undefined) ?? [];
  const records = num(obj(sync['options'])['records']);
  const n = records === null ? '' : `, ${records.toLocaleString('en-US')} records`;
  const out: Goal[] = [];
  for (const backend of ['postgres', 'pglite']) {
    const r = ratios.find(
      (x) => x.phase === 'A first sync' && x.pouch === 'leveldb/idb' && x.backend === backend,
    );
    if (!r) continue;
    out.push({
      what: `first sync${n}: PouchDB's time ÷ ours (${backend}; PouchDB on leveldb, laptop idb)`,
      measured: r.wall === null ? 'not measured' : times(r.wall),
      target: '≥ ×3',
      meets: r.wall === null ? null : r.wall >= 3,
    });
    out.push({
      what: `first sync: our bytes ÷ PouchDB's, up and down (${backend})`,
      measured: r.bytes === null ? 'not measured' : times(r.bytes),
      target: '≤ ×0.5',
      meets: r.bytes === null ? null : r.bytes <= 0.5,
    });
  }
  return out;
}

function searchGoal(label: string, run: Json): Goal {
  const p95 = num(obj(run['search'])['p95']);
  return {
    what: `register search p95 over ${num(obj(run['options'])['n'])?.toLocaleString('en-US') ?? '?'} rows (${label})`,
    measured: p95 === null ? 'not measured' : `${p95.toFixed(1)} ms`,
    target: '≤ 30 ms',
    meets: p95 === null ? null : p95 <= 30,
  };
}

function loadGoals(load: Json): Goal[] {
  const days = (load['days'] as Json[] | undefined) ?? [];
  return days.map((day) => {
    const both = obj(day['both']);
    const rps = num(both['rps']);
    const p99 = num(obj(both['latency'])['p99']);
    const measured =
      rps === null || p99 === null
        ? 'not measured'
        : `${Math.round(rps).toLocaleString('en-US')} req/s at p99 ${Math.round(p99)} ms`;
    return {
      what: `server, ${num(day['advocates'])?.toLocaleString('en-US')} advocates × (push + pull), ${num(day['connections'])} connections, PostgreSQL`,
      measured,
      target: '≥ 1 000 req/s at p99 ≤ 250 ms',
      meets: rps === null || p99 === null ? null : rps >= 1000 && p99 <= 250,
    };
  });
}

export function goalsOf(parts: { sync?: unknown; register?: unknown; load?: unknown }): Goal[] {
  const goals: Goal[] = [];
  if (parts.sync) goals.push(...syncGoals(obj(parts.sync)));
  if (parts.register) {
    const reg = obj(parts.register);
    const codec = String(obj(reg['options'])['codec'] ?? 'encrypted');
    goals.push(searchGoal(codec === 'plain' ? 'plain store' : 'encrypted, as shipped', reg));
    if (reg['plain']) goals.push(searchGoal('plain store', { ...reg, ...obj(reg['plain']) }));
  }
  if (parts.load) goals.push(...loadGoals(obj(parts.load)));
  return goals;
}

export function goalsTable(goals: Goal[]): string {
  const verdict = (g: Goal) => (g.meets === null ? '—' : g.meets ? 'meets' : '**misses**');
  return [
    '| goal | measured | target | |',
    '| --- | --- | --- | --- |',
    ...goals.map((g) => `| ${g.what} | ${g.measured} | ${g.target} | ${verdict(g)} |`),
  ].join('\n');
}
