/**
 * Password → key-encryption key (KEK). The KEK only ever wraps the vault's random master
 * secret; data is never encrypted with a password-derived key directly, so changing the
 * password re-wraps 32 bytes instead of re-encrypting the whole database.
 *
 * Why PBKDF2-SHA-256: WebCrypto offers no memory-hard KDF (no Argon2id, no scrypt), and the
 * house rule is standard WebCrypto only — no npm/WASM crypto whose supply chain would see
 * every key. PBKDF2 at OWASP's 2023 recommendation of 600 000 iterations is the strongest
 * KDF available under that rule. It is weaker than Argon2id against GPU guessing, so the
 * params are stored with the vault: the iterations (or the algorithm, with a new `alg`) can
 * be raised later and applied on the next password entry (`kdfIsOutdated`).
 */
import { z } from 'zod';
import { fromBase64, toBase64, utf8 } from './bytes';
import { randomBytes, subtle, type VaultKey } from './webcrypto';

/** OWASP Password Storage Cheat Sheet (2023) for PBKDF2-HMAC-SHA256. Never lower this. */
export const DEFAULT_PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;

export const kdfParamsSchema = z.object({
  alg: z.literal('PBKDF2-SHA-256'),
  // No lower bound here: an old or test vault must still open. createVault sets the default.
  iterations: z.number().int().positive(),
  salt: z.string().refine((s) => isSalt(s), 'salt: 16 bytes, base64'),
});
export type KdfParams = z.infer<typeof kdfParamsSchema>;

function isSalt(s: string): boolean {
  try {
    return fromBase64(s).length === SALT_BYTES;
  } catch {
    return false;
  }
}

export function newKdfParams(iterations = DEFAULT_PBKDF2_ITERATIONS): KdfParams {
  if (!Number.isInteger(iterations) || iterations < 1) throw new Error('iterations: positive');
  return { alg: 'PBKDF2-SHA-256', iterations, salt: toBase64(randomBytes(SALT_BYTES)) };
}

/** True when the vault's KDF is weaker than today's default: re-wrap on the next unlock. */
export function kdfIsOutdated(params: KdfParams): boolean {
  return params.iterations < DEFAULT_PBKDF2_ITERATIONS;
}

/**
 * The password's derived secret as an HKDF key: the vault derives both the KEK and the key
 * check value from it (two labels), so the check value reveals nothing about the KEK.
 * NFC first: the same Kazakh password typed on two keyboards (precomposed "ә" or "а" + a
 * combining mark) must give the same key.
 */
export async function derivePasswordSecret(password: string, params: KdfParams): Promise<VaultKey> {
  const base = await subtle().importKey('raw', utf8(password.normalize('NFC')), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await subtle().deriveBits(
    {
      name: 'PBKDF2',
      hash: 'SHA-256',
      salt: fromBase64(params.salt),
      iterations: params.iterations,
    },
    base,
    256,
  );
  return subtle().importKey('raw', new Uint8Array(bits), 'HKDF', false, [
    'deriveKey',
    'deriveBits',
  ]);
}

/** Prefix of every HKDF label and AAD of the vault: bumping it separates a future format. */
export const VAULT_LABEL = 'qorgau-vault/v1/';

/**
 * HKDF-SHA-256 params with an empty salt: the inputs (a random master secret, a PBKDF2 output)
 * are already uniformly random, so RFC 5869's extract salt adds nothing; `info` separates keys.
 */
export const hkdf = (info: string) => ({
  name: 'HKDF',
  hash: 'SHA-256',
  salt: new Uint8Array(0),
  info: utf8(info),
});
