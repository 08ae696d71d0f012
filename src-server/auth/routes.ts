/**
 * Account routes: register this laptop (sign in once → device token), forget it, who am I.
 *   POST   /v1/devices          {login, password, deviceName} → 201 {ok, deviceId, token, user}
 *   DELETE /v1/devices/current  (Bearer)                      → 200 {ok}
 *   GET    /v1/me               (Bearer)                      → 200 {ok, user, device}
 */
import type { FastifyPluginAsync } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../db/db';
import { ApiError } from '../http/errors';
import { parseOr400 } from '../http/validate';
import { principalOf } from './authenticate';
import type { PrincipalCache } from './principal-cache';
import { verifyDummy, verifyPassword } from './password';
import type { ServerRole } from './principal';
import { LoginLimiter } from './rate-limit';
import {
  type MeResponse,
  normalizeLogin,
  registerDeviceRequest,
  type RegisterDeviceResponse,
} from './schemas';
import { hashToken, newDeviceToken } from './tokens';

export interface AuthRoutesOptions {
  db: Db;
  now: () => Date;
  limiter?: LoginLimiter;
  /** The app's device-token cache: a device signing out is forgotten at once. */
  principals?: PrincipalCache;
}

interface UserRow {
  id: string;
  full_name: string;
  role: ServerRole;
  collegium_id: string;
  office_id: string | null;
  password_hash: string;
  disabled: boolean;
}

export const authRoutes: FastifyPluginAsync<AuthRoutesOptions> = async (app, opts) => {
  const { db, now } = opts;
  const limiter = opts.limiter ?? new LoginLimiter({}, now);

  // A sign-in body is tiny; refusing big ones early spares the JSON parser.
  app.post('/v1/devices', { bodyLimit: 16 * 1024 }, async (request, reply) => {
    const body = parseOr400(registerDeviceRequest, request.body);
    const login = normalizeLogin(body.login);
    const ip = request.ip;

    const wait = limiter.begin(login, ip);
    if (wait > 0) {
      request.log.warn({ reason: 'rateLimited' }, 'sign-in refused');
      throw new ApiError('tooManyAttempts', { headers: { 'retry-after': String(wait) } });
    }

    const { rows } = await db.query<UserRow>(
      'SELECT id, full_name, role, collegium_id, office_id, password_hash, disabled FROM users WHERE login = $1',
      [login],
    );
    const user = rows[0];
    // Unknown login and wrong password look the same from outside: same body, same status,
    // and a scrypt of the same cost either way.
    const passwordOk = user
      ? await verifyPassword(body.password, user.password_hash)
      : await verifyDummy(body.password);
    if (!user || !passwordOk) {
      request.log.info({ reason: 'invalidCredentials' }, 'sign-in refused');
      throw new ApiError('invalidCredentials');
    }
    limiter.succeeded(login, ip);
    // Only someone who knows the password learns that the account is disabled.
    if (user.disabled) {
      request.log.info({ userId: user.id, reason: 'accountDisabled' }, 'sign-in refused');
      throw new ApiError('accountDisabled');
    }

    const deviceId = uuidv7();
    const token = newDeviceToken();
    await db.query(
      'INSERT INTO devices (id, user_id, name, token_hash, created_at, last_seen_at) VALUES ($1, $2, $3, $4, $5, $5)',
      [deviceId, user.id, body.deviceName, hashToken(token), now()],
    );
    request.log.info({ userId: user.id, deviceId }, 'device registered');
    const response: RegisterDeviceResponse = {
      ok: true,
      deviceId,
      token,
      user: {
        id: user.id,
        fullName: user.full_name,
        role: user.role,
        collegiumId: user.collegium_id,
        officeId: user.office_id,
      },
    };
    // The token must not sit in any cache between here and the laptop.
    return reply.code(201).header('cache-control', 'no-store').send(response);
  });

  app.delete('/v1/devices/current', { preHandler: app.requireAuth }, async (request) => {
    const principal = principalOf(request);
    await db.query('UPDATE devices SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL', [
      now(),
      principal.deviceId,
    ]);
    // The database also notifies every server process (migration 006); this one does not wait
    // for its own notification to arrive.
    opts.principals?.invalidate();
    request.log.info({ userId: principal.userId, deviceId: principal.deviceId }, 'device revoked');
    return { ok: true as const };
  });

  app.get('/v1/me', { preHandler: app.requireAuth }, async (request) => {
    const principal = principalOf(request);
    const { rows } = await db.query<{
      login: string;
      full_name: string;
      collegium_name: string;
      office_name: string | null;
      device_name: string;
      device_created_at: Date | string;
    }>(
      `SELECT u.login, u.full_name, c.name AS collegium_name, o.name AS office_name,
              d.name AS device_name, d.created_at AS device_created_at
         FROM devices d
         JOIN users u ON u.id = d.user_id
         JOIN collegiums c ON c.id = u.collegium_id
         LEFT JOIN offices o ON o.id = u.office_id
        WHERE d.id = $1`,
      [principal.deviceId],
    );
    const row = rows[0];
    if (!row) throw new ApiError('unauthenticated');
    const response: MeResponse = {
      ok: true,
      user: {
        id: principal.userId,
        login: row.login,
        fullName: row.full_name,
        role: principal.role,
        collegiumId: principal.collegiumId,
        officeId: principal.officeId,
        collegiumName: row.collegium_name,
        officeName: row.office_name,
      },
      device: {
        id: principal.deviceId,
        name: row.device_name,
        createdAt: new Date(row.device_created_at).toISOString(),
      },
    };
    return response;
  });
};
