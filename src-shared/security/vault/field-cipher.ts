/**
 * One personal field ↔ one stored string. AES-256-GCM with a fresh random 96-bit nonce per
 * value: a random nonce is safe far beyond any advocate's register (the GCM limit is about
 * 2^32 values per key), and it makes two encryptions of the same text differ, so equal
 * names or IINs cannot be spotted by comparing rows.
 *
 * The associated data names the entity and field, so a value copied into another field or
 * another entity's row fails to decrypt instead of showing up there. (It does not name the
 * record id: the FieldCodec seam does not carry it, so swapping the same field between two
 * rows of one entity is not detected here.)
 */
import { concatBytes, fromBase64Url, fromUtf8, toBase64Url, utf8 } from './bytes';
import { randomBytes, subtle, type VaultKey } from './webcrypto';

/** Format tag: a later format (another cipher, key rotation) gets "q2." and both decode. */
const PREFIX = 'q1.';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export interface FieldRef {
  entity: string;
  field: string;
}

/** The stored value was altered, truncated, moved, or is not ours: never returned as text. */
export class FieldTamperedError extends Error {
  readonly code = 'tampered';
  constructor(
    readonly entity: string,
    readonly field: string,
  ) {
    // No value and no cause in the message: it may be logged, and the value is personal data.
    super(`${entity}.${field}: the encrypted value failed its integrity check`);
    this.name = 'FieldTamperedError';
  }
}

function domain({ entity, field }: FieldRef): Uint8Array {
  // NUL cannot occur in entity or field names, so ("ab","c") and ("a","bc") stay distinct.
  return utf8(`${entity}\u0000${field}`);
}

export async function encryptField(
  dataKey: VaultKey,
  ref: FieldRef,
  plaintext: string,
): Promise<string> {
  const nonce = randomBytes(NONCE_BYTES);
  const ct = await subtle().encrypt(
    { name: 'AES-GCM', iv: nonce, additionalData: domain(ref), tagLength: TAG_BYTES * 8 },
    dataKey,
    utf8(plaintext),
  );
  return `${PREFIX}${toBase64Url(nonce)}.${toBase64Url(new Uint8Array(ct))}`;
}

/**
 * Throws FieldTamperedError on any failure — bad format, bad base64, failed tag, bad UTF-8 —
 * and deliberately also on a plaintext (unprefixed) value: accepting one would let anyone
 * with write access to the database plant text that the app shows as genuine.
 */
export async function decryptField(
  dataKey: VaultKey,
  ref: FieldRef,
  stored: string,
): Promise<string> {
  try {
    if (!stored.startsWith(PREFIX)) throw new Error('format');
    const parts = stored.slice(PREFIX.length).split('.');
    if (parts.length !== 2) throw new Error('format');
    const nonce = fromBase64Url(parts[0]!);
    const ct = fromBase64Url(parts[1]!);
    if (nonce.length !== NONCE_BYTES || ct.length < TAG_BYTES) throw new Error('format');
    const plain = await subtle().decrypt(
      { name: 'AES-GCM', iv: nonce, additionalData: domain(ref), tagLength: TAG_BYTES * 8 },
      dataKey,
      ct,
    );
    return fromUtf8(new Uint8Array(plain));
  } catch {
    throw new FieldTamperedError(ref.entity, ref.field);
  }
}

/**
 * A keyed blind index (HMAC-SHA-256) for finding records by a secret value without storing
 * it: equal input → equal key, and without the index key nobody can test a guessed IIN
 * against the database (a plain hash of a 12-digit IIN would be brute-forced in seconds).
 * The same entity/field separation as encryption, so an IIN's key in one index says nothing
 * about another. Normalised to NFC only — case folding and the like are the caller's choice
 * (search-tokens.ts already folds), and folding here would merge values the caller keeps
 * apart. Leaks equality: who has the same IIN is visible to someone with the raw database.
 */
export async function blindIndex(
  indexKey: VaultKey,
  ref: FieldRef,
  value: string,
): Promise<string> {
  const mac = await subtle().sign(
    'HMAC',
    indexKey,
    concatBytes(domain(ref), utf8('\u0000'), utf8(value.normalize('NFC'))),
  );
  return toBase64Url(new Uint8Array(mac));
}

/** True if the string is in this module's encrypted format (for a later migration pass). */
export function looksEncrypted(stored: string): boolean {
  return stored.startsWith(PREFIX);
}
