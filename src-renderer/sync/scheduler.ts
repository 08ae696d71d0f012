/**
 * When to sync: soon after a local write (debounced, so a burst of register entries is one
 * exchange), when the network comes back, every few minutes while online, and at once on
 * "Sync now". A failed run is retried with exponential backoff and full jitter (so an office's
 * laptops coming back together do not hammer the server in step), never sooner than the
 * server's Retry-After. Failures that waiting cannot fix (signed out, refused credentials)
 * stop the automatic runs until the user acts. Timers and randomness are injected for tests.
 */
import { SyncCallError } from './ipc-transport';

export interface SchedulerClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  random(): number;
}

export interface SchedulerOptions {
  /** One sync run; throws on failure. */
  run: () => Promise<void>;
  clock?: SchedulerClock;
  debounceMs?: number;
  periodMs?: number;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** Called after each run with its outcome, for the status line. */
  onRun?: (outcome: { ok: true } | { ok: false; error: unknown; retryInMs: number | null }) => void;
}

export type SchedulerState = 'idle' | 'waiting' | 'running' | 'backing-off' | 'stopped';

/** Failure codes that retrying cannot fix: the user must sign in (again). */
const NEEDS_USER = new Set([
  'notSignedIn',
  'unauthenticated',
  'invalidCredentials',
  'accountDisabled',
]);

const realClock: SchedulerClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  random: () => Math.random(),
};

export function createSyncScheduler(opts: SchedulerOptions) {
  const clock = opts.clock ?? realClock;
  const debounceMs = opts.debounceMs ?? 5_000;
  const periodMs = opts.periodMs ?? 5 * 60_000;
  const baseMs = opts.backoffBaseMs ?? 10_000;
  const maxMs = opts.backoffMaxMs ?? 30 * 60_000;

  let state: SchedulerState = 'idle';
  let timer: unknown = null;
  let failures = 0;
  let online = true;
  let again = false;

  const arm = (ms: number, next: SchedulerState) => {
    if (timer !== null) clock.clearTimeout(timer);
    state = next;
    timer = clock.setTimeout(() => {
      timer = null;
      void runNow();
    }, ms);
  };

  /** Full jitter: uniform in [0, min(max, base·2^n)], but at least what the server asked for. */
  const backoff = (error: unknown): number => {
    const cap = Math.min(maxMs, baseMs * 2 ** Math.min(failures - 1, 20));
    const jittered = Math.round(clock.random() * cap);
    const asked =
      error instanceof SyncCallError ? (error.failure.retryAfterSeconds ?? 0) * 1000 : 0;
    return Math.max(jittered, asked, 1_000);
  };

  async function runNow(): Promise<void> {
    if (state === 'running') {
      again = true; // a write during a run: go once more afterwards
      return;
    }
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
    state = 'running';
    try {
      await opts.run();
      failures = 0;
      opts.onRun?.({ ok: true });
      if (again) {
        again = false;
        arm(debounceMs, 'waiting');
      } else if (online) arm(periodMs, 'idle');
      else state = 'idle';
    } catch (error) {
      failures += 1;
      again = false;
      if (error instanceof SyncCallError && NEEDS_USER.has(error.failure.code)) {
        state = 'stopped';
        opts.onRun?.({ ok: false, error, retryInMs: null });
        return;
      }
      const wait = backoff(error);
      opts.onRun?.({ ok: false, error, retryInMs: wait });
      arm(wait, 'backing-off');
    }
  }

  return {
    /** A local write happened: sync soon, once the burst is over. */
    localChange() {
      if (state === 'stopped' || state === 'backing-off') return;
      if (state === 'running') again = true;
      else arm(debounceMs, 'waiting');
    },
    /** The network came back (or went away). */
    setOnline(value: boolean) {
      online = value;
      if (value && state !== 'stopped' && state !== 'running') {
        failures = 0;
        arm(0, 'waiting');
      }
    },
    /** "Sync now", and after signing in: runs at once and clears a stop or a backoff. */
    syncNow: () => {
      failures = 0;
      return runNow();
    },
    /** The periodic timer starts with the app. */
    start() {
      if (state === 'idle' && timer === null) arm(0, 'waiting');
    },
    stop() {
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
      state = 'stopped';
    },
    get state() {
      return state;
    },
    get failures() {
      return failures;
    },
  };
}
export type SyncScheduler = ReturnType<typeof createSyncScheduler>;
