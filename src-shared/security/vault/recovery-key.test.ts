import { describe, expect, it } from 'vitest';
import { utf8 } from './bytes';
import {
  exportRecoveryPrivateKeyText,
  exportRecoveryPublicKey,
  generateRecoveryKeyPair,
  importRecoveryPrivateKeyText,
  importRecoveryPublicKey,
  RecoveryKeyTextError,
} from './recovery-key';
import { openRecoverySeal, sealForRecovery } from './recovery-seal';

const secret = utf8('0123456789abcdef0123456789abcdef');
const ctx = utf8('vault-1');

async function problem(p: Promise<unknown>) {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(RecoveryKeyTextError);
  return (err as RecoveryKeyTextError).problem;
}

/** Replaces the character at `index` of the key body (line 3 onward) with another one. */
function typo(text: string, lineIndex: number, at: number): string {
  const lines = text.split('\n');
  const line = lines[lineIndex]!;
  const ch = line[at] === 'A' ? 'B' : 'A';
  lines[lineIndex] = line.slice(0, at) + ch + line.slice(at + 1);
  return lines.join('\n');
}

describe('office recovery key', () => {
  it('exports the public key as SPKI base64 and imports it with the same key id', async () => {
    const pair = await generateRecoveryKeyPair();
    expect(pair.keyId).toMatch(/^[0-9a-f]{4}(-[0-9a-f]{4}){3}$/);
    const spki = await exportRecoveryPublicKey(pair.publicKey);
    expect(spki).toMatch(/^[A-Za-z0-9+/]+=*$/);
    const imported = await importRecoveryPublicKey(spki);
    expect(imported.keyId).toBe(pair.keyId);
    expect((await generateRecoveryKeyPair()).keyId).not.toBe(pair.keyId);
  });

  it('prints the private key as grouped base64 with a checksum and reads it back', async () => {
    const pair = await generateRecoveryKeyPair();
    const text = await exportRecoveryPrivateKeyText(pair);
    const lines = text.trim().split('\n');
    expect(lines[0]).toBe('QORGAU RECOVERY KEY v1');
    expect(lines[1]).toBe(`KEY ID: ${pair.keyId}`);
    expect(lines.at(-1)).toMatch(/^CHECK: [0-9a-f]{8}$/);
    for (const body of lines.slice(2, -1)) expect(body).toMatch(/^([A-Za-z0-9+/]{4} ?){1,8}$/);

    // Re-typed: other line breaks, extra spaces, lower-case labels, Windows line ends.
    const retyped = text.replace(/ /g, '  ').replace(/\n/g, '\r\n').replace('CHECK', 'check');
    const back = await importRecoveryPrivateKeyText(retyped);
    expect(back.keyId).toBe(pair.keyId);
    // The imported key opens what was sealed for the public key.
    const seal = await sealForRecovery(pair.publicKey, secret, ctx);
    expect(await openRecoverySeal(back.privateKey, seal, ctx)).toEqual(secret);
  });

  it('detects a typo anywhere in the key, a wrong checksum or key id, and non-keys', async () => {
    const pair = await generateRecoveryKeyPair();
    const text = await exportRecoveryPrivateKeyText(pair);
    const lines = text.split('\n');
    const lastBody = lines.length - 3;
    expect(await problem(importRecoveryPrivateKeyText(typo(text, 2, 0)))).toBe('checksum');
    expect(await problem(importRecoveryPrivateKeyText(typo(text, lastBody, 3)))).toBe('checksum');
    const dropped = lines.filter((_, i) => i !== 3).join('\n');
    expect(await problem(importRecoveryPrivateKeyText(dropped))).toBe('checksum');
    const badCheck = text.replace(/CHECK: (\w+)/, (_, c: string) => `CHECK: ${c.slice(1)}0`);
    expect(await problem(importRecoveryPrivateKeyText(badCheck))).toBe('checksum');
    const other = (await generateRecoveryKeyPair()).keyId;
    expect(await problem(importRecoveryPrivateKeyText(text.replace(pair.keyId, other)))).toBe(
      'key-id',
    );
    expect(await problem(importRecoveryPrivateKeyText('hello'))).toBe('format');
    expect(await problem(importRecoveryPrivateKeyText(lines.slice(0, -2).join('\n')))).toBe(
      'format',
    );
  });

  it('a seal opens only with the right private key and the same context', async () => {
    const pair = await generateRecoveryKeyPair();
    const other = await generateRecoveryKeyPair();
    const seal = await sealForRecovery(pair.publicKey, secret, ctx);
    const again = await sealForRecovery(pair.publicKey, secret, ctx);
    expect(again.ciphertext).not.toBe(seal.ciphertext);
    expect(again.ephemeralPublicKey).not.toBe(seal.ephemeralPublicKey);
    await expect(openRecoverySeal(other.privateKey, seal, ctx)).rejects.toBeDefined();
    await expect(openRecoverySeal(pair.privateKey, seal, utf8('vault-2'))).rejects.toBeDefined();
  });
});
