/**
 * The renderer's sync service: owns the scheduler while the device is signed in to an office
 * server, and holds what the Sync page shows (account, scheduler state, the last run's problem).
 *
 * - start(): reads the account from the main process; when signed in, makes sure this device's
 *   register is owned by the server user (adoptServerIdentity, a no-op once done) and starts
 *   the scheduler: runs after local writes (debounced), on reconnect, periodically.
 * - signIn(): the main process registers the device; then adoption (refused → signed out
 *   again, so nothing is ever pushed under the wrong owner) and a first sync at once.
 * - signOut(), syncNow().
 *
 * Counts (pending, quarantine) and the persisted state (last success) live in Dexie and are
 * read live by the page; this store holds only what is not in the database.
 */
import type { Envelope } from '../../src-shared/contracts/envelope';
import type { QorgauApi } from '../../src-shared/contracts/ipc-contract';
import type { Account, SyncFailureCode } from '../../src-shared/contracts/sync/account';
import type { ReasonText } from '../../src-shared/contracts/sync/rejections';
import type { AppDb } from '../db/app-db';
import type { FieldCodec } from '../db/field-codec';
import { adoptServerIdentity, IdentityAdoptionError } from './adopt-identity';
import { SyncError, syncOnce, transportFailureOf } from './engine';
import { ipcSyncTransport, SyncCallError } from './ipc-transport';
import { subscribeLocalChanges } from './local-changes';
import {
  createSyncScheduler,
  type SchedulerOptions,
  type SchedulerState,
  type SyncScheduler,
} from './scheduler';

/** Why sign-in or a sync run did not succeed; the page says each code in words. */
export type SyncProblemCode =
  | SyncFailureCode
  | 'noIdentity'
  | 'localError'
  | 'transport'
  | 'boundToOtherUser'
  | 'alreadySynced'
  | 'ipc';

export interface SyncProblem {
  code: SyncProblemCode;
  /** The server's own words, when it sent them. */
  serverMessage?: ReasonText;
  retryAfterSeconds?: number;
  /** English, for the console and maintainers. */
  detail: string;
}

export type SyncPhase = 'loading' | 'signedOut' | 'signedIn' | 'identityRefused';

export interface SyncSnapshot {
  phase: SyncPhase;
  account: Account | null;
  schedulerState: SchedulerState | null;
  /** A run is in progress (the "Sync now" button is busy). */
  running: boolean;
  /** The last run's or sign-in's problem; null after a success. */
  lastProblem: SyncProblem | null;
  /** When the scheduler tries again after a failure (ms), null when it waits for the user. */
  retryInMs: number | null;
  /** The last successful run in this session (the persisted one is syncState.lastSuccessAt). */
  lastSuccessAt: string | null;
}

export interface NetworkStatus {
  isOnline(): boolean;
  subscribe(listener: (online: boolean) => void): () => void;
}

export interface SyncServiceDeps {
  api: () => QorgauApi;
  db: AppDb;
  /**
   * The store's field codec, read at each run (it is the unlocked vault's: the app passes
   * `() => repoDeps.codec`). Absent: identityCodec, a plain store.
   */
  codec?: () => FieldCodec;
  subscribeLocalChanges?: (listener: () => void) => () => void;
  network?: NetworkStatus;
  /** For tests: the scheduler's clock, debounce, periods. */
  scheduler?: Omit<SchedulerOptions, 'run' | 'onRun'>;
  now?: () => string;
}

export type SignInArgs = Parameters<QorgauApi['sync']['signIn']>[0];
export type ActionResult = { ok: true } | { ok: false; problem: SyncProblem };

