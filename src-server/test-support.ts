/**
 * Shared set-up for the server's tests: a migrated test database (db/test-db.ts), one collegium with
 * two offices, and users made through the admin commands (cheap scrypt so tests stay fast —
 * verification reads the cost from the stored hash).
 */
import { createCollegium, createOffice, createUser } from './admin/commands';
import type { ServerRole } from './auth/principal';
import type { Db } from './db/db';
import { openTestDb } from './db/test-db';

export const FAST_SCRYPT = { N: 2 ** 10, r: 8, p: 1 };
export const PASSWORD = 'Kokzhiek-2024!';

export interface Fixture {
  db: Db;
  collegiumId: string;
  officeId: string;
  otherOfficeId: string;
  addUser(login: string, role?: ServerRole, opts?: { officeId?: string | null }): Promise<string>;
  /** Removes users and devices (keeps the collegium and offices): PGlite starts in ~1 s, so a
   * test file opens one and resets it between tests. */
  reset(): Promise<void>;
}

export async function fixture(): Promise<Fixture> {
  // PGlite in memory, or a fresh PostgreSQL database under scripts/with-postgres.sh.
  const db = await openTestDb();
  const { id: collegiumId } = await createCollegium(db, {
    name: 'Алматы облысының адвокаттар алқасы',
  });
  const { id: officeId } = await createOffice(db, { collegiumId, name: '№1 заң консультациясы' });
  const { id: otherOfficeId } = await createOffice(db, {
    collegiumId,
    name: '№2 заң консультациясы',
  });
  return {
    db,
    collegiumId,
    officeId,
    otherOfficeId,
    reset: async () => {
      await db.exec('DELETE FROM devices; DELETE FROM users;');
    },
    addUser: async (login, role = 'advocate', opts = {}) => {
      const office = 'officeId' in opts ? opts.officeId : role === 'staff' ? null : officeId;
      const { id } = await createUser(
        db,
        {
          login,
          fullName: `Test ${login}`,
          role,
          collegiumId,
          officeId: office ?? null,
          password: PASSWORD,
        },
        FAST_SCRYPT,
      );
      return id;
    },
  };
}

/** A clock the test moves by hand. */
export function manualClock(start = '2025-03-01T09:00:00Z') {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    advance: (ms: number) => {
      t += ms;
    },
  };
}
