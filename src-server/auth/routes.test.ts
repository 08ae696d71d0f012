import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildServer } from '../app';
import { disableUser, revokeDevice } from '../admin/commands';
import { type Fixture, fixture, manualClock, PASSWORD } from '../test-support';
import { hashToken } from './tokens';

let f: Fixture;
let app: FastifyInstance;
let clock: ReturnType<typeof manualClock>;

beforeAll(async () => {
  f = await fixture();
});
afterAll(async () => {
  await f.db.close();
});
beforeEach(async () => {
  await f.reset();
  clock = manualClock();
  app = await buildServer({ db: f.db, now: clock.now });
});
afterEach(async () => {
  await app.close();
});

const register = (body: unknown, ip = '10.0.0.1') =>
  app.inject({ method: 'POST', url: '/v1/devices', payload: body as object, remoteAddress: ip });

const signIn = (login: string, password = PASSWORD) =>
  register({ login, password, deviceName: 'Ноутбук Айгерім' });

describe('POST /v1/devices', () => {
  it('registers a device: 201 with the token once, the user, and only the hash stored', async () => {
    const userId = await f.addUser('aigerim');
    const res = await signIn('Aigerim'); // logins are case-insensitive
    expect(res.statusCode).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json();
    expect(body).toEqual({
      ok: true,
      deviceId: expect.any(String),
      token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      user: {
        id: userId,
        fullName: 'Test aigerim',
        role: 'advocate',
        collegiumId: f.collegiumId,
        officeId: f.officeId,
      },
    });
    const { rows } = await f.db.query<{ token_hash: string; name: string; user_id: string }>(
      'SELECT token_hash, name, user_id FROM devices',
    );
    expect(rows).toEqual([
      { token_hash: hashToken(body.token), name: 'Ноутбук Айгерім', user_id: userId },
    ]);
    expect(JSON.stringify(rows)).not.toContain(body.token);
  });

  it('wrong password and unknown login: the same 401 body', async () => {
    await f.addUser('aigerim');
    const wrong = await signIn('aigerim', 'Wrong-password-1');
    const unknown = await signIn('nobody');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    const strip = (b: { error: { requestId?: string } }) => ({
      ...b,
      error: { ...b.error, requestId: undefined },
    });
    expect(strip(wrong.json())).toEqual(strip(unknown.json()));
    expect(wrong.json().error.code).toBe('invalidCredentials');
    expect((await f.db.query('SELECT 1 FROM devices')).rows).toHaveLength(0);
  });

  it('a disabled user cannot register a device', async () => {
    await f.addUser('aigerim');
    await disableUser(f.db, { user: 'aigerim' });
    const res = await signIn('aigerim');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('accountDisabled');
    // …and with a wrong password it is indistinguishable from any other failure.
    expect((await signIn('aigerim', 'Wrong-password-1')).json().error.code).toBe(
      'invalidCredentials',
    );
  });

  it('rate-limits a login after 5 failures (429 + Retry-After), even with the right password', async () => {
    await f.addUser('aigerim');
    for (let i = 0; i < 5; i++) {
      expect((await signIn('aigerim', `Wrong-password-${i}`)).statusCode).toBe(401);
    }
    const locked = await signIn('aigerim');
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('tooManyAttempts');
    expect(Number(locked.headers['retry-after'])).toBe(15 * 60);
    clock.advance(15 * 60_000 + 1);
    expect((await signIn('aigerim')).statusCode).toBe(201);
  });

  it('a success resets the login count', async () => {
    await f.addUser('aigerim');
    for (let i = 0; i < 4; i++) await signIn('aigerim', 'Wrong-password-1');
    expect((await signIn('aigerim')).statusCode).toBe(201);
    for (let i = 0; i < 4; i++) {
      expect((await signIn('aigerim', 'Wrong-password-1')).statusCode).toBe(401);
    }
    expect((await signIn('aigerim')).statusCode).toBe(201);
  });

  it('rate-limits unknown logins the same way (no hint that a login does not exist)', async () => {
    for (let i = 0; i < 5; i++) expect((await signIn('ghost')).statusCode).toBe(401);
    expect((await signIn('ghost')).statusCode).toBe(429);
  });

  it('rate-limits one IP trying many logins', async () => {
    for (let i = 0; i < 20; i++) expect((await signIn(`user${i}`)).statusCode).toBe(401);
    const res = await signIn('user-next');
    expect(res.statusCode).toBe(429);
    // Another address in the office is not affected.
    const other = await register(
      { login: 'user-next', password: PASSWORD, deviceName: 'x' },
      '10.0.0.2',
    );
    expect(other.statusCode).toBe(401);
  });

  it('validates the body (400 with paths)', async () => {
    const res = await register({ login: 'a', password: 5, deviceName: '' });
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['password', 'deviceName']));
    expect(res.json().error.code).toBe('validationFailed');
  });
});

