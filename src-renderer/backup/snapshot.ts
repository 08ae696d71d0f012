/**
 * Reading every table of a register database as one consistent snapshot, and writing one back
 * all or nothing. Rows pass through untouched: personal fields stay as the codec stored them
 * (ciphertext), so neither backing up nor restoring ever decrypts a client's data.
 */
import type { Table } from 'dexie';
import { BackupError } from '../../src-shared/backup/backup-errors';
import {
  AUDIT_TABLE,
  auditHeadOfRows,
  countsOf,
  tableDigest,
  type BackupAuditHead,
  type BackupRow,
  type BackupTables,
} from '../../src-shared/backup/backup-payload';
import type { AppDb } from '../db/app-db';

export interface Snapshot {
  /** The database's schema version (Dexie verno). */
  schema: number;
  tables: BackupTables;
}

const rowsOf = (t: Table) => t.toArray() as Promise<BackupRow[]>;

/** Every table in primary-key order, read in one transaction: no write lands halfway through. */
export async function readSnapshot(db: AppDb): Promise<Snapshot> {
  if (!db.isOpen()) await db.open();
  const tables: BackupTables = {};
  await db.transaction('r', db.tables, async () => {
    for (const t of db.tables) tables[t.name] = await rowsOf(t);
  });
  return { schema: db.verno, tables };
}

export interface StoreSummary {
  counts: Record<string, number>;
  auditHead: BackupAuditHead;
}

/** Counts per table and the audit head of the store as it is now. */
export async function summarizeStore(db: AppDb): Promise<StoreSummary> {
  const { tables } = await readSnapshot(db);
  return { counts: countsOf(tables), auditHead: auditHeadOfRows(tables[AUDIT_TABLE] ?? []) };
}

/**
 * Replaces every table's rows with the snapshot's, in one read-write transaction: clear all,
 * put all, then read all back and compare each table with what was meant to be written. Any
 * difference throws inside the transaction, which IndexedDB then rolls back — the store is
 * either the backup, identical, or exactly what it was before.
 *
 * A table the backup does not have (made before that table existed) ends up empty, as it was
 * in that version; a table this version does not know means a newer app made the file.
 */
export async function writeSnapshot(db: AppDb, tables: BackupTables): Promise<void> {
  if (!db.isOpen()) await db.open();
  const known = new Set(db.tables.map((t) => t.name));
  const unknown = Object.keys(tables).filter((name) => !known.has(name));
  if (unknown.length > 0) throw new BackupError('newer-version', `tables ${unknown.join(', ')}`);
  const expected = new Map(db.tables.map((t) => [t.name, tableDigest(tables[t.name] ?? [])]));
  await db.transaction('rw', db.tables, async () => {
    for (const t of db.tables) await t.clear();
    for (const t of db.tables) {
      const rows = tables[t.name] ?? [];
      if (rows.length > 0) await t.bulkPut(rows);
    }
    for (const t of db.tables) {
      // Synchronous digest (noble): awaiting anything but IndexedDB here would end the transaction.
      if (tableDigest(await rowsOf(t)) !== expected.get(t.name))
        throw new BackupError('not-identical', t.name);
    }
  });
}
