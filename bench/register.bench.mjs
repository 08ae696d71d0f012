/* global console, navigator, process, window */
/**
 * Register benchmark (issue 4, "Measured, not assumed"): seeds the consultation register
 * into the real IndexedDB of Chromium through the app's own repositories, then prints how
 * long search, the first page of a month and the monthly PDF take. It prints figures; it
 * never passes or fails on them (a slow machine is information, not a broken build).
 *
 *   npm run bench                 100 000 entries (about 4–5 minutes on 2 cores)
 *   npm run bench -- --n=20000    a quicker, smaller register
 *   --scan=40                     how many of the queries also run as a full scan
 *   --batch=5000                  rows per bulkAdd transaction while seeding
 *   --notices-only                only the notice-batch figure (no seeding; about 30 s)
 *
 * Plain Node ESM so it runs without a TypeScript loader; the page code is TypeScript,
 * bundled by Vite (bench/vite.bench.config.mts).
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

const ROOT = path.resolve(import.meta.dirname, '..');
const CONFIG = path.join(ROOT, 'bench/vite.bench.config.mts');
const OUT = path.join(ROOT, 'test-output/bench/register.json');
const OUT_NOTICES = path.join(ROOT, 'test-output/bench/notices.json');

/** The same flags as test/e2e/support/find-chromium.ts (a .ts file Node 20 cannot import). */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

const GOALS = { searchP95: 30, firstPage: 300, pdf: 1500 };
const QUERY_COUNT = 200;
const PDF_ROWS = 500;
const PDF_MONTH = '2026-11';
/** Issue 5: "a batch of 200 notices into one PDF, time printed". */
const NOTICE_BATCH = 200;

function arg(name, fallback) {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  if (!hit) return fallback;
  const value = Number(hit.slice(name.length + 3).replaceAll('_', ''));
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} needs a positive integer`);
  return value;
}

function findChromium() {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new Error('No Chromium: apt-get install chromium, or set CHROMIUM_PATH.');
  return found;
}

function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest rank: p95 of 200 samples is the 190th, a value that was really measured.
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const median = (values) => percentile(values, 50);
const stats = (values) => ({
  n: values.length,
  p50: percentile(values, 50),
  p95: percentile(values, 95),
  max: Math.max(...values),
});

function dirBytes(dir) {
  if (!existsSync(dir)) return null;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? (dirBytes(full) ?? 0) : statSync(full).size;
  }
  return total;
}

const fmtMs = (v) => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : '—');
const fmtMb = (v) => (v == null ? '—' : `${(v / 1024 / 1024).toFixed(1)} MB`);
const verdict = (value, goal) => (value <= goal ? 'meets' : 'MISSES');

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  return [line(rows[0]), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.slice(1).map(line)]
    .map((l) => `  ${l}`)
    .join('\n');
}

/** The 24 months the fixtures fill (December 2024 – November 2026). */
function months() {
  const out = [];
  for (let i = 0; i < 24; i++) {
    const total = 2024 * 12 + 11 + i;
    out.push(`${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}

