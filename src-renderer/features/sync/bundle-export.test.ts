import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { consultationInput } from '../../../src-shared/contracts/entities/consultation.fixture';
import {
  exportRecoveryPublicKey,
  generateRecoveryKeyPair,
} from '../../../src-shared/security/vault/recovery-key';
import { openBundle } from '../../../src-shared/sync/bundle';
import { generateSigningKeyPair } from '../../../src-shared/sync/bundle/signing-key';
import { AppDb } from '../../db/app-db';
import { ConsultationRepository } from '../../db/consultation-repository';
import { identityCodec } from '../../db/field-codec';
import { exportForOffice, waitingForOffice, type ExportDeps } from './bundle-export';

const USER = 'user-adv-1';
const dbs: AppDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

async function storeWith(entries: number) {
  const db = new AppDb(`bundle-export-${Math.random()}`);
  dbs.push(db);
  let n = 0;
  const repo = new ConsultationRepository({
    db,
    codec: identityCodec,
    newId: () => `0193a000-0000-7000-8000-${String(++n).padStart(12, '0')}`,
    now: () => '2026-11-25T10:00:00.000Z',
  });
  for (let i = 0; i < entries; i++) await repo.create(consultationInput(), USER);
  return db;
}

async function setup(entries = 2, overrides: Partial<ExportDeps> = {}) {
  const db = await storeWith(entries);
  const office = await generateRecoveryKeyPair();
  const pair = await generateSigningKeyPair();
  const saved: { fileName: string; bytes: Uint8Array }[] = [];
  const deps: ExportDeps = {
    db,
    codec: identityCodec,
    officePublicSpki: await exportRecoveryPublicKey(office.publicKey),
    account: { userId: USER, officeId: 'office-1' },
    signingKey: vi.fn(async () => pair),
    registerKey: vi.fn(async () => ({ ok: true })),
    save: vi.fn(async (file) => {
      saved.push(file);
      return { ok: true as const, value: { saved: true } };
    }),
    ...overrides,
  };
  const officeKey = { privateKey: office.privateKey, keyId: office.keyId };
  return { db, deps, saved, pair, officeKey };
}

describe('exportForOffice', () => {
  it('registers the key, then saves a file only the office key opens, with every waiting op', async () => {
    const { db, deps, saved, pair, officeKey } = await setup(2);
    const outcome = await exportForOffice(deps);
    expect(outcome).toEqual({
      status: 'saved',
      fileName: saved[0]!.fileName,
      opCount: 2,
      keyId: pair.keyId,
    });
    expect(saved[0]!.fileName).toMatch(/^qorgau-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.qorgau-bundle$/);
    expect(deps.registerKey).toHaveBeenCalledWith({ keyId: pair.keyId, spki: pair.spki });
    const opened = await openBundle(saved[0]!.bytes, officeKey);
    expect(opened.header).toMatchObject({ userId: USER, officeId: 'office-1', opCount: 2 });
    expect(opened.header.signingKey.keyId).toBe(pair.keyId);
    // The records stay waiting: only a sync or the head's import confirms them.
    expect(await waitingForOffice(db)).toBe(2);
  });

  it.each([
    ['no-office-key', { officePublicSpki: undefined }],
    ['not-linked', { account: null }],
    ['not-linked', { account: { userId: USER, officeId: null } }],
  ] as const)('stops with %s before making a signing key or a file', async (problem, over) => {
    const { deps } = await setup(1, over);
    expect(await exportForOffice(deps)).toEqual({ status: 'problem', problem });
    expect(deps.signingKey).not.toHaveBeenCalled();
    expect(deps.registerKey).not.toHaveBeenCalled();
    expect(deps.save).not.toHaveBeenCalled();
  });

  it('says nothing is waiting on an empty outbox', async () => {
    const { deps } = await setup(0);
    expect(await exportForOffice(deps)).toEqual({ status: 'problem', problem: 'nothing-pending' });
    expect(deps.signingKey).not.toHaveBeenCalled();
  });

  it('goes on without the registration when it fails, hangs, or cannot be tried', async () => {
    const failing = await setup(1, {
      registerKey: async () => Promise.reject(new Error('offline')),
    });
    expect(await exportForOffice(failing.deps)).toMatchObject({ status: 'saved', opCount: 1 });

    const hanging = await setup(1, {
      registerKey: () => new Promise(() => undefined),
      registerWaitMs: 30,
    });
    const started = Date.now();
    expect(await exportForOffice(hanging.deps)).toMatchObject({ status: 'saved' });
    expect(Date.now() - started).toBeLessThan(5_000);

    const offline = await setup(1, { registerKey: null });
    expect(await exportForOffice(offline.deps)).toMatchObject({ status: 'saved' });
  });

  it('reports a cancelled save dialog and a host error as such', async () => {
    const cancelled = await setup(1, {
      save: async () => ({ ok: true, value: { saved: false } }),
    });
    expect(await exportForOffice(cancelled.deps)).toEqual({ status: 'cancelled' });
    const broken = await setup(1, {
      save: async () => ({ ok: false, error: { code: 'internal', message: 'disk full' } }),
    });
    expect(await exportForOffice(broken.deps)).toEqual({ status: 'host-error', code: 'internal' });
  });
});

describe('waitingForOffice', () => {
  it('counts pending ops of entities the server keeps, not device-local or sent ones', async () => {
    const db = await storeWith(3);
    const [first, second] = await db.outbox.toArray();
    await db.outbox.put({ ...first!, opId: 'local-pack-op', entity: 'rulePack' });
    await db.outbox.update(second!.opId, { state: 'sent' });
    expect(await waitingForOffice(db)).toBe(2);
  });
});
