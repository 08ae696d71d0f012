/* global console */
/** The register bench's report on the terminal (figures.mjs gives the numbers). */

/** Issue 4's aims for the register (never pass/fail: printed as meets / MISSES). */
export const GOALS = { searchP95: 30, firstPage: 300, pdf: 1500 };

export const fmtMs = (v) => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : '—');
export const fmtMb = (v) => (v == null ? '—' : `${(v / 1024 / 1024).toFixed(1)} MB`);
export const fmtX = (v) => (Number.isFinite(v) ? `×${v >= 10 ? v.toFixed(0) : v.toFixed(1)}` : '—');
const verdict = (value, goal) => (value <= goal ? 'meets' : 'MISSES');
const sec = (v) => `${(v / 1000).toFixed(1)} s`;

export function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  return [line(rows[0]), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.slice(1).map(line)]
    .map((l) => `  ${l}`)
    .join('\n');
}

const KIND_LABELS = {
  all: 'all',
  prefix: 'name prefix, 3–8 letters',
  'two-word': 'surname + given name',
  iin: 'full IIN',
  iin6: 'IIN, first 6 digits',
};

export function printHeader(r) {
  const m = r.machine;
  const n = r.options.n.toLocaleString('en');
  console.log(`\nQorgau register benchmark — ${r.date.slice(0, 10)}, ${n} entries`);
  console.log(`  machine: ${m.cores} × ${m.cpu}, ${m.ramGb} GB RAM, ${m.platform}`);
  console.log(`  node ${m.node}, Chromium ${m.chromium} (${m.chromiumPath})`);
  console.log(
    `  load average (1 min) ${m.loadAvg1m.start.toFixed(1)} at the start, ${m.loadAvg1m.end.toFixed(1)} at the end` +
      ` (above ${m.cores}: other work shared the CPU)`,
  );
  console.log(`  command: ${r.command}`);
}

