/**
 * The quick-unlock PIN. It only ends a *soft* lock (the idle lock of a session whose keys are
 * still in memory): it never derives or unwraps a key, so the at-rest encryption stands on
 * the password alone. That is why a short PIN is acceptable here, with a limited number of
 * tries (MAX_PIN_ATTEMPTS), after which the session is dropped and the password is needed.
 * The verifier is still a salted slow hash, so a copied directory does not give away a PIN
 * that may be reused elsewhere (a bank card's).
 */
import { fromBase64, toBase64, utf8 } from '../../src-shared/security/vault/bytes';
import { randomBytes, subtle } from '../../src-shared/security/vault/webcrypto';
import type { PinVerifier } from './user-entry';

export const PIN_PATTERN = /^\d{4,8}$/;
const PIN_ITERATIONS = 200_000;

async function pinHash(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const base = await subtle().importKey('raw', utf8(pin), 'PBKDF2', false, ['deriveBits']);
  return new Uint8Array(
    await subtle().deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base, 256),
  );
}

export async function makePinVerifier(
  pin: string,
  iterations = PIN_ITERATIONS,
): Promise<PinVerifier> {
  if (!PIN_PATTERN.test(pin)) throw new Error('PIN: 4 to 8 digits');
  const salt = randomBytes(16);
  return {
    salt: toBase64(salt),
    iterations,
    hash: toBase64(await pinHash(pin, salt, iterations)),
  };
}

export async function pinMatches(pin: string, v: PinVerifier): Promise<boolean> {
  const got = await pinHash(pin, fromBase64(v.salt), v.iterations);
  const want = fromBase64(v.hash);
  // Constant-time compare: the loop never exits early on the first differing byte.
  let diff = got.length ^ want.length;
  for (let i = 0; i < Math.min(got.length, want.length); i++) diff |= got[i]! ^ want[i]!;
  return diff === 0;
}
