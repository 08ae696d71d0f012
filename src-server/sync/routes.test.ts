import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { buildServer } from '../app';
import type { Db } from '../db/db';
import { pullResponseSchema, pushResponseSchema } from '../../src-shared/contracts/sync/protocol';
import { consultation, NOW, op, tokenFor } from './testing';
import { useSyncTestDb } from './test-hooks';

let db: Db;
let app: FastifyInstance;
useSyncTestDb(
  async (opened) => {
    db = opened;
    app = await buildServer({ db, now: () => NOW });
  },
  () => app.close(),
);

const post = (url: string, payload: unknown, device: string | null = 'dev-adv-a') =>
  app.inject({
    method: 'POST',
    url,
    payload: payload as object,
    headers: device ? { authorization: `Bearer ${tokenFor(device)}` } : {},
  });

describe('POST /v1/sync/push and /v1/sync/pull', () => {
  it('push then pull round-trips, both answers match the shared schemas', async () => {
    const o = op(consultation('c1', 'adv-a', 1));
    const push = await post('/v1/sync/push', {
      deviceId: 'dev-adv-a',
      ops: [{ ...o, state: 'pending' }],
    });
    expect(push.statusCode).toBe(200);
    const pushed = pushResponseSchema.parse(push.json());
    expect(pushed.results).toEqual([
      { opId: o.opId, outcome: 'accepted', revision: 1, version: 1 },
    ]);

    const pull = await post('/v1/sync/pull', { since: 0, limit: 10 });
    expect(pull.statusCode).toBe(200);
    const pulled = pullResponseSchema.parse(pull.json());
    expect(pulled.changes.map((c) => c.entityId)).toEqual(['c1']);
    expect(pulled.changes[0]!.record).toEqual(o.record);

    const head = pullResponseSchema.parse(
      (await post('/v1/sync/pull', { since: 0 }, 'dev-head-1')).json(),
    );
    expect(head.changes).toHaveLength(1);
    const other = pullResponseSchema.parse(
      (await post('/v1/sync/pull', { since: 0 }, 'dev-head-2')).json(),
    );
    expect(other.changes).toHaveLength(0);
  });

  it('without a valid device token: 401', async () => {
    expect((await post('/v1/sync/push', { ops: [] }, null)).statusCode).toBe(401);
    expect((await post('/v1/sync/pull', { since: 0 }, 'no-such-device')).statusCode).toBe(401);
  });

  it('a malformed body is a 400 naming the failing paths', async () => {
    const bad = await post('/v1/sync/push', {
      ops: [{ ...op(consultation('c1', 'adv-a', 1)), baseVersion: -1 }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('validationFailed');
    expect(bad.json().error.issues).toContainEqual(
      expect.objectContaining({ path: 'ops.0.baseVersion' }),
    );
    const pull = await post('/v1/sync/pull', { since: 'yesterday' });
    expect(pull.statusCode).toBe(400);
    expect(pull.json().error.issues[0].path).toBe('since');
    expect((await post('/v1/sync/pull', [])).statusCode).toBe(400);
  });

  it('a body naming another device is refused', async () => {
    const res = await post('/v1/sync/push', { deviceId: 'dev-adv-b', ops: [] });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('deviceMismatch');
  });

  it('fuzzed bodies get 4xx, never 5xx', async () => {
    const bodies: unknown[] = [
      null,
      1,
      'x',
      true,
      {},
      { ops: null },
      { ops: [null] },
      { ops: [{}] },
      { ops: 'a' },
      { since: null },
      { since: 1e308 },
      { since: -0.5 },
      { ops: [{ ...op({}), record: 'x' }] },
      { ops: [{ ...op({}), entity: { $gt: '' } }] },
    ];
    for (const b of bodies) {
      for (const url of ['/v1/sync/push', '/v1/sync/pull']) {
        const res = await app.inject({
          method: 'POST',
          url,
          payload: JSON.stringify(b),
          headers: {
            authorization: `Bearer ${tokenFor('dev-adv-a')}`,
            'content-type': 'application/json',
          },
        });
        expect(res.statusCode, `${url} ${JSON.stringify(b)}`).toBeGreaterThanOrEqual(400);
        expect(res.statusCode, `${url} ${JSON.stringify(b)}`).toBeLessThan(500);
      }
    }
  });
});
