import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QorgauApi } from '../../src-shared/contracts/ipc-contract';
import type { Account, SyncFailure } from '../../src-shared/contracts/sync/account';
import type { PushRequest } from '../../src-shared/contracts/sync/protocol';
import { AppDb } from '../db/app-db';
import type { RepoDeps } from '../db/commit-change';
import { identityCodec } from '../db/field-codec';
import { ProfileRepository } from '../db/profile-repository';
import { SYNC_STATE_ID } from '../db/rows';
import { profileInput } from '../../test/sync/harness';
import { notifyLocalChange, subscribeLocalChanges } from './local-changes';
import { createSyncService, type NetworkStatus, type SyncService } from './sync-service';

const USER = {
  id: '0193aaaa-0000-7000-8000-000000000001',
  fullName: 'Әбілқасымова Гүлнәр',
  role: 'advocate' as const,
  collegiumId: 'c1',
  officeId: 'o1',
};
const ACCOUNT: Account = {
  signedIn: true,
  serverUrl: 'https://sync.example.kz',
  deviceId: 'dev-1',
  user: USER,
};

let seq = 0;
const ok = <T>(value: T) => ({ ok: true as const, value });

/** A window.api whose sync channels answer like a cooperative server (or fail on demand). */
function fakeApi(signedIn = false) {
  const calls = { push: [] as PushRequest[], pull: 0, signOut: 0 };
  let account: Account = signedIn ? ACCOUNT : { signedIn: false };
  let failNext: SyncFailure | null = null;
  let signInFailure: SyncFailure | null = null;
  let revision = 0;
  const sync = {
    account: async () => ok(account),
    signIn: async () => {
      if (signInFailure) return ok({ ok: false as const, failure: signInFailure });
      account = ACCOUNT;
      return ok({ ok: true as const, value: ACCOUNT });
    },
    signOut: async () => {
      calls.signOut++;
      account = { signedIn: false };
      return ok({ signedOut: true });
    },
    push: async (req: PushRequest) => {
      calls.push.push(req);
      if (failNext) {
        const failure = failNext;
        failNext = null;
        return ok({ ok: false as const, failure });
      }
      return ok({
        ok: true as const,
        value: {
          ok: true as const,
          results: req.ops.map((o) => ({
            opId: o.opId,
            outcome: 'accepted' as const,
            revision: ++revision,
            version: o.baseVersion + 1,
          })),
          revision,
        },
      });
    },
    pull: async ({ since }: { since: number }) => {
      calls.pull++;
      if (failNext) {
        const failure = failNext;
        failNext = null;
        return ok({ ok: false as const, failure });
      }
      return ok({
        ok: true as const,
        value: { ok: true as const, changes: [], conflicts: [], revision: since, more: false },
      });
    },
  };
  const api = { sync } as unknown as QorgauApi;
  return {
    api: () => api,
    calls,
    failNextCall(f: SyncFailure) {
      failNext = f;
    },
    refuseSignIn(f: SyncFailure) {
      signInFailure = f;
    },
  };
}

function fakeNetwork(): NetworkStatus & { set(online: boolean): void } {
  let online = true;
  const ls = new Set<(o: boolean) => void>();
  return {
    isOnline: () => online,
    subscribe: (l) => {
      ls.add(l);
      return () => void ls.delete(l);
    },
    set(o) {
      online = o;
      for (const l of ls) l(o);
    },
  };
}

const services: SyncService[] = [];
const dbs: AppDb[] = [];
afterEach(async () => {
  for (const s of services.splice(0)) s.dispose();
  for (const d of dbs.splice(0)) await d.delete();
});

async function setup(opts: { signedIn?: boolean; profile?: boolean } = {}) {
  const db = new AppDb(`sync-service-${++seq}-${Math.random()}`);
  dbs.push(db);
  let n = 0;
  const deps: RepoDeps = {
    db,
    codec: identityCodec,
    newId: () => `0193bbbb-0000-7000-8000-${String(++n).padStart(12, '0')}`,
    now: () => new Date().toISOString(),
  };
  const profiles = new ProfileRepository(deps);
  if (opts.profile !== false) await profiles.save(profileInput());
  const fake = fakeApi(opts.signedIn);
  const network = fakeNetwork();
  const service = createSyncService({
    api: fake.api,
    db,
    network,
    subscribeLocalChanges,
    scheduler: { debounceMs: 20, periodMs: 60_000, backoffBaseMs: 60_000 },
  });
  services.push(service);
  return { db, fake, network, service, profiles };
}

