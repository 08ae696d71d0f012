/**
 * What the admin CLI does, as plain functions over a Db (cli.ts only parses arguments and
 * prints). Every input is zod-checked here, so a test or a future admin screen gets the same
 * rules as the command line.
 *
 * Decisions:
 * - Advocates and heads belong to exactly one office, which must be in their collegium.
 * - Collegium staff have no office: their access is collegium-wide (aggregates), and an office
 *   on a staff account would suggest a narrower access that the server does not enforce.
 * - Logins are stored lower-case (sign-in is case-insensitive).
 * - No default or generated passwords: the password comes from the caller and must pass the
 *   policy (password-policy.ts).
 */
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import type { Db } from '../db/db';
import { hashPassword, type ScryptParams } from '../auth/password';
import { passwordProblems, passwordProblemText } from '../auth/password-policy';
import { serverRoles, type ServerRole } from '../auth/principal';
import { normalizeLogin, printableText } from '../auth/schemas';
import {
  aggregateQuerySchema,
  semiannualAggregate,
  type AggregateQuery,
  type SemiannualAggregate,
} from '../reports/semiannual-aggregate';

/** A refusal the admin can fix (exit code 1), as opposed to a crash. */
export class AdminError extends Error {}

const id = z.string().trim().min(1).max(64);
const loginSchema = z
  .string()
  .transform(normalizeLogin)
  .pipe(
    z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9._-]{2,63}$/,
        'login: 3–64 characters, latin letters, digits, dot, dash, underscore',
      ),
  );

function parse<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const r = schema.safeParse(input);
  if (!r.success) {
    throw new AdminError(
      r.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; '),
    );
  }
  return r.data;
}

async function exists(db: Db, table: 'collegiums' | 'offices' | 'users' | 'devices', key: string) {
  const { rows } = await db.query(`SELECT 1 FROM ${table} WHERE id = $1`, [key]);
  return rows.length > 0;
}

export async function createCollegium(db: Db, input: { name: string }): Promise<{ id: string }> {
  const { name } = parse(z.object({ name: printableText(200) }), input);
  const newId = uuidv7();
  await db.query('INSERT INTO collegiums (id, name) VALUES ($1, $2)', [newId, name]);
  return { id: newId };
}

export async function createOffice(
  db: Db,
  input: { collegiumId: string; name: string },
): Promise<{ id: string }> {
  const { collegiumId, name } = parse(
    z.object({ collegiumId: id, name: printableText(200) }),
    input,
  );
  if (!(await exists(db, 'collegiums', collegiumId))) {
    throw new AdminError(`No collegium with id ${collegiumId}`);
  }
  const newId = uuidv7();
  await db.query('INSERT INTO offices (id, collegium_id, name) VALUES ($1, $2, $3)', [
    newId,
    collegiumId,
    name,
  ]);
  return { id: newId };
}

export interface CreateUserInput {
  login: string;
  fullName: string;
  role: ServerRole;
  collegiumId: string;
  officeId?: string | null;
  password: string;
}

