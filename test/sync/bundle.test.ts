/**
 * Offline bundles end to end (issue 9, docs/sync.md "Offline bundles"): an advocate of an office
 * that was never online exports the outbox (the harness laptops' outbox records — identity
 * codec, so already the wire form) → the head imports the file twice through the real IPC
 * path (dispatcher → sync handlers → server client → the server) → the server holds each op
 * once, the receipts list them; a damaged file is refused with nothing applied; the advocate
 * later syncing over the network changes nothing either.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildApi } from '../../src-shared/contracts/ipc-api';
import { createDispatcher, type IpcHandlers } from '../../src-shared/contracts/ipc-dispatcher';
import { isSyncedEntity } from '../../src-shared/contracts/sync/protocol';
import { generateRecoveryKeyPair } from '../../src-shared/security/vault/recovery-key';
import { BundleError, generateSigningKeyPair, recordHash } from '../../src-shared/sync/bundle';
import { memoryCredentialStore } from '../../src-shared/sync/credential-store';
import { createServerClient, type HttpSend } from '../../src-shared/sync/server-client';
import { createSyncHandlers } from '../../src-shared/sync/sync-handlers';
import { tokenFor } from '../../src-server/sync/testing';
import { buildBundle } from '../../src-renderer/bundle/build-bundle';
import { importBundle } from '../../src-renderer/bundle/import-bundle';
import { ipcRegisterSigningKey, ipcRelay } from '../../src-renderer/bundle/ipc-relay';
import { SyncCallError } from '../../src-renderer/sync/ipc-transport';
import { consultationInput, intakeInput, Laptop, NOW, profileInput, TestServer } from './harness';

let server: TestServer;
const laptops: Laptop[] = [];
const laptop = (deviceId: string, userId: string) => {
  const l = new Laptop(server, deviceId, userId);
  laptops.push(l);
  return l;
};

beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(async () => {
  await server.close();
});
afterEach(async () => {
  for (const l of laptops.splice(0)) await l.close();
  await server.reset();
  await server.db.exec('TRUNCATE signing_keys');
});

/** The HTTP the main process would do, into the in-process server. */
const injectSend: HttpSend = async ({ method, url, token, body }) => {
  const res = await server.app.inject({
    method,
    url: new URL(url).pathname,
    headers: token ? { authorization: `Bearer ${token}` } : {},
    ...(body !== undefined ? { payload: body as object } : {}),
  });
  let json: unknown;
  try {
    json = res.json();
  } catch {
    json = undefined;
  }
  return { status: res.statusCode, retryAfter: null, json };
};

/** window.api of a laptop signed in as `userId` on `deviceId`: the real IPC contract. */
async function apiOf(deviceId: string, userId: string, role: 'advocate' | 'head') {
  const store = memoryCredentialStore();
  await store.save({
    serverUrl: 'https://sync.office.kz',
    deviceId,
    token: tokenFor(deviceId),
    user: { id: userId, fullName: userId, role, collegiumId: 'col-1', officeId: 'office-1' },
  });
  // Only the sync channels are called here; the others (files, backups…) are not this test's.
  const handlers = createSyncHandlers(store, createServerClient(injectSend)) as IpcHandlers;
  const dispatch = createDispatcher(handlers, {
    isTrustedSender: () => true,
    log: () => undefined,
  });
  const sender = { url: 'app://qorgau/index.html', isMainFrame: true };
  const api = buildApi((channel, args) => dispatch(channel, sender, args) as Promise<never>);
  return () => api;
}

/** An advocate who works offline: a profile, two consultations (one corrected), an appointment. */
async function offlineAdvocate() {
  const a = laptop('dev-adv-a', 'adv-a');
  await a.profile.save(profileInput());
  const c1 = await a.consultations.create(consultationInput(), await a.owner());
  await a.consultations.create(
    consultationInput({ appliedAt: '2026-11-24T11:00' }),
    await a.owner(),
  );
  await a.consultations.correct(
    c1.id,
    consultationInput({ content: 'Түзетілді.' }),
    'қате',
    await a.owner(),
  );
  await a.appointments.create(intakeInput(), await a.owner());
  // The laptop knows its server identity (accounts were made for the office) but never synced.
  await a.adopt();
  const outbox = (await a.db.outbox.where('state').equals('pending').toArray()).filter((o) =>
    isSyncedEntity(o.entity),
  );
  return { a, outbox };
}

