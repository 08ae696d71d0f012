/**
 * Test fixtures for offline bundles: keys, wire-form ops, and a "keyed forger" that seals and
 * signs any payload exactly like createBundle does — to reach the checks that only a holder of
 * the keys could trip (counts, hashes, another user's ops). Test-only.
 */
import type { PushOp } from '../../contracts/sync/protocol';
import { utf8 } from '../../security/vault/bytes';
import { generateRecoveryKeyPair, type RecoveryKeyPair } from '../../security/vault/recovery-key';
import { RECOVERY_SEAL_ALG, sealForRecovery } from '../../security/vault/recovery-seal';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type BundleHeader } from './bundle-format';
import { signedMessage } from './bundle-hash';
import { createBundle, sealContext } from './create-bundle';
import { generateSigningKeyPair, signMessage, type SigningKeyPair } from './signing-key';

export const USER = 'adv-a';
export const OFFICE = 'office-1';
export const CREATED_AT = '2026-11-25T10:00:00.000Z';
export const BUNDLE_ID = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

export interface Keys {
  office: RecoveryKeyPair;
  signing: SigningKeyPair;
}

export async function keys(): Promise<Keys> {
  return { office: await generateRecoveryKeyPair(), signing: await generateSigningKeyPair() };
}

export function consultationOp(n: number, userId = USER, extra: Partial<PushOp> = {}): PushOp {
  const id = `c-${n}`;
  return {
    opId: `op-${userId}-${n}`,
    entity: 'consultation',
    entityId: id,
    baseVersion: 0,
    at: CREATED_AT,
    record: {
      id,
      version: 1,
      createdAt: CREATED_AT,
      updatedAt: CREATED_AT,
      advocateId: userId,
      year: 2026,
      number: n,
      month: '2026-11',
      date: '2026-11-25',
      status: 'given',
      issueAreaId: 'civil',
      entryJson: `q1.nonce${n}.ciphertext${n}`,
    },
    ...extra,
  };
}

export const opsOf = (count: number, userId = USER) =>
  Array.from({ length: count }, (_, i) => consultationOp(i + 1, userId));

export async function build(k: Keys, ops: readonly unknown[] = opsOf(3), userId = USER) {
  return createBundle({
    ops,
    userId,
    officeId: OFFICE,
    signingPrivateKey: k.signing.privateKey,
    signingPublicKey: k.signing.publicKey,
    officePublicKey: { key: k.office.publicKey, keyId: k.office.keyId },
    bundleId: BUNDLE_ID,
    createdAt: CREATED_AT,
  });
}

export const officeKeyOf = (k: Keys) => ({
  privateKey: k.office.privateKey,
  keyId: k.office.keyId,
});

/** Seals and signs `payload` (any JSON) under `header`, as a key holder could. */
export async function forge(
  k: Keys,
  header: BundleHeader,
  payload: unknown,
  opsHash: string,
): Promise<Uint8Array> {
  const seal = await sealForRecovery(
    k.office.publicKey,
    utf8(JSON.stringify(payload)),
    sealContext(header),
  );
  const file = {
    format: BUNDLE_FORMAT,
    v: BUNDLE_VERSION,
    header,
    seal: { alg: RECOVERY_SEAL_ALG, ...seal },
    signature: await signMessage(k.signing.privateKey, signedMessage(header, opsHash)),
  };
  return utf8(JSON.stringify(file));
}

/** The file as a JSON object, to alter and re-encode. */
export const fileJson = (bytes: Uint8Array) =>
  JSON.parse(new TextDecoder().decode(bytes)) as Record<string, Record<string, unknown>>;
export const encode = (value: unknown) => utf8(JSON.stringify(value));
