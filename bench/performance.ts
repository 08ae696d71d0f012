/**
 * The performance proof (issue 10): ONE command that measures Qorgau and the alternatives side
 * by side in the same run on this machine and writes docs/performance.md from what it measured.
 *
 *   npm run bench               # the full run (PostgreSQL started by scripts/with-postgres.sh)
 *   npm run bench -- --quick    # every part at a tenth of the size, to try the pipeline
 *
 * Parts, each in its own process (run-part.ts), in this order so they never share the CPU:
 *   1. sync    bench/sync.bench.ts — 50 000 records: Qorgau on PGlite and PostgreSQL, then
 *              PouchDB to express-pouchdb, first sync + 100 changes, bytes, round trips, memory
 *   2. load    bench/load.bench.ts — 5 000 advocates each pushing a day and pulling (PostgreSQL)
 *   3. register bench/register.bench.mjs — Chromium: search/first page over 100 000 rows vs the
 *              raw IndexedDB floor and a full scan; the 500-row register PDF; 200 notices
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as prettier from 'prettier';
import { renderPerformance, type PartDoc } from './performance/document';
import { runPart, type Part } from './performance/run-part';

const ROOT = path.resolve(__dirname, '..');
const DIR = path.join(ROOT, 'bench/results/performance');
const DOC = path.join(ROOT, 'docs/performance.md');
const log = (s: string) => process.stderr.write(`[bench] ${s}\n`);

const INTROS = {
  sync: `The same register replicated both ways: one advocate's records (90 % consultations, 10 % appointments, kk and ru, written through the app's repositories) and the profile. Qorgau's client engine syncs them over HTTP on loopback to Qorgau's server on PGlite and on PostgreSQL; PouchDB replicates the same records, as flat documents, to express-pouchdb. Both laptops keep their data in fake-indexeddb (the same IndexedDB shim), except PouchDB's "memory" variant, which flatters it. Then 100 records change on laptop A, A syncs, and laptop B pulls them. Bytes are counted on each server's sockets; the wire floor is the gzip of the records' JSON.`,
  load: `The office server under a day of work: advocates in offices of one collegium, each pushing the day's records in one request and then pulling (their own changes and colleagues' aid marks), against PostgreSQL on this 2-core machine. The load driver, the server and PostgreSQL share the two cores.`,
  register: `The register in real Chromium (headless, a persistent profile on disk), through the app's own repositories, encrypted at rest as shipped: search and the first page of a month over the consultation register, against what IndexedDB alone costs to hand over rows (a raw getAll of the same store, the month's rows by the date index) and against a full scan that decrypts every row. Then the documents: the monthly register PDF and a batch of notices of defence in one PDF.`,
};

function chromiumVersion(): string | undefined {
  for (const bin of [process.env['CHROMIUM_PATH'], '/usr/bin/chromium'].filter(Boolean)) {
    try {
      return execFileSync(bin!, ['--version'], { encoding: 'utf8' }).replace(/^\D+/, '').trim();
    } catch {
      /* try the next */
    }
  }
  return undefined;
}

function postgresVersion(): string | undefined {
  const url = process.env['QORGAU_TEST_DATABASE_URL'];
  if (!url) return undefined;
  try {
    const bin = execFileSync('sh', ['-c', 'ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1'], {
      encoding: 'utf8',
    }).trim();
    const v = execFileSync(`${bin}/postgres`, ['--version'], { encoding: 'utf8' }).trim();
    return `${v.replace(/^postgres \(PostgreSQL\) /, 'PostgreSQL ')} (Debian), throwaway cluster on loopback, fsync=off`;
  } catch {
    return undefined;
  }
}

async function main() {
  const argv = process.argv.slice(2);
  const quick = argv.includes('--quick');
  const unknown = argv.filter((a) => a !== '--quick');
  if (unknown.length > 0) throw new Error(`unknown flags ${unknown.join(' ')} (only --quick)`);
  if (!process.env['QORGAU_TEST_DATABASE_URL'])
    throw new Error(
      'no PostgreSQL: run it as `npm run bench` (scripts/with-postgres.sh starts one)',
    );
  const t0 = performance.now();
  const loadBefore = os.loadavg();
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  const tsx = ['--max-old-space-size=8192', '--import', 'tsx'];
  const out = (name: string) => path.join(DIR, `${name}.json`);
  const parts: (Part & { key: keyof typeof INTROS; title: string })[] = [
    {
      key: 'sync',
      title: 'Sync: Qorgau and PouchDB, side by side',
      name: 'sync',
      args: [
        ...tsx,
        'bench/sync.bench.ts',
        '--throughput=none',
        ...(quick ? ['--records=5000'] : []),
        `--out=${out('sync')}`,
      ],
      out: out('sync'),
    },
    {
      key: 'load',
      title: 'Server load on PostgreSQL',
      name: 'load',
      args: [
        ...tsx,
        'bench/load.bench.ts',
        ...(quick ? ['--advocates=500'] : []),
        `--out=${out('load')}`,
      ],
      out: out('load'),
    },
    {
      key: 'register',
      title: 'Register vs the IndexedDB floor, and documents (Chromium)',
      name: 'register',
      args: [
        'bench/register.bench.mjs',
        ...(quick ? ['--n=10000'] : []),
        `--out=${out('register')}`,
      ],
      out: out('register'),
    },
  ];
  const json: Record<string, unknown> = {};
  const docs: PartDoc[] = [];
  for (const part of parts) {
    const r = await runPart(part, ROOT);
    json[part.key] = r.json;
    // The sync bench writes its markdown beside its JSON; the others print it.
    const md =
      part.key === 'sync'
        ? readFileSync(part.out.replace(/\.json$/, '.md'), 'utf8')
        : readPartMarkdown(part.out, r.stdout);
    docs.push({ title: part.title, intro: INTROS[part.key], markdown: md, seconds: r.s });
  }
  const doc = renderPerformance({
    date: new Date().toISOString().slice(0, 10),
    command: `npm run bench${quick ? ' -- --quick' : ''}`,
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      ramGb: os.totalmem() / 1024 ** 3,
      os: `${os.type()} ${os.release()}`,
      node: process.version,
      ...(chromiumVersion() ? { chromium: chromiumVersion()! } : {}),
      ...(postgresVersion() ? { postgres: postgresVersion()! } : {}),
      loadBefore,
      loadAfter: os.loadavg(),
    },
    totalS: (performance.now() - t0) / 1000,
    json,
    parts: docs,
  });
  const target = quick ? path.join(DIR, 'performance-quick.md') : DOC;
  writeFileSync(target, await prettier.format(doc, { parser: 'markdown', proseWrap: 'preserve' }));
  log(`written ${path.relative(ROOT, target)}`);
}

/** A part that writes `x.md` beside `x.json` is read from there, else from what it printed. */
function readPartMarkdown(jsonFile: string, stdout: string): string {
  try {
    return readFileSync(jsonFile.replace(/\.json$/, '.md'), 'utf8');
  } catch {
    return stdout;
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
