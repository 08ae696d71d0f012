/**
 * What the throughput run needs on the server before it starts, written with plain SQL (not
 * through the routes: this is set-up, not measured): advocates with a registered device each,
 * and records they pushed before (as the push path stores them: a `records` row and an accepted
 * `ops` row per record, each with its own revision).
 */
import { createHash, randomUUID } from 'node:crypto';
import { createOffice } from '../../src-server/admin/commands';
import { hashToken } from '../../src-server/auth/tokens';
import type { Db } from '../../src-server/db/db';
import type { BenchUser, Org, RecordTemplate } from './server-protocol';

/** A device token derived from its name: 43 base64url characters, like a real one. */
const tokenOf = (name: string) => createHash('sha256').update(name).digest('base64url');

/**
 * `count` advocates with one registered device each (no scrypt per user), spread round-robin
 * over `offices` new offices of the collegium: colleagues in an office see each other's aid
 * marks in their pulls, so how many share an office matters.
 */
export async function addUsers(
  db: Db,
  org: Org,
  count: number,
  prefix: string,
  offices: number,
): Promise<BenchUser[]> {
  const officeIds: string[] = [];
  for (let k = 0; k < offices; k++) {
    const { id } = await createOffice(db, {
      collegiumId: org.collegiumId,
      name: `№${k + 1} заң консультациясы`,
    });
    officeIds.push(id);
  }
  const users: BenchUser[] = [];
  for (let i = 0; i < count; i++) {
    const userId = `${prefix}-u${i}`;
    const deviceId = `${prefix}-d${i}`;
    const officeId = officeIds[i % offices]!;
    const token = tokenOf(deviceId);
    await db.query(
      `INSERT INTO users (id, login, full_name, role, collegium_id, office_id, password_hash)
       VALUES ($1, $1, $1, 'advocate', $2, $3, 'scrypt$bench')`,
      [userId, org.collegiumId, officeId],
    );
    await db.query('INSERT INTO devices (id, user_id, name, token_hash) VALUES ($1, $2, $1, $3)', [
      deviceId,
      userId,
      hashToken(token),
    ]);
    users.push({ userId, deviceId, officeId, token });
  }
  return users;
}

/** `perUser` records per advocate, from the templates, in one transaction per advocate. */
export async function seedHistory(
  db: Db,
  org: Org,
  users: BenchUser[],
  perUser: number,
  templates: RecordTemplate[],
): Promise<void> {
  const now = new Date('2026-11-24T18:00:00Z');
  for (const [i, u] of users.entries()) {
    const rows = Array.from({ length: perUser }, (_, k) => {
      const t = templates[(i * perUser + k) % templates.length]!;
      const id = randomUUID();
      const record = { ...t.record, id, version: 1, advocateId: u.userId, number: k + 1 };
      return { entity: t.entity, id, opId: randomUUID(), body: JSON.stringify(record) };
    });
    await db.transaction(async (tx) => {
      const { rows: r } = await tx.query<{ revision: number | string }>(
        'UPDATE server_state SET revision = revision + $1 WHERE id = 1 RETURNING revision',
        [perUser],
      );
      const first = Number(r[0]!.revision) - perUser + 1;
      const entities = rows.map((x) => x.entity);
      const ids = rows.map((x) => x.id);
      await tx.query(
        `INSERT INTO records (entity, entity_id, version, owner_id, office_id, collegium_id, body,
                              revision, updated_at)
         SELECT e, id, 1, $5, $6, $7, b::jsonb, $4 + n - 1, $8
           FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS t(e, id, b, n)`,
        [entities, ids, rows.map((x) => x.body), first, u.userId, u.officeId, org.collegiumId, now],
      );
      await tx.query(
        `INSERT INTO ops (op_id, device_id, user_id, entity, entity_id, base_version, outcome,
                          revision, received_at)
         SELECT o, $5, $6, e, id, 0, 'accepted', $4 + n - 1, $7
           FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS t(o, e, id, n)`,
        [rows.map((x) => x.opId), entities, ids, first, u.deviceId, u.userId, now],
      );
    });
  }
}
