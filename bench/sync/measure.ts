/** Small measuring helpers: peak memory of this process, and time spent in Dexie transactions. */
import type { AppDb } from '../../src-renderer/db/app-db';

/** Samples rss and heapUsed every 50 ms while running; `peak()` since the last `reset()`. */
export class MemorySampler {
  private rss = 0;
  private heap = 0;
  private readonly timer: NodeJS.Timeout;

  constructor() {
    this.timer = setInterval(() => this.sample(), 50);
    this.timer.unref();
  }

  sample(): void {
    const m = process.memoryUsage();
    this.rss = Math.max(this.rss, m.rss);
    this.heap = Math.max(this.heap, m.heapUsed);
  }

  reset(): { rss: number; heap: number } {
    const m = process.memoryUsage();
    this.rss = m.rss;
    this.heap = m.heapUsed;
    return { rss: m.rss, heap: m.heapUsed };
  }

  peak(): { rss: number; heap: number } {
    this.sample();
    return { rss: this.rss, heap: this.heap };
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

/**
 * Sums the time of every explicit `db.transaction(...)` (the engine applies each push answer and
 * each pull page in one): the local apply cost, as opposed to reading the outbox.
 */
export function timeTransactions(db: AppDb): { ms: number; count: number } {
  const t = { ms: 0, count: 0 };
  const original = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
  (db as unknown as { transaction: (...args: unknown[]) => Promise<unknown> }).transaction = (
    ...args: unknown[]
  ) => {
    const t0 = performance.now();
    return original(...args).finally(() => {
      t.ms += performance.now() - t0;
      t.count += 1;
    });
  };
  return t;
}

export const mb = (bytes: number) => bytes / (1024 * 1024);
