/* global window */
/**
 * One register run in one Chromium page: seed through the codec, reload like a restart, then
 * every figure — search, its floor, the full scan, the first page and its floor, the raw
 * getAll floors, the register PDF, the notice batch. Returns the raw samples; figures.mjs
 * turns them into the report's numbers. Every step is timed inside the page (see bench/web).
 */

export const QUERY_COUNT = 200;
export const PDF_ROWS = 500;
export const PDF_MONTH = '2026-11';
/** Issue 5: "a batch of 200 notices into one PDF, time printed". */
export const NOTICE_BATCH = 200;
/** Runs of each whole-store floor (getAll of every row: seconds each at 100 000). */
const GET_ALL_RUNS = 5;
/** Runs of the 30-row floor: cheap, so enough for a stable median. */
const GET_ALL_30_RUNS = 21;
const SLOWEST = 6;

/** The 24 months the fixtures fill (December 2024 – November 2026). */
export function months() {
  const out = [];
  for (let i = 0; i < 24; i++) {
    const total = 2024 * 12 + 11 + i;
    out.push(`${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}

/**
 * @param {{ page: import('playwright-core').Page, load: () => Promise<void>,
 *   indexedDbBytes: () => number | null }} b the launched bench (chromium.mjs)
 * @param {{ n: number, scan: number, batch: number }} opts
 * @param {'encrypted' | 'plain'} codec
 * @param {(msg: string) => void} log
 */
export async function registerRun(b, opts, codec, log) {
  const { page } = b;
  const call = (fn, arg) => page.evaluate(fn, arg);

  const created = await call((c) => window.__bench.useStore(c), codec);
  log(`${codec} store ${created.dbName} (${created.codecId}), vault ${created.vaultStep}`);
  log(`seeding ${opts.n.toLocaleString('en')} entries through the ${codec} codec…`);
  const seed = await call(([n, batch]) => window.__bench.seed(n, batch), [opts.n, opts.batch]);
  log(`seeded ${seed.n} rows in ${(seed.totalMs / 1000).toFixed(1)} s`);

  // Start again from a fresh page, like the app after a restart: nothing from seeding (heap,
  // Dexie caches, the vault object) is left to help or hinder the reads. The vault is unlocked
  // again with the password (PBKDF2, reported apart, never inside a timed step).
  await b.load();
  const store = await call((c) => window.__bench.useStore(c), codec);
  const open = await call(() => window.__bench.open());
  const storage = await call(() => window.__bench.storage());
  storage.onDiskIndexedDb = b.indexedDbBytes();

  const queries = await call(
    ([n, count]) => window.__bench.queries(n, count),
    [opts.n, QUERY_COUNT],
  );
  log(`searching: ${queries.length} queries through repos.consultations.search…`);
  // A few untimed queries first: the first ones pay for JIT and Dexie warming up.
  for (const { q } of queries.slice(0, 5)) await call((t) => window.__bench.searchIndexed(t), q);
  const indexed = [];
  for (const query of queries) {
    indexed.push({ ...query, ...(await call((t) => window.__bench.searchIndexed(t), query.q)) });
  }

  log('floor: raw IndexedDB getAll (no Dexie, no codec) of the same rows…');
  const floor = { open: await call((c) => window.__bench.floor.openRaw(c), codec) };
  // The same key the repository reads, computed untimed; then the browser alone hands over
  // the rows under it (up to the answer's size). Run after the searches, so the floor never
  // pays for a cold cache the search had already warmed.
  floor.search = [];
  for (const query of queries) {
    const key = await call((t) => window.__bench.searchKeyOf(t), query.q);
    floor.search.push(
      key === null
        ? { ms: 0, rows: 0 }
        : await call(([k, l]) => window.__bench.floor.searchKeyRows(k, l), [key, QUERY_COUNT]),
    );
  }

  // A full scan costs the same for every query, so a spread-out subset gives its p50/p95;
  // all 200 would take longer than the rest of the run together.
  const scanCount = Math.min(queries.length, opts.scan);
  const step = queries.length / scanCount;
  const scanned = [];
  log(`full scan: ${scanCount} of the same queries, every row read and decoded…`);
  for (let i = 0; i < scanCount; i++) {
    const k = Math.floor(i * step);
    scanned.push({ k, ...(await call((t) => window.__bench.searchScan(t), queries[k].q)) });
  }
  // The correctness check for every query, not only the scanned ones: one more full scan,
  // then a plain filter answers all of them (bench/web/scan-check.ts). After every timed
  // search, so its reads warm nothing they measure.
  log(`check: one full scan answering all ${queries.length} queries without the index…`);
  const checkAll = await call(
    (qs) => window.__bench.searchCheck(qs),
    queries.map((query) => query.q),
  );
  floor.getAllAll = [];
  for (let i = 0; i < GET_ALL_RUNS; i++) {
    floor.getAllAll.push(await call(() => window.__bench.floor.getAllAll()));
  }
  floor.getAll30 = [];
  for (let i = 0; i < GET_ALL_30_RUNS; i++) {
    floor.getAll30.push(await call(() => window.__bench.floor.getAllFirst(30)));
  }

  const slowest = [...indexed].sort((a, b) => b.ms - a.ms).slice(0, SLOWEST);
  log('where the slowest searches spend their time…');
  const phases = [];
  for (const query of slowest) {
    const p = await call((t) => window.__bench.searchPhases(t), query.q);
    phases.push({ q: query.q, kind: query.kind, ms: query.ms, ...p });
  }

  log('first page of each month (list + open 30), then its floor (month index getAll)…');
  const pages = [];
  for (const month of months()) {
    pages.push({ month, ...(await call((m) => window.__bench.firstPage(m), month)) });
  }
  floor.months = [];
  for (const month of months()) {
    floor.months.push({ month, ...(await call((m) => window.__bench.floor.monthIndex(m), month)) });
  }
  await call(() => window.__bench.floor.closeRaw());

  log(`monthly register PDF, ${PDF_ROWS} rows: 1 cold + 3 warm runs…`);
  const pdfRuns = [];
  for (let i = 0; i < 4; i++) {
    pdfRuns.push(await call(([m, rows]) => window.__bench.pdf(m, rows), [PDF_MONTH, PDF_ROWS]));
  }
  log('codec cost per value…');
  const codecCost = await call(() => window.__bench.codecCost());

  // A fresh page for the notices (they read no store): pdfmake and the fonts unloaded, so
  // their first batch is as cold as the register PDF's first run, not flattered by it.
  await b.load();
  const noticeRunsRaw = await noticeRuns(page, log);
  return {
    codec,
    created,
    store,
    seed,
    open,
    storage,
    queries,
    indexed,
    checkAll,
    scanned,
    phases,
    pages,
    floor,
    pdfRuns,
    noticeRuns: noticeRunsRaw,
    codecCost,
  };
}

/** The notice batch: one run that may load pdfmake (cold), then 3 warm runs. */
export async function noticeRuns(page, log) {
  log(`notice batch: ${NOTICE_BATCH} notices into one PDF, 1 + 3 runs…`);
  const runs = [];
  for (let i = 0; i < 4; i++) {
    runs.push(await page.evaluate((count) => window.__bench.notices(count), NOTICE_BATCH));
  }
  return runs;
}
