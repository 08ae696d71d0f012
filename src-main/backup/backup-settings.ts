/**
 * Backup settings, kept by the main process as JSON in the app's userData folder (not in a
 * user's IndexedDB: the folder is the laptop's — the USB stick in its port — for every person
 * on it). Also remembers when each store was last backed up, so Settings can say "last backup
 * 3 days ago" while the stick is not plugged in. Stores are named by their short id only.
 *
 * A missing or damaged file reads as the defaults: a backup setting is never a reason for the
 * app not to start. Written atomically (temp file + rename).
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import {
  backupSettingsSchema,
  DEFAULT_BACKUP_SETTINGS,
  type BackupSettings,
} from '../../src-shared/contracts/backup';

const stateSchema = backupSettingsSchema.extend({
  /** Short store id → ISO instant of its last backup written by this laptop. */
  written: z.record(z.string().regex(/^[0-9a-f]{10}$/), z.iso.datetime()).default({}),
});
export type BackupState = z.infer<typeof stateSchema>;

export const BACKUP_SETTINGS_FILE = 'backup-settings.json';

export class BackupSettingsStore {
  /** Updates run one after another: two read-modify-writes must not lose each other's change. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly file: string) {}

  async load(): Promise<BackupState> {
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(this.file, 'utf8'));
    } catch {
      return { ...DEFAULT_BACKUP_SETTINGS, written: {} };
    }
    const parsed = stateSchema.safeParse(raw);
    return parsed.success ? parsed.data : { ...DEFAULT_BACKUP_SETTINGS, written: {} };
  }

  async settings(): Promise<BackupSettings> {
    const { folder, keep, daily } = await this.load();
    return { folder, keep, daily };
  }

  update(change: (s: BackupState) => BackupState): Promise<BackupState> {
    const run = this.queue.then(() => this.write(change));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async write(change: (s: BackupState) => BackupState): Promise<BackupState> {
    const next = stateSchema.parse(change(await this.load()));
    await mkdir(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await writeFile(temp, JSON.stringify(next, null, 2));
      await rename(temp, this.file);
    } catch (e) {
      await unlink(temp).catch(() => undefined);
      throw e;
    }
    return next;
  }
}
