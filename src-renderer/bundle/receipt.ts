/**
 * The receipt of an imported offline bundle (docs/sync.md, "Offline bundles"): what the head
 * gives back to the advocate — which records of the file the server took, which it had already
 * (a second import, or the advocate's own push), which it refused and why — each with the
 * SHA-256 of the record, so both can check a line against the advocate's laptop. Data only;
 * the printable form is src-renderer/documents/bundle-receipt.ts.
 */
import type { PushOp, PushResult, StoredOutcome } from '../../src-shared/contracts/sync/protocol';
import type { RejectionCode } from '../../src-shared/contracts/sync/rejections';
import { recordHash, type OpenedBundle, type SigningKeyTrust } from '../../src-shared/sync/bundle';

export const receiptOutcomes = ['accepted', 'duplicate', 'rejected', 'conflict'] as const;
export type ReceiptOutcome = (typeof receiptOutcomes)[number];

export interface ReceiptLine {
  entity: string;
  entityId: string;
  opId: string;
  /** SHA-256 (hex) of the record's canonical JSON, as the bundle carried it. */
  recordHash: string;
  outcome: ReceiptOutcome;
  /** A duplicate: how its first delivery ended. */
  original?: StoredOutcome;
  code?: RejectionCode;
  reason?: { kk: string; ru: string; en: string };
  conflictId?: string;
}

export interface BundleReceipt {
  bundleId: string;
  fileSha256: string;
  fileName: string | null;
  advocate: { userId: string; name: string | null };
  officeId: string;
  officeName: string | null;
  /** When the advocate's laptop made the file. */
  createdAt: string;
  /** When this device relayed it. */
  importedAt: string;
  importedBy: { userId: string | null; name: string | null };
  signingKey: SigningKeyTrust;
  officeKeyId: string;
  /** The server's revision after the last chunk. */
  serverRevision: number;
  lines: ReceiptLine[];
  totals: Record<ReceiptOutcome, number> & { total: number };
}

export interface ReceiptContext {
  fileName?: string | null;
  advocateName?: string | null;
  officeName?: string | null;
  importedBy?: { userId: string | null; name: string | null };
  importedAt: string;
  signingKey: SigningKeyTrust;
  serverRevision: number;
}

async function lineOf(op: PushOp, result: PushResult): Promise<ReceiptLine> {
  return {
    entity: op.entity,
    entityId: op.entityId,
    opId: op.opId,
    recordHash: await recordHash(op),
    outcome: result.outcome,
    ...(result.original ? { original: result.original } : {}),
    ...(result.code ? { code: result.code } : {}),
    ...(result.reason ? { reason: result.reason } : {}),
    ...(result.conflictId ? { conflictId: result.conflictId } : {}),
  };
}

/** `results[i]` answers `opened.ops[i]` (importBundle checked the opIds). */
export async function buildReceipt(
  opened: OpenedBundle,
  results: readonly PushResult[],
  ctx: ReceiptContext,
): Promise<BundleReceipt> {
  const lines = await Promise.all(opened.ops.map((op, i) => lineOf(op, results[i]!)));
  const totals = { accepted: 0, duplicate: 0, rejected: 0, conflict: 0, total: lines.length };
  for (const l of lines) totals[l.outcome] += 1;
  return {
    bundleId: opened.header.bundleId,
    fileSha256: opened.fileSha256,
    fileName: ctx.fileName ?? null,
    advocate: { userId: opened.header.userId, name: ctx.advocateName ?? null },
    officeId: opened.header.officeId,
    officeName: ctx.officeName ?? null,
    createdAt: opened.header.createdAt,
    importedAt: ctx.importedAt,
    importedBy: ctx.importedBy ?? { userId: null, name: null },
    signingKey: ctx.signingKey,
    officeKeyId: opened.header.officeKeyId,
    serverRevision: ctx.serverRevision,
    lines,
    totals,
  };
}
