/**
 * Backups wired to the app: the open session, the open store, the host. Screens and the
 * scheduler use these; the logic lives in make-backup.ts, restore-*.ts and backup-scheduler.ts.
 *
 * The lead's one-line hook: call `installBackupScheduler()` once at start-up (e.g. in
 * bootstrap.tsx next to the session's start). It watches the session and starts the daily
 * schedule the first time the app is unlocked; a full lock reloads the page, which ends it.
 */
import { appDb } from '../db';
import { callHost } from '../host/host';
import { appSession } from '../vault/app-session';
import { UserDirectory } from '../vault/user-directory';
import { BackupScheduler, type BackupAttempt } from './backup-scheduler';
import { makeBackup } from './make-backup';
import type { NewUserDeps } from './restore-new-user';
import type { OverCurrentDeps } from './restore-over-current';

const isOpen = () => {
  const s = appSession.getSnapshot().status;
  return s === 'unlocked' || s === 'soft-locked';
};

export async function appVersion(): Promise<string> {
  const info = await callHost((a) => a.app.info());
  return info.ok ? info.value.version : 'unknown';
}

/** Makes a backup of the open user's store and hands it to the host to keep. */
export async function backupNow(): Promise<BackupAttempt> {
  const open = appSession.current();
  const at = new Date().toISOString();
  const made = await makeBackup(appDb, open, await appVersion(), at);
  const r = await callHost((a) =>
    a.backup.write({ storeId: open.entry.storeId, fileName: made.fileName, bytes: made.bytes }),
  );
  if (!r.ok) {
    console.error('backup: the host refused the file', r.error);
    return { status: 'failed', reason: 'host' };
  }
  if (r.value.status === 'failed') return { status: 'failed', reason: r.value.reason };
  return { status: 'written', fileName: made.fileName, at };
}

export const appBackupScheduler = new BackupScheduler({
  storeId: () => (isOpen() ? appSession.current().entry.storeId : null),
  getSettings: async () => {
    const r = await callHost((a) => a.backup.getSettings());
    return r.ok ? r.value : null;
  },
  list: async (storeId) => {
    const r = await callHost((a) => a.backup.list({ storeId }));
    return r.ok ? r.value : null;
  },
  backup: backupNow,
  now: () => new Date(),
  setInterval: (fn, ms) => window.setInterval(fn, ms),
  clearInterval: (handle) => window.clearInterval(handle as number),
});

/** Starts the daily schedule once the session is unlocked. Returns the unsubscribe. */
export function installBackupScheduler(): () => void {
  const startIfOpen = () => {
    if (isOpen()) appBackupScheduler.start();
  };
  startIfOpen();
  return appSession.subscribe(startIfOpen);
}

/** A restore as a new user of this laptop, opening the app's session on it. */
export function newUserRestoreDeps(): NewUserDeps {
  // Its own connection to the directory database: the session's is private to it, and a
  // restore that fails at the last step must be able to take its entry out again.
  const directory = new UserDirectory();
  return {
    directory: {
      get: (id) => directory.get(id),
      add: (entry) => directory.add(entry),
      remove: (id) => directory.remove(id),
    },
    session: appSession,
    now: () => new Date().toISOString(),
  };
}

/** A restore over the open user's store; the caller restarts the app afterwards (lockNow). */
export function overCurrentDeps(): OverCurrentDeps {
  return {
    save: (entry) => appSession.save(entry),
    closeCurrent: () => appDb.close(),
    now: () => new Date().toISOString(),
  };
}
