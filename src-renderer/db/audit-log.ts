/** Reading and checking the audit log (writing happens only in commit-change.ts). */
import { verifyAuditChain, type ChainVerdict } from '../../src-shared/domain/audit/hash-chain';
import type { AppDb } from './app-db';

export async function verifyAuditLog(db: AppDb): Promise<ChainVerdict> {
  // Primary-key order is `seq`, the order entries were appended in.
  return verifyAuditChain(await db.audit.toArray());
}

export interface DbCounts {
  profile: number;
  outboxPending: number;
  audit: number;
}

export async function countRecords(db: AppDb): Promise<DbCounts> {
  const [profile, outboxPending, audit] = await Promise.all([
    db.profile.count(),
    db.outbox.where('state').equals('pending').count(),
    db.audit.count(),
  ]);
  return { profile, outboxPending, audit };
}
