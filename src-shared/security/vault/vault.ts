/**
 * The key vault: one random 256-bit master secret per advocate's database, from which HKDF
 * derives the AES-GCM data key (personal fields) and the HMAC index key (blind indexes). The
 * master secret is stored only wrapped — by a key derived from the password (kdf.ts), and
 * optionally for each office recovery public key (recovery-seal.ts).
 *
 * Threat model.
 * - A lost or stolen laptop (powered off, or locked and the app closed): the IndexedDB files
 *   hold personal fields only as AES-GCM ciphertext and IINs/name prefixes only as HMACs; the
 *   thief needs the password (PBKDF2, 600 000 iterations per guess) or the office recovery
 *   private key, which is not on the laptop.
 * - The shared village laptop: another OS user, or someone opening the browser profile or
 *   the app's data folder, sees the same ciphertext. While the app is open and unlocked, the
 *   keys are in this process's memory: whoever sits at the unlocked app sees what the app
 *   shows — locking (lockVault) and an idle timeout are the protection there, not crypto.
 * - Tampering with the database: a modified, truncated or moved field value fails to decrypt
 *   (FieldTamperedError); a modified vault record gives `corrupt` or `wrong-password`, never
 *   a wrong key used silently.
 * Not protected: index fields stay plain by design (dates, month, status, category, language,
 *   durations, register numbers, ids, versions, settlement kind), so the *shape* of the
 *   workload — how many entries on which days — is visible; blind indexes reveal which rows
 *   share an IIN or a name prefix; malware on an unlocked machine (keylogger, memory reader)
 *   defeats any at-rest encryption; a weak password is only slowed down, not made strong.
 */
import { toBase64Url, utf8 } from './bytes';
import { hkdf, VAULT_LABEL } from './kdf';
import { unwrapWithPassword, wrapForPassword } from './password-wrap';
import { recoveryKeyId, type RecoveryPrivateKey } from './recovery-key';
import { openRecoverySeal, RECOVERY_SEAL_ALG, sealForRecovery } from './recovery-seal';
import {
  MASTER_SECRET_BYTES,
  VaultError,
  vaultRecordSchema,
  type VaultRecord,
} from './vault-record';
import { randomBytes, subtle, type VaultKey } from './webcrypto';

// Distinct labels: one secret, keys that cannot stand in for each other.
const LABEL = {
  dataKey: `${VAULT_LABEL}field-aes-gcm`,
  indexKey: `${VAULT_LABEL}blind-index-hmac`,
  recoveryWrap: `${VAULT_LABEL}master-secret/recovery\u0000`,
};

export interface UnlockedVault {
  readonly vaultId: string;
  /** AES-256-GCM, non-extractable: encrypts personal fields (field-cipher.ts). */
  readonly dataKey: VaultKey;
  /** HMAC-SHA-256, non-extractable: blind indexes (field-cipher.ts). */
  readonly indexKey: VaultKey;
}

/**
 * The master secret stays out of the vault object (no property to log, spread or serialise
 * by accident); only changePassword/addRecoveryKey read it, to re-wrap it.
 */
const masters = new WeakMap<UnlockedVault, Uint8Array>();

export interface CreateVaultOptions {
  recoveryPublicKey?: VaultKey;
  /** For tests only; the default is the OWASP figure in kdf.ts. */
  iterations?: number;
}

