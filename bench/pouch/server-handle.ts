/** Starts the PouchDB server process (pouch/server-process.ts, Node with tsx) and talks to it over IPC. */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type {
  PouchCommand,
  PouchHello,
  PouchReply,
  PouchServerCounters,
  PouchStorage,
} from './server-protocol';

export class PouchServer {
  private next = 1;
  private readonly waiting = new Map<number, (r: PouchReply) => void>();

  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {
    child.on('message', (m: PouchReply) => {
      this.waiting.get(m.id)?.(m);
      this.waiting.delete(m.id);
    });
    // A crashed server fails whatever waits on it, instead of leaving the bench hanging.
    child.on('exit', (code) => {
      for (const [id, settle] of this.waiting) {
        settle({ id, ok: false, error: `PouchDB server process exited with ${code}` });
      }
      this.waiting.clear();
    });
  }

  static async start(storage: PouchStorage): Promise<PouchServer> {
    const child = fork(path.join(__dirname, 'server-process.ts'), [], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, BENCH_POUCH_STORAGE: storage },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const hello = await new Promise<PouchHello>((resolve, reject) => {
      child.once('message', (m: PouchHello) => resolve(m));
      child.once('exit', (code) => reject(new Error(`PouchDB server process exited with ${code}`)));
    });
    if (!hello.ready) throw new Error(`PouchDB server process failed: ${hello.error}`);
    return new PouchServer(child, `http://127.0.0.1:${hello.port}`);
  }

  private call<T>(c: PouchCommand): Promise<T> {
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, (r) =>
        r.ok ? resolve(r.value as T) : reject(new Error(`PouchDB server: ${r.error}`)),
      );
      this.child.send({ ...c, id });
    });
  }

  counters(resetPeak = false) {
    return this.call<PouchServerCounters>({ cmd: 'counters', resetPeak });
  }
  docCount(db: string) {
    return this.call<number>({ cmd: 'docCount', db });
  }
  diskBytes() {
    return this.call<number>({ cmd: 'diskBytes' });
  }

  async close(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((r) => this.child.once('exit', () => r()));
    await this.call<null>({ cmd: 'close' });
    await exited;
  }
}
