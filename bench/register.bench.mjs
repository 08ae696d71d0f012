/* global console, process */
/**
 * Register benchmark (issue 4 "Measured, not assumed"; issue 10 "Register vs floor",
 * "Documents"): seeds the consultation register into the real IndexedDB of Chromium through
 * the app's own repositories and codec — encrypted as shipped by default — then prints search,
 * the first page of a month and a full scan side by side with the raw IndexedDB floor, and the
 * monthly register PDF and the 200-notice batch. It prints figures; it never passes or fails
 * on them (a slow machine is information, not a broken build). `--help` lists the flags.
 *
 * Plain Node ESM so it runs without a TypeScript loader; the page code is TypeScript (bench/web),
 * bundled by Vite (bench/vite.bench.config.mts). The parts are in bench/register/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBench, machine, serveBenchPage } from './register/chromium.mjs';
import { parseArgs, USAGE } from './register/cli.mjs';
import { noticeFigures, report, runFigures } from './register/figures.mjs';
import { printHeader, printNotices, printRun } from './register/print.mjs';
import {
  NOTICE_BATCH,
  noticeRuns,
  PDF_MONTH,
  PDF_ROWS,
  QUERY_COUNT,
  registerRun,
} from './register/run.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const CONFIG = path.join(ROOT, 'bench/vite.bench.config.mts');
const DEFAULT_OUT = 'test-output/bench/register.json';
const DEFAULT_OUT_NOTICES = 'test-output/bench/notices.json';

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help) {
    console.log(USAGE);
    return;
  }
  const out = path.resolve(
    ROOT,
    opts.out ?? (opts.noticesOnly ? DEFAULT_OUT_NOTICES : DEFAULT_OUT),
  );
  const started = Date.now();
  const log = (msg) =>
    console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${msg}`);
  const options = {
    n: opts.n,
    codec: opts.codec,
    queries: QUERY_COUNT,
    scanQueries: Math.min(QUERY_COUNT, opts.scan),
    batch: opts.batch,
    pdfRows: PDF_ROWS,
    pdfMonth: PDF_MONTH,
    notices: NOTICE_BATCH,
  };
  const date = new Date().toISOString();
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const command = ['node bench/register.bench.mjs', ...args].join(' ');

  // The machine is shared: a load average above the core count means other work took CPU.
  const load1m = () => Math.round(os.loadavg()[0] * 100) / 100;
  const loadStart = load1m();
  log('building the bench page (bench/vite.bench.config.mts)…');
  const server = await serveBenchPage(CONFIG);
  let result;
  try {
    if (opts.noticesOnly) {
      const b = await launchBench(server.url, log);
      try {
        // pdfmake is not loaded yet: the first batch pays for it, like the first print of a day.
        const notices = noticeFigures(await noticeRuns(b.page, log));
        result = { date, command, machine: machine(b.chromium), options, notices };
      } finally {
        await b.close();
      }
    } else {
      const runs = [];
      let chromiumInfo;
      for (const kind of opts.codecs) {
        // A fresh profile per codec: one store per origin, so storage.estimate() is its own.
        const b = await launchBench(server.url, log);
        chromiumInfo = b.chromium;
        try {
          const raw = await registerRun(b, opts, kind, log);
          runs.push({ kind, figures: runFigures(raw, { pdfMonth: PDF_MONTH }) });
        } finally {
          await b.close();
        }
      }
      result = report({ date, command, machine: machine(chromiumInfo), options, runs });
    }
  } finally {
    await server.close();
  }

  result.machine.loadAvg1m = { start: loadStart, end: load1m() };
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  printHeader(result);
  if (opts.noticesOnly) printNotices(result.notices);
  else {
    printRun(opts.codecs[0], result);
    for (const kind of opts.codecs.slice(1)) printRun(kind, result[kind]);
  }
  const shown = path.relative(ROOT, out);
  log(`done; figures also in ${shown.startsWith('..') ? out : shown}`);
  const failed = opts.noticesOnly
    ? []
    : opts.codecs.filter(
        (k, i) => (i === 0 ? result : result[k]).search.check.mismatches.length > 0,
      );
  // A correctness check, not a timing: the index must answer what the full scan answers.
  if (failed.length > 0)
    throw new Error(`the search check failed for the ${failed.join(', ')} store`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
