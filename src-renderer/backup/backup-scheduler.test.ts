import { describe, expect, it } from 'vitest';
import { backupFileName } from '../../src-shared/backup/backup-name';
import type { BackupList, BackupSettings } from '../../src-shared/contracts/backup';
import {
  BackupScheduler,
  CHECK_EVERY_MS,
  type BackupAttempt,
  type SchedulerDeps,
} from './backup-scheduler';

const STORE = 'store-a';

function harness(init: { settings?: BackupSettings; files?: string[]; reachable?: boolean } = {}) {
  const state = {
    now: new Date('2026-11-25T10:00:00Z'),
    storeId: STORE as string | null,
    settings: init.settings ?? { folder: '/media/USB', keep: 14, daily: true },
    files: init.files ?? [],
    reachable: init.reachable ?? true,
    lastWrittenAt: null as string | null,
    next: null as BackupAttempt | null,
    made: 0,
    timers: [] as { fn: () => void; ms: number }[],
  };
  const deps: SchedulerDeps = {
    storeId: () => state.storeId,
    getSettings: async () => state.settings,
    list: async (): Promise<BackupList> => ({
      folder: state.settings.folder,
      reachable: state.reachable,
      files: state.reachable ? state.files.map((name) => ({ name, size: 1, modified: '' })) : [],
      lastWrittenAt: state.lastWrittenAt,
    }),
    backup: async () => {
      state.made++;
      const at = state.now.toISOString();
      const attempt = state.next ?? { status: 'written', fileName: backupFileName(STORE, at), at };
      if (attempt.status === 'written') {
        state.files.push(attempt.fileName);
        state.lastWrittenAt = at;
      }
      return attempt;
    },
    now: () => state.now,
    setInterval: (fn, ms) => state.timers.push({ fn, ms }),
    clearInterval: () => undefined,
  };
  return { state, scheduler: new BackupScheduler(deps) };
}

const hoursLater = (d: Date, h: number) => new Date(d.getTime() + h * 3600_000);

describe('BackupScheduler', () => {
  it('backs up at unlock when there is none, then not again within a day', async () => {
    const { state, scheduler } = harness();
    await scheduler.check();
    expect(state.made).toBe(1);
    expect(scheduler.getSnapshot()).toMatchObject({
      lastBackupAt: '2026-11-25T10:00:00.000Z',
      lastError: null,
      running: false,
    });
    state.now = hoursLater(state.now, 23);
    await scheduler.check();
    expect(state.made).toBe(1);
    state.now = hoursLater(state.now, 2);
    await scheduler.check();
    expect(state.made).toBe(2);
  });

  it("judges by this store's newest file in the folder, by the name's time", async () => {
    const { state, scheduler } = harness({
      files: [
        backupFileName(STORE, '2026-11-20T10:00:00Z'),
        backupFileName(STORE, '2026-11-25T02:00:00Z'),
      ],
    });
    await scheduler.check();
    expect(state.made).toBe(0);
    expect(scheduler.getSnapshot().lastBackupAt).toBe('2026-11-25T02:00:00.000Z');
  });

  it('does nothing with daily off, without a folder, or while locked; "now" still works', async () => {
    const off = harness({ settings: { folder: '/media/USB', keep: 14, daily: false } });
    await off.scheduler.check();
    const noFolder = harness({ settings: { folder: null, keep: 14, daily: true } });
    await noFolder.scheduler.check();
    const locked = harness();
    locked.state.storeId = null;
    await locked.scheduler.check();
    expect([off.state.made, noFolder.state.made, locked.state.made]).toEqual([0, 0, 0]);
    expect((await off.scheduler.runNow()).status).toBe('written');
  });

  it('keeps a failure for Settings and retries at the next hourly check', async () => {
    const { state, scheduler } = harness({ reachable: false });
    state.next = { status: 'failed', reason: 'folder-missing' };
    scheduler.start();
    scheduler.start(); // idempotent: one timer
    expect(state.timers).toHaveLength(1);
    expect(state.timers[0]!.ms).toBe(CHECK_EVERY_MS);
    await new Promise((r) => setTimeout(r, 0));
    expect(state.made).toBe(1);
    expect(scheduler.getSnapshot()).toMatchObject({
      lastError: 'folder-missing',
      folderReachable: false,
      lastBackupAt: null,
    });

    // The stick is back an hour later.
    state.now = hoursLater(state.now, 1);
    state.reachable = true;
    state.next = null;
    state.timers[0]!.fn();
    await new Promise((r) => setTimeout(r, 0));
    expect(state.made).toBe(2);
    expect(scheduler.getSnapshot()).toMatchObject({ lastError: null, folderReachable: true });
  });

  it('while the folder is out, the last backup is the one main remembers writing', async () => {
    const { state, scheduler } = harness({ reachable: false });
    state.lastWrittenAt = '2026-11-22T10:00:00.000Z';
    state.next = { status: 'failed', reason: 'folder-missing' };
    await scheduler.check();
    expect(scheduler.getSnapshot()).toMatchObject({
      lastBackupAt: '2026-11-22T10:00:00.000Z',
      lastError: 'folder-missing',
    });
  });

  it('runs one backup at a time: a second request joins the first', async () => {
    const { state, scheduler } = harness();
    const [a, b] = await Promise.all([scheduler.runNow(), scheduler.runNow()]);
    expect(a).toBe(b);
    expect(state.made).toBe(1);
  });
});
