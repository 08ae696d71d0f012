/**
 * Group commit for pushes (push.ts): at most one group in flight per database; requests that
 * arrive while it runs wait here — holding no pool connection and no lock — and the next group
 * takes them together, first come first served, up to a cap. An idle server starts a request at
 * once, alone; under load, one transaction carries many requests.
 *
 * Why: pushes are serialised by the `server_state` row lock anyway (revision order), so a
 * request's lock is held for all of its statement round trips. One at a time, throughput was
 * one over that time; and every waiting request also held a pooled connection, starving pulls.
 * Grouped, the round trips are paid once per group.
 */

export type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

interface Job<T, R> {
  item: T;
  resolve: (value: R) => void;
  reject: (error: unknown) => void;
}

export interface GroupLimits<T> {
  /** Most requests in one group. */
  maxItems: number;
  /** A group's total weight (say, ops) stays at or below this, but always takes one request. */
  maxWeight: number;
  weight: (item: T) => number;
}

export class GroupQueue<T, R> {
  private readonly waiting: Job<T, R>[] = [];
  private running = false;

  /**
   * `run` applies a group and settles each of its items in order; if it throws, every item of
   * the group fails with that error.
   */
  constructor(
    private readonly run: (items: readonly T[]) => Promise<Settled<R>[]>,
    private readonly limits: GroupLimits<T>,
  ) {}

  /** Requests waiting for a group (not counting the one in flight). */
  get queued(): number {
    return this.waiting.length;
  }

  submit(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.waiting.length > 0) {
        const group = this.take();
        let settled: Settled<R>[];
        try {
          settled = await this.run(group.map((j) => j.item));
        } catch (error) {
          settled = group.map(() => ({ ok: false, error }));
        }
        group.forEach((job, i) => {
          const s = settled[i];
          if (s?.ok) job.resolve(s.value);
          else job.reject(s ? s.error : new Error('the group gave no answer for this request'));
        });
      }
    } finally {
      this.running = false;
    }
  }

  private take(): Job<T, R>[] {
    const { maxItems, maxWeight, weight } = this.limits;
    const group: Job<T, R>[] = [];
    let total = 0;
    while (this.waiting.length > 0 && group.length < maxItems) {
      const w = weight(this.waiting[0]!.item);
      if (group.length > 0 && total + w > maxWeight) break;
      group.push(this.waiting.shift()!);
      total += w;
    }
    return group;
  }
}
