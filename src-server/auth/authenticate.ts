/**
 * Who is calling, from `Authorization: Bearer <device token>`: the token's SHA-256 must match a
 * device that is not revoked, of a user who is not disabled. Every failure is the same 401
 * `unauthenticated` — the client's answer to all of them is "sign in again".
 *
 * Route plugins protect their routes with `preHandler: app.requireAuth` (or
 * `app.addHook('preHandler', app.requireAuth)` for a whole plugin) and read
 * `request.principal` — or `principalOf(request)`, which also fails closed if a route forgot
 * the hook.
 *
 * The server keeps what recently seen tokens resolved to (principal-cache.ts) while PostgreSQL's
 * change notifications are heard, so a sync burst reads the device once; what keeps that
 * correct when a device is revoked is described there.
 */
import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { Db } from '../db/db';
import { ApiError } from '../http/errors';
import { type Principal, serverRoles, type ServerRole } from './principal';
import type { CachedDevice, PrincipalCache } from './principal-cache';
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

/**
 * What a token hash resolves to now, from the database (null: refused) — and, in the same
 * statement, last_seen_at written if it is older than LAST_SEEN_EVERY_MS: a device's first
 * request of a sync costs one round trip, not two.
 */
async function lookupDevice(db: Db, tokenHash: string, now: Date): Promise<CachedDevice | null> {
  const { rows } = await db.query<DeviceRow & { touched: boolean }>(
    `WITH d AS (
       SELECT d.id AS device_id, d.last_seen_at, u.id AS user_id, u.role, u.collegium_id,
              u.office_id
         FROM devices d JOIN users u ON u.id = d.user_id
        WHERE d.token_hash = $1 AND d.revoked_at IS NULL AND NOT u.disabled),
     touched AS (
       UPDATE devices SET last_seen_at = $2
         FROM d
        WHERE devices.id = d.device_id
          AND (devices.last_seen_at IS NULL OR devices.last_seen_at <= $3)
       RETURNING devices.id)
     SELECT d.*, EXISTS (SELECT 1 FROM touched) AS touched FROM d`,
    [tokenHash, now, new Date(now.getTime() - LAST_SEEN_EVERY_MS)],
  );
  const row = rows[0];
  if (!row || !serverRoles.includes(row.role as ServerRole)) return null;
  const lastSeen = row.touched ? now : row.last_seen_at;
  return {
    principal: {
      userId: row.user_id,
      deviceId: row.device_id,
      role: row.role as ServerRole,
      collegiumId: row.collegium_id,
      officeId: row.office_id,
    },
    lastSeenMs: lastSeen ? new Date(lastSeen).getTime() : 0,
  };
}

/**
 * The caller of `token`, or null. With a `cache` (principal-cache.ts: used only while the
 * database's change notifications are heard), a token seen moments ago is not read again.
 */
export async function resolvePrincipal(
  db: Db,
  token: string,
  now: Date,
  cache?: PrincipalCache,
): Promise<Principal | null> {
  if (!looksLikeToken(token)) return null;
  const key = hashToken(token);
  const nowMs = now.getTime();
  let device = cache?.get(key, nowMs) ?? null;
  if (!device) {
    const since = cache?.begin() ?? 0;
    device = await lookupDevice(db, key, now);
    if (!device) return null;
    cache?.set(key, device, nowMs, since);
  }
  if (nowMs - device.lastSeenMs >= LAST_SEEN_EVERY_MS) {
    await db.query('UPDATE devices SET last_seen_at = $1 WHERE id = $2', [
      now,
      device.principal.deviceId,
    ]);
    device.lastSeenMs = nowMs;
    cache?.seen(key, nowMs);
  }
  // A copy: a route changing its request's principal must not change the cached one.
  return { ...device.principal };
}

export function installAuth(
  app: FastifyInstance,
  db: Db,
  now: () => Date,
  cache?: PrincipalCache,
): void {
  app.decorateRequest('principal', null);
  const requireAuth: preHandlerAsyncHookHandler = async (request) => {
    const token = bearerToken(request);
    const principal = token ? await resolvePrincipal(db, token, now(), cache) : null;
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
