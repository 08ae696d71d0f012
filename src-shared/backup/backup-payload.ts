/**
 * A backup's payload: every table of one user's register database, rows exactly as stored
 * (personal fields still encrypted by the field codec, index fields plain), and the checks that
 * make a restore "identical": the same number of rows per table, and the same audit-chain head.
 *
 * Why the audit head is checked and not only counts: the hash chain covers every change ever
 * made to the registers (src-shared/domain/audit/hash-chain.ts), so an equal head with an
 * intact chain means the restored log is the very log that was backed up, entry for entry.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { canonicalJson, type Json } from '../domain/audit/canonical-json';
import { chainHeadOf } from '../domain/audit/chain-head';
import type { StoredChainEntry } from '../domain/audit/hash-chain';
import { BackupError } from './backup-errors';

/** The register database's audit log table (app-db.ts), whose chain head the header carries. */
export const AUDIT_TABLE = 'audit';

export type BackupRow = Record<string, unknown>;
export type BackupTables = Record<string, BackupRow[]>;

export const backupPayloadSchema = z.object({
  tables: z.record(z.string().min(1).max(64), z.array(z.record(z.string(), z.unknown()))),
});
export type BackupPayload = z.infer<typeof backupPayloadSchema>;

export const auditHeadSchema = z.object({
  entries: z.number().int().min(0),
  /** The last entry's local sequence number (its primary key); null for an empty log. */
  lastSeq: z.number().int().min(0).nullable(),
  lastHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable(),
  /**
   * null: the chain verified when backed up. A damaged chain is still backed up (the register
   * matters more than its proof), and restored only if it breaks at this very entry (1-based).
   */
  brokenAt: z.number().int().min(1).nullable(),
});
export type BackupAuditHead = z.infer<typeof auditHeadSchema>;

export function auditHeadOfRows(rows: readonly BackupRow[]): BackupAuditHead {
  const head = chainHeadOf(rows as unknown as StoredChainEntry[]);
  if (!head.last) return { entries: 0, lastSeq: null, lastHash: null, brokenAt: null };
  const { seq, hash } = head.last as { seq?: unknown; hash?: unknown };
  return {
    entries: head.entries,
    lastSeq: typeof seq === 'number' ? seq : null,
    lastHash: typeof hash === 'string' ? hash : null,
    brokenAt: head.brokenAt,
  };
}

export function sameAuditHead(a: BackupAuditHead, b: BackupAuditHead): boolean {
  return (
    a.entries === b.entries &&
    a.lastSeq === b.lastSeq &&
    a.lastHash === b.lastHash &&
    a.brokenAt === b.brokenAt
  );
}

export function countsOf(tables: BackupTables): Record<string, number> {
  return Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length]));
}

export function sameCounts(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = Object.keys(a).sort();
  const other = Object.keys(b).sort();
  return keys.length === other.length && keys.every((k, i) => k === other[i] && a[k] === b[k]);
}

/**
 * SHA-256 of a table's rows in canonical JSON (keys sorted; an `undefined` property reads the
 * same as an absent one, as after any JSON round trip). Synchronous on purpose: it runs inside
 * the restore's IndexedDB transaction, which commits as soon as it waits on anything else.
 */
export function tableDigest(rows: readonly BackupRow[]): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(rows as unknown as Json))));
}

/**
 * The decrypted payload against the header it was sealed with. GCM already proves neither was
 * changed; this proves the file was *made* consistent — the guard against a bug in backing up,
 * and the first half of "restored identical" (the second re-reads the store after writing).
 */
export function checkPayload(
  header: { counts: Record<string, number>; auditHead: BackupAuditHead },
  tables: BackupTables,
): void {
  if (!sameCounts(countsOf(tables), header.counts)) throw new BackupError('counts-mismatch');
  const head = auditHeadOfRows(tables[AUDIT_TABLE] ?? []);
  if (!sameAuditHead(head, header.auditHead)) throw new BackupError('audit-mismatch');
}
