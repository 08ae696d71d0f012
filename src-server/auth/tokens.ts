/**
 * Device tokens: 32 random bytes (base64url, 43 characters), shown once at registration.
 * The database keeps only the SHA-256 — a leaked backup does not let anyone sync as a device,
 * and a fast hash is right here because the token is random, not a guessable password.
 */
import { createHash, randomBytes } from 'node:crypto';

const TOKEN_BYTES = 32;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export function newDeviceToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A quick shape check, so junk in the header never reaches the database. */
export function looksLikeToken(value: string): boolean {
  return TOKEN_SHAPE.test(value);
}