async function openMaster(vaultId: string, master: Uint8Array): Promise<UnlockedVault> {
  const ikm = await subtle().importKey('raw', master, 'HKDF', false, ['deriveKey']);
  const dataKey = await subtle().deriveKey(
    hkdf(LABEL.dataKey),
    ikm,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  const indexKey = await subtle().deriveKey(
    hkdf(LABEL.indexKey),
    ikm,
    { name: 'HMAC', hash: 'SHA-256', length: 256 },
    false,
    ['sign'],
  );
  const vault: UnlockedVault = Object.freeze({ vaultId, dataKey, indexKey });
  masters.set(vault, master);
  return vault;
}

function masterOf(unlocked: UnlockedVault): Uint8Array {
  const m = masters.get(unlocked);
  if (!m) throw new Error('vault is locked');
  return m;
}

const recoveryAad = (vaultId: string, keyId: string) =>
  utf8(`${LABEL.recoveryWrap}${vaultId}\u0000${keyId}`);

async function wrapForRecovery(vaultId: string, master: Uint8Array, publicKey: VaultKey) {
  const keyId = await recoveryKeyId(publicKey);
  const seal = await sealForRecovery(publicKey, master, recoveryAad(vaultId, keyId));
  return { alg: RECOVERY_SEAL_ALG, keyId, ...seal };
}

function parse(record: unknown): VaultRecord {
  const parsed = vaultRecordSchema.safeParse(record);
  if (!parsed.success) throw new VaultError('corrupt');
  return parsed.data;
}

export async function createVault(
  password: string,
  options: CreateVaultOptions = {},
): Promise<{ record: VaultRecord; vault: UnlockedVault }> {
  const id = toBase64Url(randomBytes(16));
  const master = randomBytes(MASTER_SECRET_BYTES);
  const record: VaultRecord = {
    v: 1,
    id,
    ...(await wrapForPassword(id, master, password, options.iterations)),
    recovery: options.recoveryPublicKey
      ? [await wrapForRecovery(id, master, options.recoveryPublicKey)]
      : [],
  };
  return { record, vault: await openMaster(id, master) };
}

/** Throws VaultError: `corrupt` (record unreadable or wrap damaged) or `wrong-password`. */
export async function unlockWithPassword(
  record: unknown,
  password: string,
): Promise<UnlockedVault> {
  const r = parse(record);
  return openMaster(r.id, await unwrapWithPassword(r, password));
}

/**
 * The head's way back in after a forgotten password; the caller then sets a new password
 * with changePassword. Throws VaultError `no-recovery-key` (the vault was never sealed for
 * any office key), `wrong-recovery-key` (not sealed for this one) or `corrupt`.
 */
export async function unlockWithRecovery(
  record: unknown,
  recovery: RecoveryPrivateKey,
): Promise<UnlockedVault> {
  const r = parse(record);
  if (r.recovery.length === 0) throw new VaultError('no-recovery-key');
  const wrap = r.recovery.find((w) => w.keyId === recovery.keyId);
  if (!wrap) throw new VaultError('wrong-recovery-key');
  let master: Uint8Array;
  try {
    master = await openRecoverySeal(recovery.privateKey, wrap, recoveryAad(r.id, wrap.keyId));
  } catch {
    throw new VaultError('corrupt');
  }
  if (master.length !== MASTER_SECRET_BYTES) throw new VaultError('corrupt');
  return openMaster(r.id, master);
}

function sameVault(unlocked: UnlockedVault, record: unknown): VaultRecord {
  const r = parse(record);
  // Re-wrapping another vault's record with this master would lock its owner out.
  if (r.id !== unlocked.vaultId)
    throw new Error('the unlocked vault does not belong to this record');
  return r;
}

/**
 * A new record: the same master secret (so every stored value still decrypts) under a new
 * password with a fresh salt and today's iteration count; recovery seals are kept. Proof of
 * the old password is the unlocked vault — the UI should still ask for it again.
 */
export async function changePassword(
  unlocked: UnlockedVault,
  record: unknown,
  newPassword: string,
  options: Pick<CreateVaultOptions, 'iterations'> = {},
): Promise<VaultRecord> {
  const r = sameVault(unlocked, record);
  return {
    ...r,
    ...(await wrapForPassword(r.id, masterOf(unlocked), newPassword, options.iterations)),
  };
}

/** Seals the master secret for an (additional) office key; a seal for the same key is replaced. */
export async function addRecoveryKey(
  unlocked: UnlockedVault,
  record: unknown,
  publicKey: VaultKey,
): Promise<VaultRecord> {
  const r = sameVault(unlocked, record);
  const wrap = await wrapForRecovery(r.id, masterOf(unlocked), publicKey);
  return { ...r, recovery: [...r.recovery.filter((w) => w.keyId !== wrap.keyId), wrap] };
}

/**
 * Forgets the master secret (zeroed) so this vault object can no longer re-wrap it. Locking
 * the app itself means dropping the UnlockedVault and every codec built on it: WebCrypto
 * keys cannot be wiped, only left unreachable.
 */
export function lockVault(unlocked: UnlockedVault): void {
  masters.get(unlocked)?.fill(0);
  masters.delete(unlocked);
}
