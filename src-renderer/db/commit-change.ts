/**
 * The only write path: one IndexedDB transaction writes the row, its outbox op and its
 * audit entry. Either all three land or none does — a crash, a quota error or a version
 * conflict leaves the database exactly as it was (ARCHITECTURE §3, "never lose a record").
 */
import type { Table } from 'dexie';
import {
  chainAuditEntry,
  GENESIS_HASH,
  type AuditContent,
} from '../../src-shared/domain/audit/hash-chain';
import type { AppDb } from './app-db';
import { notifyLocalChange } from '../sync/local-changes';
import { encodeFields, type FieldCodec } from './field-codec';

export interface RepoDeps {
  db: AppDb;
  codec: FieldCodec;
  newId: () => string;
  now: () => string;
}

export interface VersionedRecord {
  id: string;
  version: number;
}

export interface Change<T extends VersionedRecord, TInsert> {
  entity: string;
  table: Table<T, string, TInsert>;
  record: T;
  personalFields: readonly (keyof T & string)[];
  action: AuditContent['action'];
  actor: string;
  /** Names of the fields that changed; values never go into the audit log. */
  fields: string[];
  reason?: string;
  /**
   * Runs inside the transaction just before the row is written, with the stored current row:
   * for values that must be decided atomically with the write (a register number) and for
   * keeping what is replaced (a correction archives the previous version). Its tables must be
   * listed in `extraTables`.
   */
  beforeWrite?: (current: T | undefined, stored: T) => Promise<T>;
  extraTables?: Table[];
}

/** Someone (another tab, a sync apply) saved this record since it was read. */
export class VersionConflictError extends Error {
  constructor(
    readonly entity: string,
    readonly id: string,
    readonly expected: number,
    readonly found: number,
  ) {
    super(`${entity} ${id}: expected to write version ${expected}, but version ${found} is stored`);
    this.name = 'VersionConflictError';
  }
}

export async function commitChange<T extends VersionedRecord, TInsert>(
  deps: RepoDeps,
  change: Change<T, TInsert>,
): Promise<void> {
  const { db, codec } = deps;
  // Encode before the transaction: it would auto-commit while waiting on WebCrypto.
  const stored = await encodeFields(codec, change.entity, change.record, change.personalFields);
  const at = deps.now();
  const opId = deps.newId();
  const auditId = deps.newId();

  const tables = [change.table, db.outbox, db.audit, ...(change.extraTables ?? [])];
  await db.transaction('rw', tables, async () => {
    const current = await change.table.get(change.record.id);
    const baseVersion = current?.version ?? 0;
    if (change.record.version !== baseVersion + 1) {
      throw new VersionConflictError(
        change.entity,
        change.record.id,
        change.record.version,
        baseVersion,
      );
    }
    const final = change.beforeWrite ? await change.beforeWrite(current, stored) : stored;
    // The full record is always written (ids are client-generated), so it is a valid insert.
    await change.table.put(final as unknown as TInsert);
    await db.outbox.add({
      opId,
      entity: change.entity,
      entityId: change.record.id,
      baseVersion,
      record: final as unknown as Record<string, unknown>,
      at,
      state: 'pending',
    });
    const last = await db.audit.toCollection().last();
    const content: AuditContent = {
      id: auditId,
      at,
      actor: change.actor,
      entity: change.entity,
      entityId: change.record.id,
      action: change.action,
      fields: change.fields,
      version: change.record.version,
    };
    if (change.reason) content.reason = change.reason;
    await db.audit.add(chainAuditEntry(content, last?.hash ?? GENESIS_HASH));
  });
  // Committed: the sync scheduler may push it soon (listeners never throw into the write).
  notifyLocalChange();
}
