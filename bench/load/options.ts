/** Command-line flags of bench/load.bench.ts (`--name=value`); the defaults are issue 10's run. */
import type { Backend } from '../sync/server-protocol';

export interface LoadOptions {
  advocates: number;
  offices: number;
  history: number;
  opsPerPush: number;
  /** One day per entry, in order, on the same server (a sweep when several). */
  connections: number[];
  warmup: number;
  backend: Backend;
  poolMax: number;
  workers: number;
  logLevel: string;
  echoes: boolean;
  templates: number;
  cpuProf: boolean;
  timeoutS: number;
  seed: number;
  out?: string;
  pgUrl?: string;
  command: string;
}

export const HELP = `npm run bench:load -- [flags]             (PostgreSQL, started by scripts/with-postgres.sh)
npx tsx bench/load.bench.ts --backend=pglite [flags]

  --advocates=5000     advocates, each with a registered device, each syncing once
  --offices=250        offices of one collegium they are spread over (colleagues' aid marks)
  --history=20         records per advocate already on the server
  --ops-per-push=8     records of an advocate's day (one push)
  --connections=50     keep-alive connections of the driver; a list (25,50,100) runs one day
                       per entry on the same server, in that order
  --warmup=2000        advocates of an unmeasured day first (JIT, pool, plans); 0 for none
  --backend=postgres   or pglite (in the server process)
  --pool=10            the server's PostgreSQL pool size (production's default is 10)
  --workers=1          server processes sharing the port (node:cluster), PostgreSQL only
  --log-level=info     the server's request log level (to /dev/null), 'silent' for none
  --no-echoes          pull without naming the push's revisions as echoes
  --templates=1000     records of the seeded laptop the pushes copy
  --timeout=30         seconds before a request counts as timed out
  --cpu-prof           V8 CPU profile of the server process(es) into bench/results/profiles/load
  --out=file.json      every figure as JSON (the markdown goes to stdout)
  --seed=6             data seed`;

const KNOWN = new Set([
  'advocates',
  'offices',
  'history',
  'ops-per-push',
  'connections',
  'warmup',
  'backend',
  'pool',
  'workers',
  'log-level',
  'no-echoes',
  'templates',
  'timeout',
  'cpu-prof',
  'out',
  'seed',
]);

export function parseLoadOptions(argv: string[], env: NodeJS.ProcessEnv): LoadOptions | 'help' {
  const flags = new Map<string, string>();
  for (const a of argv) {
    if (a === '--help' || a === '-h') return 'help';
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(a);
    if (!m) throw new Error(`unknown argument ${a}\n${HELP}`);
    if (!KNOWN.has(m[1]!)) throw new Error(`unknown flag --${m[1]}\n${HELP}`);
    flags.set(m[1]!, m[2] ?? 'true');
  }
  const intOf = (name: string, text: string, min: number) => {
    const v = Number(text);
    if (!Number.isInteger(v) || v < min) throw new Error(`--${name} must be an integer ≥ ${min}`);
    return v;
  };
  const int = (name: string, dflt: number, min = 1) =>
    flags.has(name) ? intOf(name, flags.get(name)!, min) : dflt;

  const backend = flags.get('backend') ?? 'postgres';
  if (backend !== 'postgres' && backend !== 'pglite') throw new Error(`unknown backend ${backend}`);
  const pgUrl = env['QORGAU_TEST_DATABASE_URL'];
  if (backend === 'postgres' && !pgUrl) {
    throw new Error(
      'postgres needs QORGAU_TEST_DATABASE_URL: run `npm run bench:load` (scripts/with-postgres.sh), or pass --backend=pglite',
    );
  }
  const workers = int('workers', 1);
  if (workers > 1 && backend === 'pglite') {
    throw new Error('--workers needs PostgreSQL: PGlite is one process’s database');
  }
  const advocates = int('advocates', 5000);
  const offices = int('offices', 250);
  if (offices > advocates) throw new Error('--offices must not exceed --advocates');
  const connections = (flags.get('connections') ?? '50')
    .split(',')
    .map((s) => intOf('connections', s.trim(), 1));
  const out = flags.get('out');
  return {
    advocates,
    offices,
    history: int('history', 20, 0),
    opsPerPush: int('ops-per-push', 8),
    connections,
    warmup: int('warmup', 2000, 0),
    backend,
    poolMax: int('pool', 10),
    workers,
    logLevel: flags.get('log-level') ?? 'info',
    echoes: !flags.has('no-echoes'),
    templates: int('templates', 1000, 10),
    cpuProf: flags.has('cpu-prof'),
    timeoutS: int('timeout', 30),
    seed: int('seed', 6, 0),
    ...(out ? { out } : {}),
    ...(pgUrl && backend === 'postgres' ? { pgUrl } : {}),
    command:
      `${env['npm_lifecycle_event'] === 'bench:load' ? 'npm run bench:load --' : 'npx tsx bench/load.bench.ts'} ${argv.join(' ')}`
        .trim()
        .replace(/ --$/, ''),
  };
}
