/**
 * The bench's figures as markdown: machine, first sync per backend, PouchDB side by side,
 * throughput, where time goes.
 */
import { pouchSection } from '../pouch/report';
import type { PouchReport } from '../pouch/run';
import { variantLabel } from '../pouch/variants';
import type { FirstSyncResult, Segment } from './first-sync';
import type { DbInfo } from './server-protocol';
import type { Scenario, ThroughputResult } from './throughput';

export interface Machine {
  cpu: string;
  cores: number;
  ramGb: number;
  node: string;
  os: string;
  loadBefore: number[];
  loadAfter?: number[];
}

export interface BackendRun {
  db: DbInfo;
  firstSync?: FirstSyncResult;
  throughput?: ThroughputResult;
}

export interface BenchReport {
  date: string;
  command: string;
  machine: Machine;
  options: Record<string, unknown>;
  seed: { records: number; consultations: number; appointments: number; ms: number; path: string };
  runs: BackendRun[];
  /** Issue 10: PouchDB replicating the same records (absent with --pouch=none). */
  pouch?: PouchReport;
  totalS: number;
}

const MB = 1024 * 1024;
const f0 = (x: number) => Math.round(x).toLocaleString('en-US').replace(/,/g, ' ');
const f1 = (x: number) => x.toFixed(1);
const s1 = (ms: number) => (ms / 1000).toFixed(1);
const mb = (b: number) => (b / MB).toFixed(1);
const pct = (part: number, whole: number) =>
  whole > 0 ? `${Math.round((100 * part) / whole)} %` : '—';
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

export const dbLabel = (d: DbInfo) =>
  d.kind === 'pglite'
    ? `PGlite (PostgreSQL ${d.version}, in the server process)`
    : `PostgreSQL ${d.version} (fsync=${d.fsync}, synchronous_commit=${d.synchronousCommit})`;

/** A syncOnce with nothing to push shows no push segment. */
const sent = (s: Segment) => s.client.push + s.client.pull > 0;

function firstSyncTable(runs: BackendRun[]): string[] {
  const out = [
    row([
      'backend',
      'phase',
      'records',
      'wall s',
      'records/s',
      'requests',
      'up MB',
      'down MB',
      'down MB as JSON',
      'client RSS MB (peak, Δ)',
      'client heap MB (peak)',
      'server RSS MB (peak)',
    ]),
    row(Array(12).fill('---')),
  ];
  for (const r of runs) {
    if (!r.firstSync) continue;
    for (const s of r.firstSync.segments.filter(sent)) {
      out.push(
        row([
          r.db.kind,
          s.name,
          f0(s.items),
          s1(s.wallMs),
          s.wallMs > 0 ? f0(s.items / (s.wallMs / 1000)) : '—',
          `${s.client.push} push + ${s.client.pull} pull`,
          mb(s.server.bytesIn),
          mb(s.server.bytesOut),
          mb(s.client.receivedJsonBytes),
          `${f0(s.memory.rssPeak / MB)} (+${f0((s.memory.rssPeak - s.memory.rssBefore) / MB)})`,
          f0(s.memory.heapPeak / MB),
          f0(s.server.peakRss / MB),
        ]),
      );
    }
  }
  return out;
}

/** Where one segment's wall time went, client and server side. */
function timeTable(runs: BackendRun[]): string[] {
  const out = [
    row([
      'backend',
      'phase',
      'wall s',
      'server (request in → answer out)',
      'of it DB (queries)',
      'of it handler',
      'client: Dexie apply',
      'client: JSON + gzip out',
      'client: body in + JSON.parse',
      'client: IPC clone',
      'client: rest (zod, outbox reads, engine)',
      'client waits for an answer',
    ]),
    row(Array(12).fill('---')),
  ];
  for (const r of runs) {
    for (const s of (r.firstSync?.segments ?? []).filter(sent)) out.push(timeRow(r.db.kind, s));
  }
  return out;
}

function timeRow(kind: string, s: Segment): string {
  const c = s.client;
  // The client's busy time (its event loop not idle) less what is measured inside it; the push
  // is pipelined, so the server's time overlaps the client's and the shares add up to more
  // than 100 %. What is left of the wall time is the client waiting for an answer.
  const known = c.encodeMs + c.bodyMs + c.parseMs + c.ipcCloneMs + s.applyMs;
  const rest = s.clientBusyMs - known;
  const cell = (ms: number) => `${s1(ms)} (${pct(ms, s.wallMs)})`;
  return row([
    kind,
    s.name,
    s1(s.wallMs),
    cell(s.server.serverMs),
    `${s1(s.server.dbMs)} (${f0(s.server.dbQueries)})`,
    s1(s.server.handlerMs),
    cell(s.applyMs),
    cell(c.encodeMs),
    cell(c.bodyMs + c.parseMs),
    cell(c.ipcCloneMs),
    cell(rest),
    cell(Math.max(0, s.wallMs - s.clientBusyMs)),
  ]);
}

function scenarioRow(kind: string, s: Scenario): string {
  const sv = s.server;
  return row([
    kind,
    s.name,
    s.connections,
    f0(s.durationS),
    f0(s.requests),
    f0(s.rps),
    f1(s.latency.p50),
    f1(s.latency.p90),
    f1(s.latency.p99),
    f0(s.latency.max),
    s.errors,
    s.timeouts,
    s.non2xx,
    f0(s.bodyBytes),
    sv.requests ? f0(sv.bytesOut / sv.requests) : '—',
    sv.requests ? f1(sv.dbQueries / sv.requests) : '—',
    sv.requests ? f1(sv.dbMs / sv.requests) : '—',
    pct(sv.cpuMs, s.durationS * 1000),
  ]);
}

