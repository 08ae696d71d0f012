/** Starts server-process.ts as a child process (Node with tsx) and talks to it over IPC. */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type {
  BenchUser,
  Command,
  DbInfo,
  Hello,
  Org,
  RecordTemplate,
  Reply,
  ServerCounters,
  ServerStartOptions,
} from './server-protocol';

export interface StartOptions extends ServerStartOptions {
  /** Write a V8 CPU profile of the server process into this folder when it exits. */
  cpuProfDir?: string;
  /** Another server script speaking the same protocol (bench/load/cluster-server.ts). */
  script?: string;
}

export class BenchServer {
  private next = 1;
  private readonly waiting = new Map<number, (r: Reply) => void>();

  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
    readonly org: Org,
  ) {
    child.on('message', (m: Reply) => {
      this.waiting.get(m.id)?.(m);
      this.waiting.delete(m.id);
    });
    // A crashed server fails whatever waits on it, instead of leaving the bench hanging.
    child.on('exit', (code) => {
      for (const [id, settle] of this.waiting) {
        settle({ id, ok: false, error: `server process exited with ${code}` });
      }
      this.waiting.clear();
    });
  }

  static async start(o: StartOptions): Promise<BenchServer> {
    const { cpuProfDir, script, ...options } = o;
    const execArgv = ['--import', 'tsx'];
    if (cpuProfDir) execArgv.push('--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`);
    const child = fork(script ?? path.join(__dirname, 'server-process.ts'), [], {
      execArgv,
      env: { ...process.env, TZ: 'UTC', BENCH_SERVER_OPTIONS: JSON.stringify(options) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const hello = await new Promise<Hello>((resolve, reject) => {
      child.once('message', (m: Hello) => resolve(m));
      child.once('exit', (code) => reject(new Error(`server process exited with ${code}`)));
    });
    if (!hello.ready) throw new Error(`server process failed: ${hello.error}`);
    return new BenchServer(child, `http://127.0.0.1:${hello.port}`, hello.org);
  }

  call<T>(c: Command): Promise<T> {
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, (r) =>
        r.ok ? resolve(r.value as T) : reject(new Error(`server: ${r.error}`)),
      );
      this.child.send({ ...c, id });
    });
  }

  counters(resetPeak = false) {
    return this.call<ServerCounters>({ cmd: 'counters', resetPeak });
  }
  dbInfo() {
    return this.call<DbInfo>({ cmd: 'dbInfo' });
  }
  addUsers(count: number, prefix: string, offices: number) {
    return this.call<BenchUser[]>({ cmd: 'addUsers', count, prefix, offices });
  }
  seedHistory(users: BenchUser[], perUser: number, templates: RecordTemplate[]) {
    return this.call<null>({ cmd: 'seedHistory', users, perUser, templates });
  }
  revision() {
    return this.call<number>({ cmd: 'revision' });
  }
  tableCounts() {
    return this.call<Record<string, number>>({ cmd: 'tableCounts' });
  }
  analyze() {
    return this.call<null>({ cmd: 'analyze' });
  }

  /** Waits until the server has answered every request it received (a load run's backlog). */
  async idle(timeoutMs = 120_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    let last = -1;
    for (;;) {
      const c = await this.counters();
      if (c.inFlight === 0 && c.dbQueries === last) return;
      if (Date.now() > until) {
        throw new Error(`the server did not become idle: ${JSON.stringify(c)}`);
      }
      last = c.dbQueries;
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  async close(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((r) => this.child.once('exit', () => r()));
    await this.call<null>({ cmd: 'close' });
    await exited;
  }
}

/** Counters between two snapshots (peaks are the second's: reset them at the first). */
export function diffCounters(a: ServerCounters, b: ServerCounters): ServerCounters {
  const byRoute: Record<string, number> = {};
  for (const [k, v] of Object.entries(b.byRoute)) {
    const d = v - (a.byRoute[k] ?? 0);
    if (d) byRoute[k] = d;
  }
  return {
    requests: b.requests - a.requests,
    bytesIn: b.bytesIn - a.bytesIn,
    bytesOut: b.bytesOut - a.bytesOut,
    serverMs: b.serverMs - a.serverMs,
    handlerMs: b.handlerMs - a.handlerMs,
    dbQueries: b.dbQueries - a.dbQueries,
    dbMs: b.dbMs - a.dbMs,
    byRoute,
    inFlight: b.inFlight,
    cpuMs: b.cpuMs - a.cpuMs,
    peakRss: b.peakRss,
    peakHeap: b.peakHeap,
  };
}
