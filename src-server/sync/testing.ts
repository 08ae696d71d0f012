/**
 * Test fixtures for the sync server: a migrated test database (db/test-db.ts) with one
 * collegium, two offices and users of every role with their devices (plain SQL), and record/op
 * builders.
 */
import { createHash } from 'node:crypto';
import type { Principal } from '../auth/principal';
import { hashToken } from '../auth/tokens';
import type { Db } from '../db/db';
import { openTestDb as openMigratedDb } from '../db/test-db';
import type { PushOp } from '../../src-shared/contracts/sync/protocol';

export const COLLEGIUM = 'col-1';
export const OFFICE_1 = 'office-1';
export const OFFICE_2 = 'office-2';

/** userId → [role, office]. Every user has a device `dev-<userId>`; adv-a also `dev-adv-a-2`. */
export const USERS = {
  'adv-a': ['advocate', OFFICE_1],
  'adv-b': ['advocate', OFFICE_1],
  'adv-c': ['advocate', OFFICE_1],
  'head-1': ['head', OFFICE_1],
  'adv-x': ['advocate', OFFICE_2],
  'head-2': ['head', OFFICE_2],
  staff: ['staff', null],
} as const satisfies Record<string, readonly [Principal['role'], string | null]>;
export type UserId = keyof typeof USERS;

/** PGlite in memory, or a fresh PostgreSQL database under scripts/with-postgres.sh. */
export async function openTestDb(): Promise<Db> {
  const db = await openMigratedDb();
  await db.query('INSERT INTO collegiums (id, name) VALUES ($1, $2)', [COLLEGIUM, 'Collegium']);
  for (const office of [OFFICE_1, OFFICE_2]) {
    await db.query('INSERT INTO offices (id, collegium_id, name) VALUES ($1, $2, $3)', [
      office,
      COLLEGIUM,
      office,
    ]);
  }
  for (const [id, [role, office]] of Object.entries(USERS)) {
    await db.query(
      `INSERT INTO users (id, login, full_name, role, collegium_id, office_id, password_hash)
       VALUES ($1, $1, $1, $2, $3, $4, 'scrypt$test')`,
      [id, role, COLLEGIUM, office],
    );
    const devices = id === 'adv-a' ? [`dev-${id}`, `dev-${id}-2`] : [`dev-${id}`];
    for (const device of devices) {
      await db.query(
        'INSERT INTO devices (id, user_id, name, token_hash) VALUES ($1, $2, $1, $3)',
        [device, id, hashToken(tokenFor(device))],
      );
    }
  }
  return db;
}

/** The device token of a fixture device (43 base64url characters, like a real one). */
export function tokenFor(deviceId: string): string {
  return createHash('sha256').update(deviceId).digest('base64url');
}

export function principal(userId: UserId, deviceId = `dev-${userId}`): Principal {
  const [role, officeId] = USERS[userId];
  return { userId, deviceId, role, collegiumId: COLLEGIUM, officeId };
}

/** A stored consultation row as the client would push it (personal part opaque). */
export function consultation(
  id: string,
  advocateId: string,
  version: number,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id,
    version,
    createdAt: '2025-03-01T09:00:00.000Z',
    updatedAt: '2025-03-01T09:00:00.000Z',
    advocateId,
    year: 2025,
    number: 1,
    month: '2025-03',
    date: '2025-03-01',
    status: 'given',
    categoryId: null,
    language: 'kk',
    issueAreaId: 'civil',
    durationMinutes: 30,
    appointmentAt: '',
    iinKey: 'k',
    searchKeys: [],
    entryJson: '{"person":"…"}',
    ...extra,
  };
}

let opCounter = 0;
export function op(
  record: Record<string, unknown>,
  baseVersion = (record.version as number) - 1,
  opts: { opId?: string; entity?: string; entityId?: string } = {},
): PushOp {
  opCounter += 1;
  return {
    opId: opts.opId ?? `op-${opCounter}`,
    entity: opts.entity ?? 'consultation',
    entityId: opts.entityId ?? (record.id as string),
    baseVersion,
    record,
    at: '2025-03-01T09:00:00.000Z',
  };
}

export const NOW = new Date('2025-03-01T10:00:00.000Z');

export async function count(db: Db, table: 'records' | 'ops' | 'conflicts'): Promise<number> {
  const { rows } = await db.query<{ n: number | string }>(`SELECT count(*) AS n FROM ${table}`);
  return Number(rows[0]!.n);
}

export async function serverRevision(db: Db): Promise<number> {
  const { rows } = await db.query<{ revision: number | string }>(
    'SELECT revision FROM server_state',
  );
  return Number(rows[0]!.revision);
}

/** Empties what sync writes, so one database serves a whole test file. */
export async function resetSync(db: Db): Promise<void> {
  await db.exec('TRUNCATE conflicts, ops, records; UPDATE server_state SET revision = 0;');
}
