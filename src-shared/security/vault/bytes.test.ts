import { describe, expect, it } from 'vitest';
import {
  bytesEqual,
  fromBase64,
  fromBase64Url,
  fromUtf8,
  toBase64,
  toBase64Url,
  utf8,
} from './bytes';

describe('vault bytes', () => {
  it('matches the RFC 4648 base64 test vectors', () => {
    const vectors = ['', 'Zg==', 'Zm8=', 'Zm9v', 'Zm9vYg==', 'Zm9vYmE=', 'Zm9vYmFy'];
    'foobar'.split('').forEach((_, i) => {
      expect(toBase64(utf8('foobar'.slice(0, i)))).toBe(vectors[i]);
    });
    expect(toBase64(utf8('foobar'))).toBe(vectors[6]);
  });

  it('round-trips every byte value in both alphabets', () => {
    const all = new Uint8Array(256).map((_, i) => i);
    for (let n = 0; n <= 256; n += 17) {
      const part = all.slice(0, n);
      expect(fromBase64(toBase64(part))).toEqual(part);
      expect(fromBase64Url(toBase64Url(part))).toEqual(part);
    }
    expect(toBase64Url(all)).not.toMatch(/[+/=]/);
  });

  it('rejects characters outside the alphabet and impossible lengths', () => {
    expect(() => fromBase64('Zm9v!')).toThrow();
    expect(() => fromBase64Url('Zm9v+')).toThrow();
    expect(() => fromBase64('Zm9vY')).toThrow();
  });

  it('decodes UTF-8 strictly and compares bytes', () => {
    expect(fromUtf8(utf8('Сәлем, Әлем'))).toBe('Сәлем, Әлем');
    expect(() => fromUtf8(new Uint8Array([0xc3]))).toThrow();
    expect(bytesEqual(utf8('ab'), utf8('ab'))).toBe(true);
    expect(bytesEqual(utf8('ab'), utf8('ac'))).toBe(false);
    expect(bytesEqual(utf8('ab'), utf8('abc'))).toBe(false);
  });
});
