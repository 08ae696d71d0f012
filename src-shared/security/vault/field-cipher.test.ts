import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from './bytes';
import {
  blindIndex,
  decryptField,
  encryptField,
  FieldTamperedError,
  looksEncrypted,
} from './field-cipher';
import { subtle, type VaultKey } from './webcrypto';

const ref = { entity: 'consultation', field: 'entryJson' };

async function keys() {
  const dataKey = await subtle().generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  const indexKey = await subtle().generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  // generateKey gives a key pair only for asymmetric algorithms; these are single keys.
  return { dataKey: dataKey as unknown as VaultKey, indexKey: indexKey as unknown as VaultKey };
}

async function tamperedCode(p: Promise<unknown>) {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FieldTamperedError);
  return (err as FieldTamperedError).code;
}

/** Flips one bit of the byte at `at` in one part ("nonce" or "ct") of a stored value. */
function flip(stored: string, part: 'nonce' | 'ct', at: number): string {
  const [tag, nonce, ct] = stored.split('.') as [string, string, string];
  const bytes = fromBase64Url(part === 'nonce' ? nonce : ct);
  bytes[at] = bytes[at]! ^ 0x01;
  const changed = toBase64Url(bytes);
  return part === 'nonce' ? `${tag}.${changed}.${ct}` : `${tag}.${nonce}.${changed}`;
}

describe('field cipher', () => {
  it('round-trips empty, Kazakh, Russian and 100 KB text', async () => {
    const { dataKey } = await keys();
    const big = 'Қ'.repeat(25_000) + 'ж'.repeat(25_000); // 100 000 UTF-8 bytes
    for (const text of [
      '',
      'Серікбаев Арман, ЖСН 900101300057',
      'Алименты: разъяснён порядок',
      big,
    ]) {
      const stored = await encryptField(dataKey, ref, text);
      expect(stored).toMatch(/^q1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
      expect(looksEncrypted(stored)).toBe(true);
      expect(await decryptField(dataKey, ref, stored)).toBe(text);
    }
  });

  it('gives a different ciphertext (and nonce) each time for the same text', async () => {
    const { dataKey } = await keys();
    const a = await encryptField(dataKey, ref, 'Серікбаев Арман');
    const b = await encryptField(dataKey, ref, 'Серікбаев Арман');
    expect(a).not.toBe(b);
    expect(a.split('.')[1]).not.toBe(b.split('.')[1]);
  });

  it('reports a modified ciphertext byte, tag byte or nonce as tampered', async () => {
    const { dataKey } = await keys();
    const stored = await encryptField(dataKey, ref, 'Талап арыз беру тәртібі');
    const ctLength = fromBase64Url(stored.split('.')[2]!).length;
    for (const bad of [
      flip(stored, 'ct', 0),
      flip(stored, 'ct', ctLength - 1),
      flip(stored, 'nonce', 5),
    ])
      expect(await tamperedCode(decryptField(dataKey, ref, bad))).toBe('tampered');
  });

  it('refuses a value moved to another field or entity, truncated, plaintext or garbage', async () => {
    const { dataKey } = await keys();
    const stored = await encryptField(dataKey, ref, 'Серікбаев Арман');
    const cases = [
      () => decryptField(dataKey, { entity: 'consultation', field: 'other' }, stored),
      () => decryptField(dataKey, { entity: 'appointment', field: 'entryJson' }, stored),
      // "consultation\0entryJson" must not equal "consultationentry\0Json" and the like.
      () => decryptField(dataKey, { entity: 'consultationentry', field: 'Json' }, stored),
      () => decryptField(dataKey, ref, stored.slice(0, -4)),
      () => decryptField(dataKey, ref, 'Серікбаев Арман'),
      () => decryptField(dataKey, ref, 'q1.!!.??'),
      () => decryptField(dataKey, ref, `${stored}.x`),
    ];
    for (const c of cases) expect(await tamperedCode(c())).toBe('tampered');
  });

  it('refuses a value encrypted under another key', async () => {
    const a = await keys();
    const b = await keys();
    const stored = await encryptField(a.dataKey, ref, 'Серікбаев Арман');
    expect(await tamperedCode(decryptField(b.dataKey, ref, stored))).toBe('tampered');
  });

  it('blind index: equal for equal input (also across NFC forms), different across fields and keys', async () => {
    const { indexKey } = await keys();
    const iin = { entity: 'consultation', field: 'iin' };
    const k = await blindIndex(indexKey, iin, '900101300057');
    expect(k).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(k).not.toContain('900101');
    expect(await blindIndex(indexKey, iin, '900101300057')).toBe(k);
    expect(await blindIndex(indexKey, iin, '900101300058')).not.toBe(k);
    expect(
      await blindIndex(indexKey, { entity: 'consultation', field: 'search' }, '900101300057'),
    ).not.toBe(k);
    expect(
      await blindIndex(indexKey, { entity: 'appointment', field: 'iin' }, '900101300057'),
    ).not.toBe(k);
    expect(await blindIndex((await keys()).indexKey, iin, '900101300057')).not.toBe(k);
    expect(await blindIndex(indexKey, iin, 'w:\u0439')).toBe(
      await blindIndex(indexKey, iin, 'w:\u0438\u0306'),
    );
  });
});