async function main() {
  const n = arg('n', 100_000);
  const scanCount = Math.min(QUERY_COUNT, arg('scan', 40));
  const batch = arg('batch', 5_000);
  const started = Date.now();
  const log = (msg) =>
    console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${msg}`);

  log('building the bench page (bench/vite.bench.config.mts)…');
  await build({ configFile: CONFIG, logLevel: 'warn' });
  const server = await preview({
    configFile: CONFIG,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');

  // A persistent profile on disk, not a fresh incognito context: Chromium keeps incognito
  // IndexedDB in memory, which would flatter every figure and hide the on-disk size.
  const profile = mkdtempSync(path.join(os.tmpdir(), 'qorgau-bench-'));
  const executablePath = findChromium();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 768 },
  });
  const results = { date: new Date().toISOString(), n };
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => log(`page: ${m.text()}`));
    page.on('pageerror', (e) => log(`page error: ${e.message}`));
    const load = async () => {
      await page.goto(url);
      await page.waitForFunction(() => window.__bench !== undefined);
    };
    await load();
    const chromiumVersion =
      context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent));
    results.machine = {
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model ?? 'unknown',
      memoryGb: +(os.totalmem() / 1024 ** 3).toFixed(1),
      platform: `${os.platform()} ${os.release()}`,
      node: process.version,
      chromium: chromiumVersion,
      chromiumPath: executablePath,
    };

    if (process.argv.includes('--notices-only')) {
      // pdfmake is not loaded yet: the first batch pays for it, like the first print of a day.
      results.notices = await noticeRuns(page, log);
    } else {
      log(`seeding ${n.toLocaleString('en')} entries…`);
      const seed = await page.evaluate(
        ([count, size]) => window.__bench.seed(count, size),
        [n, batch],
      );
      const { createMs, ...seedRest } = seed;
      results.seed = { ...seedRest, create: stats(createMs) };
      log(`seeded ${seed.n} rows in ${(seed.totalMs / 1000).toFixed(1)} s`);

      // Start again from a fresh page, like the app after a restart: nothing from seeding
      // (heap, Dexie caches) is left to help or hinder the reads.
      await load();
      results.open = await page.evaluate(() => window.__bench.open());
      results.storage = await page.evaluate(() => window.__bench.storage());
      results.storage.onDiskIndexedDb = dirBytes(path.join(profile, 'Default', 'IndexedDB'));

      const queries = await page.evaluate(
        ([count, total]) => window.__bench.queries(count, total),
        [n, QUERY_COUNT],
      );
      log(`searching: ${queries.length} queries through the index…`);
      // A few untimed queries first: the first ones pay for JIT and Dexie warming up.
      for (const { q } of queries.slice(0, 5)) {
        await page.evaluate((text) => window.__bench.searchIndexed(text), q);
      }
      const indexed = [];
      for (const query of queries) {
        const r = await page.evaluate((text) => window.__bench.searchIndexed(text), query.q);
        indexed.push({ ...query, ...r });
      }

      // A full scan costs the same for every query, so a spread-out subset gives its p50/p95;
      // all 200 would take longer than the rest of the run together.
      const step = queries.length / scanCount;
      const scanned = [];
      log(`full scan: ${scanCount} of the same queries, every row decoded…`);
      for (let i = 0; i < scanCount; i++) {
        const k = Math.floor(i * step);
        const r = await page.evaluate((text) => window.__bench.searchScan(text), queries[k].q);
        scanned.push({ k, ...r });
      }
      // The scan is the reference answer: the index must find exactly the same entries.
      const mismatches = scanned.filter((s) => s.ids.join() !== indexed[s.k].ids.join());
      const slowest = [...indexed].sort((a, b) => b.ms - a.ms).slice(0, 6);
      log('where the slowest indexed queries spend their time…');
      const phases = [];
      for (const query of slowest) {
        const p = await page.evaluate((text) => window.__bench.searchPhases(text), query.q);
        phases.push({ q: query.q, kind: query.kind, ms: query.ms, ...p });
      }
      const kindStats = (kind) => {
        const rs = indexed.filter((r) => kind === 'all' || r.kind === kind);
        const sc = scanned.filter((x) => kind === 'all' || indexed[x.k].kind === kind);
        return {
          index: stats(rs.map((r) => r.ms)),
          scan: stats(sc.map((x) => x.ms)),
          // Per query, then the median: the ratio of two medians could pair unlike queries.
          ratio: median(sc.map((x) => x.ms / indexed[x.k].ms)),
          avgCandidates: rs.reduce((t, r) => t + r.candidates, 0) / rs.length,
          maxCandidates: Math.max(...rs.map((r) => r.candidates)),
          avgHits: rs.reduce((t, r) => t + r.ids.length, 0) / rs.length,
          avgScanMatches: sc.reduce((t, x) => t + x.matches, 0) / sc.length,
        };
      };
      results.search = {
        queries: QUERY_COUNT,
        scanned: scanCount,
        byKind: Object.fromEntries(
          ['all', 'prefix', 'two-word', 'iin', 'iin6'].map((k) => [k, kindStats(k)]),
        ),
        phases,
        scanMismatches: mismatches.map((x) => queries[x.k].q),
        all: indexed.map(({ kind, q, ms, candidates, ids }) => ({
          kind,
          q,
          ms,
          candidates,
          hits: ids.length,
        })),
      };

      log('first page of each month (index rows + 30 decoded entries)…');
      const pages = [];
      for (const month of months()) {
        pages.push({ month, ...(await page.evaluate((m) => window.__bench.firstPage(m), month)) });
      }
      results.firstPage = {
        ...stats(pages.map((p) => p.ms)),
        list: stats(pages.map((p) => p.listMs)),
        avgRowsPerMonth: pages.reduce((s, p) => s + p.rows, 0) / pages.length,
      };

      log(`monthly register PDF, ${PDF_ROWS} rows: 1 cold + 3 warm runs…`);
      const pdfRuns = [];
      for (let i = 0; i < 4; i++) {
        pdfRuns.push(
          await page.evaluate(([m, rows]) => window.__bench.pdf(m, rows), [PDF_MONTH, PDF_ROWS]),
        );
      }
      const warm = pdfRuns.slice(1);
      results.pdf = {
        cold: pdfRuns[0],
        warmMedian: median(warm.map((r) => r.ms)),
        docMedian: median(warm.map((r) => r.docMs)),
        renderMedian: median(warm.map((r) => r.renderMs)),
        openMedian: median(warm.map((r) => r.openMs)),
        runs: pdfRuns.map((r) => r.ms),
        entries: pdfRuns[0].entries,
        pages: pdfRuns[0].pages,
        bytes: pdfRuns[0].bytes,
      };

      results.notices = await noticeRuns(page, log);

      log('WebCrypto cost per row (what encryption at rest would add)…');
      results.crypto = await page.evaluate(() => window.__bench.cryptoCost());
    }
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }

  mkdirSync(path.dirname(OUT), { recursive: true });
  if (results.seed) {
    writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
    print(results);
  } else {
    writeFileSync(OUT_NOTICES, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nQorgau notice batch — ${results.date.slice(0, 10)}`);
  }
  printNotices(results.notices);
  log(`done; figures also in ${path.relative(ROOT, results.seed ? OUT : OUT_NOTICES)}`);
}

