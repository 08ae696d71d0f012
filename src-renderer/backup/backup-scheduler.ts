/**
 * Daily backups while the app is open: at unlock and then every hour, if a folder is set and
 * daily backups are on, and this user's newest backup is older than a day, make one. A failure
 * (the stick is not plugged in, the disk is full) is kept for Settings to show and simply
 * retried at the next hourly check — never a dialog in the middle of work.
 *
 * Runs in the renderer because only the renderer holds the keys; the main process only keeps
 * files (src-main/backup). The soft lock (idle with a PIN) keeps the keys in memory, so the
 * schedule goes on during it; a full lock reloads the page, which ends it.
 */
import { parseBackupFileName } from '../../src-shared/backup/backup-name';
import type { BackupList, BackupSettings } from '../../src-shared/contracts/backup';

export const BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;
export const CHECK_EVERY_MS = 60 * 60 * 1000;

/** Why a backup was not made: the contract's reasons, and what can go wrong before it. */
export type BackupFailure =
  | 'no-folder'
  | 'folder-missing'
  | 'write-failed'
  /** The host did not answer (IPC error). */
  | 'host'
  /** Making the file failed (a bug, or storage trouble): logged. */
  | 'internal';

export type BackupAttempt =
  { status: 'written'; fileName: string; at: string } | { status: 'failed'; reason: BackupFailure };

export interface SchedulerStatus {
  /** The newest backup of this user: in the folder if reachable, else the last one written. */
  lastBackupAt: string | null;
  lastError: BackupFailure | null;
  lastAttemptAt: string | null;
  running: boolean;
  /** null until the first check. */
  folderReachable: boolean | null;
  settings: BackupSettings | null;
}

export interface SchedulerDeps {
  /** The open user's store id, or null while locked. */
  storeId: () => string | null;
  getSettings: () => Promise<BackupSettings | null>;
  list: (storeId: string) => Promise<BackupList | null>;
  backup: () => Promise<BackupAttempt>;
  now: () => Date;
  setInterval: (fn: () => void, ms: number) => unknown;
  clearInterval: (handle: unknown) => void;
}

/** The newest of this store's backups by the time in its name (names are the order). */
export function newestBackupAt(list: BackupList): string | null {
  const times = list.files
    .map((f) => parseBackupFileName(f.name)?.at)
    .filter((t): t is string => t !== undefined)
    .sort();
  return times.at(-1) ?? null;
}

export class BackupScheduler {
  private status: SchedulerStatus = {
    lastBackupAt: null,
    lastError: null,
    lastAttemptAt: null,
    running: false,
    folderReachable: null,
    settings: null,
  };
  private timer: unknown = null;
  private inflight: Promise<BackupAttempt> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly deps: SchedulerDeps) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SchedulerStatus => this.status;

  private set(change: Partial<SchedulerStatus>): void {
    this.status = { ...this.status, ...change };
    for (const l of this.listeners) l();
  }

  /** Idempotent: the first call checks at once and then every hour. */
  start(): void {
    if (this.timer !== null) return;
    this.timer = this.deps.setInterval(() => void this.check(), CHECK_EVERY_MS);
    void this.check();
  }

  stop(): void {
    if (this.timer !== null) this.deps.clearInterval(this.timer);
    this.timer = null;
  }

  /** Reads settings and the folder; makes a backup when one is due. */
  async check(): Promise<void> {
    const storeId = this.deps.storeId();
    if (!storeId || this.inflight) return;
    const settings = await this.deps.getSettings();
    const list = await this.deps.list(storeId);
    this.set({
      settings,
      folderReachable: list?.reachable ?? null,
      lastBackupAt: list ? (list.reachable ? newestBackupAt(list) : list.lastWrittenAt) : null,
    });
    if (!settings?.daily || !settings.folder) return;
    const last = this.status.lastBackupAt;
    const age = last ? this.deps.now().getTime() - new Date(last).getTime() : Infinity;
    if (age < BACKUP_INTERVAL_MS) return;
    await this.runNow();
  }

  /** "Back up now", and the scheduled backup: one at a time (a second call joins the first). */
  runNow(): Promise<BackupAttempt> {
    this.inflight ??= this.attempt().finally(() => (this.inflight = null));
    return this.inflight;
  }

  private async attempt(): Promise<BackupAttempt> {
    this.set({ running: true, lastAttemptAt: this.deps.now().toISOString() });
    let attempt: BackupAttempt;
    try {
      attempt = await this.deps.backup();
    } catch (e) {
      console.error('backup: failed', e);
      attempt = { status: 'failed', reason: 'internal' };
    }
    if (attempt.status === 'written')
      this.set({
        running: false,
        lastError: null,
        lastBackupAt: attempt.at,
        folderReachable: true,
      });
    else
      this.set({
        running: false,
        lastError: attempt.reason,
        ...(attempt.reason === 'folder-missing' ? { folderReachable: false } : {}),
      });
    return attempt;
  }
}
