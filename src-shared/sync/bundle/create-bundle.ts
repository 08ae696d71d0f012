/**
 * Making an offline bundle file on the advocate's device (docs/sync.md, "Offline bundles"):
 * the ops in wire form, chunked for relaying, sealed for the office recovery public key
 * (recovery-seal.ts: ECDH P-256 + HKDF-SHA-256 + AES-256-GCM) and signed with the device's
 * signing key. Pure: the caller reads the outbox, supplies the keys, an id and the time.
 */
import { z } from 'zod';
import { pushOpSchema, type PushOp } from '../../contracts/sync/protocol';
import { utf8 } from '../../security/vault/bytes';
import type { RecoveryPublicKey } from '../../security/vault/recovery-key';
import { RECOVERY_SEAL_ALG, sealForRecovery } from '../../security/vault/recovery-seal';
import type { VaultKey } from '../../security/vault/webcrypto';
import { BundleError } from './bundle-error';
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  bundleHeaderSchema,
  MAX_BUNDLE_BYTES,
  MAX_BUNDLE_CHUNKS,
  MAX_BUNDLE_OPS,
  type BundleFile,
  type BundleHeader,
  type BundlePayload,
} from './bundle-format';
import {
  chunkHash,
  chunksOf,
  chunkSizesOf,
  opsHashOf,
  sha256Hex,
  signedMessage,
} from './bundle-hash';
import { foreignOpProblem } from './bundle-owner';
import { exportSigningPublicKey, signMessage } from './signing-key';

/**
 * The seal's associated data (and, through recovery-seal.ts, its HKDF info). Vault recovery
 * seals use 'qorgau-vault/v1/…' (vault.ts), so a bundle seal and a vault seal can never stand
 * in for each other even under the same office key; the bundle id and key id tie a seal to its
 * own file.
 */
export const sealContext = (header: Pick<BundleHeader, 'bundleId' | 'officeKeyId'>) =>
  utf8(`qorgau-offline-bundle/v1/seal\u0000${header.bundleId}\u0000${header.officeKeyId}`);

export interface CreateBundleInput {
  /** Wire-form ops (PushOp), in outbox order; extra fields (e.g. `state`) are dropped. */
  ops: readonly unknown[];
  userId: string;
  officeId: string;
  signingPrivateKey: VaultKey;
  signingPublicKey: VaultKey;
  /** The office recovery public key (recovery-key.ts `importRecoveryPublicKey`). */
  officePublicKey: RecoveryPublicKey;
  /** A UUID. */
  bundleId: string;
  /** ISO instant. */
  createdAt: string;
}

export interface CreatedBundle {
  bytes: Uint8Array;
  header: BundleHeader;
  /** SHA-256 of the file, hex: the same value the head's receipt prints. */
  fileSha256: string;
}

/** Throws BundleError 'bad-content' for ops that cannot travel, 'too-large' over the limit. */
export async function createBundle(input: CreateBundleInput): Promise<CreatedBundle> {
  const parsed = z.array(pushOpSchema).min(1).max(MAX_BUNDLE_OPS).safeParse(input.ops);
  if (!parsed.success) throw new BundleError('bad-content', `ops: ${parsed.error.message}`);
  const ops: PushOp[] = parsed.data;
  const foreign = foreignOpProblem(ops, input.userId);
  if (foreign) throw new BundleError('bad-content', foreign);

  const chunkSizes = chunkSizesOf(ops);
  if (chunkSizes.length > MAX_BUNDLE_CHUNKS) throw new BundleError('too-large', 'too many chunks');
  const chunkHashes = await Promise.all(chunksOf(ops, chunkSizes).map(chunkHash));
  const opsHash = await opsHashOf(chunkHashes);

  const headerParsed = bundleHeaderSchema.safeParse({
    bundleId: input.bundleId,
    createdAt: input.createdAt,
    userId: input.userId,
    officeId: input.officeId,
    opCount: ops.length,
    signingKey: await exportSigningPublicKey(input.signingPublicKey),
    officeKeyId: input.officePublicKey.keyId,
  } satisfies BundleHeader);
  if (!headerParsed.success) {
    throw new BundleError('bad-content', `header: ${headerParsed.error.message}`);
  }
  const header = headerParsed.data;

  const payload: BundlePayload = { ops, chunkSizes, opsHash };
  const seal = await sealForRecovery(
    input.officePublicKey.key,
    utf8(JSON.stringify(payload)),
    sealContext(header),
  );
  const file: BundleFile = {
    format: BUNDLE_FORMAT,
    v: BUNDLE_VERSION,
    header,
    seal: { alg: RECOVERY_SEAL_ALG, ...seal },
    signature: await signMessage(input.signingPrivateKey, signedMessage(header, opsHash)),
  };
  const bytes = utf8(JSON.stringify(file));
  if (bytes.length > MAX_BUNDLE_BYTES) {
    throw new BundleError('too-large', `${bytes.length} bytes`);
  }
  return { bytes, header, fileSha256: await sha256Hex(bytes) };
}
