/**
 * Raw samples of a run (run.mjs) → the figures written to the JSON file and printed. Pure, so
 * the report's shape is tested (figures.test.ts) without a browser. All times in ms unless a
 * name says otherwise (µs: `…Us…`); sizes in bytes.
 */
import { mean, median, medianRatio, stats } from './stats.mjs';

export const KINDS = ['all', 'prefix', 'two-word', 'iin', 'iin6'];

/** The notice batch: the first run of a fresh page (cold: pdfmake and fonts), 3 warm runs. */
export function noticeFigures(runs) {
  const warm = runs.slice(1);
  const warmMedianMs = median(warm.map((r) => r.ms));
  return {
    count: runs[0].notices,
    kk: runs[0].kk,
    coldMs: runs[0].ms,
    warmMedianMs,
    perNoticeMs: warmMedianMs / runs[0].notices,
    docMedianMs: median(warm.map((r) => r.docMs)),
    renderMedianMs: median(warm.map((r) => r.renderMs)),
    runsMs: runs.map((r) => r.ms),
    pages: runs[0].pages,
    bytes: runs[0].bytes,
  };
}

function pdfFigures(runs, month) {
  const warm = runs.slice(1);
  return {
    rows: runs[0].entries,
    month,
    coldMs: runs[0].ms,
    warmMedianMs: median(warm.map((r) => r.ms)),
    docMedianMs: median(warm.map((r) => r.docMs)),
    renderMedianMs: median(warm.map((r) => r.renderMs)),
    // Reading and decrypting the entries first: not in the goal (the screen has them).
    openMedianMs: median(warm.map((r) => r.openMs)),
    runsMs: runs.map((r) => r.ms),
    pages: runs[0].pages,
    bytes: runs[0].bytes,
  };
}

function searchFigures(raw) {
  const { indexed, scanned, floor } = raw;
  const floorOf = (i) => floor.search[i];
  const byKind = Object.fromEntries(
    KINDS.map((kind) => {
      const idx = indexed
        .map((r, i) => ({ r, i }))
        .filter(({ r }) => kind === 'all' || r.kind === kind);
      const sc = scanned.filter((x) => kind === 'all' || indexed[x.k].kind === kind);
      const s = stats(idx.map(({ r }) => r.ms));
      const scanS = stats(sc.map((x) => x.ms));
      const floorS = stats(idx.map(({ i }) => floorOf(i).ms));
      return [
        kind,
        {
          ...s,
          scanN: scanS.n,
          scanP50: scanS.p50,
          scanP95: scanS.p95,
          // Per query, then the median (stats.mjs, medianRatio).
          scanRatio: medianRatio(sc.map((x) => ({ a: x.ms, b: indexed[x.k].ms }))),
          floorP50: floorS.p50,
          floorP95: floorS.p95,
          floorRatio: medianRatio(idx.map(({ r, i }) => ({ a: r.ms, b: floorOf(i).ms }))),
          avgKeyRows: mean(idx.map(({ r }) => r.keyRows)),
          maxKeyRows: Math.max(...idx.map(({ r }) => r.keyRows)),
          avgHits: mean(idx.map(({ r }) => r.ids.length)),
        },
      ];
    }),
  );
  // A full scan is the reference answer: for every query (checkAll: one scan, a plain filter
  // per query) and for each timed scan, the index must find exactly the same entries. A query
  // the check did not answer counts as a mismatch.
  const differs = (ids, i) => ids?.join() !== indexed[i].ids.join();
  const failed = new Set([
    ...indexed.flatMap((_, i) => (differs(raw.checkAll.ids[i], i) ? [i] : [])),
    ...scanned.flatMap((s) => (differs(s.ids, s.k) ? [s.k] : [])),
  ]);
  const mismatches = indexed.filter((_, i) => failed.has(i)).map((r) => r.q);
  const all = byKind.all;
  return {
    queries: indexed.length,
    p50: all.p50,
    p95: all.p95,
    max: all.max,
    floorRatio: all.floorRatio,
    byKind,
    check: {
      queries: raw.checkAll.ids.length,
      scanned: scanned.length,
      ms: raw.checkAll.ms,
      mismatches,
    },
    phases: raw.phases,
    all: indexed.map((r, i) => ({
      kind: r.kind,
      q: r.q,
      ms: r.ms,
      floorMs: floorOf(i).ms,
      keyRows: r.keyRows,
      hits: r.ids.length,
    })),
  };
}

