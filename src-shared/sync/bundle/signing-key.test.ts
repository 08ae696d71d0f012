import { describe, expect, it } from 'vitest';
import { utf8 } from '../../security/vault/bytes';
import {
  exportSigningPrivateJwk,
  exportSigningPublicKey,
  generateSigningKeyPair,
  importSigningPrivateJwk,
  importSigningPublicKey,
  isCanonicalBase64,
  signingKeyId,
  SigningKeyError,
  signMessage,
  verifyMessage,
} from './signing-key';

const message = utf8('header and ops');

describe('bundle signing key', () => {
  it('exports the public key as SPKI base64 with a short id that the SPKI determines', async () => {
    const pair = await generateSigningKeyPair();
    expect(pair.keyId).toMatch(/^[0-9a-f]{4}(-[0-9a-f]{4}){3}$/);
    expect(await exportSigningPublicKey(pair.publicKey)).toEqual({
      keyId: pair.keyId,
      spki: pair.spki,
    });
    const imported = await importSigningPublicKey(pair.spki);
    expect(imported.keyId).toBe(pair.keyId);
    expect(await signingKeyId(new Uint8Array(91))).not.toBe(pair.keyId);
  });

  it('signs and verifies; another key, message or signature does not verify', async () => {
    const pair = await generateSigningKeyPair();
    const other = await generateSigningKeyPair();
    const sig = await signMessage(pair.privateKey, message);
    expect(await verifyMessage(pair.spki, sig, message)).toBe(true);
    expect(await verifyMessage(other.spki, sig, message)).toBe(false);
    expect(await verifyMessage(pair.spki, sig, utf8('header and ops!'))).toBe(false);
    expect(
      await verifyMessage(pair.spki, await signMessage(other.privateKey, message), message),
    ).toBe(false);
    // Malformed inputs are "does not verify", never a throw.
    expect(await verifyMessage('not a key', sig, message)).toBe(false);
    expect(await verifyMessage(pair.spki, 'AAAA', message)).toBe(false);
  });

  it('round-trips the private key through JWK text; the import is not extractable', async () => {
    const pair = await generateSigningKeyPair();
    const text = await exportSigningPrivateJwk(pair.privateKey);
    expect(Object.keys(JSON.parse(text) as object).sort()).toEqual(['crv', 'd', 'kty', 'x', 'y']);
    const back = await importSigningPrivateJwk(text);
    expect(back.keyId).toBe(pair.keyId);
    expect(back.spki).toBe(pair.spki);
    expect(back.privateKey.extractable).toBe(false);
    const sig = await signMessage(back.privateKey, message);
    expect(await verifyMessage(pair.spki, sig, message)).toBe(true);
  });

  it('refuses JWK text that is not a P-256 private key', async () => {
    const pair = await generateSigningKeyPair();
    const jwk = JSON.parse(await exportSigningPrivateJwk(pair.privateKey)) as Record<
      string,
      string
    >;
    for (const bad of [
      'not json',
      JSON.stringify({ ...jwk, crv: 'P-384' }),
      JSON.stringify({ ...jwk, d: undefined }),
      JSON.stringify({ ...jwk, x: jwk['y'] }), // not a point on the curve with that y
    ]) {
      await expect(importSigningPrivateJwk(bad)).rejects.toBeInstanceOf(SigningKeyError);
    }
  });

  it('knows the one canonical spelling of base64', () => {
    expect(isCanonicalBase64('QQ==')).toBe(true); // "A"
    expect(isCanonicalBase64('QR==')).toBe(false); // the same byte, low bits set
    expect(isCanonicalBase64('QUI=')).toBe(true);
    expect(isCanonicalBase64('QUJ=')).toBe(false);
    expect(isCanonicalBase64('QUJD')).toBe(true);
    expect(isCanonicalBase64('QUJ')).toBe(false);
    expect(isCanonicalBase64('QU=D')).toBe(false);
  });
});
