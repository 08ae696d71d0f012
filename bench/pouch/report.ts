/**
 * The "side by side with PouchDB" section of the sync bench's report: our phases (the segments
 * of each `syncOnce` added up) next to PouchDB's, the ratios per phase and per backend, and the
 * wire floor.
 */
import type { FirstSyncResult } from '../sync/first-sync';
import type { DbInfo } from '../sync/server-protocol';
import type { PouchVariantResult } from './replicate';
import type { PouchReport } from './run';
import { variantLabel } from './variants';

/** One phase of one side, in the figures both sides have. */
export interface PhaseFigures {
  side: string;
  phase: string;
  records: number;
  wallMs: number;
  requests: number;
  /** Bytes on the server's sockets, headers included. */
  up: number;
  down: number;
  clientRssBefore: number;
  clientRssPeak: number;
  clientHeapPeak: number;
  serverRssPeak: number;
  serverCpuMs: number;
}

export const PHASES = ['A first sync', 'B first pull', 'A incremental', 'B incremental'];

/** Our phases: each `syncOnce`'s push and pull segments ("A first sync: push", …) added up. */
export function qorgauPhases(kind: string, fs: FirstSyncResult): PhaseFigures[] {
  const out = new Map<string, PhaseFigures>();
  for (const s of fs.segments) {
    const phase = s.name.split(': ')[0]!;
    const p = out.get(phase) ?? {
      side: `Qorgau, ${kind}`,
      phase,
      records: 0,
      wallMs: 0,
      requests: 0,
      up: 0,
      down: 0,
      clientRssBefore: s.memory.rssBefore,
      clientRssPeak: 0,
      clientHeapPeak: 0,
      serverRssPeak: 0,
      serverCpuMs: 0,
    };
    // The records the phase moved: the push's ops, or the pull's changes (A gets its own back).
    p.records = Math.max(p.records, s.items);
    p.wallMs += s.wallMs;
    p.requests += s.server.requests;
    p.up += s.server.bytesIn;
    p.down += s.server.bytesOut;
    p.clientRssPeak = Math.max(p.clientRssPeak, s.memory.rssPeak);
    p.clientHeapPeak = Math.max(p.clientHeapPeak, s.memory.heapPeak);
    p.serverRssPeak = Math.max(p.serverRssPeak, s.server.peakRss);
    p.serverCpuMs += s.server.cpuMs;
    out.set(phase, p);
  }
  return [...out.values()];
}

export function pouchPhases(v: PouchVariantResult): PhaseFigures[] {
  return v.phases.map((p) => ({
    side: `PouchDB, ${variantLabel(v)}`,
    phase: p.name,
    records: p.records,
    wallMs: p.wallMs,
    requests: p.server.requests,
    up: p.server.bytesIn,
    down: p.server.bytesOut,
    clientRssBefore: p.memory.rssBefore,
    clientRssPeak: p.memory.rssPeak,
    clientHeapPeak: p.memory.heapPeak,
    serverRssPeak: p.server.peakRss,
    serverCpuMs: p.server.cpuMs,
  }));
}

/** `a ÷ b`, or null when it means nothing (nothing to divide by). */
export const quotient = (a: number, b: number): number | null =>
  b > 0 && Number.isFinite(a) ? a / b : null;

/** A quotient to read at a glance: two digits that matter below 1, then fewer decimals. */
export function fmtRatio(x: number | null): string {
  if (x === null) return '—';
  if (x > 0 && x < 1) return `×${x.toPrecision(2)}`;
  return `×${x.toFixed(x >= 100 ? 0 : x >= 10 ? 1 : 2)}`;
}

export const ratio = (a: number, b: number) => fmtRatio(quotient(a, b));

/** One PouchDB set-up against one of our backends in one phase (in the JSON report too). */
export interface PouchRatio {
  phase: string;
  /** The PouchDB set-up, server/laptop, e.g. "leveldb/idb". */
  pouch: string;
  backend: string;
  /** PouchDB's wall time ÷ ours: above 1, we are faster (the first sync's goal is ≥ 3). */
  wall: number | null;
  /** Our bytes on the wire (up + down) ÷ PouchDB's: below 1, we send less (goal ≤ 0.5). */
  bytes: number | null;
  /** PouchDB's requests ÷ ours. */
  requests: number | null;
}

