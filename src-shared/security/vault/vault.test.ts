import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from './bytes';
import { blindIndex, decryptField, encryptField, FieldTamperedError } from './field-cipher';
import { generateRecoveryKeyPair } from './recovery-key';
import {
  addRecoveryKey,
  changePassword,
  createVault,
  lockVault,
  unlockWithPassword,
  unlockWithRecovery,
  type UnlockedVault,
} from './vault';
import { VaultError, vaultRecordSchema, type VaultRecord } from './vault-record';

// Low iterations keep the suite fast; the default (600 000) is checked in kdf.test.ts.
const fast = { iterations: 1000 };
const ref = { entity: 'consultation', field: 'entryJson' };
const PASSWORD = 'Көктем-2026!';

async function code(p: Promise<unknown>) {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(VaultError);
  return (err as VaultError).code;
}

/** Flips one bit in a base64 field of the record (a damaged or tampered byte). */
function flipped(b64: string, at = 0): string {
  const bytes = fromBase64(b64);
  bytes[at] = bytes[at]! ^ 0x01;
  return toBase64(bytes);
}

async function sameKeys(a: UnlockedVault, b: UnlockedVault) {
  const sealed = await encryptField(a.dataKey, ref, 'Серікбаев Арман');
  expect(await decryptField(b.dataKey, ref, sealed)).toBe('Серікбаев Арман');
  const iin = { entity: 'consultation', field: 'iin' };
  expect(await blindIndex(b.indexKey, iin, '900101300057')).toBe(
    await blindIndex(a.indexKey, iin, '900101300057'),
  );
}

