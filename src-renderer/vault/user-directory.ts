/**
 * The laptop's user directory: a small IndexedDB database of its own ('qorgau-vaults'), apart
 * from the registers, so that the lock screen can list users and open a vault before any
 * register database is touched. One entry per person (user-entry.ts); each person's registers
 * live in their own database, so two advocates sharing a village laptop never share a store.
 */
import Dexie, { type EntityTable } from 'dexie';
import { DB_NAME } from '../db/app-db';
import { userEntrySchema, type UserEntry } from './user-entry';

export const DIRECTORY_DB_NAME = 'qorgau-vaults';

export class UserDirectoryDb extends Dexie {
  users!: EntityTable<UserEntry, 'storeId'>;
  constructor(name = DIRECTORY_DB_NAME) {
    super(name);
    this.version(1).stores({ users: 'storeId, label' });
  }
}

export class UserDirectory {
  constructor(private readonly db: UserDirectoryDb = new UserDirectoryDb()) {}

  /** Every valid entry; a damaged one is skipped (and reported), never shown half-read. */
  async list(): Promise<{ users: UserEntry[]; damaged: string[] }> {
    const rows = await this.db.users.toArray();
    const users: UserEntry[] = [];
    const damaged: string[] = [];
    for (const row of rows) {
      const parsed = userEntrySchema.safeParse(row);
      if (parsed.success) users.push(parsed.data);
      else damaged.push(String((row as { storeId?: unknown }).storeId ?? '?'));
    }
    users.sort((a, b) => a.label.localeCompare(b.label));
    return { users, damaged };
  }

  async get(storeId: string): Promise<UserEntry | undefined> {
    const row = await this.db.users.get(storeId);
    return row ? userEntrySchema.parse(row) : undefined;
  }

  async add(entry: UserEntry): Promise<void> {
    await this.db.users.add(userEntrySchema.parse(entry));
  }

  /** Replaces the entry; the caller passes the whole new entry (validated here). */
  async put(entry: UserEntry): Promise<void> {
    await this.db.users.put(userEntrySchema.parse(entry));
  }

  /**
   * The database for a new user. The first user of a laptop adopts the pre-encryption
   * database 'qorgau' (so an existing register is kept and encrypted in place); later users
   * get a database of their own.
   */
  async databaseForNewUser(storeId: string): Promise<{ dbName: string; adoptsExisting: boolean }> {
    const taken = new Set((await this.db.users.toArray()).map((u) => u.dbName));
    if (!taken.has(DB_NAME)) return { dbName: DB_NAME, adoptsExisting: true };
    return { dbName: `${DB_NAME}-u-${storeId}`, adoptsExisting: false };
  }

  /** Only for undoing a restore that failed at its last step (restore-new-user.ts). */
  async remove(storeId: string): Promise<void> {
    await this.db.users.delete(storeId);
  }

  close(): void {
    this.db.close();
  }
}