export async function createUser(
  db: Db,
  input: CreateUserInput,
  scrypt?: ScryptParams,
): Promise<{ id: string; login: string }> {
  const u = parse(
    z.object({
      login: loginSchema,
      fullName: printableText(200),
      role: z.enum(serverRoles),
      collegiumId: id,
      officeId: id.nullish(),
      password: z.string(),
    }),
    input,
  );
  const problems = passwordProblems(u.password, u.login);
  if (u.password.length === 0) throw new AdminError('A password is required.');
  if (problems.length > 0) {
    throw new AdminError(
      `The password is too weak: ${problems.map((p) => passwordProblemText[p]).join('; ')}.`,
    );
  }
  if (!(await exists(db, 'collegiums', u.collegiumId))) {
    throw new AdminError(`No collegium with id ${u.collegiumId}`);
  }
  const officeId = u.officeId ?? null;
  if (u.role === 'staff' && officeId) {
    throw new AdminError('Collegium staff have no office: leave out --office.');
  }
  if (u.role !== 'staff') {
    if (!officeId) throw new AdminError(`A user with role ${u.role} needs --office.`);
    const { rows } = await db.query<{ collegium_id: string }>(
      'SELECT collegium_id FROM offices WHERE id = $1',
      [officeId],
    );
    if (!rows[0]) throw new AdminError(`No office with id ${officeId}`);
    if (rows[0].collegium_id !== u.collegiumId) {
      throw new AdminError(`Office ${officeId} belongs to another collegium.`);
    }
  }
  const taken = await db.query('SELECT 1 FROM users WHERE login = $1', [u.login]);
  if (taken.rows.length > 0) throw new AdminError(`The login ${u.login} is taken.`);

  const newId = uuidv7();
  const hash = await hashPassword(u.password, scrypt);
  await db.query(
    `INSERT INTO users (id, login, full_name, role, collegium_id, office_id, password_hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [newId, u.login, u.fullName, u.role, u.collegiumId, officeId, hash],
  );
  return { id: newId, login: u.login };
}

/** By id or login. Disabling also stops every device of the user at its next request. */
export async function disableUser(db: Db, input: { user: string }): Promise<{ id: string }> {
  const { user } = parse(z.object({ user: z.string().trim().min(1).max(64) }), input);
  const { rows } = await db.query<{ id: string }>(
    'UPDATE users SET disabled = true WHERE id = $1 OR login = $2 RETURNING id',
    [user, normalizeLogin(user)],
  );
  if (!rows[0]) throw new AdminError(`No user ${user}`);
  return { id: rows[0].id };
}

export async function revokeDevice(
  db: Db,
  input: { deviceId: string },
  now: () => Date = () => new Date(),
): Promise<{ id: string; alreadyRevoked: boolean }> {
  const { deviceId } = parse(z.object({ deviceId: id }), input);
  const { rows } = await db.query<{ revoked_at: Date | null }>(
    'SELECT revoked_at FROM devices WHERE id = $1',
    [deviceId],
  );
  if (!rows[0]) throw new AdminError(`No device with id ${deviceId}`);
  if (rows[0].revoked_at) return { id: deviceId, alreadyRevoked: true };
  await db.query('UPDATE devices SET revoked_at = $1 WHERE id = $2', [now(), deviceId]);
  return { id: deviceId, alreadyRevoked: false };
}

/**
 * The collegium-wide semiannual summary (Rules cl. 5.4) from the plain index fields of the
 * synced registers (reports/semiannual-aggregate.ts): never a personal field.
 */
export async function semiannualSummary(
  db: Db,
  input: AggregateQuery,
): Promise<SemiannualAggregate> {
  const query = parse(aggregateQuerySchema, input);
  const summary = await semiannualAggregate(db, query);
  if (!summary) throw new AdminError(`No collegium with id ${query.collegiumId}`);
  return summary;
}

export interface Listing {
  collegiums: { id: string; name: string }[];
  offices: { id: string; collegiumId: string; name: string }[];
  users: {
    id: string;
    login: string;
    fullName: string;
    role: string;
    collegiumId: string;
    officeId: string | null;
    disabled: boolean;
  }[];
  devices: {
    id: string;
    userLogin: string;
    name: string;
    createdAt: string;
    lastSeenAt: string | null;
    revoked: boolean;
  }[];
}

const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

/** Everything but secrets: no password hashes, no token hashes. */
export async function list(db: Db): Promise<Listing> {
  const c = await db.query<{ id: string; name: string }>(
    'SELECT id, name FROM collegiums ORDER BY name, id',
  );
  const o = await db.query<{ id: string; collegium_id: string; name: string }>(
    'SELECT id, collegium_id, name FROM offices ORDER BY collegium_id, name, id',
  );
  const u = await db.query<{
    id: string;
    login: string;
    full_name: string;
    role: string;
    collegium_id: string;
    office_id: string | null;
    disabled: boolean;
  }>(
    'SELECT id, login, full_name, role, collegium_id, office_id, disabled FROM users ORDER BY login',
  );
  const d = await db.query<{
    id: string;
    login: string;
    name: string;
    created_at: Date | string;
    last_seen_at: Date | string | null;
    revoked_at: Date | string | null;
  }>(
    `SELECT d.id, u.login, d.name, d.created_at, d.last_seen_at, d.revoked_at
       FROM devices d JOIN users u ON u.id = d.user_id ORDER BY u.login, d.created_at`,
  );
  return {
    collegiums: c.rows,
    offices: o.rows.map((r) => ({ id: r.id, collegiumId: r.collegium_id, name: r.name })),
    users: u.rows.map((r) => ({
      id: r.id,
      login: r.login,
      fullName: r.full_name,
      role: r.role,
      collegiumId: r.collegium_id,
      officeId: r.office_id,
      disabled: r.disabled,
    })),
    devices: d.rows.map((r) => ({
      id: r.id,
      userLogin: r.login,
      name: r.name,
      createdAt: iso(r.created_at) ?? '',
      lastSeenAt: iso(r.last_seen_at),
      revoked: r.revoked_at !== null,
    })),
  };
}

export function formatListing(l: Listing): string {
  const out: string[] = [];
  out.push(`Collegiums (${l.collegiums.length})`);
  for (const c of l.collegiums) out.push(`  ${c.id}  ${c.name}`);
  out.push(`Offices (${l.offices.length})`);
  for (const o of l.offices) out.push(`  ${o.id}  ${o.name}  [collegium ${o.collegiumId}]`);
  out.push(`Users (${l.users.length})`);
  for (const u of l.users) {
    const where = u.officeId ? `office ${u.officeId}` : `collegium ${u.collegiumId}`;
    out.push(
      `  ${u.id}  ${u.login}  ${u.role}  ${u.fullName}  [${where}]${u.disabled ? '  DISABLED' : ''}`,
    );
  }
  out.push(`Devices (${l.devices.length})`);
  for (const d of l.devices) {
    out.push(
      `  ${d.id}  ${d.userLogin}  "${d.name}"  created ${d.createdAt}  last seen ${d.lastSeenAt ?? '-'}${d.revoked ? '  REVOKED' : ''}`,
    );
  }
  return out.join('\n');
}