const windowNetwork: NetworkStatus = {
  isOnline: () => (typeof navigator === 'undefined' ? true : navigator.onLine),
  subscribe(listener) {
    const on = () => listener(true);
    const off = () => listener(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  },
};

const ENGINE_CODES: Record<string, SyncProblemCode> = {
  'no-identity': 'noIdentity',
  'bad-response': 'badResponse',
  local: 'localError',
  transport: 'transport',
};

/** The problem a sync run, a sign-in or an adoption ended with. */
export function problemOf(error: unknown): SyncProblem {
  if (error instanceof SyncCallError) {
    const f = error.failure;
    return {
      code: f.code,
      detail: f.detail,
      ...(f.serverMessage ? { serverMessage: f.serverMessage } : {}),
      ...(f.retryAfterSeconds !== undefined ? { retryAfterSeconds: f.retryAfterSeconds } : {}),
    };
  }
  if (error instanceof SyncError) {
    const cause = transportFailureOf(error);
    if (cause instanceof SyncCallError) return problemOf(cause);
    return { code: ENGINE_CODES[error.code] ?? 'transport', detail: error.message };
  }
  if (error instanceof IdentityAdoptionError) {
    return {
      code: error.code === 'bound-to-other-user' ? 'boundToOtherUser' : 'alreadySynced',
      detail: error.message,
    };
  }
  return { code: 'localError', detail: error instanceof Error ? error.message : String(error) };
}

function ipcProblem(envelope: Extract<Envelope<unknown>, { ok: false }>): SyncProblem {
  return { code: 'ipc', detail: `IPC ${envelope.error.code}: ${envelope.error.message}` };
}

export function createSyncService(deps: SyncServiceDeps) {
  const onLocalChange = deps.subscribeLocalChanges ?? subscribeLocalChanges;
  const network = deps.network ?? windowNetwork;
  const now = deps.now ?? (() => new Date().toISOString());

  let snapshot: SyncSnapshot = {
    phase: 'loading',
    account: null,
    schedulerState: null,
    running: false,
    lastProblem: null,
    retryInMs: null,
    lastSuccessAt: null,
  };
  const listeners = new Set<() => void>();
  let scheduler: SyncScheduler | null = null;
  let unsubscribers: (() => void)[] = [];
  let starting: Promise<void> | null = null;

  const set = (patch: Partial<SyncSnapshot>) => {
    snapshot = { ...snapshot, ...patch, schedulerState: scheduler?.state ?? null };
    for (const l of [...listeners]) l();
  };

  /** The scheduler changes state right after onRun; read it once that has happened. */
  const refreshSoon = () => queueMicrotask(() => set({}));

  function deactivate(): void {
    for (const u of unsubscribers) u();
    unsubscribers = [];
    scheduler?.stop();
    scheduler = null;
  }

  /** Starts automatic sync for a signed-in, adopted device. */
  function activate(account: Account): SyncScheduler {
    deactivate();
    const deviceId = account.deviceId;
    const s = createSyncScheduler({
      ...deps.scheduler,
      run: async () => {
        set({ running: true });
        try {
          await syncOnce(deps.db, ipcSyncTransport(deps.api), {
            ...(deviceId ? { deviceId } : {}),
            ...(deps.codec ? { codec: deps.codec() } : {}),
          });
        } catch (error) {
          // The scheduler reads the transport's failure code (retry later or sign in again).
          const cause = transportFailureOf(error);
          throw cause instanceof SyncCallError ? cause : error;
        } finally {
          set({ running: false });
        }
      },
      onRun: (outcome) => {
        if (outcome.ok) set({ lastProblem: null, retryInMs: null, lastSuccessAt: now() });
        else set({ lastProblem: problemOf(outcome.error), retryInMs: outcome.retryInMs });
        refreshSoon();
      },
    });
    scheduler = s;
    s.setOnline(network.isOnline());
    unsubscribers.push(
      onLocalChange(() => {
        s.localChange();
        refreshSoon();
      }),
      network.subscribe((online) => {
        s.setOnline(online);
        refreshSoon();
      }),
    );
    set({ phase: 'signedIn', account });
    return s;
  }

  /** Binds this device's register to the server user; a refusal is returned, not thrown. */
  async function adopt(account: Account): Promise<SyncProblem | null> {
    if (!account.user) return { code: 'badResponse', detail: 'signed in without a user' };
    try {
      await adoptServerIdentity(
        deps.db,
        account.user.id,
        account.deviceId ? { deviceId: account.deviceId } : {},
      );
      return null;
    } catch (error) {
      return problemOf(error);
    }
  }

  async function loadAccount(): Promise<void> {
    let envelope: Envelope<Account>;
    try {
      envelope = await deps.api().sync.account();
    } catch (error) {
      set({ phase: 'signedOut', account: null, lastProblem: problemOf(error) });
      return;
    }
    if (!envelope.ok) {
      set({ phase: 'signedOut', account: null, lastProblem: ipcProblem(envelope) });
      return;
    }
    const account = envelope.value;
    if (!account.signedIn) {
      set({ phase: 'signedOut', account: null });
      return;
    }
    const refused = await adopt(account);
    if (refused) {
      set({ phase: 'identityRefused', account, lastProblem: refused });
      return;
    }
    activate(account).start();
    set({});
  }

  return {
    getSnapshot: (): SyncSnapshot => snapshot,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },

    /** Reads the account and, when signed in, starts automatic sync. Runs once. */
    start(): Promise<void> {
      starting ??= loadAccount();
      return starting;
    },

    async signIn(args: SignInArgs): Promise<ActionResult> {
      let envelope;
      try {
        envelope = await deps.api().sync.signIn(args);
      } catch (error) {
        return { ok: false, problem: problemOf(error) };
      }
      if (!envelope.ok) return { ok: false, problem: ipcProblem(envelope) };
      if (!envelope.value.ok) {
        return { ok: false, problem: problemOf(new SyncCallError(envelope.value.failure)) };
      }
      const account = envelope.value.value;
      const refused = await adopt(account);
      if (refused) {
        // Never leave a device signed in whose register belongs to someone else.
        await deps
          .api()
          .sync.signOut()
          .catch(() => undefined);
        set({ phase: 'signedOut', account: null, lastProblem: refused });
        return { ok: false, problem: refused };
      }
      set({ lastProblem: null });
      await activate(account).syncNow();
      set({});
      return { ok: true };
    },

    async signOut(): Promise<void> {
      deactivate();
      try {
        await deps.api().sync.signOut();
      } finally {
        set({ phase: 'signedOut', account: null, lastProblem: null, retryInMs: null });
      }
    },

    /** "Sync now": at once, clearing a backoff or a stop; resolves when the run is over. */
    async syncNow(): Promise<SyncProblem | null> {
      if (!scheduler) return snapshot.lastProblem;
      await scheduler.syncNow();
      set({});
      return snapshot.lastProblem;
    },

    /** Stops timers and listeners (tests, hot reload). */
    dispose(): void {
      deactivate();
      listeners.clear();
    },
  };
}
export type SyncService = ReturnType<typeof createSyncService>;