describe('authenticated routes', () => {
  async function registered(login = 'aigerim') {
    const userId = await f.addUser(login);
    const body = (await signIn(login)).json();
    return { userId, token: body.token as string, deviceId: body.deviceId as string };
  }
  const me = (headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url: '/v1/me', headers });

  it('GET /v1/me answers who the device belongs to', async () => {
    const { userId, token, deviceId } = await registered();
    const res = await me({ authorization: `Bearer ${token}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      ok: true,
      user: {
        id: userId,
        login: 'aigerim',
        fullName: 'Test aigerim',
        role: 'advocate',
        collegiumId: f.collegiumId,
        officeId: f.officeId,
        collegiumName: 'Алматы облысының адвокаттар алқасы',
        officeName: '№1 заң консультациясы',
      },
      device: { id: deviceId, name: 'Ноутбук Айгерім', createdAt: clock.now().toISOString() },
    });
  });

  it('collegium staff have no office', async () => {
    await f.addUser('staffer', 'staff');
    const { token } = (await signIn('staffer')).json();
    const res = await me({ authorization: `Bearer ${token}` });
    expect(res.json().user).toMatchObject({ role: 'staff', officeId: null, officeName: null });
  });

  it.each([
    ['no header', {}],
    ['not Bearer', { authorization: 'Basic YWxhZGRpbjpvcGVuc2VzYW1l' }],
    ['malformed token', { authorization: 'Bearer abc' }],
    ['unknown token', { authorization: `Bearer ${'A'.repeat(43)}` }],
  ])('401 unauthenticated: %s', async (_name, headers) => {
    const res = await me(headers);
    expect(res.statusCode).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer');
    expect(res.json()).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('401 after the device is revoked by the admin, or the user is disabled', async () => {
    const a = await registered('aigerim');
    const b = await registered('bolat');
    // The admin CLI is another process: its change reaches the server's token cache through the
    // database's notification (auth/principal-cache.ts), on PostgreSQL a moment after commit.
    const status = (token: string) => async () =>
      (await me({ authorization: `Bearer ${token}` })).statusCode;
    expect(await status(a.token)()).toBe(200);
    await revokeDevice(f.db, { deviceId: a.deviceId });
    await expect.poll(status(a.token), { timeout: 2000, interval: 10 }).toBe(401);
    expect(await status(b.token)()).toBe(200);
    await disableUser(f.db, { user: 'bolat' });
    await expect.poll(status(b.token), { timeout: 2000, interval: 10 }).toBe(401);
  });

  it('DELETE /v1/devices/current revokes this device only', async () => {
    const { token } = await registered();
    const second = (await signIn('aigerim')).json().token as string;
    const res = await app.inject({
      method: 'DELETE',
      url: '/v1/devices/current',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    expect((await me({ authorization: `Bearer ${token}` })).statusCode).toBe(401);
    expect((await me({ authorization: `Bearer ${second}` })).statusCode).toBe(200);
  });

  it('updates last_seen_at, at most every 5 minutes', async () => {
    const { token, deviceId } = await registered();
    const seen = async () =>
      (
        await f.db.query<{ last_seen_at: Date }>('SELECT last_seen_at FROM devices WHERE id = $1', [
          deviceId,
        ])
      ).rows[0]!.last_seen_at.toISOString();
    const t0 = clock.now().toISOString();
    clock.advance(60_000);
    await me({ authorization: `Bearer ${token}` });
    expect(await seen()).toBe(t0);
    clock.advance(5 * 60_000);
    await me({ authorization: `Bearer ${token}` });
    expect(await seen()).toBe(clock.now().toISOString());
  });

  it('app.requireAuth protects routes added by a plugin (how the sync routes use it)', async () => {
    const { token, userId, deviceId } = await registered();
    const other = await buildServer({ db: f.db, now: clock.now });
    await other.register(async (plugin) => {
      plugin.get('/v1/probe', { preHandler: plugin.requireAuth }, async (request) => ({
        ok: true,
        principal: request.principal,
      }));
    });
    expect((await other.inject({ url: '/v1/probe' })).statusCode).toBe(401);
    const res = await other.inject({
      url: '/v1/probe',
      headers: { authorization: `bearer ${token}` },
    });
    expect(res.json().principal).toEqual({
      userId,
      deviceId,
      role: 'advocate',
      collegiumId: f.collegiumId,
      officeId: f.officeId,
    });
    await other.close();
  });
});
