/**
 * Password hashing with scrypt from node:crypto (memory-hard, no native add-on to build on an
 * office machine). Stored as `scrypt$N$r$p$salt$hash` (salt and hash base64url), so the cost
 * can be raised later: old hashes keep verifying with the parameters written in them.
 */
import { randomBytes, scrypt, type ScryptOptions, timingSafeEqual } from 'node:crypto';

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/**
 * 32 MiB and ~50–150 ms per hash on an old laptop: slow for a guesser, fine for a sign-in, and
 * a handful of concurrent sign-ins still fits in a small office server's memory.
 */
export const defaultScryptParams: ScryptParams = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 64;
const SALT_LENGTH = 16;
// Node refuses scrypt at or above its maxmem (32 MiB by default), which N=2^15, r=8 reaches.
const maxmemFor = ({ N, r, p }: ScryptParams) => 256 * N * r * p;
// Bounds for parameters read back from the database, so a corrupted row cannot make one
// sign-in allocate gigabytes.
const MAX_N = 2 ** 20;

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: maxmemFor(params) };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

export async function hashPassword(
  password: string,
  params: ScryptParams = defaultScryptParams,
): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await derive(password, salt, params);
  return [
    'scrypt',
    params.N,
    params.r,
    params.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

function parseHash(stored: string): { params: ScryptParams; salt: Buffer; key: Buffer } | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const isPow2 = Number.isInteger(N) && N > 1 && (N & (N - 1)) === 0;
  if (!isPow2 || N > MAX_N || !Number.isInteger(r) || r < 1 || r > 32) return null;
  if (!Number.isInteger(p) || p < 1 || p > 16) return null;
  const salt = Buffer.from(parts[4] ?? '', 'base64url');
  const key = Buffer.from(parts[5] ?? '', 'base64url');
  if (salt.length < 8 || key.length !== KEY_LENGTH) return null;
  return { params: { N, r, p }, salt, key };
}

/** False for a wrong password and for a malformed stored hash (which is logged by the caller). */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed.params);
  return timingSafeEqual(key, parsed.key);
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as checking a real password, for a login that does not exist: the
 * answer and its timing then do not tell a guesser which logins are real.
 */
export async function verifyDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('qorgau-dummy-password-never-matches');
  await verifyPassword(password, await dummyHash);
  return false;
}