describe('sync service', () => {
  it('stays signed out and syncs nothing when the device is not signed in', async () => {
    const { service, fake } = await setup();
    await service.start();
    expect(service.getSnapshot()).toMatchObject({ phase: 'signedOut', schedulerState: null });
    expect(fake.calls.push).toHaveLength(0);
  });

  it('sign-in adopts the server identity and pushes the register at once', async () => {
    const { service, fake, db } = await setup();
    await service.start();
    const seen: string[] = [];
    service.subscribe(() => seen.push(service.getSnapshot().phase));
    const r = await service.signIn({
      serverUrl: 'https://sync.example.kz',
      login: 'gulnar',
      password: 'Secret-pass-1',
      deviceName: 'Laptop',
    });
    expect(r).toEqual({ ok: true });
    const state = await db.syncState.get(SYNC_STATE_ID);
    expect(state).toMatchObject({ serverUserId: USER.id, deviceId: 'dev-1' });
    expect(state?.lastSuccessAt).toBeTruthy();
    // The profile op was rewritten to the server user and acknowledged.
    expect(fake.calls.push).toHaveLength(1);
    expect(fake.calls.push[0]?.deviceId).toBe('dev-1');
    expect(fake.calls.push[0]?.ops[0]?.entityId).toBe(USER.id);
    expect(await db.outbox.where('state').equals('pending').count()).toBe(0);
    expect(service.getSnapshot()).toMatchObject({
      phase: 'signedIn',
      running: false,
      lastProblem: null,
      schedulerState: 'idle',
    });
    expect(service.getSnapshot().account?.user?.id).toBe(USER.id);
    expect(seen).toContain('signedIn');
  });

  it('a refused sign-in is returned with its code and the server words', async () => {
    const s2 = await setup();
    await s2.service.start();
    s2.fake.refuseSignIn({
      code: 'tooManyAttempts',
      detail: '429',
      retryAfterSeconds: 600,
      serverMessage: { kk: 'көп', ru: 'много', en: 'many' },
    });
    const r = await s2.service.signIn({
      serverUrl: 'https://sync.example.kz',
      login: 'gulnar',
      password: 'x',
      deviceName: 'Laptop',
    });
    expect(r).toMatchObject({
      ok: false,
      problem: { code: 'tooManyAttempts', retryAfterSeconds: 600, serverMessage: { ru: 'много' } },
    });
    expect(s2.service.getSnapshot().phase).toBe('signedOut');
    expect(await s2.db.syncState.get(SYNC_STATE_ID)).toBeUndefined();
  });

  it('a device bound to another user is signed out again, nothing pushed', async () => {
    const { service, fake, db } = await setup();
    await db.syncState.put({ id: SYNC_STATE_ID, serverRevision: 0, serverUserId: 'someone-else' });
    await service.start();
    const r = await service.signIn({
      serverUrl: 'https://sync.example.kz',
      login: 'gulnar',
      password: 'Secret-pass-1',
      deviceName: 'Laptop',
    });
    expect(r).toMatchObject({ ok: false, problem: { code: 'boundToOtherUser' } });
    expect(fake.calls.signOut).toBe(1);
    expect(fake.calls.push).toHaveLength(0);
    expect(service.getSnapshot()).toMatchObject({ phase: 'signedOut', account: null });
  });

  it('signed in at start: syncs, then again after a local write (debounced)', async () => {
    const { service, fake, profiles } = await setup({ signedIn: true });
    await service.start();
    await vi.waitFor(() => expect(fake.calls.pull).toBe(1));
    expect(service.getSnapshot().phase).toBe('signedIn');
    // A local write through commitChange announces itself.
    await profiles.save({ ...profileInput(), phone: '+77019998877' });
    await vi.waitFor(() => expect(fake.calls.pull).toBe(2));
    expect(fake.calls.push.at(-1)?.ops[0]?.entity).toBe('profile');
  });

  it('a failed run shows its code and backs off; "unauthenticated" stops until the user acts', async () => {
    const { service, fake } = await setup({ signedIn: true });
    await service.start();
    await vi.waitFor(() => expect(fake.calls.pull).toBe(1));
    await vi.waitFor(() => expect(service.getSnapshot().running).toBe(false));

    fake.failNextCall({ code: 'offline', detail: 'ECONNREFUSED' });
    expect(await service.syncNow()).toMatchObject({ code: 'offline' });
    await vi.waitFor(() => expect(service.getSnapshot().schedulerState).toBe('backing-off'));
    expect(service.getSnapshot().retryInMs).toBeGreaterThanOrEqual(1000);

    fake.failNextCall({ code: 'unauthenticated', detail: '401' });
    expect(await service.syncNow()).toMatchObject({ code: 'unauthenticated' });
    expect(service.getSnapshot()).toMatchObject({ schedulerState: 'stopped', retryInMs: null });
    const before = fake.calls.pull;
    notifyLocalChange(); // no automatic run while stopped
    await new Promise((r) => setTimeout(r, 60));
    expect(fake.calls.pull).toBe(before);

    expect(await service.syncNow()).toBeNull();
    expect(service.getSnapshot().lastProblem).toBeNull();
    expect(fake.calls.pull).toBe(before + 1);
  });

  it('sign-out stops automatic sync and keeps the records', async () => {
    const { service, fake, db } = await setup({ signedIn: true });
    await service.start();
    await vi.waitFor(() => expect(fake.calls.pull).toBe(1));
    await service.signOut();
    expect(service.getSnapshot()).toMatchObject({ phase: 'signedOut', schedulerState: null });
    notifyLocalChange();
    await new Promise((r) => setTimeout(r, 60));
    expect(fake.calls.pull).toBe(1);
    expect(await db.profile.count()).toBe(1);
  });

  it('going back online syncs at once', async () => {
    const { service, fake, network } = await setup({ signedIn: true });
    await service.start();
    await vi.waitFor(() => expect(fake.calls.pull).toBe(1));
    network.set(false);
    network.set(true);
    await vi.waitFor(() => expect(fake.calls.pull).toBe(2));
  });
});
