import { describe, expect, it } from 'vitest';
import { hashPassword, verifyDummy, verifyPassword } from './password';
import { passwordProblems } from './password-policy';
import { hashToken, looksLikeToken, newDeviceToken } from './tokens';

describe('password hashing (scrypt)', () => {
  it('hashes in the scrypt$N$r$p$salt$hash format and verifies the right password only', async () => {
    const hash = await hashPassword('Kokzhiek-2024!');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{86}$/);
    expect(await verifyPassword('Kokzhiek-2024!', hash)).toBe(true);
    expect(await verifyPassword('kokzhiek-2024!', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('salts every hash, and reads the cost from the stored hash', async () => {
    const a = await hashPassword('Same-password-1', { N: 1024, r: 8, p: 1 });
    const b = await hashPassword('Same-password-1', { N: 1024, r: 8, p: 1 });
    expect(a).not.toBe(b);
    expect(a.startsWith('scrypt$1024$8$1$')).toBe(true);
    expect(await verifyPassword('Same-password-1', a)).toBe(true);
  });

  it('treats Unicode-equivalent passwords (NFC/NFD) as the same', async () => {
    const hash = await hashPassword('Сәлем-әлем-2024'.normalize('NFD'), { N: 1024, r: 8, p: 1 });
    expect(await verifyPassword('Сәлем-әлем-2024'.normalize('NFC'), hash)).toBe(true);
  });

  it('rejects malformed or absurd stored hashes instead of throwing or allocating', async () => {
    for (const bad of [
      '',
      'plain',
      'scrypt$1024$8$1$c2FsdA',
      'scrypt$1000$8$1$c2FsdHNhbHQ$' + 'A'.repeat(86),
      'scrypt$1073741824$8$1$c2FsdHNhbHQ$' + 'A'.repeat(86),
      'bcrypt$1024$8$1$c2FsdHNhbHQ$' + 'A'.repeat(86),
    ]) {
      expect(await verifyPassword('x', bad)).toBe(false);
    }
  });

  it('the dummy check for unknown logins never succeeds', async () => {
    expect(await verifyDummy('qorgau-dummy-password-never-matches')).toBe(false);
  });
});

describe('password policy', () => {
  it('accepts a sensible password', () => {
    expect(passwordProblems('Kokzhiek-2024!', 'aigerim')).toEqual([]);
    expect(passwordProblems('көктем келді 2025', 'aigerim')).toEqual([]);
  });
  it('refuses short, one-class, repetitive and login-containing passwords', () => {
    expect(passwordProblems('Ab1!', 'x')).toContain('tooShort');
    expect(passwordProblems('abcdefghijkl')).toContain('oneCharacterClass');
    expect(passwordProblems('1234567890')).toContain('oneCharacterClass');
    expect(passwordProblems('aaaaaaaaaa1')).toContain('repeated');
    expect(passwordProblems('Aigerim-2024!', 'aigerim')).toContain('containsLogin');
  });
});

describe('device tokens', () => {
  it('are 32 random bytes in base64url, distinct each time', () => {
    const a = newDeviceToken();
    const b = newDeviceToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    expect(a).not.toBe(b);
    expect(looksLikeToken(a)).toBe(true);
    expect(looksLikeToken(a + '=')).toBe(false);
    expect(looksLikeToken('short')).toBe(false);
  });
  it('are stored as their SHA-256 in hex', () => {
    expect(hashToken('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    const t = newDeviceToken();
    expect(hashToken(t)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(t)).toBe(hashToken(t));
  });
});
