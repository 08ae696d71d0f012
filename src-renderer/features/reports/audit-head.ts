/**
 * The audit log's head as the monthly report prints it (monthly-report-doc.ts): how many entries
 * the log has, when the last was written and its hash. The hash covers every entry before it
 * (src-shared/domain/audit/hash-chain.ts), so a register changed after printing no longer leads
 * to it. The chain is verified first, as Settings → "Check the audit log" does: a broken chain is
 * reported (the printout still states what the log holds, and the screen says it is broken).
 */
import { chainHeadOf } from '../../../src-shared/domain/audit/chain-head';
import type { ChainedAuditEntry } from '../../../src-shared/domain/audit/hash-chain';
import type { AppDb } from '../../db/app-db';

export interface AuditHead {
  entries: number;
  lastAt: string;
  headHash: string;
  /** null: the chain verifies; else the 1-based number of the first entry that does not. */
  brokenAt: number | null;
}

/** The head of entries in log order; null for an empty log. */
export function auditHeadOf(entries: readonly ChainedAuditEntry[]): AuditHead | null {
  const head = chainHeadOf(entries);
  if (!head.last) return null;
  return {
    entries: head.entries,
    lastAt: head.last.at,
    headHash: head.last.hash,
    brokenAt: head.brokenAt,
  };
}

/** Read in primary-key order (`seq`): the order the entries were appended in. */
export async function readAuditHead(db: AppDb): Promise<AuditHead | null> {
  return auditHeadOf(await db.audit.toArray());
}
