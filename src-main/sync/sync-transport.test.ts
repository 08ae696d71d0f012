/**
 * The main process's side of sync against the real server on loopback: signing in keeps the
 * token out of the renderer's reach, push and pull go through with it (gzip for big bodies),
 * and every failure — wrong password, revoked device, server down, no answer — comes back as a
 * typed outcome the renderer can show, never as a throw.
 */
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src-server/app';
import { consultation, op } from '../../src-server/sync/testing';
import { fixture, PASSWORD, type Fixture } from '../../src-server/test-support';
import { memoryCredentialStore, scopedMemoryStores } from '../../src-shared/sync/credential-store';
import { createServerClient } from '../../src-shared/sync/server-client';
import { createSyncHandlers } from '../../src-shared/sync/sync-handlers';
import { nodeHttpSend } from './node-http-send';

let f: Fixture;
let app: FastifyInstance;
let url: string;
let advocateId: string;

beforeAll(async () => {
  f = await fixture();
  advocateId = await f.addUser('aigerim');
  app = await buildServer({ db: f.db, logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await app?.close();
  await f?.db.close();
});

const handlers = (timeoutMs = 10_000) => {
  const store = memoryCredentialStore();
  return { store, h: createSyncHandlers(store, createServerClient(nodeHttpSend(timeoutMs))) };
};
const signIn = (h: ReturnType<typeof handlers>['h'], password = PASSWORD, serverUrl = url) =>
  h['sync.signIn']({ serverUrl, login: 'Aigerim', password, deviceName: 'Ноутбук Ақсу' });

describe('sync transport (main process) against the server', () => {
  it('is not signed in until it signs in; the account never shows the token', async () => {
    const { h } = handlers();
    expect(await h['sync.account'](undefined)).toEqual({ signedIn: false });
    expect(await h['sync.pull']({ since: 0 })).toMatchObject({
      ok: false,
      failure: { code: 'notSignedIn' },
    });
    const r = await signIn(h);
    expect(r).toMatchObject({
      ok: true,
      value: { signedIn: true, serverUrl: url, user: { id: advocateId, role: 'advocate' } },
    });
    expect(JSON.stringify(await h['sync.account'](undefined))).not.toMatch(/token/i);
  });

  it('each user of the laptop has their own sign-in: another store is signed out', async () => {
    const h = createSyncHandlers(scopedMemoryStores(), createServerClient(nodeHttpSend(10_000)));
    await h['sync.useStore']({ store: 'qorgau-u-second' });
    await signIn(h);
    expect(await h['sync.account'](undefined)).toMatchObject({ signedIn: true });
    await h['sync.useStore']({ store: 'qorgau' });
    expect(await h['sync.account'](undefined)).toEqual({ signedIn: false });
    expect(await h['sync.push']({ ops: [] })).toMatchObject({
      ok: false,
      failure: { code: 'notSignedIn' },
    });
    await h['sync.useStore']({ store: 'qorgau-u-second' });
    expect(await h['sync.account'](undefined)).toMatchObject({ signedIn: true });
  });

  it('a wrong password is invalidCredentials with the server’s kk/ru message, nothing stored', async () => {
    const { h, store } = handlers();
    const r = await signIn(h, 'not-the-password-1');
    expect(r).toMatchObject({ ok: false, failure: { code: 'invalidCredentials' } });
    if (r.ok) throw new Error('unreachable');
    expect(r.failure.serverMessage?.kk).toBeTruthy();
    expect(r.failure.serverMessage?.ru).toBeTruthy();
    expect(await store.load()).toBeNull();
  });

  it('pushes (gzip for a big body) and pulls with the stored token', async () => {
    const { h } = handlers();
    await signIn(h);
    const ops = Array.from({ length: 40 }, (_, i) =>
      op(consultation(`c-${i}`, advocateId, 1, { number: i + 1 })),
    );
    expect(Buffer.byteLength(JSON.stringify({ ops }))).toBeGreaterThan(2048);
    const pushed = await h['sync.push']({ ops });
    if (!pushed.ok) throw new Error(JSON.stringify(pushed.failure));
    expect(pushed.value.results.map((r) => r.outcome)).toEqual(ops.map(() => 'accepted'));
    const pulled = await h['sync.pull']({ since: 0, limit: 1000 });
    if (!pulled.ok) throw new Error(JSON.stringify(pulled.failure));
    expect(pulled.value.changes.map((c) => c.entityId).sort()).toEqual(
      ops.map((o) => o.entityId).sort(),
    );
  });

  it('resolves a conflict through the stored token; an unknown one is a refusal', async () => {
    // Two sign-ins of the same user are two laptops: the second one's edit conflicts.
    const one = handlers();
    const two = handlers();
    await signIn(one.h);
    await signIn(two.h);
    await one.h['sync.push']({ ops: [op(consultation('c-r', advocateId, 1))] });
    await one.h['sync.push']({ ops: [op(consultation('c-r', advocateId, 2, { status: 'a' }))] });
    const pushed = await two.h['sync.push']({
      ops: [op(consultation('c-r', advocateId, 2, { status: 'b' }))],
    });
    if (!pushed.ok) throw new Error(JSON.stringify(pushed.failure));
    const conflictId = pushed.value.results[0]!.conflictId!;
    expect(
      await two.h['sync.resolveConflict']({ conflictId, resolution: 'kept-server' }),
    ).toMatchObject({
      ok: true,
      value: { conflictId, resolution: 'kept-server', resolvedBy: advocateId },
    });
    expect(
      await two.h['sync.resolveConflict']({ conflictId: 'nope', resolution: 'kept-server' }),
    ).toMatchObject({ ok: false, failure: { code: 'rejectedRequest' } });
  });

  it('after signing out the device is revoked: an old token is unauthenticated', async () => {
    const { h, store } = handlers();
    await signIn(h);
    const kept = await store.load();
    expect(await h['sync.signOut'](undefined)).toEqual({ signedOut: true });
    expect(await h['sync.account'](undefined)).toEqual({ signedIn: false });
    // A copy of the old token (e.g. a restored backup) no longer opens anything.
    await store.save(kept!);
    expect(await h['sync.pull']({ since: 0 })).toMatchObject({
      ok: false,
      failure: { code: 'unauthenticated' },
    });
  });

  it('a server that is down is offline; one that never answers is a timeout', async () => {
    const { h, store } = handlers(300);
    await signIn(h);
    const c = (await store.load())!;
    // A port nobody listens on.
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const freePort = (probe.address() as AddressInfo).port;
    await new Promise<void>((r) => probe.close(() => r()));
    await store.save({ ...c, serverUrl: `http://127.0.0.1:${freePort}` });
    expect(await h['sync.pull']({ since: 0 })).toMatchObject({
      ok: false,
      failure: { code: 'offline' },
    });
    // A server that accepts the connection and says nothing.
    const silent: Server = createServer(() => undefined);
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const silentPort = (silent.address() as AddressInfo).port;
    await store.save({ ...c, serverUrl: `http://127.0.0.1:${silentPort}` });
    try {
      expect(await h['sync.pull']({ since: 0 })).toMatchObject({
        ok: false,
        failure: { code: 'timeout' },
      });
    } finally {
      silent.close();
    }
  });
});
