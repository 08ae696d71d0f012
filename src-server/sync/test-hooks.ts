/**
 * The per-file database lifecycle of the sync server tests: one migrated test database for the
 * file (PGlite, or PostgreSQL under scripts/with-postgres.sh), emptied of sync data before each
 * test, closed at the end. Test-only (imports vitest).
 */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Db } from '../db/db';
import { openTestDb, resetSync } from './testing';

export function useSyncTestDb(
  opened: (db: Db) => void | Promise<void>,
  beforeClose: () => void | Promise<void> = () => undefined,
): void {
  let db: Db | undefined;
  beforeAll(async () => {
    db = await openTestDb();
    await opened(db);
  });
  beforeEach(async () => {
    await resetSync(db!);
  });
  afterAll(async () => {
    await beforeClose();
    await db?.close();
  });
}
