import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMIT, buildServer } from './app';
import { migrate } from './db/migrate';
import { openPglite } from './db/pglite';
import { type Fixture, fixture, PASSWORD } from './test-support';

const envelope = {
  ok: false,
  error: {
    code: expect.any(String),
    message: { kk: expect.any(String), ru: expect.any(String), en: expect.any(String) },
    requestId: expect.any(String),
  },
};

let f: Fixture;
let app: FastifyInstance;
beforeAll(async () => {
  f = await fixture();
  await f.addUser('aigerim');
  app = await buildServer({ db: f.db });
  // A route that fails like a bug would, to see what a client gets from a 500.
  app.get('/v1/test-boom', async () => {
    throw new Error('relation "secret_table" does not exist at /srv/qorgau/x.ts:1');
  });
});
afterAll(async () => {
  await app.close();
  await f.db.close();
});

describe('GET /v1/health', () => {
  it('200 with the database kind, schema version and uptime', async () => {
    const res = await app.inject({ url: '/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      ok: true,
      db: f.db.kind, // pglite, or postgres under scripts/with-postgres.sh
      schemaVersion: 7,
      uptimeSeconds: expect.any(Number),
      time: expect.any(String),
    });
  });

  it('503 when the database does not answer', async () => {
    const db = await openPglite();
    await migrate(db);
    const broken = await buildServer({ db });
    await db.close();
    const res = await broken.inject({ url: '/v1/health' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual(envelope);
    expect(res.json().error.code).toBe('unavailable');
    await broken.close();
  });
});

describe('error envelope', () => {
  it('404 for an unknown route', async () => {
    const res = await app.inject({ url: '/v1/nope' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual(envelope);
    expect(res.json().error.code).toBe('notFound');
  });

  it('500 without a stack, SQL or file paths', async () => {
    const res = await app.inject({ url: '/v1/test-boom' });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual(envelope);
    expect(res.json().error.code).toBe('internal');
    expect(res.body).not.toMatch(/secret_table|\/srv|\.ts|at /);
  });

  it('400 for invalid JSON, 415 for a non-JSON body, 413 for an oversized one', async () => {
    const bad = await app.inject({
      method: 'POST',
      url: '/v1/devices',
      headers: { 'content-type': 'application/json' },
      payload: '{"login": ',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ ok: false, error: { code: 'badRequest' } });

    const text = await app.inject({
      method: 'POST',
      url: '/v1/devices',
      headers: { 'content-type': 'application/xml' },
      payload: '<login>aigerim</login>',
    });
    expect(text.statusCode).toBe(415);
    expect(text.json().error.code).toBe('unsupportedMediaType');

    const big = await app.inject({
      method: 'POST',
      url: '/v1/devices',
      payload: { login: 'a', password: 'x'.repeat(20_000), deviceName: 'd' },
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('payloadTooLarge');
  });

  it('refuses prototype-poisoning JSON', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/v1/devices',
      headers: { 'content-type': 'application/json' },
      payload: '{"__proto__": {"admin": true}, "login": "a", "password": "b", "deviceName": "c"}',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().ok).toBe(false);
  });
});

describe('request ids', () => {
  it('echoes a well-formed x-request-id and replaces a malformed one', async () => {
    const a = await app.inject({
      url: '/v1/health',
      headers: { 'x-request-id': 'client-1234abcd' },
    });
    expect(a.headers['x-request-id']).toBe('client-1234abcd');
    const b = await app.inject({ url: '/v1/health', headers: { 'x-request-id': 'bad\nid {}' } });
    expect(b.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('compression', () => {
  it('compresses large responses when the client accepts gzip', async () => {
    const probe = await buildServer({ db: f.db });
    probe.get('/v1/test-big', async () => ({
      ok: true,
      items: Array.from({ length: 500 }, (_, i) => ({ i, text: 'сәлем әлем' })),
    }));
    const res = await probe.inject({ url: '/v1/test-big', headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(res.rawPayload).toString('utf8')).items).toHaveLength(500);
    await probe.close();
  });

  it('accepts a gzip request body', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/v1/devices',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      payload: gzipSync(JSON.stringify({ login: 'aigerim', password: PASSWORD, deviceName: 'gz' })),
    });
    expect(res.statusCode).toBe(201);
  });

  it('applies the body limit to the inflated size (a small zip bomb is refused)', async () => {
    const bomb = gzipSync(Buffer.from(`{"pad":"${'0'.repeat(BODY_LIMIT + 1024)}"}`));
    expect(bomb.length).toBeLessThan(100_000);
    const probe = await buildServer({ db: f.db });
    probe.post('/v1/test-echo', async (request) => ({
      ok: true,
      size: JSON.stringify(request.body).length,
    }));
    const res = await probe.inject({
      method: 'POST',
      url: '/v1/test-echo',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      payload: bomb,
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payloadTooLarge');
    await probe.close();
  });

  it('refuses an unknown or corrupt content-encoding with a 4xx', async () => {
    const unknown = await app.inject({
      method: 'POST',
      url: '/v1/devices',
      headers: { 'content-type': 'application/json', 'content-encoding': 'x-rar' },
      payload: '{}',
    });
    expect(unknown.statusCode).toBeGreaterThanOrEqual(400);
    expect(unknown.statusCode).toBeLessThan(500);
    const corrupt = await app.inject({
      method: 'POST',
      url: '/v1/devices',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      payload: 'not gzip at all',
    });
    expect(corrupt.statusCode).toBe(400);
    expect(corrupt.json().ok).toBe(false);
  });
});

describe('fuzzed bodies for POST /v1/devices', () => {
  const post = (payload: string, contentType = 'application/json') =>
    app.inject({
      method: 'POST',
      url: '/v1/devices',
      headers: { 'content-type': contentType },
      payload,
      // A distinct address per call, so the rate limiter's 429 does not mask other answers.
      remoteAddress: `10.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}`,
    });

  const expect4xx = (res: { statusCode: number; body: string }) => {
    expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
    expect(res.statusCode, res.body).toBeLessThan(500);
    const body = JSON.parse(res.body);
    expect(body.ok).toBe(false);
    expect(typeof body.error.code).toBe('string');
  };

  it('random JSON values → always 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) => {
        expect4xx(await post(JSON.stringify(value)));
      }),
      { numRuns: 150 },
    );
  });

  it('objects with the right keys and wrong types or sizes → always 4xx', async () => {
    const anyValue = fc.oneof(
      fc.anything({ maxDepth: 2 }),
      fc.string({ maxLength: 3000 }),
      fc.constant(''),
      fc.constant('\u0000\u0007'),
      fc.constant('\uD800a'), // a lone surrogate: valid JSON, not valid UTF-8 text
      fc.string({ unit: 'binary', maxLength: 50 }),
      fc.integer(),
      fc.constant(null),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          { login: anyValue, password: anyValue, deviceName: anyValue, extra: anyValue },
          { requiredKeys: [] },
        ),
        async (value) => {
          let payload: string;
          try {
            payload = JSON.stringify(value) ?? 'null';
          } catch {
            payload = '{}'; // BigInt and friends: not JSON at all
          }
          const res = await post(payload);
          // The only success would be the real password for a real login; fuzz never has it.
          expect4xx(res);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('random bytes as JSON, huge strings, and odd content types → always 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 500 }), async (text) => {
        expect4xx(await post(text));
      }),
      { numRuns: 100 },
    );
    expect4xx(
      await post(JSON.stringify({ login: 'a'.repeat(1_000_000), password: 'b', deviceName: 'c' })),
    );
    expect4xx(
      await post(JSON.stringify({ login: 'aigerim', password: 'b'.repeat(5000), deviceName: 'c' })),
    );
    expect4xx(await post('['.repeat(5000) + ']'.repeat(5000)));
    expect4xx(await post(JSON.stringify({ login: 'a\u0000b', password: 'b', deviceName: 'c' })));
    expect4xx(
      await post(JSON.stringify({ login: '\uD800a', password: '\uDFFF', deviceName: 'c' })),
    );
    expect4xx(await post('{}', 'application/x-www-form-urlencoded'));
    expect4xx(await post('login=a', 'text/plain'));
    expect4xx(await post('', 'application/json'));
  });
});
