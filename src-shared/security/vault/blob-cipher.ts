/**
 * One whole blob (a backup's payload) ↔ one sealed blob: AES-256-GCM with the vault's data key,
 * a fresh random 96-bit nonce, and caller-given associated data. Sealed layout: nonce ‖ ciphertext
 * ‖ 128-bit tag.
 *
 * Why associated data: a backup's header is readable without the key (who, when, how many
 * records, the audit head) and must stay so, to be shown before the password is asked; binding
 * its exact bytes as AAD means a header edited to match a tampered payload — or a payload moved
 * under another header — fails to open instead of passing the identical-restore check.
 *
 * Why the data key and not a key of its own: a backup must open wherever the vault opens (a new
 * laptop with the password, or the office recovery key) and nowhere else; a separate key would
 * need its own wrapping for exactly the same people. GCM's random-nonce limit (about 2^32
 * messages per key) is shared with the field cipher and stays far out of reach.
 */
import { concatBytes } from './bytes';
import { randomBytes, subtle, type VaultKey } from './webcrypto';

export const BLOB_NONCE_BYTES = 12;
const TAG_BYTES = 16;

/** The sealed blob was altered, truncated, sealed with another key or under other AAD. */
export class BlobTamperedError extends Error {
  readonly code = 'tampered';
  constructor() {
    // No detail: which of key, nonce, data or AAD was wrong is exactly what GCM cannot tell.
    super('the encrypted blob failed its integrity check');
    this.name = 'BlobTamperedError';
  }
}

export async function sealBlob(
  dataKey: VaultKey,
  plaintext: Uint8Array,
  aad: Uint8Array,
): Promise<Uint8Array> {
  const nonce = randomBytes(BLOB_NONCE_BYTES);
  const ct = await subtle().encrypt(
    { name: 'AES-GCM', iv: nonce, additionalData: aad, tagLength: TAG_BYTES * 8 },
    dataKey,
    plaintext,
  );
  return concatBytes(nonce, new Uint8Array(ct));
}

/** Throws BlobTamperedError on any failure, including a blob too short to hold nonce and tag. */
export async function openBlob(
  dataKey: VaultKey,
  sealed: Uint8Array,
  aad: Uint8Array,
): Promise<Uint8Array> {
  if (sealed.length < BLOB_NONCE_BYTES + TAG_BYTES) throw new BlobTamperedError();
  try {
    const plain = await subtle().decrypt(
      {
        name: 'AES-GCM',
        iv: sealed.subarray(0, BLOB_NONCE_BYTES),
        additionalData: aad,
        tagLength: TAG_BYTES * 8,
      },
      dataKey,
      sealed.subarray(BLOB_NONCE_BYTES),
    );
    return new Uint8Array(plain);
  } catch {
    throw new BlobTamperedError();
  }
}
