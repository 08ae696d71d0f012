/**
 * The slice of the standard WebCrypto API the vault uses, typed here rather than taken from
 * the DOM library: src-shared compiles without DOM or Node types (tsconfig.shared.json), and
 * a module-local interface — unlike a global declaration — cannot clash with the real DOM
 * types the renderer's tsconfig brings. At run time it is `globalThis.crypto` (Chromium,
 * Electron, Node ≥ 20); no npm crypto library is involved, so no third-party code ever sees a
 * key.
 */

/** A WebCrypto key handle (CryptoKey). Opaque: the vault never hands raw key bytes out. */
export interface VaultKey {
  readonly type: string;
  readonly extractable: boolean;
  readonly usages: readonly string[];
}

export interface VaultKeyPair {
  readonly publicKey: VaultKey;
  readonly privateKey: VaultKey;
}

export interface EcJwk {
  kty: string;
  crv?: string;
  x?: string;
  y?: string;
  d?: string;
  ext?: boolean;
  key_ops?: string[];
}

type Alg = string | Record<string, unknown>;
type Bytes = Uint8Array;

export interface Subtle {
  importKey(
    format: 'raw' | 'spki' | 'pkcs8',
    data: Bytes,
    algorithm: Alg,
    extractable: boolean,
    usages: string[],
  ): Promise<VaultKey>;
  importKey(
    format: 'jwk',
    data: EcJwk,
    algorithm: Alg,
    extractable: boolean,
    usages: string[],
  ): Promise<VaultKey>;
  exportKey(format: 'raw' | 'spki' | 'pkcs8', key: VaultKey): Promise<ArrayBuffer>;
  exportKey(format: 'jwk', key: VaultKey): Promise<EcJwk>;
  generateKey(algorithm: Alg, extractable: boolean, usages: string[]): Promise<VaultKeyPair>;
  deriveBits(algorithm: Alg, baseKey: VaultKey, length: number): Promise<ArrayBuffer>;
  deriveKey(
    algorithm: Alg,
    baseKey: VaultKey,
    derivedKeyType: Alg,
    extractable: boolean,
    usages: string[],
  ): Promise<VaultKey>;
  encrypt(algorithm: Alg, key: VaultKey, data: Bytes): Promise<ArrayBuffer>;
  decrypt(algorithm: Alg, key: VaultKey, data: Bytes): Promise<ArrayBuffer>;
  sign(algorithm: Alg, key: VaultKey, data: Bytes): Promise<ArrayBuffer>;
  digest(algorithm: Alg, data: Bytes): Promise<ArrayBuffer>;
}

interface WebCrypto {
  readonly subtle: Subtle;
  getRandomValues(array: Uint8Array): Uint8Array;
}

function webCrypto(): WebCrypto {
  const c = (globalThis as { crypto?: WebCrypto }).crypto;
  // Fail loudly: silently falling back to anything weaker would be worse than no app.
  if (!c?.subtle) throw new Error('WebCrypto (globalThis.crypto.subtle) is not available');
  return c;
}

export function subtle(): Subtle {
  return webCrypto().subtle;
}

/** Bytes from the platform's CSPRNG (never Math.random). */
export function randomBytes(length: number): Uint8Array {
  return webCrypto().getRandomValues(new Uint8Array(length));
}

export async function sha256(data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await subtle().digest('SHA-256', data));
}