export function renderMarkdown(r: BenchReport): string {
  const m = r.machine;
  const tp = r.runs.filter((x) => x.throughput);
  const lines = [
    `# Sync bench, ${r.date}`,
    '',
    `Command: \`${r.command}\` (${s1(r.totalS * 1000)} s in all).`,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${f1(m.ramGb)} GB RAM, ${m.os}; Node ${m.node}. ` +
      `Load average before the run ${m.loadBefore.map(f1).join(' / ')}` +
      (m.loadAfter ? `, after ${m.loadAfter.map(f1).join(' / ')}` : '') +
      ' (1 / 5 / 15 min; above the core count, other work shared the machine).',
    '',
    `Databases: ${r.runs.map((x) => dbLabel(x.db)).join('; ')}.`,
    '',
    `Options: ${Object.entries(r.options)
      .map(([k, v]) => `${k}=${String(v)}`)
      .join(', ')}.`,
    '',
    `Data: ${f0(r.seed.records)} records of one advocate (${f0(r.seed.consultations)} consultations, ` +
      `${f0(r.seed.appointments)} appointments) and the profile, written ${r.seed.path} in ${s1(r.seed.ms)} s ` +
      `(${f0(r.seed.records / (r.seed.ms / 1000))} records/s on fake-indexeddb).`,
    '',
  ];
  if (r.runs.some((x) => x.firstSync)) {
    lines.push(
      '## First sync over HTTP on loopback',
      '',
      '"up"/"down" are bytes on the server\'s sockets (HTTP headers included, bodies as sent: ' +
        'gzip up from 2 KB, gzip down from 1 KB). Client memory is the bench process (fake-indexeddb ' +
        'keeps the whole database in its heap, so Δ is what the phase added).',
      '',
      ...firstSyncTable(r.runs),
      '',
      ...r.runs
        .filter((x) => x.firstSync)
        .map(
          (x) =>
            `- ${x.db.kind}: identity adoption before the first sync rewrote every row and op in ${s1(x.firstSync!.adoptMs)} s.`,
        ),
      '',
      '### Where the time goes',
      '',
      "Seconds (share of the phase's wall time). The server runs in its own process. The push " +
        'is pipelined one deep (the next batch leaves as soon as an answer comes, and the answer ' +
        "is applied while the server works on it), so the server's time overlaps the client's " +
        'and the shares can add up to more than 100 %. The client columns are measured in the ' +
        "bench process; its rest is the time its event loop was busy less those; 'client waits' " +
        'is the time it was idle, waiting for an answer.',
      '',
      ...timeTable(r.runs),
      '',
    );
  }
  if (r.pouch?.variants.length) lines.push(...pouchSection(r.runs, r.pouch));
  if (tp.length) {
    const o = tp[0]!.throughput!.options;
    lines.push(
      '## Server throughput (autocannon)',
      '',
      `${o.users} advocates in ${o.offices} offices, one device each, ${o.history} records each already ` +
        `on the server. Each request is the next advocate's (cycling): in the push run a push of ` +
        `${o.opsPerPush} new records (gzipped, as the app sends it); in the pull run a pull since the ` +
        "revision before the push run (the day: own records and colleagues' aid marks, one page). " +
        `${o.connections} connections, ${o.durationS} s per run. Latency in ms. "server CPU" is the ` +
        'server process only (PostgreSQL runs in its own processes; PGlite inside the server).',
      '',
      row([
        'backend',
        'scenario',
        'connections',
        's',
        'requests',
        'req/s',
        'p50',
        'p90',
        'p99',
        'max',
        'errors',
        'timeouts',
        'non-2xx',
        'body bytes',
        'answer bytes',
        'queries/req',
        'DB ms/req (with pool and lock waits)',
        'server CPU',
      ]),
      row(Array(18).fill('---')),
      ...tp.flatMap((x) => [
        scenarioRow(x.db.kind, x.throughput!.push),
        scenarioRow(x.db.kind, x.throughput!.pull),
      ]),
      '',
      ...tp.map((x) => {
        const p = x.throughput!.pullSample;
        return (
          `- ${x.db.kind}: a pull answer of that run holds ${p.changes} own records, ${p.marks} aid marks ` +
          `and ${p.conflicts} conflicts (more: ${p.more}), ${f0(p.jsonBytes)} bytes of JSON, ` +
          `${f0(p.gzipBytes)} gzipped.`
        );
      }),
      '',
    );
  }
  const checks = r.runs.flatMap((x) => [
    ...(x.firstSync?.checks ?? []).map((c) => `${x.db.kind}: ${c}`),
    ...(x.throughput?.checks ?? []).map((c) => `${x.db.kind}: ${c}`),
  ]);
  for (const v of r.pouch?.variants ?? []) {
    checks.push(...v.checks.map((c) => `PouchDB ${variantLabel(v)}: ${c}`));
  }
  lines.push('## Checks (the run stops if one fails)', '', ...checks.map((c) => `- ${c}`), '');
  return lines.join('\n');
}