/** The notice batch: one run that may load pdfmake (cold), then the median of 3 warm runs. */
async function noticeRuns(page, log) {
  log(`notice batch: ${NOTICE_BATCH} notices into one PDF, 1 + 3 runs…`);
  const runs = [];
  for (let i = 0; i < 4; i++) {
    runs.push(await page.evaluate((count) => window.__bench.notices(count), NOTICE_BATCH));
  }
  const warm = runs.slice(1);
  return {
    first: runs[0],
    warmMedian: median(warm.map((r) => r.ms)),
    docMedian: median(warm.map((r) => r.docMs)),
    renderMedian: median(warm.map((r) => r.renderMs)),
    runs: runs.map((r) => r.ms),
    notices: runs[0].notices,
    kk: runs[0].kk,
    pages: runs[0].pages,
    bytes: runs[0].bytes,
  };
}

function printNotices(nb) {
  const per = nb.warmMedian / nb.notices;
  console.log(
    `\n  Notice batch (issue 5): ${nb.notices} notices (${nb.kk} kk, ${nb.notices - nb.kk} ru) → ` +
      `${nb.pages} pages, ${fmtMb(nb.bytes)}`,
  );
  console.log(
    table([
      ['measure', 'ms'],
      ['batch PDF, warm median of 3', fmtMs(nb.warmMedian)],
      ['  per notice', per.toFixed(1)],
      ['  of which noticesBatchDoc', fmtMs(nb.docMedian)],
      ['  of which renderPdf', fmtMs(nb.renderMedian)],
      ['first batch of the run (pdfmake loaded if not yet)', fmtMs(nb.first.ms)],
    ]),
  );
  console.log('');
}

