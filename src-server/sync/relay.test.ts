/**
 * Relaying offline bundles (relay.ts, relay-routes.ts) against the real server on the test
 * database: who may relay, the signature, trust on first use, and the push path's idempotency.
 */
import type { FastifyInstance } from 'fastify';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildServer } from '../app';
import type { Db } from '../db/db';
import { pushResponseSchema } from '../../src-shared/contracts/sync/protocol';
import {
  generateSigningKeyPair,
  openBundle,
  registerSigningKeyResponseSchema,
  relayRequestsOf,
  relayResponseSchema,
  type RelayRequest,
} from '../../src-shared/sync/bundle';
import {
  build,
  consultationOp,
  keys,
  officeKeyOf,
  opsOf,
  type Keys,
} from '../../src-shared/sync/bundle/bundle.fixture';
import { count, NOW, tokenFor } from './testing';
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
beforeEach(async () => {
  await db.exec('TRUNCATE signing_keys');
});

const post = (url: string, payload: unknown, device: string) =>
  app.inject({
    method: 'POST',
    url,
    payload: payload as object,
    headers: { authorization: `Bearer ${tokenFor(device)}` },
  });
const relay = (req: RelayRequest, device = 'dev-head-1') => post('/v1/sync/relay', req, device);

async function requestsFor(k: Keys, ops = opsOf(3), userId = 'adv-a'): Promise<RelayRequest[]> {
  const made = await build(k, ops, userId);
  return relayRequestsOf(await openBundle(made.bytes, officeKeyOf(k)));
}

async function signingKeyRows() {
  const { rows } = await db.query<{
    user_id: string;
    key_id: string;
    registered_via: string;
    registered_by: string;
    device_id: string;
  }>('SELECT user_id, key_id, registered_via, registered_by, device_id FROM signing_keys');
  return rows;
}

const errorCode = (res: { json: () => unknown }) =>
  (res.json() as { error: { code: string } }).error.code;