/** The figures of one register run (one codec). */
export function runFigures(raw, { pdfMonth }) {
  const { floor, pages, seed, codecCost } = raw;
  const search = searchFigures(raw);
  const scanS = stats(raw.scanned.map((x) => x.ms));
  const getAllAll = stats(floor.getAllAll.map((r) => r.ms));
  const getAll30 = stats(floor.getAll30.map((r) => r.ms));
  const monthS = stats(floor.months.map((r) => r.ms));
  const searchFloor = stats(floor.search.map((r) => r.ms));
  const pageS = stats(pages.map((p) => p.ms));
  const idb = raw.storage.details?.indexedDB ?? raw.storage.usage;
  const { createMs, ...seedRest } = seed;
  return {
    codec: {
      id: raw.store.codecId,
      dbName: raw.store.dbName,
      kdfIterations: raw.store.kdfIterations,
      // PBKDF2 at the shipped cost: creating the vault before seeding, unlocking it after the
      // reload. Outside every other figure.
      vaultCreateMs: raw.created.vaultMs,
      unlockMs: raw.store.vaultMs,
      decodeUsPerRow: codecCost.decodeUsPerRow,
      decodeConcurrentUsPerRow: codecCost.decodeConcurrentUsPerRow,
      lookupKeyUsPerKey: codecCost.lookupKeyUsPerKey,
      avgEntryJsonBytes: codecCost.avgEntryJsonBytes,
      avgPlainEntryJsonBytes: codecCost.avgPlainEntryJsonBytes,
      avgSearchKeys: codecCost.avgSearchKeys,
    },
    search,
    scan: {
      queries: scanS.n,
      p50: scanS.p50,
      p95: scanS.p95,
      max: scanS.max,
      ratio: search.byKind.all.scanRatio,
      avgMatches: mean(raw.scanned.map((x) => x.matches)),
      // What reading through Dexie and decoding adds to the browser handing the rows over.
      vsGetAllAll: scanS.p50 / getAllAll.p50,
    },
    floor: {
      openMs: floor.open.ms,
      // IndexedDB 3.0 getAll options in this Chromium (Dexie then reads a reversed range in
      // one request instead of a cursor).
      idbGetAllOptions: raw.store.idbGetAllOptions,
      getAllAll: { p50: getAllAll.p50, runs: getAllAll.n, rows: floor.getAllAll[0]?.rows ?? 0 },
      getAll30: { p50: getAll30.p50, runs: getAll30.n, rows: floor.getAll30[0]?.rows ?? 0 },
      monthIndex: {
        p50: monthS.p50,
        p95: monthS.p95,
        months: monthS.n,
        avgRows: mean(floor.months.map((r) => r.rows)),
      },
      searchKey: {
        p50: searchFloor.p50,
        p95: searchFloor.p95,
        n: searchFloor.n,
        avgRows: mean(floor.search.map((r) => r.rows)),
      },
    },
    firstPage: {
      months: pageS.n,
      p50: pageS.p50,
      p95: pageS.p95,
      max: pageS.max,
      list: {
        p50: stats(pages.map((p) => p.listMs)).p50,
        p95: stats(pages.map((p) => p.listMs)).p95,
      },
      avgRowsPerMonth: mean(pages.map((p) => p.rows)),
      // Per month: first page ÷ the month index's raw getAll of the same month.
      floorRatio: medianRatio(pages.map((p, i) => ({ a: p.ms, b: floor.months[i].ms }))),
    },
    pdf: pdfFigures(raw.pdfRuns, pdfMonth),
    notices: noticeFigures(raw.noticeRuns),
    create: stats(createMs),
    seeding: {
      rows: seedRest.n,
      bulk: seedRest.bulk,
      viaRepo: seedRest.viaRepo,
      batch: seedRest.batch,
      totalMs: seedRest.totalMs,
      bulkMs: seedRest.bulkMs,
      buildMs: seedRest.buildMs,
      waitMs: seedRest.waitMs,
      rowsPerSec: (seedRest.bulk / seedRest.bulkMs) * 1000,
    },
    open: raw.open,
    storage: {
      usageBytes: raw.storage.usage,
      indexedDbBytes: idb,
      onDiskBytes: raw.storage.onDiskIndexedDb,
      quotaBytes: raw.storage.quota,
      perEntryBytes: idb == null ? null : idb / seedRest.n,
    },
  };
}

/**
 * The whole report: the first codec's figures at the top level, and with --codec=both the
 * other run's under its codec's name (`plain`), with the same keys.
 * @param {{ date: string, command: string, machine: object, options: object,
 *   runs: { kind: string, figures: object }[] }} parts
 */
export function report({ date, command, machine, options, runs }) {
  const [first, ...rest] = runs;
  const out = { date, command, machine, options, ...first.figures };
  for (const r of rest) out[r.kind] = r.figures;
  return rounded(out);
}

/**
 * Every fractional number to 3 decimals: performance.now() has 0.1 ms steps in a page without
 * cross-origin isolation (5 µs with it), so more digits are float noise in the JSON.
 */
export function rounded(value) {
  if (typeof value === 'number')
    return Number.isInteger(value) ? value : Math.round(value * 1000) / 1000;
  if (Array.isArray(value)) return value.map(rounded);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  return value;
}
