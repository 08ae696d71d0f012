/**
 * Byte helpers for the vault: UTF-8 and base64/base64url written out here because src-shared
 * has neither Node's Buffer nor the DOM's btoa/atob in its types. Decoding is strict (a stray
 * character throws) so that a damaged stored value is reported, never silently shortened.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const URL_ALPHABET = ALPHABET.slice(0, 62) + '-_';

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function fromUtf8(bytes: Uint8Array): string {
  // fatal: invalid UTF-8 is damage to report, not to paper over with U+FFFD.
  return new (
    TextDecoder as unknown as new (
      label: string,
      opts: { fatal: boolean },
    ) => {
      decode(input: Uint8Array): string;
    }
  )('utf-8', { fatal: true }).decode(bytes);
}

function encode(bytes: Uint8Array, alphabet: string, pad: boolean): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < chars; c++) out += alphabet[(n >> (18 - 6 * c)) & 63];
    if (pad) out += '='.repeat(4 - chars);
  }
  return out;
}

function decode(text: string, alphabet: string): Uint8Array {
  const body = text.replace(/=+$/, '');
  if (body.length % 4 === 1) throw new Error('invalid base64 length');
  const out = new Uint8Array(Math.floor((body.length * 6) / 8));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (const ch of body) {
    const v = alphabet.indexOf(ch);
    if (v < 0) throw new Error('invalid base64 character');
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

export const toBase64 = (bytes: Uint8Array) => encode(bytes, ALPHABET, true);
export const fromBase64 = (text: string) => decode(text, ALPHABET);
export const toBase64Url = (bytes: Uint8Array) => encode(bytes, URL_ALPHABET, false);
export const fromBase64Url = (text: string) => decode(text, URL_ALPHABET);

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Equality without an early exit, so timing does not tell how many leading bytes matched. */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

export function toHex(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