describe('POST /v1/sync/relay', () => {
  it('applies the ops as the advocate, through the push path, and trusts the first key', async () => {
    const k = await keys();
    const [req] = await requestsFor(k);
    const res = await relay(req!);
    expect(res.statusCode).toBe(200);
    const body = relayResponseSchema.parse(res.json());
    expect(body.results.map((r) => r.outcome)).toEqual(['accepted', 'accepted', 'accepted']);
    expect(body.signingKey).toMatchObject({
      keyId: k.signing.keyId,
      registeredVia: 'relay',
      registeredNow: true,
    });

    const { rows: records } = await db.query<{ owner_id: string; office_id: string }>(
      'SELECT owner_id, office_id FROM records ORDER BY entity_id',
    );
    expect(records).toEqual(Array(3).fill({ owner_id: 'adv-a', office_id: 'office-1' }));
    // Stored as the advocate's ops, delivered by the head's device.
    const { rows: ops } = await db.query<{ user_id: string; device_id: string }>(
      'SELECT DISTINCT user_id, device_id FROM ops',
    );
    expect(ops).toEqual([{ user_id: 'adv-a', device_id: 'dev-head-1' }]);
    expect(await signingKeyRows()).toEqual([
      {
        user_id: 'adv-a',
        key_id: k.signing.keyId,
        registered_via: 'relay',
        registered_by: 'head-1',
        device_id: 'dev-head-1',
      },
    ]);
  });

  it('relaying the same bundle twice stores every op once', async () => {
    const k = await keys();
    const requests = await requestsFor(k, opsOf(1203));
    expect(requests).toHaveLength(3);
    for (const req of requests) expect((await relay(req)).statusCode).toBe(200);
    expect(await count(db, 'records')).toBe(1203);
    expect(await count(db, 'ops')).toBe(1203);
    const { rows } = await db.query<{ revision: string | number }>(
      'SELECT revision FROM server_state',
    );

    for (const req of requests) {
      const again = relayResponseSchema.parse((await relay(req)).json());
      expect(new Set(again.results.map((r) => `${r.outcome}/${r.original}`))).toEqual(
        new Set(['duplicate/accepted']),
      );
      expect(again.signingKey.registeredNow).toBe(false);
    }
    expect(await count(db, 'records')).toBe(1203);
    expect(await count(db, 'ops')).toBe(1203);
    const { rows: after } = await db.query<{ revision: string | number }>(
      'SELECT revision FROM server_state',
    );
    expect(Number(after[0]!.revision)).toBe(Number(rows[0]!.revision));
  });

  it('the advocate later pushing the same outbox over the network changes nothing', async () => {
    const k = await keys();
    const ops = opsOf(2);
    const [req] = await requestsFor(k, ops);
    await relay(req!);
    const res = await post('/v1/sync/push', { ops }, 'dev-adv-a');
    const pushed = pushResponseSchema.parse(res.json());
    expect(pushed.results.map((r) => r.outcome)).toEqual(['duplicate', 'duplicate']);
    expect(await count(db, 'records')).toBe(2);
  });

  it.each([
    ['an advocate', 'dev-adv-b'],
    ['the head of another office', 'dev-head-2'],
    ['collegium staff', 'dev-staff'],
  ])('refuses %s, and stores nothing', async (_who, device) => {
    const k = await keys();
    const [req] = await requestsFor(k);
    const res = await relay(req!, device);
    expect(res.statusCode).toBe(403);
    expect(errorCode(res)).toBe('relayForbidden');
    expect(await count(db, 'ops')).toBe(0);
    expect(await signingKeyRows()).toEqual([]);
  });

  it("refuses a bundle of a user outside the head's office, or of a disabled one", async () => {
    const k = await keys();
    const [other] = await requestsFor(k, opsOf(1, 'adv-x'), 'adv-x');
    expect(errorCode(await relay(other!))).toBe('relayForbidden');
    const [ghost] = await requestsFor(k, opsOf(1, 'nobody'), 'nobody');
    expect(errorCode(await relay(ghost!))).toBe('relayForbidden');

    await db.query("UPDATE users SET disabled = true WHERE id = 'adv-b'");
    try {
      const [disabled] = await requestsFor(k, opsOf(1, 'adv-b'), 'adv-b');
      expect(errorCode(await relay(disabled!))).toBe('relayForbidden');
    } finally {
      await db.query("UPDATE users SET disabled = false WHERE id = 'adv-b'");
    }
    expect(await count(db, 'ops')).toBe(0);
  });

  it('a bad signature or a changed op is refused with nothing applied and no key trusted', async () => {
    const k = await keys();
    const [req] = await requestsFor(k);
    const tamperedHeader = {
      ...req!,
      header: { ...req!.header, createdAt: '2026-01-01T00:00:00Z' },
    };
    let res = await relay(tamperedHeader);
    expect(res.statusCode).toBe(400);
    expect(errorCode(res)).toBe('bundleNotVerified');

    const otherKey = await generateSigningKeyPair();
    res = await relay({
      ...req!,
      header: { ...req!.header, signingKey: { keyId: otherKey.keyId, spki: otherKey.spki } },
    });
    expect(errorCode(res)).toBe('bundleNotVerified');

    const changed = structuredClone(req!);
    changed.ops[1]!.record['status'] = 'refused';
    res = await relay(changed);
    expect(errorCode(res)).toBe('bundleNotVerified');

    expect(await count(db, 'ops')).toBe(0);
    expect(await count(db, 'records')).toBe(0);
    expect(await signingKeyRows()).toEqual([]);
  });

  it('after trust on first use, a bundle signed with a different key is refused', async () => {
    const first = await keys();
    const [a] = await requestsFor(first, [consultationOp(1)]);
    expect((await relay(a!)).statusCode).toBe(200);

    const second: Keys = { office: first.office, signing: await generateSigningKeyPair() };
    const [b] = await requestsFor(second, [consultationOp(2)]);
    const res = await relay(b!);
    expect(res.statusCode).toBe(403);
    expect(errorCode(res)).toBe('signingKeyNotRegistered');
    expect(await count(db, 'records')).toBe(1);
    expect((await signingKeyRows()).map((r) => r.key_id)).toEqual([first.signing.keyId]);
  });

  it("a key the advocate registered is trusted as the owner's; TOFU is then closed", async () => {
    const k = await keys();
    const key = { keyId: k.signing.keyId, spki: k.signing.spki };
    const reg = await post('/v1/sync/signing-key', key, 'dev-adv-a');
    expect(reg.statusCode).toBe(200);
    expect(registerSigningKeyResponseSchema.parse(reg.json()).signingKey).toMatchObject({
      registeredVia: 'owner',
      registeredNow: true,
    });
    const [req] = await requestsFor(k);
    const body = relayResponseSchema.parse((await relay(req!)).json());
    expect(body.signingKey).toMatchObject({ registeredVia: 'owner', registeredNow: false });

    const stranger: Keys = { office: k.office, signing: await generateSigningKeyPair() };
    const [forged] = await requestsFor(stranger, [consultationOp(9)]);
    expect(errorCode(await relay(forged!))).toBe('signingKeyNotRegistered');
  });
});

