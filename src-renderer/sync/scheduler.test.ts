import { describe, expect, it } from 'vitest';
import { SyncCallError } from './ipc-transport';
import { createSyncScheduler, type SchedulerClock } from './scheduler';

/** A clock whose timers fire only when the test moves time. */
function fakeClock(random = 0.5) {
  let now = 0;
  let seq = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const clock: SchedulerClock = {
    now: () => now,
    setTimeout: (fn, ms) => {
      timers.set(++seq, { at: now + ms, fn });
      return seq;
    },
    clearTimeout: (h) => void timers.delete(h as number),
    random: () => random,
  };
  return {
    clock,
    /** Moves time forward, firing due timers in order; lets their runs settle. */
    async advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const due = [...timers.entries()]
          .filter(([, t]) => t.at <= until)
          .sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].fn();
        for (let i = 0; i < 5; i++) await Promise.resolve();
      }
      now = until;
    },
    pending: () => [...timers.values()].map((t) => t.at - now).sort((a, b) => a - b),
  };
}

const fail = (code: Parameters<typeof failure>[0], retryAfterSeconds?: number) =>
  new SyncCallError(failure(code, retryAfterSeconds));
function failure(
  code: 'offline' | 'unauthenticated' | 'tooManyAttempts',
  retryAfterSeconds?: number,
) {
  return { code, detail: 'test', ...(retryAfterSeconds ? { retryAfterSeconds } : {}) };
}

describe('sync scheduler', () => {
  it('a burst of local writes is one run after the debounce', async () => {
    const t = fakeClock();
    let runs = 0;
    const s = createSyncScheduler({
      run: async () => void runs++,
      clock: t.clock,
      debounceMs: 5000,
    });
    s.localChange();
    await t.advance(3000);
    s.localChange();
    s.localChange();
    await t.advance(4999);
    expect(runs).toBe(0);
    await t.advance(1);
    expect(runs).toBe(1);
  });

  it('backs off exponentially with jitter, and a success resets it', async () => {
    const t = fakeClock(1); // the top of each jitter window
    const outcomes: (number | null)[] = [];
    let failNext = 3;
    const s = createSyncScheduler({
      run: async () => {
        if (failNext-- > 0) throw fail('offline');
      },
      clock: t.clock,
      backoffBaseMs: 10_000,
      periodMs: 300_000,
      onRun: (o) => outcomes.push(o.ok ? 0 : o.retryInMs),
    });
    await s.syncNow();
    await t.advance(10_000);
    await t.advance(20_000);
    await t.advance(40_000);
    expect(outcomes).toEqual([10_000, 20_000, 40_000, 0]);
    expect(s.failures).toBe(0);
    expect(t.pending()).toEqual([300_000]); // back to the period
  });

  it('never retries sooner than the server’s Retry-After', async () => {
    const t = fakeClock(0);
    let retryIn: number | null = -1;
    const s = createSyncScheduler({
      run: async () => {
        throw fail('tooManyAttempts', 120);
      },
      clock: t.clock,
      onRun: (o) => {
        if (!o.ok) retryIn = o.retryInMs;
      },
    });
    await s.syncNow();
    expect(retryIn).toBe(120_000);
  });

  it('stops when only the user can fix it, until Sync now', async () => {
    const t = fakeClock();
    let calls = 0;
    const s = createSyncScheduler({
      run: async () => {
        calls++;
        if (calls === 1) throw fail('unauthenticated');
      },
      clock: t.clock,
    });
    await s.syncNow();
    expect(s.state).toBe('stopped');
    s.localChange();
    s.setOnline(true);
    await t.advance(3_600_000);
    expect(calls).toBe(1);
    await s.syncNow();
    expect(calls).toBe(2);
    expect(s.state).toBe('idle');
  });

  it('a write during a run syncs once more afterwards; coming online syncs at once', async () => {
    const t = fakeClock();
    let runs = 0;
    let release: () => void = () => undefined;
    const s = createSyncScheduler({
      run: () => {
        runs++;
        return runs === 1 ? new Promise<void>((r) => (release = r)) : Promise.resolve();
      },
      clock: t.clock,
      debounceMs: 1000,
    });
    const first = s.syncNow();
    s.localChange();
    release();
    await first;
    await t.advance(1000);
    expect(runs).toBe(2);
    s.setOnline(true);
    await t.advance(0);
    expect(runs).toBe(3);
  });
});
