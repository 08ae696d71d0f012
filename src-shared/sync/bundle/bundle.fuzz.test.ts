/**
 * Whatever bytes arrive, opening a bundle ends in the ops or a BundleError — never another
 * exception, and never the ops of a file that was changed.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { utf8 } from '../../security/vault/bytes';
import { BundleError } from './bundle-error';
import { build, encode, fileJson, keys, officeKeyOf, opsOf, type Keys } from './bundle.fixture';
import { openBundle } from './open-bundle';

let k: Keys;
let bytes: Uint8Array;

beforeAll(async () => {
  k = await keys();
  bytes = (await build(k, opsOf(2))).bytes;
});

/** Opens and reports the error's class and code (or 'opened'). */
async function outcome(file: Uint8Array): Promise<string> {
  try {
    await openBundle(file, officeKeyOf(k));
    return 'opened';
  } catch (error) {
    return error instanceof BundleError ? `BundleError:${error.code}` : `other:${String(error)}`;
  }
}

const RUNS = { numRuns: 150 };

describe('offline bundle fuzz', () => {
  it('the untouched file opens (so the refusals below are about the damage)', async () => {
    expect(await outcome(bytes)).toBe('opened');
  });

  it('any byte changed anywhere → a BundleError', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: bytes.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        async (at, mask) => {
          const damaged = bytes.slice();
          damaged[at] = damaged[at]! ^ mask;
          expect(await outcome(damaged)).toMatch(/^BundleError:/);
        },
      ),
      RUNS,
    );
  });

  it('a bit flipped in each region of the file (header, seal, signature) → a BundleError', async () => {
    // Deterministic companion of the random test: one position in every field of the file.
    const text = new TextDecoder().decode(bytes);
    const fields = ['"userId"', '"opCount"', '"spki"', '"nonce"', '"ciphertext"', '"signature"'];
    for (const f of fields) {
      const at = text.indexOf(f) + f.length + 3;
      for (const mask of [1, 2, 4, 0x20]) {
        const damaged = bytes.slice();
        damaged[at] = damaged[at]! ^ mask;
        expect(await outcome(damaged), `${f} ^ ${mask}`).toMatch(/^BundleError:/);
      }
    }
  });

  it('any truncation → a BundleError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: bytes.length - 1 }), async (len) => {
        expect(await outcome(bytes.slice(0, len))).toMatch(/^BundleError:/);
      }),
      RUNS,
    );
  });

  it('random bytes and random JSON → a BundleError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (random) => {
        expect(await outcome(random)).toMatch(/^BundleError:/);
      }),
      RUNS,
    );
    await fc.assert(
      fc.asyncProperty(fc.json(), async (json) => {
        expect(await outcome(utf8(json))).toMatch(/^BundleError:/);
      }),
      RUNS,
    );
  });

  it('the real envelope with random values in its fields → a BundleError', async () => {
    const file = fileJson(bytes);
    const paths = [
      ['header', 'opCount'],
      ['header', 'userId'],
      ['header', 'signingKey'],
      ['header', 'officeKeyId'],
      ['header', 'bundleId'],
      ['seal', 'nonce'],
      ['seal', 'ephemeralPublicKey'],
      ['seal', 'ciphertext'],
      ['seal', 'alg'],
    ] as const;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths),
        fc.oneof(
          fc.jsonValue(),
          fc.constantFrom(1e308, -1, 2 ** 53, 0, '', 'AAAA', 'A'.repeat(5000)),
        ),
        async ([outer, inner], value) => {
          const changed = JSON.parse(JSON.stringify(file)) as typeof file;
          changed[outer] = { ...changed[outer], [inner]: value };
          expect(await outcome(encode(changed))).toMatch(/^BundleError:/);
        },
      ),
      RUNS,
    );
  });

  it('huge or absurd top-level values → a BundleError', async () => {
    const file = fileJson(bytes);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('v', 'format', 'signature', 'header', 'seal'),
        fc.oneof(fc.jsonValue(), fc.constantFrom(1e308, 2 ** 64, -0, [], {})),
        async (key, value) => {
          expect(await outcome(encode({ ...file, [key]: value }))).toMatch(/^BundleError:/);
        },
      ),
      RUNS,
    );
  });
});