describe('key vault', () => {
  it('creates a serialisable v1 record and unlocks it with the password', async () => {
    const { record, vault } = await createVault(PASSWORD, fast);
    const stored = JSON.parse(JSON.stringify(record)) as unknown;
    expect(vaultRecordSchema.parse(stored)).toEqual(record);
    expect(record).toMatchObject({ v: 1, kdf: { alg: 'PBKDF2-SHA-256', iterations: 1000 } });
    expect(JSON.stringify(record)).not.toContain(PASSWORD);
    expect(Object.keys(vault).sort()).toEqual(['dataKey', 'indexKey', 'vaultId']);
    await sameKeys(vault, await unlockWithPassword(stored, PASSWORD));
  });

  it('uses the OWASP iteration count unless told otherwise', async () => {
    // One real 600 000-iteration derivation: proves the default reaches the record.
    const { record } = await createVault(PASSWORD);
    expect(record.kdf.iterations).toBe(600_000);
  });

  it('two vaults have different keys and ids', async () => {
    const a = await createVault(PASSWORD, fast);
    const b = await createVault(PASSWORD, fast);
    expect(a.record.id).not.toBe(b.record.id);
    const sealed = await encryptField(a.vault.dataKey, ref, 'x');
    await expect(decryptField(b.vault.dataKey, ref, sealed)).rejects.toBeInstanceOf(
      FieldTamperedError,
    );
  });

  it('tells a wrong password apart from a damaged record', async () => {
    const { record } = await createVault(PASSWORD, fast);
    expect(await code(unlockWithPassword(record, 'көктем-2026!'))).toBe('wrong-password');
    expect(await code(unlockWithPassword(record, ''))).toBe('wrong-password');
    const damaged = {
      ...record,
      password: { ...record.password, ciphertext: flipped(record.password.ciphertext, 3) },
    };
    expect(await code(unlockWithPassword(damaged, PASSWORD))).toBe('corrupt');
    const badNonce = {
      ...record,
      password: { ...record.password, nonce: flipped(record.password.nonce) },
    };
    expect(await code(unlockWithPassword(badNonce, PASSWORD))).toBe('corrupt');
  });

  it('never opens a modified record with a wrong key', async () => {
    const { record, vault } = await createVault(PASSWORD, fast);
    const other = await createVault(PASSWORD, fast);
    const variants: unknown[] = [
      { ...record, v: 2 },
      { ...record, id: other.record.id }, // the wrap is bound to its vault id
      { ...record, password: other.record.password }, // another vault's wrap, same password
      { ...record, kdf: { ...record.kdf, iterations: 999 } },
      { ...record, kdf: { ...record.kdf, salt: flipped(record.kdf.salt) } },
      { ...record, password: { ...record.password, check: flipped(record.password.check) } },
      { ...record, password: { ...record.password, ciphertext: 'AAAA' } },
      { ...record, recovery: [{ alg: 'RSA' }] },
      {},
      null,
      'vault',
    ];
    for (const v of variants)
      expect(['corrupt', 'wrong-password']).toContain(await code(unlockWithPassword(v, PASSWORD)));
    await sameKeys(vault, await unlockWithPassword(record, PASSWORD)); // the original still opens
  });

  it('changes the password: the old one fails, the data still decrypts, the salt is new', async () => {
    const { record, vault } = await createVault(PASSWORD, fast);
    const sealed = await encryptField(vault.dataKey, ref, 'Кеңес берілді');
    const next = await changePassword(vault, record, 'Жаңа құпия сөз', fast);
    expect(next.id).toBe(record.id);
    expect(next.kdf.salt).not.toBe(record.kdf.salt);
    expect(await code(unlockWithPassword(next, PASSWORD))).toBe('wrong-password');
    const reopened = await unlockWithPassword(next, 'Жаңа құпия сөз');
    expect(await decryptField(reopened.dataKey, ref, sealed)).toBe('Кеңес берілді');
    const stranger = await createVault(PASSWORD, fast);
    await expect(changePassword(vault, stranger.record, 'x', fast)).rejects.toThrow(/belong/);
  });

  it('opens with the office recovery key and gives the same data key', async () => {
    const office = await generateRecoveryKeyPair();
    const { record, vault } = await createVault(PASSWORD, {
      ...fast,
      recoveryPublicKey: office.publicKey,
    });
    expect(record.recovery.map((w) => w.keyId)).toEqual([office.keyId]);
    const recovered = await unlockWithRecovery(record, office);
    await sameKeys(vault, recovered);
    // The usual next step after a forgotten password: set a new one from the recovered vault.
    const next = await changePassword(recovered, record, 'Жаңа', fast);
    await sameKeys(vault, await unlockWithPassword(next, 'Жаңа'));
    expect(next.recovery).toEqual(record.recovery);
  });

  it('without the password and the recovery private key nothing opens', async () => {
    const office = await generateRecoveryKeyPair();
    const intruder = await generateRecoveryKeyPair();
    const plain = await createVault(PASSWORD, fast);
    const { record } = await createVault(PASSWORD, {
      ...fast,
      recoveryPublicKey: office.publicKey,
    });
    expect(await code(unlockWithRecovery(plain.record, office))).toBe('no-recovery-key');
    expect(await code(unlockWithRecovery(record, intruder))).toBe('wrong-recovery-key');
    // Claiming the office key id does not help: the seal only opens with its private key.
    const claimed = { privateKey: intruder.privateKey, keyId: office.keyId };
    expect(await code(unlockWithRecovery(record, claimed))).toBe('corrupt');
    const w = record.recovery[0]!;
    const damaged = { ...record, recovery: [{ ...w, ciphertext: flipped(w.ciphertext) }] };
    expect(await code(unlockWithRecovery(damaged, office))).toBe('corrupt');
    // A seal copied from another vault is bound to that vault's id.
    const other = await createVault('x', { ...fast, recoveryPublicKey: office.publicKey });
    const swapped: VaultRecord = { ...record, recovery: other.record.recovery };
    expect(await code(unlockWithRecovery(swapped, office))).toBe('corrupt');
  });

  it('adds and replaces recovery keys on an existing vault', async () => {
    const head = await generateRecoveryKeyPair();
    const collegium = await generateRecoveryKeyPair();
    const { record, vault } = await createVault(PASSWORD, fast);
    const one = await addRecoveryKey(vault, record, head.publicKey);
    const two = await addRecoveryKey(vault, one, collegium.publicKey);
    const again = await addRecoveryKey(vault, two, head.publicKey);
    expect(again.recovery.map((w) => w.keyId).sort()).toEqual([head.keyId, collegium.keyId].sort());
    await sameKeys(vault, await unlockWithRecovery(again, head));
    await sameKeys(vault, await unlockWithRecovery(again, collegium));
    await sameKeys(vault, await unlockWithPassword(again, PASSWORD));
  });

  it('a locked vault object can no longer re-wrap its secret', async () => {
    const { record, vault } = await createVault(PASSWORD, fast);
    lockVault(vault);
    await expect(changePassword(vault, record, 'x', fast)).rejects.toThrow(/locked/);
  });
});
