import { describe, expect, it } from 'vitest';
import type { FirstSyncResult, Segment } from '../sync/first-sync';
import type { ServerCounters } from '../sync/server-protocol';
import type { PouchPhase, PouchVariantResult } from './replicate';
import { pouchPhases, pouchRatios, pouchSection, qorgauPhases, ratio } from './report';
import type { PouchReport } from './run';

const MB = 1024 * 1024;

function segment(name: string, items: number, wallMs: number, up: number, down: number): Segment {
  const server = {
    requests: 2,
    bytesIn: up,
    bytesOut: down,
    cpuMs: 100,
    peakRss: wallMs * MB,
  } as ServerCounters;
  return {
    name,
    items,
    wallMs,
    client: {} as Segment['client'],
    server,
    applyMs: 0,
    clientBusyMs: 0,
    memory: {
      rssBefore: 300 * MB,
      rssPeak: (300 + wallMs) * MB,
      heapBefore: 0,
      heapPeak: wallMs * MB,
    },
  };
}

const ours: FirstSyncResult = {
  adoptMs: 1,
  checks: [],
  segments: [
    segment('A first sync: push', 50_001, 40_000, 30 * MB, 2 * MB),
    segment('A first sync: pull', 50_001, 20_000, 0.1 * MB, 28 * MB),
    segment('B first pull: push', 0, 5, 0, 0),
    segment('B first pull: pull', 50_001, 30_000, 0.1 * MB, 28 * MB),
  ],
};

function phase(
  name: string,
  records: number,
  wallMs: number,
  up: number,
  down: number,
): PouchPhase {
  return {
    name,
    call: 'A.sync(remote)',
    records,
    written: { push: records, pull: 0 },
    wallMs,
    doneMs: { push: wallMs, pull: 10 },
    server: {
      requests: 1000,
      bytesIn: up,
      bytesOut: down,
      byRoute: { 'POST /{db}/_bulk_docs 201': 500 },
      cpuMs: 9000,
      peakRss: 150 * MB,
      peakHeap: 0,
    },
    memory: { rssBefore: 400 * MB, rssPeak: 500 * MB, heapBefore: 0, heapPeak: 250 * MB },
  };
}

const variant: PouchVariantResult = {
  server: 'leveldb',
  client: 'idb',
  load: { docs: 50_001, ms: 15_000 },
  correct: { docs: 100, ms: 80 },
  totalMs: 200_000,
  serverDiskBytes: 80 * MB,
  replication: 'defaults',
  phases: [
    phase('A first sync', 50_001, 180_000, 100 * MB, 5 * MB),
    phase('B first pull', 50_001, 45_000, 5 * MB, 25 * MB),
  ],
  checks: [],
};

describe('PouchDB section of the report', () => {
  it('formats ratios to read at a glance', () => {
    expect(ratio(3, 1)).toBe('×3.00');
    expect(ratio(1, 4)).toBe('×0.25');
    expect(ratio(1, 150)).toBe('×0.0067');
    expect(ratio(0, 5)).toBe('×0.00');
    expect(ratio(45, 2)).toBe('×22.5');
    expect(ratio(1000, 3)).toBe('×333');
    expect(ratio(1, 0)).toBe('—');
    expect(ratio(Number.NaN, 1)).toBe('—');
  });

  it("adds up each syncOnce's push and pull into our phase", () => {
    const [a, b] = qorgauPhases('pglite', ours);
    expect(a).toMatchObject({
      side: 'Qorgau, pglite',
      phase: 'A first sync',
      records: 50_001,
      wallMs: 60_000,
      requests: 4,
      clientRssBefore: 300 * MB,
      clientRssPeak: 40_300 * MB,
      serverRssPeak: 40_000 * MB,
      serverCpuMs: 200,
    });
    expect(a!.up).toBeCloseTo(30.1 * MB);
    expect(a!.down).toBeCloseTo(30 * MB);
    expect(b).toMatchObject({ phase: 'B first pull', records: 50_001, wallMs: 30_005 });
    expect(pouchPhases(variant)[0]).toMatchObject({
      side: 'PouchDB, leveldb/idb',
      requests: 1000,
      up: 100 * MB,
      clientHeapPeak: 250 * MB,
    });
  });

  it('gives the ratios as numbers for the JSON report, null where nothing compares', () => {
    const runs = [{ db: { kind: 'pglite' as const, version: '18' }, firstSync: ours }];
    const r = pouchRatios(runs, [variant]);
    expect(r.map((x) => [x.phase, x.pouch, x.backend])).toEqual([
      ['A first sync', 'leveldb/idb', 'pglite'],
      ['B first pull', 'leveldb/idb', 'pglite'],
    ]);
    expect(r[0]!.wall).toBe(3);
    expect(r[0]!.bytes).toBeCloseTo(60.1 / 105);
    expect(r[1]!.requests).toBe(250);
    const silent = { ...variant, phases: [{ ...variant.phases[0]!, wallMs: 0 }] };
    const noTime = { ...ours, segments: ours.segments.map((s) => ({ ...s, wallMs: 0 })) };
    expect(pouchRatios([{ ...runs[0]!, firstSync: noTime }], [silent])[0]!.wall).toBeNull();
  });

  it('puts the ratios per phase and backend, and the floor', () => {
    const report: PouchReport = {
      variants: [variant],
      floor: {
        all: { records: 50_001, jsonBytes: 90 * MB, gzipBytes: 12 * MB },
        changed: { records: 100, jsonBytes: 200 * 1024, gzipBytes: 25 * 1024 },
      },
    };
    const md = pouchSection(
      [{ db: { kind: 'pglite', version: '18' }, firstSync: ours }],
      report,
    ).join('\n');
    // A first sync: 180 s ÷ 60 s; bytes (30.1 + 30) ÷ (100 + 5) MB.
    expect(md).toContain('| A first sync | leveldb/idb | ×3.00 | ×0.57 | ×250 |');
    expect(md).toContain('| B first pull | leveldb/idb | ×1.50 | ×0.94 | ×250 |');
    expect(md).toContain('| A first sync | PouchDB, leveldb/idb | 50 001 | 180.0 | 278 | 1 000 |');
    expect(md).toContain('**12.0 MB gzipped**');
    expect(md).toContain('PouchDB, leveldb/idb 100.0 MB (×8.33)');
    expect(md).toContain(
      '  - A first sync, `A.sync(remote)` (push done at 180.0 s, pull at 0.0 s): 500 POST /{db}/_bulk_docs 201',
    );
  });
});
