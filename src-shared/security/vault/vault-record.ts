/**
 * The stored vault: everything needed to reopen the data key, and nothing that opens it
 * without the password or the office recovery private key. Versioned (`v`) so a later format
 * (another KDF, several data keys) is read side by side; validated with zod at the boundary
 * so a damaged record is reported as `corrupt` instead of failing somewhere inside WebCrypto.
 */
import { z } from 'zod';
import { fromBase64 } from './bytes';
import { kdfParamsSchema } from './kdf';
import { RECOVERY_SEAL_ALG } from './recovery-seal';

export const MASTER_SECRET_BYTES = 32;
const GCM_TAG_BYTES = 16;
export const KEY_CHECK_BYTES = 16;

function bytesOf(s: string): number {
  try {
    return fromBase64(s).length;
  } catch {
    return -1;
  }
}
const b64 = (length: number) =>
  z.string().refine((s) => bytesOf(s) === length, `${length} bytes, base64`);

export const recoveryWrapSchema = z.object({
  alg: z.literal(RECOVERY_SEAL_ALG),
  keyId: z.string().regex(/^[0-9a-f]{4}(-[0-9a-f]{4}){3}$/),
  ephemeralPublicKey: b64(65),
  nonce: b64(12),
  ciphertext: b64(MASTER_SECRET_BYTES + GCM_TAG_BYTES),
});
export type RecoveryWrap = z.infer<typeof recoveryWrapSchema>;

export const vaultRecordSchema = z.object({
  v: z.literal(1),
  /** Random, base64url of 16 bytes; bound into every wrap so wraps cannot be swapped. */
  id: z.string().regex(/^[A-Za-z0-9_-]{22}$/),
  kdf: kdfParamsSchema,
  password: z.object({
    nonce: b64(12),
    ciphertext: b64(MASTER_SECRET_BYTES + GCM_TAG_BYTES),
    /** Key check value: tells a wrong password from a damaged wrap (see vault.ts). */
    check: b64(KEY_CHECK_BYTES),
  }),
  recovery: z.array(recoveryWrapSchema),
});
export type VaultRecord = z.infer<typeof vaultRecordSchema>;

export type VaultErrorCode =
  'wrong-password' | 'corrupt' | 'no-recovery-key' | 'wrong-recovery-key';

/** Why a vault did not open. Never carries key material or the password. */
export class VaultError extends Error {
  constructor(readonly code: VaultErrorCode) {
    super(`vault: ${code}`);
    this.name = 'VaultError';
  }
}