function print(r) {
  const s = r.search;
  const all = s.byKind.all;
  const c = r.crypto;
  const m = r.machine;
  const rowsPerSec = (r.seed.bulk / r.seed.bulkMs) * 1000;
  const idb = r.storage.details?.indexedDB ?? r.storage.usage;
  const sec = (v) => `${(v / 1000).toFixed(1)} s`;
  const title = `Qorgau register benchmark — ${r.date.slice(0, 10)}, ${r.n.toLocaleString('en')} entries`;
  console.log(`\n${title}`);
  console.log(`  machine: ${m.cpus} × ${m.model}, ${m.memoryGb} GB RAM, ${m.platform}`);
  console.log(`  node ${m.node}, Chromium ${m.chromium} (${m.chromiumPath})\n`);

  console.log(
    table([
      ['goal', 'measured', 'target', ''],
      [
        `search p95 (${all.index.n} queries, index)`,
        `${fmtMs(all.index.p95)} ms`,
        `≤ ${GOALS.searchP95} ms`,
        verdict(all.index.p95, GOALS.searchP95),
      ],
      [
        `first page p95 (${r.firstPage.n} months)`,
        `${fmtMs(r.firstPage.p95)} ms`,
        `≤ ${GOALS.firstPage} ms`,
        verdict(r.firstPage.p95, GOALS.firstPage),
      ],
      [
        `register PDF, ${r.pdf.entries} rows, warm median`,
        `${fmtMs(r.pdf.warmMedian)} ms`,
        `≤ ${GOALS.pdf} ms`,
        verdict(r.pdf.warmMedian, GOALS.pdf),
      ],
      [
        '  the first PDF of a session (cold)',
        `${fmtMs(r.pdf.cold.ms)} ms`,
        `≤ ${GOALS.pdf} ms`,
        verdict(r.pdf.cold.ms, GOALS.pdf),
      ],
    ]),
  );

  console.log(
    `\n  Search (ms): index = repos.consultations.search(); full scan = ${s.scanned} of the same`,
  );
  console.log(
    '  queries reading every row and decoding entryJson. Rows decoded = index candidates.\n',
  );
  const labels = {
    all: 'all',
    prefix: 'name prefix, 3–8 letters',
    'two-word': 'surname + given name',
    iin: 'full IIN',
    iin6: 'IIN, first 6 digits',
  };
  console.log(
    table([
      ['queries', 'n', 'index p50', 'p95', 'scan p50', 'p95', 'scan/index', 'rows decoded avg/max'],
      ...Object.entries(s.byKind).map(([kind, k]) => [
        labels[kind],
        `${k.index.n}/${k.scan.n}`,
        fmtMs(k.index.p50),
        fmtMs(k.index.p95),
        fmtMs(k.scan.p50),
        fmtMs(k.scan.p95),
        `×${k.ratio >= 10 ? k.ratio.toFixed(0) : k.ratio.toFixed(1)}`,
        `${k.avgCandidates.toFixed(0)} / ${k.maxCandidates}`,
      ]),
    ]),
  );
  console.log(
    `  encrypted at rest (issue 9), the scan would add ${r.n.toLocaleString('en')} AES-GCM decrypts ` +
      `≈ ${fmtMs(r.n * c.decryptMsPerRow)} ms per query (${(c.decryptMsPerRow * 1000).toFixed(0)} µs/row); ` +
      `the index adds one per candidate row`,
  );
  console.log(
    s.scanMismatches.length === 0
      ? `  check: the index found exactly what the full scan found, for all ${s.scanned} queries`
      : `  CHECK FAILED: index and full scan differ for ${s.scanMismatches.join(', ')}`,
  );

  console.log('\n  The slowest indexed queries, step by step (ms):\n');
  console.log(
    table([
      [
        'query',
        'total',
        'ids per key',
        'rows',
        'index',
        'intersect',
        '(with a Set)',
        'bulkGet',
        'decode',
      ],
      ...s.phases.map((p) => [
        `"${p.q}"`,
        fmtMs(p.ms),
        p.idsPerKey.join(' ∩ '),
        p.candidates,
        fmtMs(p.indexMs),
        fmtMs(p.intersectMs),
        fmtMs(p.intersectSetMs),
        fmtMs(p.bulkGetMs),
        fmtMs(p.decodeMs),
      ]),
    ]),
  );

  console.log('\n  Other figures (ms):\n');
  console.log(
    table([
      ['measure', 'p50', 'p95'],
      [
        `first page: list({ month }) + open 30 (~${r.firstPage.avgRowsPerMonth.toFixed(0)} rows/month)`,
        fmtMs(r.firstPage.p50),
        fmtMs(r.firstPage.p95),
      ],
      ['  of which list({ month })', fmtMs(r.firstPage.list.p50), fmtMs(r.firstPage.list.p95)],
      [`PDF: consultationRegisterDoc, ${r.pdf.entries} rows`, fmtMs(r.pdf.docMedian), ''],
      [
        `PDF: renderPdf (${r.pdf.pages} pages, ${fmtMb(r.pdf.bytes)})`,
        fmtMs(r.pdf.renderMedian),
        '',
      ],
      // render-pdf.ts loads pdfmake and the fonts inside the first renderPdf() call.
      [
        `PDF: first run's extra (chunks, pdfmake, fonts)`,
        fmtMs(r.pdf.cold.ms - r.pdf.warmMedian),
        '',
      ],
      [
        `PDF: opening the ${r.pdf.entries} entries first (not in the goal)`,
        fmtMs(r.pdf.openMedian),
        '',
      ],
      [
        `create(): one save at full size (${r.seed.create.n} saves)`,
        fmtMs(r.seed.create.p50),
        fmtMs(r.seed.create.p95),
      ],
      ['open the database after a restart (first read)', fmtMs(r.open.ms), ''],
      [`count() of ${r.open.count.toLocaleString('en')} rows`, fmtMs(r.open.countMs), ''],
    ]),
  );
  console.log(
    `\n  seeding: ${sec(r.seed.totalMs)} in all: ${r.seed.bulk.toLocaleString('en')} rows ` +
      `bulk-added in ${sec(r.seed.bulkMs)} (${rowsPerSec.toFixed(0)} rows/s, batches of ` +
      `${r.seed.batch}; JS building rows ${sec(r.seed.buildMs)}, waiting on IndexedDB ` +
      `${sec(r.seed.waitMs)}), then ${r.seed.viaRepo} through create()`,
  );
  console.log(
    `  storage: IndexedDB ${fmtMb(idb)} by navigator.storage.estimate(), ` +
      `${fmtMb(r.storage.onDiskIndexedDb)} on disk; per entry ${((idb ?? 0) / r.n / 1024).toFixed(1)} KB ` +
      `(entryJson ${c.avgEntryJsonBytes.toFixed(0)} B, ${c.avgSearchKeys.toFixed(1)} search keys)`,
  );
  console.log('');
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