describe('offline bundle: export → import twice → each op once', () => {
  it('the head relays it, the server has each op once, both receipts list every op', async () => {
    const { a, outbox } = await offlineAdvocate();
    expect(outbox.length).toBeGreaterThanOrEqual(5);
    const office = await generateRecoveryKeyPair();
    const signing = await generateSigningKeyPair();

    const file = await buildBundle({
      ops: outbox,
      userId: 'adv-a',
      officeId: 'office-1',
      signingPrivateKey: signing.privateKey,
      signingPublicKey: signing.publicKey,
      officePublicKey: { key: office.publicKey, keyId: office.keyId },
      now: () => new Date(NOW),
    });

    const headApi = await apiOf('dev-head-1', 'head-1', 'head');
    const officeKey = { privateKey: office.privateKey, keyId: office.keyId };
    const options = {
      fileName: file.fileName,
      importedBy: { userId: 'head-1', name: 'Ахметов Болат' },
    };
    const first = await importBundle(file.bytes, officeKey, ipcRelay(headApi), options);
    expect(first.totals).toEqual({
      accepted: outbox.length,
      duplicate: 0,
      rejected: 0,
      conflict: 0,
      total: outbox.length,
    });
    expect(first.signingKey).toMatchObject({
      keyId: signing.keyId,
      registeredVia: 'relay',
      registeredNow: true,
    });
    expect(first.lines.map((l) => l.opId)).toEqual(outbox.map((o) => o.opId));
    expect(first.lines[0]!.recordHash).toBe(await recordHash(outbox[0]!));
    expect(first.fileSha256).toBe(file.fileSha256);

    const records = await server.count('records');
    expect(await server.count('ops')).toBe(outbox.length);

    const second = await importBundle(file.bytes, officeKey, ipcRelay(headApi), options);
    expect(second.totals).toMatchObject({ accepted: 0, duplicate: outbox.length });
    expect(second.lines.every((l) => l.original === 'accepted')).toBe(true);
    expect(second.signingKey.registeredNow).toBe(false);
    expect(await server.count('ops')).toBe(outbox.length);
    expect(await server.count('records')).toBe(records);

    // Every record is the advocate's, and is what her laptop holds.
    for (const r of await server.records()) expect(r.ownerId).toBe('adv-a');
    const local = (await a.db.consultations.toArray())[0]!;
    const onServer = (await server.records()).find((r) => r.entityId === local.id)!;
    expect(onServer.version).toBe(local.version);

    // The head's laptop pulls the advocate's registers as after a network sync.
    const head = laptop('dev-head-1', 'head-1');
    await head.profile.save(profileInput('head'));
    await head.adopt();
    await head.sync();
    expect((await head.db.consultations.toArray()).map((c) => c.id).sort()).toEqual(
      (await a.db.consultations.toArray()).map((c) => c.id).sort(),
    );

    // The advocate comes online later: her pending ops are duplicates, nothing changes twice.
    const before = { ops: await server.count('ops'), records: await server.count('records') };
    expect(before.ops).toBe(outbox.length + 1); // + the head's own profile
    const report = await a.sync();
    expect(report.rejected).toBe(0);
    expect(await a.pending()).toBe(0);
    expect(await server.count('ops')).toBe(before.ops);
    expect(await server.count('records')).toBe(before.records);
  });

  it('a damaged file is refused with a clear code and nothing reaches the server', async () => {
    const { outbox } = await offlineAdvocate();
    const office = await generateRecoveryKeyPair();
    const signing = await generateSigningKeyPair();
    const file = await buildBundle({
      ops: outbox,
      userId: 'adv-a',
      officeId: 'office-1',
      signingPrivateKey: signing.privateKey,
      signingPublicKey: signing.publicKey,
      officePublicKey: { key: office.publicKey, keyId: office.keyId },
    });
    const headApi = await apiOf('dev-head-1', 'head-1', 'head');
    const officeKey = { privateKey: office.privateKey, keyId: office.keyId };
    for (const at of [10, Math.floor(file.bytes.length / 2), file.bytes.length - 5]) {
      const damaged = file.bytes.slice();
      damaged[at] = damaged[at]! ^ 0x04;
      const error = await importBundle(damaged, officeKey, ipcRelay(headApi)).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(BundleError);
      expect((error as BundleError).messageKey).toMatch(/^bundle\.errors\./);
    }
    expect(await server.count('ops')).toBe(0);
  });

  it("the advocate's own registered key closes trust on first use; another key is refused", async () => {
    const { outbox } = await offlineAdvocate();
    const office = await generateRecoveryKeyPair();
    const own = await generateSigningKeyPair();
    const advApi = await apiOf('dev-adv-a', 'adv-a', 'advocate');
    const reg = await ipcRegisterSigningKey(advApi, own);
    expect(reg.signingKey).toMatchObject({ registeredVia: 'owner', registeredNow: true });

    const stranger = await generateSigningKeyPair();
    const file = await buildBundle({
      ops: outbox,
      userId: 'adv-a',
      officeId: 'office-1',
      signingPrivateKey: stranger.privateKey,
      signingPublicKey: stranger.publicKey,
      officePublicKey: { key: office.publicKey, keyId: office.keyId },
    });
    const headApi = await apiOf('dev-head-1', 'head-1', 'head');
    const error = await importBundle(
      file.bytes,
      { privateKey: office.privateKey, keyId: office.keyId },
      ipcRelay(headApi),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncCallError);
    expect((error as SyncCallError).failure).toMatchObject({
      code: 'rejectedRequest',
      serverMessage: { kk: expect.any(String), ru: expect.any(String) },
    });
    expect(await server.count('ops')).toBe(0);
  });
});
