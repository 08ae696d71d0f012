/**
 * One person's entry in this laptop's user directory (user-directory.ts): which IndexedDB
 * database is theirs and the vault record that opens it. Nothing here is secret in clear —
 * the label is the name the person chose to be shown on the lock screen, the rest is wrapped
 * key material, public keys and settings — so the directory itself is not encrypted.
 */
import { z } from 'zod';
import { vaultRecordSchema } from '../../src-shared/security/vault/vault-record';

export const IDLE_MINUTES_CHOICES = [5, 10, 15, 30, 60] as const;
export const DEFAULT_IDLE_MINUTES = 10;
export const MAX_PIN_ATTEMPTS = 5;

/** A salted PBKDF2 hash of the quick-unlock PIN. It never decrypts anything (see pin.ts). */
export const pinVerifierSchema = z.object({
  salt: z.string().min(1),
  iterations: z.number().int().positive(),
  hash: z.string().min(1),
});
export type PinVerifier = z.infer<typeof pinVerifierSchema>;

/** A public key with its short fingerprint, and optionally the private half sealed by the vault. */
export const storedKeySchema = z.object({
  keyId: z.string().min(1),
  publicSpki: z.string().min(1),
  /** The private key (text or JWK) encrypted with this user's data key (field-cipher.ts). */
  privateSealed: z.string().optional(),
});
export type StoredKey = z.infer<typeof storedKeySchema>;

export const userEntrySchema = z.object({
  storeId: z.string().min(1),
  label: z.string().min(1).max(80),
  /** The IndexedDB database of this user's registers (app-db.ts). */
  dbName: z.string().min(1),
  createdAt: z.string(),
  record: vaultRecordSchema,
  /**
   * 'plain' only for the database that existed before encryption (issue 9): the first user
   * adopts it and its rows are encrypted on that user's first unlock (encrypt-plain-store.ts).
   */
  storeState: z.enum(['plain', 'encrypted']),
  idleMinutes: z.number().int().min(1).max(240),
  pin: pinVerifierSchema.optional(),
  /** The office recovery key: its public half (every member), its private half (the head). */
  officeKey: storedKeySchema.optional(),
  /** This user's signing key for offline bundles (ECDSA P-256). */
  signingKey: storedKeySchema.optional(),
  lastUnlockAt: z.string().optional(),
});
export type UserEntry = z.infer<typeof userEntrySchema>;

/** What the lock screen may show about a user: never the vault record or keys. */
export interface UserCard {
  storeId: string;
  label: string;
  hasPin: boolean;
  lastUnlockAt?: string;
}

export const cardOf = (u: UserEntry): UserCard => ({
  storeId: u.storeId,
  label: u.label,
  hasPin: u.pin !== undefined,
  ...(u.lastUnlockAt ? { lastUnlockAt: u.lastUnlockAt } : {}),
});
