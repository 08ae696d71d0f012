/**
 * The office recovery key pair. The head (or the collegium) keeps the private key offline —
 * printed, or on a USB stick in the safe — and every advocate's vault wraps its master secret
 * for the public key as well, so a forgotten password does not lose the register.
 *
 * Why ECDH P-256 and not RSA-OAEP-3072: both give ~128-bit security in WebCrypto, but the
 * P-256 private key is 32 bytes (96 with its public point) against ~1.7 KB of PKCS#8 for RSA:
 * 128 characters a head can actually re-type from paper, against some 2 300.
 *
 * The printed form is base64 in groups of four with a checksum line (SHA-256 of the key
 * bytes), so a typo is reported on import instead of yielding a wrong key.
 */
import { concatBytes, fromBase64, fromBase64Url, toBase64, toBase64Url, toHex } from './bytes';
import { sha256, subtle, type EcJwk, type VaultKey } from './webcrypto';

const CURVE = { name: 'ECDH', namedCurve: 'P-256' } as const;
const HEADER = 'QORGAU RECOVERY KEY v1';
const COORD = 32;
const GROUP = 4;
const GROUPS_PER_LINE = 8;

export interface RecoveryPublicKey {
  key: VaultKey;
  /** Short fingerprint shown to people and stored with each seal ("3f2a-91c0-…"). */
  keyId: string;
}
export interface RecoveryPrivateKey {
  privateKey: VaultKey;
  keyId: string;
}
export interface RecoveryKeyPair {
  publicKey: VaultKey;
  /** Extractable once, so it can be printed; imported copies are not extractable. */
  privateKey: VaultKey;
  keyId: string;
}

export type RecoveryKeyTextProblem = 'format' | 'checksum' | 'key-id';

/** The printed key could not be read: a typo (checksum, key id) or not a recovery key at all. */
export class RecoveryKeyTextError extends Error {
  readonly code = 'recovery-key-text';
  constructor(readonly problem: RecoveryKeyTextProblem) {
    super(`recovery key text: ${problem}`);
    this.name = 'RecoveryKeyTextError';
  }
}

export async function recoveryKeyId(publicKey: VaultKey): Promise<string> {
  const spki = new Uint8Array(await subtle().exportKey('spki', publicKey));
  const hex = toHex((await sha256(spki)).slice(0, 8));
  return hex.match(/.{4}/g)!.join('-');
}

export async function generateRecoveryKeyPair(): Promise<RecoveryKeyPair> {
  const pair = await subtle().generateKey(CURVE, true, ['deriveBits']);
  return { ...pair, keyId: await recoveryKeyId(pair.publicKey) };
}

/** The public key as SPKI base64: what settings and sync carry to every advocate's device. */
export async function exportRecoveryPublicKey(publicKey: VaultKey): Promise<string> {
  return toBase64(new Uint8Array(await subtle().exportKey('spki', publicKey)));
}

export async function importRecoveryPublicKey(spkiBase64: string): Promise<RecoveryPublicKey> {
  const key = await subtle().importKey('spki', fromBase64(spkiBase64.trim()), CURVE, true, []);
  return { key, keyId: await recoveryKeyId(key) };
}

const checksum = async (payload: Uint8Array) => toHex((await sha256(payload)).slice(0, 4));

/** The private key as a printable block: header, key id, d‖x‖y in base64 groups, checksum. */
export async function exportRecoveryPrivateKeyText(pair: RecoveryKeyPair): Promise<string> {
  const jwk = await subtle().exportKey('jwk', pair.privateKey);
  const payload = concatBytes(
    fromBase64Url(jwk.d ?? ''),
    fromBase64Url(jwk.x ?? ''),
    fromBase64Url(jwk.y ?? ''),
  );
  if (payload.length !== 3 * COORD) throw new Error('not a P-256 private key');
  const groups = toBase64(payload).match(new RegExp(`.{1,${GROUP}}`, 'g'))!;
  const lines: string[] = [];
  for (let i = 0; i < groups.length; i += GROUPS_PER_LINE)
    lines.push(groups.slice(i, i + GROUPS_PER_LINE).join(' '));
  return [HEADER, `KEY ID: ${pair.keyId}`, ...lines, `CHECK: ${await checksum(payload)}`, ''].join(
    '\n',
  );
}

/** Reads the printed block back; throws RecoveryKeyTextError on any typo it can detect. */
export async function importRecoveryPrivateKeyText(text: string): Promise<RecoveryPrivateKey> {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  if (lines[0]?.toUpperCase() !== HEADER.toUpperCase()) throw new RecoveryKeyTextError('format');
  const field = (name: string) =>
    lines
      .find((l) => l.toUpperCase().startsWith(`${name}:`))
      ?.slice(name.length + 1)
      .trim();
  const keyIdLine = field('KEY ID');
  const check = field('CHECK');
  const body = lines
    .slice(1)
    .filter((l) => !/^(KEY ID|CHECK):/i.test(l))
    .join('')
    .replace(/\s+/g, '');
  if (!check) throw new RecoveryKeyTextError('format');
  let payload: Uint8Array;
  try {
    payload = fromBase64(body);
  } catch {
    throw new RecoveryKeyTextError('checksum');
  }
  const expected = await checksum(payload);
  // Not a secret comparison: the checksum only catches typos; the key itself is the secret.
  if (payload.length !== 3 * COORD || expected !== check.toLowerCase())
    throw new RecoveryKeyTextError('checksum');
  const part = (i: number) => toBase64Url(payload.slice(i * COORD, (i + 1) * COORD));
  const pub: EcJwk = { kty: 'EC', crv: 'P-256', x: part(1), y: part(2) };
  let privateKey: VaultKey;
  let keyId: string;
  try {
    keyId = await recoveryKeyId(await subtle().importKey('jwk', pub, CURVE, true, []));
    privateKey = await subtle().importKey('jwk', { ...pub, d: part(0) }, CURVE, false, [
      'deriveBits',
    ]);
  } catch {
    throw new RecoveryKeyTextError('format');
  }
  // The key id line is optional when typing, but if given it must match the key.
  if (keyIdLine && keyIdLine.toLowerCase() !== keyId) throw new RecoveryKeyTextError('key-id');
  return { privateKey, keyId };
}