/** One codec's figures. */
export function printRun(kind, f) {
  const c = f.codec;
  console.log(
    `\n═══ ${kind} store (${c.id}${c.kdfIterations ? `, vault PBKDF2 ${c.kdfIterations.toLocaleString('en')}` : ''}) ═══\n`,
  );
  console.log(
    table([
      ['goal', 'measured', 'target', ''],
      [
        `search p95 (${f.search.queries} queries)`,
        `${fmtMs(f.search.p95)} ms`,
        `≤ ${GOALS.searchP95} ms`,
        verdict(f.search.p95, GOALS.searchP95),
      ],
      [
        `first page p95 (${f.firstPage.months} months)`,
        `${fmtMs(f.firstPage.p95)} ms`,
        `≤ ${GOALS.firstPage} ms`,
        verdict(f.firstPage.p95, GOALS.firstPage),
      ],
      [
        `register PDF, ${f.pdf.rows} rows, warm median`,
        `${fmtMs(f.pdf.warmMedianMs)} ms`,
        `≤ ${GOALS.pdf} ms`,
        verdict(f.pdf.warmMedianMs, GOALS.pdf),
      ],
      [
        '  the first PDF of a session (cold)',
        `${fmtMs(f.pdf.coldMs)} ms`,
        `≤ ${GOALS.pdf} ms`,
        verdict(f.pdf.coldMs, GOALS.pdf),
      ],
    ]),
  );

  const fl = f.floor;
  console.log(
    '\n  Register vs the raw IndexedDB floor (ms; floor = plain indexedDB getAll, no Dexie, no codec):\n',
  );
  console.log(
    table([
      ['Qorgau', 'p50', 'p95', 'floor', 'p50', 'p95', '÷ floor'],
      [
        `search (${f.search.queries} queries)`,
        fmtMs(f.search.p50),
        fmtMs(f.search.p95),
        `key index getAll (≤200 rows, avg ${fl.searchKey.avgRows.toFixed(0)})`,
        fmtMs(fl.searchKey.p50),
        fmtMs(fl.searchKey.p95),
        fmtX(f.search.floorRatio),
      ],
      [
        `first page (${f.firstPage.months} months)`,
        fmtMs(f.firstPage.p50),
        fmtMs(f.firstPage.p95),
        `month index getAll (avg ${fl.monthIndex.avgRows.toFixed(0)} rows)`,
        fmtMs(fl.monthIndex.p50),
        fmtMs(fl.monthIndex.p95),
        fmtX(f.firstPage.floorRatio),
      ],
      [
        `full scan (${f.scan.queries} queries)`,
        fmtMs(f.scan.p50),
        fmtMs(f.scan.p95),
        `store getAll() (${fl.getAllAll.rows.toLocaleString('en')} rows, ${fl.getAllAll.runs} runs)`,
        fmtMs(fl.getAllAll.p50),
        '',
        fmtX(f.scan.vsGetAllAll),
      ],
      [
        '',
        '',
        '',
        `store getAll(null, 30) (${fl.getAll30.runs} runs)`,
        fmtMs(fl.getAll30.p50),
        '',
        '',
      ],
    ]),
  );
  console.log(
    `  ÷ floor: per query (per month), then the median. Full scan ÷ search: ${fmtX(f.scan.ratio)} ` +
      `(per query, median). getAll options (IndexedDB 3.0): ${fl.idbGetAllOptions ? 'yes' : 'no'}`,
  );

  console.log('\n  Search by kind (ms):\n');
  console.log(
    table([
      [
        'queries',
        'n',
        'p50',
        'p95',
        'floor p50',
        '÷ floor',
        'scan p50',
        'p95',
        'scan ÷',
        'key rows avg/max',
      ],
      ...Object.entries(f.search.byKind).map(([k, s]) => [
        KIND_LABELS[k],
        `${s.n}/${s.scanN}`,
        fmtMs(s.p50),
        fmtMs(s.p95),
        fmtMs(s.floorP50),
        fmtX(s.floorRatio),
        fmtMs(s.scanP50),
        fmtMs(s.scanP95),
        fmtX(s.scanRatio),
        `${s.avgKeyRows.toFixed(0)} / ${s.maxKeyRows}`,
      ]),
    ]),
  );
  const chk = f.search.check;
  console.log(
    chk.mismatches.length === 0
      ? `  check: the index found exactly what a full scan finds, for all ${chk.queries} queries ` +
          `(one scan and a plain filter, ${(chk.ms / 1000).toFixed(1)} s) and the ${chk.scanned} timed scans`
      : `  CHECK FAILED: index and full scan differ for ${chk.mismatches.join(', ')}`,
  );

  console.log(
    '\n  The slowest searches, step by step (ms; decrypt = codec.decode, awaited row by row):\n',
  );
  console.log(
    table([
      [
        'query',
        'search',
        'steps',
        'pages',
        'rows',
        'key',
        'page 1 (rows, one request)',
        'rest: ids',
        'rest: bulkGet',
        'decrypt',
        'parse+match',
        'what if: decrypt all at once',
      ],
      ...f.search.phases.map((p) => [
        `"${p.q}"`,
        fmtMs(p.ms),
        fmtMs(p.totalMs),
        p.pages,
        `${p.decoded}→${p.matched}`,
        fmtMs(p.keyMs),
        fmtMs(p.firstPageMs),
        fmtMs(p.restIdsMs),
        fmtMs(p.bulkGetMs),
        fmtMs(p.decryptMs),
        fmtMs(p.matchMs),
        fmtMs(p.decryptConcurrentMs),
      ]),
    ]),
  );

  console.log('\n  Other figures (ms):\n');
  console.log(
    table([
      ['measure', 'p50', 'p95'],
      [
        `first page: of which list({ month }) (~${f.firstPage.avgRowsPerMonth.toFixed(0)} rows/month)`,
        fmtMs(f.firstPage.list.p50),
        fmtMs(f.firstPage.list.p95),
      ],
      [`PDF: consultationRegisterDoc, ${f.pdf.rows} rows`, fmtMs(f.pdf.docMedianMs), ''],
      [
        `PDF: renderPdf (${f.pdf.pages} pages, ${fmtMb(f.pdf.bytes)})`,
        fmtMs(f.pdf.renderMedianMs),
        '',
      ],
      // render-pdf.ts loads pdfmake and the fonts inside the first renderPdf() call.
      [
        `PDF: first run's extra (chunks, pdfmake, fonts)`,
        fmtMs(f.pdf.coldMs - f.pdf.warmMedianMs),
        '',
      ],
      [
        `PDF: reading + decoding the ${f.pdf.rows} entries first (not in the goal)`,
        fmtMs(f.pdf.openMedianMs),
        '',
      ],
      [
        `create(): one save at full size (${f.create.n} saves)`,
        fmtMs(f.create.p50),
        fmtMs(f.create.p95),
      ],
      ['open the database after a restart (first read)', fmtMs(f.open.ms), ''],
      [`count() of ${f.open.count.toLocaleString('en')} rows`, fmtMs(f.open.countMs), ''],
      ['unlock the vault after the restart (PBKDF2; outside every figure)', fmtMs(c.unlockMs), ''],
    ]),
  );
  console.log(
    `\n  codec ${c.id}: decode entryJson ${c.decodeUsPerRow.toFixed(0)} µs/row awaited one by one, ` +
      `${c.decodeConcurrentUsPerRow.toFixed(0)} µs/row all at once; a lookup key ${c.lookupKeyUsPerKey.toFixed(1)} µs`,
  );
  const s = f.seeding;
  console.log(
    `  seeding: ${sec(s.totalMs)} in all: ${s.bulk.toLocaleString('en')} rows bulk-added in ` +
      `${sec(s.bulkMs)} (${s.rowsPerSec.toFixed(0)} rows/s, batches of ${s.batch}; JS building rows ` +
      `${sec(s.buildMs)}, waiting on IndexedDB ${sec(s.waitMs)}), then ${s.viaRepo} through create()`,
  );
  const st = f.storage;
  console.log(
    `  storage: IndexedDB ${fmtMb(st.indexedDbBytes)} by navigator.storage.estimate(), ` +
      `${fmtMb(st.onDiskBytes)} on disk; per entry ${((st.perEntryBytes ?? 0) / 1024).toFixed(1)} KB ` +
      `(entryJson ${c.avgEntryJsonBytes.toFixed(0)} B stored, ${c.avgPlainEntryJsonBytes.toFixed(0)} B plain; ` +
      `${c.avgSearchKeys.toFixed(1)} search keys)`,
  );
  printNotices(f.notices);
}

export function printNotices(nb) {
  console.log(
    `\n  Notice batch (issue 5): ${nb.count} notices (${nb.kk} kk, ${nb.count - nb.kk} ru) → ` +
      `${nb.pages} pages, ${fmtMb(nb.bytes)}\n`,
  );
  console.log(
    table([
      ['measure', 'ms'],
      ['batch PDF, warm median of 3', fmtMs(nb.warmMedianMs)],
      ['  per notice', nb.perNoticeMs.toFixed(1)],
      ['  of which noticesBatchDoc', fmtMs(nb.docMedianMs)],
      ['  of which renderPdf', fmtMs(nb.renderMedianMs)],
      ['first batch of a fresh page (loads pdfmake and the fonts)', fmtMs(nb.coldMs)],
    ]),
  );
  console.log('');
}
