/**
 * Sealing a secret for the office recovery public key: ECIES on WebCrypto primitives — a fresh
 * ephemeral ECDH P-256 key per seal, HKDF-SHA-256 over the shared secret (salted with the
 * ephemeral public key, labelled with the caller's context), AES-256-GCM with the context as
 * associated data. Only the holder of the recovery private key can open it; a seal moved to
 * another vault or key id fails its tag. (Why ECDH rather than RSA: see recovery-key.ts.)
 */
import { concatBytes, fromBase64, toBase64, utf8 } from './bytes';
import { randomBytes, subtle, type VaultKey } from './webcrypto';

export const RECOVERY_SEAL_ALG = 'ECDH-P256+HKDF-SHA-256+A256GCM' as const;
const CURVE = { name: 'ECDH', namedCurve: 'P-256' } as const;
const LABEL = 'qorgau-vault/v1/recovery-seal\u0000';

export interface RecoverySeal {
  ephemeralPublicKey: string;
  nonce: string;
  ciphertext: string;
}

async function sealKey(
  privateKey: VaultKey,
  publicKey: VaultKey,
  ephemeralRaw: Uint8Array,
  context: Uint8Array,
): Promise<VaultKey> {
  const shared = await subtle().deriveBits({ ...CURVE, public: publicKey }, privateKey, 256);
  const ikm = await subtle().importKey('raw', new Uint8Array(shared), 'HKDF', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: ephemeralRaw, info: concatBytes(utf8(LABEL), context) },
    ikm,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function sealForRecovery(
  recoveryPublicKey: VaultKey,
  secret: Uint8Array,
  context: Uint8Array,
): Promise<RecoverySeal> {
  const eph = await subtle().generateKey(CURVE, true, ['deriveBits']);
  const ephRaw = new Uint8Array(await subtle().exportKey('raw', eph.publicKey));
  const key = await sealKey(eph.privateKey, recoveryPublicKey, ephRaw, context);
  const nonce = randomBytes(12);
  const ct = await subtle().encrypt(
    { name: 'AES-GCM', iv: nonce, additionalData: context },
    key,
    secret,
  );
  return {
    ephemeralPublicKey: toBase64(ephRaw),
    nonce: toBase64(nonce),
    ciphertext: toBase64(new Uint8Array(ct)),
  };
}

/** Throws (any WebCrypto error) if the key is not the recipient or anything was altered. */
export async function openRecoverySeal(
  recoveryPrivateKey: VaultKey,
  seal: RecoverySeal,
  context: Uint8Array,
): Promise<Uint8Array> {
  const ephRaw = fromBase64(seal.ephemeralPublicKey);
  const eph = await subtle().importKey('raw', ephRaw, CURVE, true, []);
  const key = await sealKey(recoveryPrivateKey, eph, ephRaw, context);
  const plain = await subtle().decrypt(
    { name: 'AES-GCM', iv: fromBase64(seal.nonce), additionalData: context },
    key,
    fromBase64(seal.ciphertext),
  );
  return new Uint8Array(plain);
}
