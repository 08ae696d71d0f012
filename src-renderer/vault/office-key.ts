/**
 * The office recovery key, from the user's side (the key itself: recovery-key.ts).
 *
 * - The head creates it once: the private half is printed for the office safe (and kept in the
 *   head's own vault, encrypted with the head's data key, to open offline bundles); the public
 *   half is given to every advocate of the office.
 * - Each advocate adds the public half: their vault's master secret is then also sealed for
 *   it, so the head can restore access after a forgotten password (session.recover). Without
 *   the private half nobody — not the head's laptop, not the server — can open a vault.
 */
import {
  exportRecoveryPrivateKeyText,
  exportRecoveryPublicKey,
  generateRecoveryKeyPair,
  importRecoveryPrivateKeyText,
  importRecoveryPublicKey,
  type RecoveryPrivateKey,
} from '../../src-shared/security/vault/recovery-key';
import { addRecoveryKey } from '../../src-shared/security/vault/vault';
import { SessionError } from './session-errors';
import type { VaultSession } from './session';

const SEAL = { entity: 'vaultUser', field: 'officeKeyPrivate' } as const;

export interface NewOfficeKey {
  keyId: string;
  /** The printable private key block: for the office safe, never for sending. */
  privateText: string;
  /** SPKI base64: what the advocates type or paste (or receive as a file). */
  publicText: string;
}

/** The head: a new office key; the head's own vault is sealed for it at once. */
export async function createOfficeKey(session: VaultSession): Promise<NewOfficeKey> {
  const open = session.current();
  const pair = await generateRecoveryKeyPair();
  const privateText = await exportRecoveryPrivateKeyText(pair);
  const publicText = await exportRecoveryPublicKey(pair.publicKey);
  const record = await addRecoveryKey(open.vault, open.entry.record, pair.publicKey);
  const privateSealed = await open.codec.encode(SEAL.entity, SEAL.field, privateText);
  await session.save({
    ...open.entry,
    record,
    officeKey: { keyId: pair.keyId, publicSpki: publicText, privateSealed },
  });
  return { keyId: pair.keyId, privateText, publicText };
}

/** An advocate (or a head joining an office that has a key): seal this vault for it. */
export async function adoptOfficePublicKey(
  session: VaultSession,
  publicText: string,
): Promise<{ keyId: string }> {
  const open = session.current();
  let key;
  try {
    key = await importRecoveryPublicKey(publicText.replace(/\s+/g, ''));
  } catch {
    throw new SessionError('office-key-format');
  }
  const record = await addRecoveryKey(open.vault, open.entry.record, key.key);
  await session.save({
    ...open.entry,
    record,
    officeKey: { keyId: key.keyId, publicSpki: publicText.replace(/\s+/g, '') },
  });
  return { keyId: key.keyId };
}

/** The head's stored private half (for offline bundles), or null on an advocate's laptop. */
export async function officePrivateKey(session: VaultSession): Promise<RecoveryPrivateKey | null> {
  const open = session.current();
  const sealed = open.entry.officeKey?.privateSealed;
  if (!sealed) return null;
  return importRecoveryPrivateKeyText(await open.codec.decode(SEAL.entity, SEAL.field, sealed));
}

/** Whether this vault can be recovered with the office key it names. */
export function recoveryStatus(session: VaultSession): { keyId: string | null; sealed: boolean } {
  const open = session.current();
  const keyId = open.entry.officeKey?.keyId ?? null;
  return {
    keyId,
    sealed: keyId !== null && open.entry.record.recovery.some((w) => w.keyId === keyId),
  };
}
