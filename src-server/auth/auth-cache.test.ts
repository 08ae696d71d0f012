/**
 * The device-token cache through the app (principal-cache.ts): a burst reads the device once;
 * a revocation or a disabled user — here by the admin commands, through another connection on
 * PostgreSQL — is refused once the database's notification arrives; without notifications
 * nothing is cached. Runs on PGlite, and on PostgreSQL under scripts/with-postgres.sh.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { disableUser, revokeDevice } from '../admin/commands';
import { buildServer, type BuildServerOptions } from '../app';
import type { Db, ListenEvent, Queryable } from '../db/db';
import { type Fixture, fixture, manualClock, PASSWORD } from '../test-support';

let f: Fixture;
let app: FastifyInstance | undefined;
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
});
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** The fixture's database, counting the token lookups; `listen` as given. */
function counted(listen: Db['listen'] | 'inner') {
  const n = { lookups: 0 };
  const wrap = (q: Queryable): Queryable => ({
    query: (sql, params) => {
      if (sql.includes('d.token_hash = $1')) n.lookups += 1;
      return q.query(sql, params);
    },
    exec: (sql) => q.exec(sql),
  });
  const inner = f.db;
  const db: Db = {
    ...wrap(inner),
    kind: inner.kind,
    transaction: (work) => inner.transaction((tx) => work(wrap(tx))),
    close: () => inner.close(),
    ...(listen === 'inner'
      ? inner.listen
        ? { listen: inner.listen }
        : {}
      : listen
        ? { listen }
        : {}),
  };
  return { db, n };
}

async function start(db: Db, more: Partial<BuildServerOptions> = {}) {
  app = await buildServer({ db, now: clock.now, ...more });
  await f.addUser('aigerim');
  const res = await app.inject({
    method: 'POST',
    url: '/v1/devices',
    payload: { login: 'aigerim', password: PASSWORD, deviceName: 'Ноутбук' },
  });
  const { token, deviceId } = res.json() as { token: string; deviceId: string };
  const me = async () =>
    (await app!.inject({ url: '/v1/me', headers: { authorization: `Bearer ${token}` } }))
      .statusCode;
  return { me, deviceId, token };
}

describe('device-token cache', () => {
  it('reads a token once for a burst of requests', async () => {
    const { db, n } = counted('inner');
    const { me } = await start(db);
    expect([await me(), await me(), await me()]).toEqual([200, 200, 200]);
    expect(n.lookups).toBe(1);
    clock.advance(31_000); // past the TTL: read again
    expect(await me()).toBe(200);
    expect(n.lookups).toBe(2);
  });

  it('refuses a device revoked by the admin once the notification is in', async () => {
    const { db } = counted('inner');
    const { me, deviceId } = await start(db);
    expect(await me()).toBe(200);
    await revokeDevice(f.db, { deviceId });
    // PGlite notifies before the revoking statement returns; PostgreSQL a moment after commit.
    await expect.poll(me, { timeout: 2000, interval: 10 }).toBe(401);
  });

  it('refuses a user disabled by the admin once the notification is in', async () => {
    const { db } = counted('inner');
    const { me } = await start(db);
    expect(await me()).toBe(200);
    await disableUser(f.db, { user: 'aigerim' });
    await expect.poll(me, { timeout: 2000, interval: 10 }).toBe(401);
  });

  it('forgets a device that signs out at once', async () => {
    const { db } = counted('inner');
    const { me, token } = await start(db);
    expect(await me()).toBe(200);
    const out = await app!.inject({
      method: 'DELETE',
      url: '/v1/devices/current',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(out.statusCode).toBe(200);
    expect(await me()).toBe(401); // not polled: this process forgets before it answers
  });

  it('caches nothing without notifications, when they may be missed, or when turned off', async () => {
    let heard: ((e: ListenEvent) => void) | undefined;
    const cases: [string, ReturnType<typeof counted>, Partial<BuildServerOptions>][] = [
      ['no listen', counted(undefined), {}],
      [
        'lost',
        counted(async (_channel, on) => {
          heard = on;
          on('lost');
          return async () => undefined;
        }),
        {},
      ],
      ['off', counted('inner'), { authCache: { ttlMs: 0, maxEntries: 10 } }],
    ];
    for (const [name, { db, n }, more] of cases) {
      await f.reset();
      const { me } = await start(db, more);
      expect([await me(), await me()], name).toEqual([200, 200]);
      expect(n.lookups, name).toBe(2);
      await app!.close();
      app = undefined;
    }
    expect(heard).toBeDefined();
  });
});
