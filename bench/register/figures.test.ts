import { describe, expect, it } from 'vitest';
import { noticeFigures, report, rounded, runFigures } from './figures.mjs';

const doc = (ms: number) => ({ ms, docMs: 1, renderMs: ms - 1, importMs: 0, pages: 3, bytes: 100 });

/** A tiny run: 4 queries (one per kind), 2 of them scanned, 2 months. */
function rawRun() {
  const kinds = ['prefix', 'two-word', 'iin', 'iin6'];
  const indexed = kinds.map((kind, i) => ({
    kind,
    q: `q${i}`,
    ms: 10 * (i + 1),
    ids: i === 0 ? ['a', 'b'] : ['c'],
    keyRows: 100 * (i + 1),
  }));
  return {
    codec: 'encrypted',
    created: { vaultMs: 90 },
    store: {
      dbName: 'qorgau-bench-encrypted',
      codecId: 'aes-gcm-v1',
      vaultMs: 80,
      kdfIterations: 600_000,
      idbGetAllOptions: true,
    },
    seed: {
      n: 1000,
      bulk: 900,
      viaRepo: 100,
      batch: 500,
      bulkMs: 900,
      buildMs: 400,
      waitMs: 500,
      totalMs: 1500,
      createMs: [4, 5, 6],
    },
    open: { ms: 2, countMs: 3, count: 1000 },
    storage: {
      usage: 2_000_000,
      quota: 1e9,
      details: { indexedDB: 1_000_000 },
      onDiskIndexedDb: 1_500_000,
    },
    queries: indexed.map(({ kind, q }) => ({ kind, q })),
    indexed,
    // The full scan's answer for every query: the same as the index's.
    checkAll: { ms: 5000, ids: indexed.map((r) => r.ids) },
    scanned: [
      { k: 0, ms: 400, ids: ['a', 'b'], matches: 2 },
      { k: 2, ms: 600, ids: ['c'], matches: 1 },
    ],
    phases: [],
    pages: [
      { month: '2026-10', ms: 20, listMs: 15, rows: 40 },
      { month: '2026-11', ms: 30, listMs: 25, rows: 60 },
    ],
    floor: {
      open: { ms: 1, version: 80 },
      search: indexed.map((r) => ({ ms: r.ms / 5, rows: r.keyRows })),
      getAllAll: [
        { ms: 200, rows: 1000 },
        { ms: 100, rows: 1000 },
        { ms: 300, rows: 1000 },
      ],
      getAll30: [{ ms: 1, rows: 30 }],
      months: [
        { month: '2026-10', ms: 10, rows: 40 },
        { month: '2026-11', ms: 10, rows: 60 },
      ],
    },
    pdfRuns: [1500, 1000, 900, 1100].map((ms) => ({ ...doc(ms), entries: 500, openMs: 20 })),
    noticeRuns: [1400, 950, 1000, 900].map((ms) => ({ ...doc(ms), notices: 200, kk: 108 })),
    codecCost: {
      decodeUsPerRow: 40,
      decodeConcurrentUsPerRow: 45,
      lookupKeyUsPerKey: 30,
      avgEntryJsonBytes: 1150,
      avgPlainEntryJsonBytes: 840,
      avgSearchKeys: 26,
    },
  };
}

describe('register bench figures', () => {
  const f = runFigures(rawRun(), { pdfMonth: '2026-11' });

  it('puts search, its floor and the scan side by side, ratios per query', () => {
    expect(f.search).toMatchObject({ queries: 4, p50: 20, p95: 40, max: 40, floorRatio: 5 });
    expect(f.search.byKind.all).toMatchObject({ n: 4, scanN: 2, floorP50: 4, scanRatio: 20 });
    expect(f.search.byKind.iin).toMatchObject({ n: 1, p50: 30, scanP50: 600, scanRatio: 20 });
    expect(f.search.check).toEqual({ queries: 4, scanned: 2, ms: 5000, mismatches: [] });
    expect(f.search.all[0]).toEqual({
      kind: 'prefix',
      q: 'q0',
      ms: 10,
      floorMs: 2,
      keyRows: 100,
      hits: 2,
    });
    expect(f.scan).toMatchObject({ queries: 2, p50: 400, p95: 600, ratio: 20, vsGetAllAll: 2 });
  });

  it('fails the check for a query the index answers differently from a full scan', () => {
    const raw = rawRun();
    // q3 differs in the one-pass check, q2 in its timed scan; q1 was never answered by the check.
    raw.checkAll.ids = [['a', 'b'], undefined as unknown as string[], ['c'], ['x']];
    raw.scanned[1] = { k: 2, ms: 600, ids: [], matches: 0 };
    const check = runFigures(raw, { pdfMonth: '2026-11' }).search.check;
    expect(check).toMatchObject({ queries: 4, scanned: 2, mismatches: ['q1', 'q2', 'q3'] });
  });

  it('reports the raw floors and the first page against the month index', () => {
    expect(f.floor.getAllAll).toEqual({ p50: 200, runs: 3, rows: 1000 });
    expect(f.floor.getAll30).toEqual({ p50: 1, runs: 1, rows: 30 });
    expect(f.floor.monthIndex).toEqual({ p50: 10, p95: 10, months: 2, avgRows: 50 });
    expect(f.floor.idbGetAllOptions).toBe(true);
    expect(f.firstPage).toMatchObject({
      months: 2,
      p50: 20,
      p95: 30,
      floorRatio: 2,
      avgRowsPerMonth: 50,
    });
  });

  it('names every Documents figure: cold, warm median, per notice', () => {
    expect(f.pdf).toMatchObject({
      rows: 500,
      month: '2026-11',
      coldMs: 1500,
      warmMedianMs: 1000,
    });
    expect(f.notices).toMatchObject({
      count: 200,
      kk: 108,
      coldMs: 1400,
      warmMedianMs: 950,
      perNoticeMs: 4.75,
    });
    expect(noticeFigures(rawRun().noticeRuns).runsMs).toEqual([1400, 950, 1000, 900]);
  });

  it('keeps create, seeding, storage and the codec apart', () => {
    expect(f.create).toEqual({ n: 3, p50: 5, p95: 6, max: 6 });
    expect(f.seeding).toMatchObject({ rows: 1000, bulk: 900, rowsPerSec: 1000 });
    expect(f.storage).toMatchObject({
      indexedDbBytes: 1_000_000,
      onDiskBytes: 1_500_000,
      perEntryBytes: 1000,
    });
    expect(f.codec).toMatchObject({
      id: 'aes-gcm-v1',
      unlockMs: 80,
      vaultCreateMs: 90,
      kdfIterations: 600_000,
    });
  });

  it('writes the first codec at the top and the other under its name', () => {
    const r = report({
      date: 'd',
      command: 'c',
      machine: { cores: 2 },
      options: { n: 1000, codec: 'both' },
      runs: [
        { kind: 'encrypted', figures: f },
        { kind: 'plain', figures: { ...f, codec: { ...f.codec, id: 'identity' } } },
      ],
    });
    expect(r.codec.id).toBe('aes-gcm-v1');
    expect(r.plain.codec.id).toBe('identity');
    expect(Object.keys(r).slice(0, 5)).toEqual(['date', 'command', 'machine', 'options', 'codec']);
  });

  it('rounds float noise to 3 decimals, leaving integers and strings', () => {
    expect(rounded({ a: [0.1 + 0.2, 7], b: 'x', c: null })).toEqual({
      a: [0.3, 7],
      b: 'x',
      c: null,
    });
  });
});
