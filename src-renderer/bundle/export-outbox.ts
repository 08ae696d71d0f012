/**
 * The advocate's side of an offline bundle: every pending op of the outbox, in the wire form a
 * network push would send (push-phase.ts wirePushOp), sealed for the office key and signed by
 * this user's key (build-bundle.ts). Ops stay pending: the next network sync or bundle carries
 * them again and the server answers 'duplicate' (idempotent by opId), so nothing is lost if the
 * stick never reaches the office.
 */
import { isSyncedEntity } from '../../src-shared/contracts/sync/protocol';
import type { PushOp } from '../../src-shared/contracts/sync/protocol';
import { importRecoveryPublicKey } from '../../src-shared/security/vault/recovery-key';
import type { AppDb } from '../db/app-db';
import type { FieldCodec } from '../db/field-codec';
import { wirePushOp } from '../sync/push-phase';
import { buildBundle, type BuiltBundle } from './build-bundle';
import type { SigningKeyPair } from '../../src-shared/sync/bundle/signing-key';

export type ExportProblem = 'no-office-key' | 'not-linked' | 'nothing-pending';

export class BundleExportError extends Error {
  constructor(readonly problem: ExportProblem) {
    super(`bundle export: ${problem}`);
    this.name = 'BundleExportError';
  }
}

export interface ExportInput {
  db: AppDb;
  codec: FieldCodec;
  /** The office public key (SPKI base64) from the user's entry. */
  officePublicSpki: string | undefined;
  /** The server account the laptop is linked to (sync.account). */
  account: { userId: string; officeId: string | null } | null;
  signingKey: SigningKeyPair;
}

/** Pending ops of entities the server keeps, oldest first, in the wire form. */
export async function pendingWireOps(db: AppDb, codec: FieldCodec): Promise<PushOp[]> {
  const rows = await db.outbox
    .orderBy('at')
    .filter((o) => o.state === 'pending')
    .toArray();
  const ops: PushOp[] = [];
  for (const row of rows) if (isSyncedEntity(row.entity)) ops.push(await wirePushOp(codec, row));
  return ops;
}

export async function exportOutboxBundle(
  input: ExportInput,
): Promise<BuiltBundle & { opCount: number }> {
  if (!input.officePublicSpki) throw new BundleExportError('no-office-key');
  if (!input.account?.officeId) throw new BundleExportError('not-linked');
  const ops = await pendingWireOps(input.db, input.codec);
  if (ops.length === 0) throw new BundleExportError('nothing-pending');
  const built = await buildBundle({
    ops,
    userId: input.account.userId,
    officeId: input.account.officeId,
    signingPrivateKey: input.signingKey.privateKey,
    signingPublicKey: input.signingKey.publicKey,
    officePublicKey: await importRecoveryPublicKey(input.officePublicSpki),
  });
  return { ...built, opCount: ops.length };
}
