/**
 * Exporting the outbox as an offline bundle on the advocate's laptop (docs/sync.md, "Offline
 * bundles"). The caller passes the pending ops already in wire form (the at-rest → wire
 * transcoder's output; this module never reads IndexedDB), the device's signing key from the
 * user's vault and the office public key; it gets the file's bytes and a name to save it under.
 */
import {
  BUNDLE_FILE_EXTENSION,
  createBundle,
  type BundleHeader,
} from '../../src-shared/sync/bundle';
import type { RecoveryPublicKey } from '../../src-shared/security/vault/recovery-key';
import type { VaultKey } from '../../src-shared/security/vault/webcrypto';

export interface BuildBundleInput {
  /** PushOp[]: exactly what `sync.push` would send, in outbox order. */
  ops: readonly unknown[];
  /** The server user id the laptop is bound to (the ops' owner). */
  userId: string;
  officeId: string;
  signingPrivateKey: VaultKey;
  signingPublicKey: VaultKey;
  officePublicKey: RecoveryPublicKey;
  /** Tests fix these; the app takes a random UUID and the clock. */
  newId?: () => string;
  now?: () => Date;
}

export interface BuiltBundle {
  bytes: Uint8Array;
  /** "qorgau-2026-11-25-0193a1b2.qorgau-bundle": no name, nothing personal on the stick's label. */
  fileName: string;
  header: BundleHeader;
  fileSha256: string;
}

export function bundleFileName(header: Pick<BundleHeader, 'createdAt' | 'bundleId'>): string {
  return `qorgau-${header.createdAt.slice(0, 10)}-${header.bundleId.slice(0, 8)}.${BUNDLE_FILE_EXTENSION}`;
}

/** Throws BundleError ('bad-content': ops that cannot travel; 'too-large'). */
export async function buildBundle(input: BuildBundleInput): Promise<BuiltBundle> {
  const created = await createBundle({
    ops: input.ops,
    userId: input.userId,
    officeId: input.officeId,
    signingPrivateKey: input.signingPrivateKey,
    signingPublicKey: input.signingPublicKey,
    officePublicKey: input.officePublicKey,
    bundleId: (input.newId ?? (() => crypto.randomUUID()))(),
    createdAt: (input.now ?? (() => new Date()))().toISOString(),
  });
  return { ...created, fileName: bundleFileName(created.header) };
}
