/**
 * The master secret wrapped by the password: PBKDF2 (kdf.ts) → HKDF → an AES-GCM KEK and a key
 * check value. AAD names the purpose and the vault id, so a password wrap copied from another
 * vault (or into a recovery slot) does not open.
 */
import { bytesEqual, fromBase64, toBase64, utf8 } from './bytes';
import { derivePasswordSecret, hkdf, newKdfParams, VAULT_LABEL, type KdfParams } from './kdf';
import { KEY_CHECK_BYTES, VaultError, type VaultRecord } from './vault-record';
import { randomBytes, subtle } from './webcrypto';

const KEK = `${VAULT_LABEL}password-kek`;
const CHECK = `${VAULT_LABEL}password-key-check`;
const passwordAad = (vaultId: string) =>
  utf8(`${VAULT_LABEL}master-secret/password\u0000${vaultId}`);

/**
 * KEK and key check value from one password derivation. The check value lets unlock tell a
 * wrong password from a damaged wrap; it is a separate HKDF output, so it says nothing about
 * the KEK, and it helps a guesser no more than the GCM tag already does (each guess still
 * costs the full PBKDF2).
 */
async function passwordKeys(password: string, kdf: KdfParams) {
  const secret = await derivePasswordSecret(password, kdf);
  const check = new Uint8Array(await subtle().deriveBits(hkdf(CHECK), secret, KEY_CHECK_BYTES * 8));
  const kek = await subtle().deriveKey(hkdf(KEK), secret, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  return { check, kek };
}

/** A fresh salt (and today's iterations unless a test lowers them) on every wrap. */
export async function wrapForPassword(
  vaultId: string,
  master: Uint8Array,
  password: string,
  iterations?: number,
): Promise<Pick<VaultRecord, 'kdf' | 'password'>> {
  const kdf = newKdfParams(iterations);
  const { check, kek } = await passwordKeys(password, kdf);
  const nonce = randomBytes(12);
  const ct = await subtle().encrypt(
    { name: 'AES-GCM', iv: nonce, additionalData: passwordAad(vaultId) },
    kek,
    master,
  );
  return {
    kdf,
    password: {
      nonce: toBase64(nonce),
      ciphertext: toBase64(new Uint8Array(ct)),
      check: toBase64(check),
    },
  };
}

/** The master secret, or VaultError `wrong-password` (check value) / `corrupt` (failed tag). */
export async function unwrapWithPassword(
  record: VaultRecord,
  password: string,
): Promise<Uint8Array> {
  const { check, kek } = await passwordKeys(password, record.kdf);
  if (!bytesEqual(check, fromBase64(record.password.check))) throw new VaultError('wrong-password');
  try {
    const plain = await subtle().decrypt(
      {
        name: 'AES-GCM',
        iv: fromBase64(record.password.nonce),
        additionalData: passwordAad(record.id),
      },
      kek,
      fromBase64(record.password.ciphertext),
    );
    return new Uint8Array(plain);
  } catch {
    throw new VaultError('corrupt');
  }
}
