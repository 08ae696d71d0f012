/** Command-line flags of bench/sync.bench.ts (`--name=value`), with defaults that meet issue 6. */
import { parsePouchVariants, type PouchVariant } from '../pouch/variants';
import type { Backend } from './server-protocol';

export interface BenchOptions {
  records: number;
  changed: number;
  users: number;
  offices: number;
  history: number;
  opsPerPush: number;
  connections: number;
  durationS: number;
  seed: number;
  logLevel: string;
  backends: Backend[];
  throughputBackends: Backend[];
  firstSync: boolean;
  /** PouchDB set-ups replicating the same records (issue 10), after our first syncs. */
  pouch: PouchVariant[];
  cpuProf: boolean;
  pgUrl?: string;
  tag: string;
  /** Where the report goes (`x.json` and `x.md`) instead of bench/results/sync-<date>[-tag]. */
  out?: string;
  command: string;
}

export const HELP = `npm run bench:sync -- [flags]            (PGlite and PostgreSQL)
npx tsx bench/sync.bench.ts [flags]      (PGlite only, unless QORGAU_TEST_DATABASE_URL is set)

  --records=50000      records of the advocate's register (first sync, second laptop's pull)
  --changed=100        records corrected for the incremental sync
  --users=500          advocates with a device (throughput)
  --offices=25         offices they are spread over (colleagues see each other's aid marks)
  --history=20         records per advocate already on the server (throughput)
  --ops-per-push=5     records per push, and per pull answer (throughput: a day's work)
  --connections=50     autocannon connections
  --duration=20        seconds per throughput scenario (push, pull)
  --backends=pglite,postgres           first-sync backends (postgres needs QORGAU_TEST_DATABASE_URL)
  --throughput=postgres                throughput backends ('none' to skip)
  --no-first-sync      throughput only (and no PouchDB)
  --pouch=default      PouchDB side by side (issue 10): server storage/laptop adapter pairs,
                       e.g. leveldb/idb,memory/memory (= default), 'all', or 'none'
  --log-level=info     the server's request log level (to /dev/null), 'silent' for none
  --cpu-prof           V8 CPU profiles of client and server into bench/results/profiles/
  --seed=6             data seed
  --tag=name           appended to the result file name
  --out=file.json      write the report to file.json and file.md instead`;

function backendList(value: string, pg: boolean): Backend[] {
  if (value === 'none' || value === '') return [];
  const list = value.split(',').map((s) => s.trim());
  for (const b of list) {
    if (b !== 'pglite' && b !== 'postgres') throw new Error(`unknown backend ${b}`);
    if (b === 'postgres' && !pg) {
      throw new Error(
        'postgres needs QORGAU_TEST_DATABASE_URL (run through scripts/with-postgres.sh)',
      );
    }
  }
  return list as Backend[];
}

export function parseOptions(argv: string[], env: NodeJS.ProcessEnv): BenchOptions {
  const flags = new Map<string, string>();
  for (const a of argv) {
    if (a === '--help' || a === '-h') {
      console.log(HELP);
      process.exit(0);
    }
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(a);
    if (!m) throw new Error(`unknown argument ${a}\n${HELP}`);
    flags.set(m[1]!, m[2] ?? 'true');
  }
  const known = new Set([
    'records',
    'changed',
    'users',
    'offices',
    'history',
    'ops-per-push',
    'connections',
    'duration',
    'backends',
    'throughput',
    'no-first-sync',
    'pouch',
    'log-level',
    'cpu-prof',
    'seed',
    'tag',
    'out',
  ]);
  for (const k of flags.keys()) if (!known.has(k)) throw new Error(`unknown flag --${k}\n${HELP}`);
  const int = (name: string, dflt: number, min = 1) => {
    const v = flags.has(name) ? Number(flags.get(name)) : dflt;
    if (!Number.isInteger(v) || v < min) throw new Error(`--${name} must be an integer ≥ ${min}`);
    return v;
  };
  const pgUrl = env['QORGAU_TEST_DATABASE_URL'];
  const pg = Boolean(pgUrl);
  const records = int('records', 50_000);
  return {
    records,
    changed: Math.min(int('changed', 100), Math.floor(records * 0.9)),
    users: int('users', 500),
    offices: int('offices', 25),
    history: int('history', 20),
    opsPerPush: int('ops-per-push', 5),
    connections: int('connections', 50),
    durationS: int('duration', 20),
    seed: int('seed', 6, 0),
    logLevel: flags.get('log-level') ?? 'info',
    backends: backendList(flags.get('backends') ?? (pg ? 'pglite,postgres' : 'pglite'), pg),
    throughputBackends: backendList(flags.get('throughput') ?? (pg ? 'postgres' : 'pglite'), pg),
    firstSync: !flags.has('no-first-sync'),
    // Side by side with the first sync: nothing to compare with when it does not run.
    pouch: flags.has('no-first-sync') ? [] : parsePouchVariants(flags.get('pouch')),
    cpuProf: flags.has('cpu-prof'),
    ...(pgUrl ? { pgUrl } : {}),
    tag: flags.get('tag') ?? '',
    ...(flags.get('out') ? { out: outFile(flags.get('out')!) } : {}),
    command:
      `${env['npm_lifecycle_event'] === 'bench:sync' ? 'npm run bench:sync --' : 'npx tsx bench/sync.bench.ts'} ${argv.join(' ')}`
        .trim()
        .replace(/ --$/, ''),
  };
}

function outFile(value: string): string {
  if (!value.endsWith('.json')) throw new Error('--out names a .json file');
  return value;
}
