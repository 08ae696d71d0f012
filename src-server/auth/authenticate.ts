/**
 * Who is calling, from `Authorization: Bearer <device token>`: the token's SHA-256 must match a
 * device that is not revoked, of a user who is not disabled. Every failure is the same 401
 * `unauthenticated` — the client's answer to all of them is "sign in again".
 *
 * Route plugins protect their routes with `preHandler: app.requireAuth` (or
 * `app.addHook('preHandler', app.requireAuth)` for a whole plugin) and read
 * `request.principal` — or `principalOf(request)`, which also fails closed if a route forgot
 * the hook.
 */
import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { Db } from '../db/db';
import { ApiError } from '../http/errors';
import { type Principal, serverRoles, type ServerRole } from './principal';
import { hashToken, looksLikeToken } from './tokens';

declare module 'fastify' {
  interface FastifyInstance {
    /** preHandler that sets `request.principal` or answers 401. */
    requireAuth: preHandlerAsyncHookHandler;
  }
  interface FastifyRequest {
    /** Set by `requireAuth`; null on routes without it. */
    principal: Principal | null;
  }
}

// last_seen_at is for the admin's "which laptops are still in use", not an audit trail:
// writing it at most every few minutes keeps a sync burst from turning into a write burst.
const LAST_SEEN_EVERY_MS = 5 * 60_000;

interface DeviceRow {
  device_id: string;
  last_seen_at: Date | string | null;
  user_id: string;
  role: string;
  collegium_id: string;
  office_id: string | null;
}

export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return null;
  const match = /^Bearer ([^\s]+)$/i.exec(header.trim());
  return match?.[1] ?? null;
}

export async function resolvePrincipal(
  db: Db,
  token: string,
  now: Date,
): Promise<Principal | null> {
  if (!looksLikeToken(token)) return null;
  const { rows } = await db.query<DeviceRow>(
    `SELECT d.id AS device_id, d.last_seen_at, u.id AS user_id, u.role, u.collegium_id, u.office_id
       FROM devices d JOIN users u ON u.id = d.user_id
      WHERE d.token_hash = $1 AND d.revoked_at IS NULL AND NOT u.disabled`,
    [hashToken(token)],
  );
  const row = rows[0];
  if (!row || !serverRoles.includes(row.role as ServerRole)) return null;
  const lastSeen = row.last_seen_at ? new Date(row.last_seen_at).getTime() : 0;
  if (now.getTime() - lastSeen >= LAST_SEEN_EVERY_MS) {
    await db.query('UPDATE devices SET last_seen_at = $1 WHERE id = $2', [now, row.device_id]);
  }
  return {
    userId: row.user_id,
    deviceId: row.device_id,
    role: row.role as ServerRole,
    collegiumId: row.collegium_id,
    officeId: row.office_id,
  };
}

export function installAuth(app: FastifyInstance, db: Db, now: () => Date): void {
  app.decorateRequest('principal', null);
  const requireAuth: preHandlerAsyncHookHandler = async (request) => {
    const token = bearerToken(request);
    const principal = token ? await resolvePrincipal(db, token, now()) : null;
    if (!principal)
      throw new ApiError('unauthenticated', { headers: { 'www-authenticate': 'Bearer' } });
    request.principal = principal;
    // Ids only: enough to trace a request to a user and device, nothing personal.
    request.log.debug({ userId: principal.userId, deviceId: principal.deviceId }, 'authenticated');
  };
  app.decorate('requireAuth', requireAuth);
}

/** The caller of an authenticated route; throws 401 if the route was not behind requireAuth. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new ApiError('unauthenticated');
  return request.principal;
}
