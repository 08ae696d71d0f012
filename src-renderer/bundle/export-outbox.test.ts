import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { consultationInput } from '../../src-shared/contracts/entities/consultation.fixture';
import {
  exportRecoveryPublicKey,
  generateRecoveryKeyPair,
} from '../../src-shared/security/vault/recovery-key';
import { createVault } from '../../src-shared/security/vault/vault';
import { openBundle } from '../../src-shared/sync/bundle';
import { generateSigningKeyPair } from '../../src-shared/sync/bundle/signing-key';
import { AppDb } from '../db/app-db';
import { ConsultationRepository } from '../db/consultation-repository';
import { encryptingCodec } from '../db/encrypting-codec';
import { exportOutboxBundle, pendingWireOps } from './export-outbox';

const dbs: AppDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

async function encryptedStoreWithOneEntry() {
  const db = new AppDb(`export-${Math.random()}`);
  dbs.push(db);
  const { vault } = await createVault('құпия сөз ұзын', { iterations: 1000 });
  const codec = encryptingCodec(vault);
  let n = 0;
  const repo = new ConsultationRepository({
    db,
    codec,
    newId: () => `0193a000-0000-7000-8000-${String(++n).padStart(12, '0')}`,
    now: () => '2026-11-25T10:00:00.000Z',
  });
  await repo.create(consultationInput(), 'user-adv-1');
  return { db, codec };
}

describe('exportOutboxBundle', () => {
  it('carries the pending ops in the wire form, sealed for the office and readable only with its key', async () => {
    const { db, codec } = await encryptedStoreWithOneEntry();
    const office = await generateRecoveryKeyPair();
    const built = await exportOutboxBundle({
      db,
      codec,
      officePublicSpki: await exportRecoveryPublicKey(office.publicKey),
      account: { userId: 'user-adv-1', officeId: 'office-1' },
      signingKey: await generateSigningKeyPair(),
    });
    expect(built.opCount).toBe(1);
    // The file itself holds no plaintext: the name and IIN of the entry are sealed.
    const text = new TextDecoder().decode(built.bytes);
    expect(text).not.toContain('900101300057');
    expect(text).not.toContain('Серікбаев');

    const opened = await openBundle(built.bytes, {
      privateKey: office.privateKey,
      keyId: office.keyId,
    });
    expect(opened.ops).toEqual(await pendingWireOps(db, codec));
    const record = opened.ops[0]!.record as { entryJson: string };
    expect(JSON.parse(record.entryJson)).toMatchObject({ applicant: { iin: '900101300057' } });
    // Exported ops stay pending: the network sync or the next bundle still carries them.
    expect((await db.outbox.toArray()).map((o) => o.state)).toEqual(['pending']);
  });

  it('says why it cannot export: no office key, laptop not linked, nothing pending', async () => {
    const { db, codec } = await encryptedStoreWithOneEntry();
    const office = await generateRecoveryKeyPair();
    const base = {
      db,
      codec,
      officePublicSpki: await exportRecoveryPublicKey(office.publicKey),
      account: { userId: 'user-adv-1', officeId: 'office-1' },
      signingKey: await generateSigningKeyPair(),
    };
    await expect(
      exportOutboxBundle({ ...base, officePublicSpki: undefined }),
    ).rejects.toMatchObject({
      problem: 'no-office-key',
    });
    await expect(exportOutboxBundle({ ...base, account: null })).rejects.toMatchObject({
      problem: 'not-linked',
    });
    await db.outbox.clear();
    await expect(exportOutboxBundle(base)).rejects.toMatchObject({ problem: 'nothing-pending' });
  });
});
