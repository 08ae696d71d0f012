import { describe, expect, it } from 'vitest';
import { fromBase64 } from './bytes';
import {
  DEFAULT_PBKDF2_ITERATIONS,
  derivePasswordSecret,
  hkdf,
  kdfIsOutdated,
  kdfParamsSchema,
  newKdfParams,
} from './kdf';
import { subtle } from './webcrypto';

async function fingerprint(password: string, params: ReturnType<typeof newKdfParams>) {
  const secret = await derivePasswordSecret(password, params);
  return new Uint8Array(await subtle().deriveBits(hkdf('test'), secret, 128));
}

describe('password KDF', () => {
  it('defaults to OWASP 2023 PBKDF2-SHA-256 with a random 16-byte salt', () => {
    const a = newKdfParams();
    const b = newKdfParams();
    expect(DEFAULT_PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(a).toMatchObject({ alg: 'PBKDF2-SHA-256', iterations: DEFAULT_PBKDF2_ITERATIONS });
    expect(fromBase64(a.salt)).toHaveLength(16);
    expect(a.salt).not.toBe(b.salt);
    expect(kdfParamsSchema.parse(a)).toEqual(a);
    expect(kdfIsOutdated(a)).toBe(false);
    expect(kdfIsOutdated(newKdfParams(1000))).toBe(true);
    expect(() => newKdfParams(0)).toThrow();
  });

  it('is deterministic per password and salt, NFC-normalised, and salt-dependent', async () => {
    const p = newKdfParams(1000);
    const precomposed = 'Қайрат-\u0439'; // й as one code point
    const decomposed = 'Қайрат-\u0438\u0306'; // и + combining breve, as some keyboards type it
    expect(precomposed).not.toBe(decomposed);
    const key = await fingerprint(precomposed, p);
    expect(await fingerprint(precomposed, p)).toEqual(key);
    expect(await fingerprint(decomposed, p)).toEqual(key);
    expect(await fingerprint(precomposed + '1', p)).not.toEqual(key);
    expect(await fingerprint(precomposed, newKdfParams(1000))).not.toEqual(key);
  });

  it('refuses malformed params at the boundary', () => {
    const p = newKdfParams(1000);
    expect(kdfParamsSchema.safeParse({ ...p, alg: 'MD5' }).success).toBe(false);
    expect(kdfParamsSchema.safeParse({ ...p, iterations: 0 }).success).toBe(false);
    expect(kdfParamsSchema.safeParse({ ...p, salt: 'AAAA' }).success).toBe(false);
  });
});
