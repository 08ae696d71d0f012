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

/**
 * One more user beyond USERS (e.g. a successor head of an office), with their device
 * `dev-<userId>`; returns their principal. Only for the test file that needs them: the shared
 * fixture population stays as it is.
 */
export async function addUser(
  db: Db,
  userId: string,
  role: Principal['role'],
  officeId: string | null,
): Promise<Principal> {
  await db.query(
    `INSERT INTO users (id, login, full_name, role, collegium_id, office_id, password_hash)
     VALUES ($1, $1, $1, $2, $3, $4, 'scrypt$test')`,
    [userId, role, COLLEGIUM, officeId],
  );
  const deviceId = await addDevice(db, userId, `dev-${userId}`);
  return { userId, deviceId, role, collegiumId: COLLEGIUM, officeId };
}

/** Another laptop of an existing user (e.g. a head's second one); returns its id. */
export async function addDevice(db: Db, userId: string, deviceId: string): Promise<string> {
  await db.query('INSERT INTO devices (id, user_id, name, token_hash) VALUES ($1, $2, $1, $3)', [
    deviceId,
    userId,
    hashToken(tokenFor(deviceId)),
  ]);
  return deviceId;
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

// ── issue 7: the office-wide duty records, as the client pushes them ─────────────────────────

const STAMP = { createdAt: '2025-03-01T09:00:00.000Z', updatedAt: '2025-03-01T09:00:00.000Z' };

/** A roster member (duty-roster.ts RosterMember) kept by `headId`. */
export function rosterMember(
  id: string,
  headId: string,
  version: number,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id,
    version,
    ...STAMP,
    headId,
    fullName: 'Айгерім Серікова',
    phone: '+77011234567',
    userId: 'adv-a',
    licenceNumber: '0001',
    specialisations: ['criminal'],
    territory: '',
    kinds: ['pretrial', 'court', 'consultation'],
    soloPractitioner: false,
    status: 'active',
    absences: [],
    note: '',
    ...extra,
  };
}

/** A month's schedules (duty-schedule.ts DutySchedule), published as edition 1 by default. */
export function dutySchedule(
  id: string,
  headId: string,
  version: number,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id,
    version,
    ...STAMP,
    headId,
    month: '2025-04',
    officeName: '№1 заң консультациясы',
    responsibleName: 'Болат Ахметов',
    responsiblePhone: '+77019876543',
    settings: { weekendDuty: false, perDay: { pretrial: 1, court: 1, consultation: 1 } },
    days: [{ date: '2025-04-01', kind: 'pretrial', memberIds: ['m1'] }],
    status: 'published',
    edition: 1,
    publishedAt: '2025-03-20T09:00:00.000Z',
    calendarPack: { id: 'kz-calendar', version: 1 },
    log: [],
    ...extra,
  };
}

/** An advocate's acknowledgment of a schedule edition (duty-schedule.ts ScheduleAck). */
export function scheduleAck(
  id: string,
  advocateId: string,
  version: number,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id,
    version,
    ...STAMP,
    advocateId,
    scheduleId: 's1',
    month: '2025-04',
    edition: 1,
    memberId: 'm1',
    duties: [{ date: '2025-04-01', kind: 'pretrial' }],
    acknowledgedAt: '2025-03-21T09:00:00.000Z',
    word: 'Қабылданды',
    ...extra,
  };
}

/** A paper hand-over as stored (src-renderer/db/rows.ts DistributionRow), to `assigneeUserId`. */
export function distribution(
  id: string,
  headId: string,
  assigneeUserId: string,
  version: number,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id,
    version,
    ...STAMP,
    headId,
    year: 2025,
    number: 1,
    month: '2025-04',
    rounds: [
      {
        round: 1,
        at: '2025-04-01T09:30:00.000Z',
        by: 'Болат Ахметов',
        dutyDate: '2025-04-01',
        kind: 'pretrial',
        scheduleId: 's1',
        scheduleEdition: 1,
        queue: [{ memberId: 'm1', outcome: 'chosen', note: '' }],
        chosenMemberId: 'm1',
      },
    ],
    assigneeUserId,
    documentJson: '{"client":"…"}',
    ...extra,
  };
}

/** An advocate's answer to a hand-over (duty-distribution.ts DistributionAnswer). */
export function distributionAnswer(
  id: string,
  advocateId: string,
  version: number,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id,
    version,
    ...STAMP,
    advocateId,
    distributionId: 'd1',
    round: 1,
    memberId: 'm1',
    answer: 'accepted',
    groundId: '',
    note: '',
    answeredAt: '2025-04-01T10:00:00.000Z',
    ...extra,
  };
}

// ── issue 8: fee claims, as the client pushes them ───────────────────────────────────────────

/** An advocate's fee claim (src-renderer/db/rows.ts FeeClaimRow); the body is opaque. */
export function feeClaim(
  id: string,
  advocateId: string,
  version: number,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id,
    version,
    ...STAMP,
    advocateId,
    year: 2025,
    number: 1,
    state: 'draft',
    kind: 'defence',
    appointmentId: 'p1',
    periodFrom: '2025-03-01',
    periodTo: '2025-03-31',
    periodMonth: '2025-03',
    totalTiyn: 0,
    paidTiyn: 0,
    claimJson: '{"basisDocument":"…"}',
    ...extra,
  };
}
