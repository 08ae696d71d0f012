/**
 * The advocate's bundle signing key: ECDSA P-256 with SHA-256, one pair per user store. The
 * device signs every offline bundle it exports; the office server checks the signature with the
 * public key registered for that advocate (`POST /v1/sync/signing-key`, or trust on first use
 * when a head relays the first bundle of an office that was never online — docs/sync.md,
 * "Offline bundles"). The private key is kept as JWK text inside the user's vault entry (the
 * caller encrypts it); nothing here stores anything.
 *
 * The key id is the first 8 bytes of SHA-256 over the SPKI, grouped like the office recovery
 * key's ("3f2a-91c0-…"), short enough for a head to read aloud and compare with the advocate's
 * screen before trusting a key on first use.
 */
import { z } from 'zod';
import { fromBase64, toBase64, toHex } from '../../security/vault/bytes';
import { sha256, subtle, type EcJwk, type VaultKey } from '../../security/vault/webcrypto';

const KEY_ALG = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN_ALG = { name: 'ECDSA', hash: 'SHA-256' } as const;
/** IEEE P1363 r‖s, what WebCrypto produces for P-256. */
export const SIGNATURE_BYTES = 64;

/** "3f2a-91c0-77b4-0e1d". */
export const signingKeyIdSchema = z.string().regex(/^[0-9a-f]{4}(-[0-9a-f]{4}){3}$/);
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Padded base64 with the unused bits of its last character zero: the one spelling of its bytes.
 * A decoder ignores those bits, so without this two different files (one flipped bit apart)
 * would carry the same key, nonce or signature — and a damaged file could still open.
 */
export function isCanonicalBase64(s: string): boolean {
  if (s.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(s)) return false;
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  if (pad === 0) return true;
  const last = ALPHABET.indexOf(s[s.length - pad - 1] ?? '');
  return last >= 0 && (last & (pad === 2 ? 0x0f : 0x03)) === 0;
}

export const canonicalBase64 = z
  .string()
  .min(4)
  .refine(isCanonicalBase64, 'not canonical padded base64');

/** An uncompressed P-256 SPKI is 91 bytes: 124 base64 characters; a little room, no more. */
export const spkiBase64Schema = canonicalBase64.min(100).max(200);

/** What a bundle header and the server carry: the public half, and its short id. */
export const signingPublicKeySchema = z.strictObject({
  keyId: signingKeyIdSchema,
  spki: spkiBase64Schema,
});
export type SigningPublicKeyInfo = z.infer<typeof signingPublicKeySchema>;

export interface SigningKeyPair extends SigningPublicKeyInfo {
  publicKey: VaultKey;
  privateKey: VaultKey;
}

/** The vault's WebCrypto slice has no `verify` (it never verifies); the same object has it. */
interface VerifyingSubtle {
  verify(alg: unknown, key: VaultKey, signature: Uint8Array, data: Uint8Array): Promise<boolean>;
}

export class SigningKeyError extends Error {
  constructor(detail: string) {
    super(`signing key: ${detail}`);
    this.name = 'SigningKeyError';
  }
}

export async function signingKeyId(spki: Uint8Array): Promise<string> {
  return toHex((await sha256(spki)).slice(0, 8))
    .match(/.{4}/g)!
    .join('-');
}

async function publicInfo(publicKey: VaultKey): Promise<SigningPublicKeyInfo> {
  const spki = new Uint8Array(await subtle().exportKey('spki', publicKey));
  return { keyId: await signingKeyId(spki), spki: toBase64(spki) };
}

/** A new pair; the private key is extractable once, so it can be exported into the vault. */
export async function generateSigningKeyPair(): Promise<SigningKeyPair> {
  const pair = await subtle().generateKey(KEY_ALG, true, ['sign', 'verify']);
  return { ...pair, ...(await publicInfo(pair.publicKey)) };
}

export const exportSigningPublicKey = publicInfo;

/** Reads an SPKI (base64); throws SigningKeyError if it is not an ECDSA P-256 public key. */
export async function importSigningPublicKey(
  spkiBase64: string,
): Promise<SigningPublicKeyInfo & { publicKey: VaultKey }> {
  try {
    const spki = fromBase64(spkiBase64.trim());
    const publicKey = await subtle().importKey('spki', spki, KEY_ALG, true, ['verify']);
    return { publicKey, keyId: await signingKeyId(spki), spki: toBase64(spki) };
  } catch {
    throw new SigningKeyError('not an ECDSA P-256 public key (SPKI)');
  }
}

const privateJwkSchema = z.object({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: z.string().min(1).max(64),
  y: z.string().min(1).max(64),
  d: z.string().min(1).max(64),
});

/** The private key as JWK text, for the caller to encrypt into the user's vault entry. */
export async function exportSigningPrivateJwk(privateKey: VaultKey): Promise<string> {
  const jwk = await subtle().exportKey('jwk', privateKey);
  const parsed = privateJwkSchema.safeParse(jwk);
  if (!parsed.success) throw new SigningKeyError('not an ECDSA P-256 private key');
  const { kty, crv, x, y, d } = parsed.data;
  return JSON.stringify({ kty, crv, x, y, d });
}

/**
 * The pair back from the JWK text. The private key comes back non-extractable: after the one
 * export into the vault there is no reason for it to leave WebCrypto again.
 */
export async function importSigningPrivateJwk(jwkText: string): Promise<SigningKeyPair> {
  let jwk: z.infer<typeof privateJwkSchema>;
  try {
    jwk = privateJwkSchema.parse(JSON.parse(jwkText));
  } catch {
    throw new SigningKeyError('not an ECDSA P-256 private key (JWK)');
  }
  const pub: EcJwk = { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y };
  try {
    const publicKey = await subtle().importKey('jwk', pub, KEY_ALG, true, ['verify']);
    const privateKey = await subtle().importKey('jwk', { ...pub, d: jwk.d }, KEY_ALG, false, [
      'sign',
    ]);
    return { publicKey, privateKey, ...(await publicInfo(publicKey)) };
  } catch {
    throw new SigningKeyError('not an ECDSA P-256 private key (JWK)');
  }
}

/** ECDSA P-256 / SHA-256 over `message`, base64 of r‖s. */
export async function signMessage(privateKey: VaultKey, message: Uint8Array): Promise<string> {
  return toBase64(new Uint8Array(await subtle().sign(SIGN_ALG, privateKey, message)));
}

/**
 * True only for a valid signature by the SPKI's key. Never throws: a malformed key or
 * signature is simply "does not verify" (the callers turn that into their own refusal).
 */
export async function verifyMessage(
  spkiBase64: string,
  signatureBase64: string,
  message: Uint8Array,
): Promise<boolean> {
  try {
    const signature = fromBase64(signatureBase64);
    if (signature.length !== SIGNATURE_BYTES) return false;
    const { publicKey } = await importSigningPublicKey(spkiBase64);
    const verifier = subtle() as unknown as VerifyingSubtle;
    return await verifier.verify(SIGN_ALG, publicKey, signature, message);
  } catch {
    return false;
  }
}
