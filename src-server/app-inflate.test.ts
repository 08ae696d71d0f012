import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMIT, buildServer } from './app';
import { SYNC_BELOW } from './app-inflate';
import type { Db } from './db/db';
import { migrate } from './db/migrate';
import { openPglite } from './db/pglite';

let db: Db;
let app: FastifyInstance;

beforeAll(async () => {
  db = await openPglite();
  await migrate(db);
  app = await buildServer({ db });
  app.post('/v1/test-echo', async (request) => ({ ok: true, body: request.body }));
}, 30_000);
afterAll(async () => {
  await app.close();
  await db.close();
});

const post = (payload: Buffer, headers: Record<string, string> = {}) =>
  app.inject({
    method: 'POST',
    url: '/v1/test-echo',
    headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', ...headers },
    payload,
  });

describe('gzip request bodies', () => {
  it('inflates a small body in one call and a large one through the stream, alike', async () => {
    const small = { day: 'а'.repeat(2000) };
    // Random text barely compresses: past SYNC_BELOW once gzipped, so it takes the stream path.
    const large = { pad: randomBytes(SYNC_BELOW).toString('base64') };
    expect(gzipSync(JSON.stringify(small)).length).toBeLessThanOrEqual(SYNC_BELOW);
    expect(gzipSync(JSON.stringify(large)).length).toBeGreaterThan(SYNC_BELOW);
    for (const body of [small, large]) {
      const res = await post(gzipSync(JSON.stringify(body)));
      expect(res.statusCode).toBe(200);
      expect(res.json().body).toEqual(body);
    }
  });

  it('refuses a small body that inflates past the limit (413) or is not gzip (400)', async () => {
    const bomb = gzipSync(Buffer.alloc(BODY_LIMIT + 1, '0'));
    expect(bomb.length).toBeLessThanOrEqual(SYNC_BELOW);
    const tooLarge = await post(bomb);
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().error.code).toBe('payloadTooLarge');
    const corrupt = await post(Buffer.from('not gzip at all'));
    expect(corrupt.statusCode).toBe(400);
    expect(corrupt.json().ok).toBe(false);
  });

  it('leaves other encodings to the compress plugin', async () => {
    const res = await post(Buffer.from('{}'), { 'content-encoding': 'GZIP' });
    expect(res.statusCode).toBe(415);
  });
});