type Runs = { db: DbInfo; firstSync?: FirstSyncResult }[];

const find = (list: PhaseFigures[], phase: string) => list.find((p) => p.phase === phase);

export function pouchRatios(runs: Runs, variants: PouchVariantResult[]): PouchRatio[] {
  const ours = runs
    .filter((r) => r.firstSync)
    .map((r) => ({ kind: r.db.kind, phases: qorgauPhases(r.db.kind, r.firstSync!) }));
  const out: PouchRatio[] = [];
  for (const phase of PHASES) {
    for (const v of variants) {
      const p = find(pouchPhases(v), phase);
      if (!p) continue;
      for (const o of ours) {
        const q = find(o.phases, phase);
        if (!q) continue;
        out.push({
          phase,
          pouch: variantLabel(v),
          backend: o.kind,
          wall: quotient(p.wallMs, q.wallMs),
          bytes: quotient(q.up + q.down, p.up + p.down),
          requests: quotient(p.requests, q.requests),
        });
      }
    }
  }
  return out;
}

const MB = 1024 * 1024;
const f0 = (x: number) => Math.round(x).toLocaleString('en-US').replace(/,/g, ' ');
const s1 = (ms: number) => (ms / 1000).toFixed(1);
const mb = (b: number) => (b / MB).toFixed(1);
const kb = (b: number) => f0(b / 1024);
const size = (b: number) => (b >= 10 * MB ? `${mb(b)} MB` : `${kb(b)} KB`);
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

function figuresRow(p: PhaseFigures): string {
  return row([
    p.phase,
    p.side,
    f0(p.records),
    s1(p.wallMs),
    p.wallMs > 0 ? f0(p.records / (p.wallMs / 1000)) : '—',
    f0(p.requests),
    mb(p.up),
    mb(p.down),
    `${f0(p.clientRssPeak / MB)} (+${f0((p.clientRssPeak - p.clientRssBefore) / MB)})`,
    f0(p.clientHeapPeak / MB),
    f0(p.serverRssPeak / MB),
    s1(p.serverCpuMs),
  ]);
}