describe('POST /v1/sync/signing-key', () => {
  it('is idempotent, allows a key per device store, refuses another key under the same id', async () => {
    const a = await generateSigningKeyPair();
    const b = await generateSigningKeyPair();
    const reg = ({ keyId, spki }: { keyId: string; spki: string }, device = 'dev-adv-a') =>
      post('/v1/sync/signing-key', { keyId, spki }, device);
    expect((await reg(a)).statusCode).toBe(200);
    const again = registerSigningKeyResponseSchema.parse((await reg(a)).json());
    expect(again.signingKey.registeredNow).toBe(false);
    expect((await reg(b, 'dev-adv-a-2')).statusCode).toBe(200);
    expect((await signingKeyRows()).map((r) => r.device_id).sort()).toEqual([
      'dev-adv-a',
      'dev-adv-a-2',
    ]);
    // The same id with another key: someone forged the id, or a bug — refused.
    await db.query("UPDATE signing_keys SET spki = 'x' WHERE key_id = $1", [a.keyId]);
    const clash = await reg(a);
    expect(clash.statusCode).toBe(409);
    expect(errorCode(clash)).toBe('signingKeyMismatch');
  });

  it('refuses a key id that is not the key’s, a non-key, and collegium staff', async () => {
    const a = await generateSigningKeyPair();
    const b = await generateSigningKeyPair();
    const wrongId = await post(
      '/v1/sync/signing-key',
      { keyId: b.keyId, spki: a.spki },
      'dev-adv-a',
    );
    expect(wrongId.statusCode).toBe(400);
    expect(errorCode(wrongId)).toBe('badSigningKey');
    const notKey = await post(
      '/v1/sync/signing-key',
      { keyId: a.keyId, spki: 'A'.repeat(124) },
      'dev-adv-a',
    );
    expect(errorCode(notKey)).toBe('badSigningKey');
    const staff = await post('/v1/sync/signing-key', { keyId: a.keyId, spki: a.spki }, 'dev-staff');
    expect(staff.statusCode).toBe(403);
    expect(await signingKeyRows()).toEqual([]);
  });

  it('validates bodies (400) and needs a device token (401)', async () => {
    expect((await post('/v1/sync/signing-key', { keyId: 'x' }, 'dev-adv-a')).statusCode).toBe(400);
    expect((await post('/v1/sync/relay', { header: {} }, 'dev-head-1')).statusCode).toBe(400);
    const res = await app.inject({ method: 'POST', url: '/v1/sync/relay', payload: {} });
    expect(res.statusCode).toBe(401);
  });
});