export function pouchSection(runs: Runs, pouch: PouchReport): string[] {
  const ours = runs
    .filter((r) => r.firstSync)
    .map((r) => ({ kind: r.db.kind, phases: qorgauPhases(r.db.kind, r.firstSync!) }));
  const theirs = pouch.variants.map((v) => ({ v, phases: pouchPhases(v) }));
  const ratios = pouch.ratios ?? pouchRatios(runs, pouch.variants);
  const fl = pouch.floor;
  const lines = [
    '## Side by side with PouchDB',
    '',
    `The same ${f0(fl.all.records)} records (the seeded laptop's outbox: the register and the profile), ` +
      "each a flat PouchDB document (`_id` the record's id, `entity` beside the row's fields). " +
      'PouchDB 9 on the laptop, in the bench process; express-pouchdb 4 (`minimumForPouchDB`: the ' +
      "replicator's routes and response gzip, no log, no authentication — ours checks a device token " +
      'on every request) in its own process on loopback. Server storage `leveldb` (leveldown on ' +
      "disk, as pouchdb-server) or `memory`; the laptop's adapter `idb` on fake-indexeddb (the " +
      'same IndexedDB shim as ours: the fair comparison) or `memory` (no IndexedDB at all: flatters ' +
      'PouchDB). A runs `A.sync(remote)` (push and pull at once) where ours runs `syncOnce` (push, ' +
      `then pull); B runs \`B.replicate.from(remote)\`. ${pouch.variants[0]?.replication ?? ''}. ` +
      "Our phases are each syncOnce's push and pull added up. Bytes and memory are measured the " +
      'same way on both sides (server sockets, headers included; 50 ms samples).',
    '',
    row([
      'phase',
      'side',
      'records',
      'wall s',
      'records/s',
      'requests',
      'up MB',
      'down MB',
      'client RSS MB (peak, Δ)',
      'client heap MB (peak)',
      'server RSS MB (peak)',
      'server CPU s',
    ]),
    row(Array(12).fill('---')),
    ...PHASES.flatMap((phase) =>
      [...ours, ...theirs]
        .map((s) => find(s.phases, phase))
        .filter((p): p is PhaseFigures => Boolean(p))
        .map(figuresRow),
    ),
    '',
  ];
  if (ours.length) {
    lines.push(
      '### Ratios',
      '',
      'Wall time PouchDB ÷ Qorgau (above ×1: we are faster; the goal for the first sync is ×3) and ' +
        'bytes on the wire, up and down, Qorgau ÷ PouchDB (below ×1: we send less; the goal is ×0.5).',
      '',
      row([
        'phase',
        'PouchDB',
        ...ours.map((o) => `wall: PouchDB ÷ ${o.kind}`),
        ...ours.map((o) => `bytes: ${o.kind} ÷ PouchDB`),
        ...ours.map((o) => `requests: PouchDB ÷ ${o.kind}`),
      ]),
      row(Array(2 + 3 * ours.length).fill('---')),
    );
  }
  for (const phase of PHASES) {
    for (const t of theirs) {
      const label = variantLabel(t.v);
      const r = ours.map((o) =>
        ratios.find((x) => x.phase === phase && x.pouch === label && x.backend === o.kind),
      );
      if (!r.some(Boolean)) continue;
      lines.push(
        row([
          phase,
          label,
          ...r.map((x) => fmtRatio(x?.wall ?? null)),
          ...r.map((x) => fmtRatio(x?.bytes ?? null)),
          ...r.map((x) => fmtRatio(x?.requests ?? null)),
        ]),
      );
    }
  }
  // What each side sent up in a phase, and how many times the floor of its records that is.
  const up = (phase: string, floor: number) =>
    [...ours.map((o) => o.phases), ...theirs.map((t) => t.phases)]
      .map((ps) => find(ps, phase))
      .filter((p): p is PhaseFigures => Boolean(p))
      .map((p) => `${p.side} ${size(p.up)} (${ratio(p.up, floor)})`)
      .join('; ') || '—';
  lines.push(
    '',
    '### The wire floor',
    '',
    'The gzip size (level 6, Node zlib) of the records as stored, one JSON array: what any ' +
      'protocol must at least send.',
    '',
    `- all ${f0(fl.all.records)} records: ${size(fl.all.jsonBytes)} of JSON, **${size(fl.all.gzipBytes)} gzipped**. ` +
      `Sent up by the first sync (× the floor): ${up('A first sync', fl.all.gzipBytes)}.`,
    `- the ${f0(fl.changed.records)} corrected records: ${size(fl.changed.jsonBytes)} of JSON, ` +
      `**${size(fl.changed.gzipBytes)} gzipped**. Sent up by the incremental sync: ${up('A incremental', fl.changed.gzipBytes)}.`,
    '',
    "`A.sync(remote)` runs push and pull at once, each with its own checkpoint. In A's first " +
      'sync the pull is done before the push has sent much, so its checkpoint stays near the ' +
      "start and A's next sync pulls back every change of that first push (and finds them all " +
      "present): the `_changes` pages of A's incremental sync below.",
    '',
    ...pouch.variants.flatMap((v) => [
      `- PouchDB ${variantLabel(v)}: laptop A loaded in ${s1(v.load.ms)} s (${f0(v.load.docs)} docs, ` +
        `bulkDocs of 1 000: set-up, not sync); ${v.correct.docs} corrections (get + put) in ` +
        `${f0(v.correct.ms)} ms; ${s1(v.totalMs)} s for the whole set-up` +
        (v.server === 'leveldb'
          ? `; the server's leveldb folder ${size(v.serverDiskBytes)}.`
          : '.'),
      ...v.phases.map((p) => {
        const done = [
          p.doneMs.push !== undefined ? `push done at ${s1(p.doneMs.push)} s` : '',
          p.doneMs.pull !== undefined ? `pull at ${s1(p.doneMs.pull)} s` : '',
        ].filter(Boolean);
        const routes = Object.entries(p.server.byRoute)
          .sort((a, b) => b[1] - a[1])
          .map(([k, n]) => `${n} ${k}`)
          .join(', ');
        return `  - ${p.name}, \`${p.call}\` (${done.join(', ')}): ${routes}`;
      }),
    ]),
    '',
  );
  return lines;
}
