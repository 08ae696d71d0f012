/**
 * The one-off migration of a store written before encryption at rest (issue 9): every row that
 * holds personal data, written with `identityCodec` — that is, in the wire form — is rewritten in
 * the at-rest form of `codec` (at-rest/transcode.ts): personal fields encrypted, lookup keys
 * recomputed as blind indexes. Called once per store before the app mounts (vault/session.ts).
 *
 * - Chunks: WebCrypto cannot be awaited inside a Dexie transaction (it would auto-commit), so a
 *   chunk is read, transcoded outside any transaction, then written in one transaction that
 *   re-reads each row and writes it only if it is still the row that was transcoded.
 * - Restartable and idempotent: a row whose personal values are already encrypted (the
 *   cipher's format tag, `looksEncrypted`) is skipped, an aid mark whose key is already a blind
 *   index likewise (`looksBlinded`); a crash between chunks loses nothing and the next run goes
 *   on; a second run changes nothing.
 * - The audit log holds no values and is not touched: its hash chain still verifies. Tables the
 *   repositories keep plain on purpose (roster, schedules, acknowledgments, answers, rule packs,
 *   the sync log and state) are not touched either.
 */
import type { Table } from 'dexie';
import { looksEncrypted } from '../../src-shared/security/vault/field-cipher';
import type { AppDb } from './app-db';
import { shapeOf, type Rec } from './at-rest/shapes';
import { storedForm, toAtRestOrSealed } from './at-rest/transcode';
import { decodeFields, type FieldCodec } from './field-codec';
import { isSyncedEntity } from '../../src-shared/contracts/sync/protocol';
import { looksBlinded, personIinKey } from './lookup-keys';
import { bindingOf, sameRecord } from '../sync/records';
import { toWire } from './at-rest/transcode';

export interface TableCount {
  /** Rows read. */
  rows: number;
  /** Rows rewritten in the at-rest form. */
  changed: number;
  /** Of those, rows whose body could not be read: encrypted as they are, their keys emptied. */
  sealed: number;
}

export interface MigrationProgress {
  table: string;
  done: number;
  total: number;
}

/** Rows per chunk: each is one read, one transcoding pass and one write transaction. */
export const MIGRATION_CHUNK = 200;
/** A row that changes under the migration this often fails the run (the next run resumes). */
const ATTEMPTS = 3;

type Transcoded = { next: Rec; sealed: boolean } | null;

interface Plan {
  name: string;
  table: Table<Rec, unknown>;
  /** The at-rest form of a stored row, or null when it has nothing (left) to change. */
  transcode(codec: FieldCodec, row: Rec): Promise<Transcoded>;
  /** Inside the write: what to write, or null when the row changed since it was read. */
  merge(current: Rec, original: Rec, next: Rec): Rec | null;
}

/** A stored record of `entity` in the at-rest form, or null when it is there already. */
async function recordAtRest(codec: FieldCodec, entity: string, row: Rec): Promise<Transcoded> {
  const form = storedForm(entity, row);
  if (form === 'at-rest' || form === 'none') return null;
  // 'mixed' is never written by the app; values already encrypted are decrypted first, so the
  // keys are derived from the plain record and nothing is encrypted twice.
  const personal = (shapeOf(entity)?.personal ?? []).filter(
    (f) => typeof row[f] === 'string' && looksEncrypted(row[f]),
  );
  const wire = form === 'mixed' ? await decodeFields(codec, entity, row, personal) : row;
  const { row: next, sealed } = await toAtRestOrSealed(codec, entity, wire);
  return sameRecord(next, row) ? null : { next, sealed };
}

/** Any Dexie table, seen as rows of records (the plans read and write whole rows). */
const asRecs = (table: object) => table as Table<Rec, unknown>;

/**
 * The register's row when it holds exactly this plain record, already at rest: an op's record
 * is the row it wrote, and the engine and the conflict cases tell "my refused version is still
 * the local row" by comparing the two as stored (server-copy.ts, resolve-cases.ts). Encrypting
 * them separately would give two ciphertexts (fresh nonces) and break that, so the op takes the
 * row's bytes. Rows are migrated before the outbox, also in a run resumed after a crash.
 */
async function rowHolding(db: AppDb, codec: FieldCodec, entity: string, plain: Rec) {
  if (!isSyncedEntity(entity) || typeof plain.id !== 'string') return undefined;
  const row = await bindingOf(db, entity).table.get(plain.id);
  if (!row || storedForm(entity, row) !== 'at-rest') return undefined;
  try {
    return sameRecord(await toWire(codec, entity, row), plain) ? row : undefined;
  } catch {
    return undefined;
  }
}

const rows = (name: string, table: object, entity: string): Plan => ({
  name,
  table: asRecs(table),
  transcode: (codec, row) => recordAtRest(codec, entity, row),
  merge: (current, original, next) => (sameRecord(current, original) ? next : null),
});

function plansOf(db: AppDb): Plan[] {
  return [
    rows('profile', db.profile, 'profile'),
    rows('officeProfiles', db.officeProfiles, 'profile'),
    rows('consultations', db.consultations, 'consultation'),
    rows('consultationVersions', db.consultationVersions, 'consultation'),
    rows('appointments', db.appointments, 'appointment'),
    rows('appointmentVersions', db.appointmentVersions, 'appointment'),
    rows('eligibilityChecks', db.eligibilityChecks, 'eligibilityCheck'),
    rows('distributions', db.distributions, 'distribution'),
    rows('feeClaims', db.feeClaims, 'feeClaim'),
    rows('feeClaimVersions', db.feeClaimVersions, 'feeClaim'),
    {
      // The records inside ops: quarantined ones included (they are readable versions).
      name: 'outbox',
      table: asRecs(db.outbox),
      async transcode(codec, op) {
        const entity = op.entity as string;
        const record = op.record as Rec;
        const row =
          storedForm(entity, record) === 'plain' && (await rowHolding(db, codec, entity, record));
        if (row) return { next: { ...op, record: row }, sealed: false };
        const r = await recordAtRest(codec, entity, record);
        return r && { next: { ...op, record: r.next }, sealed: r.sealed };
      },
      merge: (current, original, next) =>
        sameRecord(current.record, original.record) ? { ...current, record: next.record } : null,
    },
    {
      // Both versions of a conflict, stored in the at-rest form like every other local copy.
      name: 'syncConflicts',
      table: asRecs(db.syncConflicts),
      async transcode(codec, c) {
        const entity = c.entity as string;
        const theirs = await recordAtRest(codec, entity, c.theirs as Rec);
        const ours = await recordAtRest(codec, entity, c.ours as Rec);
        if (!theirs && !ours) return null;
        return {
          next: { ...c, theirs: theirs?.next ?? c.theirs, ours: ours?.next ?? c.ours },
          sealed: !!theirs?.sealed || !!ours?.sealed,
        };
      },
      merge: (current, original, next) =>
        sameRecord(current.theirs, original.theirs) && sameRecord(current.ours, original.ours)
          ? { ...current, theirs: next.theirs, ours: next.ours }
          : null,
    },
    {
      // A colleague's mark carries the person's IIN key as received (the wire's plain key).
      name: 'officeAidMarks',
      table: asRecs(db.officeAidMarks),
      async transcode(codec, m) {
        const key = m.iinKey as string;
        if (!key || looksBlinded(key)) return null;
        const iinKey = await personIinKey(codec, key);
        return iinKey === key ? null : { next: { ...m, iinKey }, sealed: false };
      },
      merge: (current, original, next) =>
        current.version === original.version && current.iinKey === original.iinKey
          ? { ...current, iinKey: next.iinKey }
          : null,
    },
  ];
}

async function migrateTable(
  plan: Plan,
  codec: FieldCodec,
  chunkSize: number,
  onProgress?: (p: MigrationProgress) => void,
): Promise<TableCount> {
  const count: TableCount = { rows: 0, changed: 0, sealed: 0 };
  const keys = await plan.table.toCollection().primaryKeys();
  for (let i = 0; i < keys.length; i += chunkSize) {
    let pending = keys.slice(i, i + chunkSize);
    for (let attempt = 1; pending.length > 0; attempt++) {
      if (attempt > ATTEMPTS) {
        throw new Error(`${plan.name}: ${pending.length} row(s) kept changing during encryption`);
      }
      const found = await plan.table.bulkGet(pending);
      const prepared: { key: unknown; original: Rec; next: Rec; sealed: boolean }[] = [];
      for (const [j, row] of found.entries()) {
        if (!row) continue;
        if (attempt === 1) count.rows += 1;
        const t = await plan.transcode(codec, row);
        if (t) prepared.push({ key: pending[j], original: row, ...t });
      }
      const again: unknown[] = [];
      await plan.table.db.transaction('rw', plan.table, async () => {
        for (const p of prepared) {
          const current = await plan.table.get(p.key);
          if (!current) continue; // gone meanwhile: nothing left to protect
          const write = plan.merge(current, p.original, p.next);
          if (!write) {
            again.push(p.key);
            continue;
          }
          await plan.table.put(write);
          count.changed += 1;
          if (p.sealed) count.sealed += 1;
        }
      });
      pending = again;
    }
    onProgress?.({
      table: plan.name,
      done: Math.min(i + chunkSize, keys.length),
      total: keys.length,
    });
  }
  return count;
}

/**
 * Rewrites every plain row of the store in the at-rest form of `codec`; returns what it did per
 * table. `onProgress` is called after each committed chunk (a throw from it stops the run, as a
 * crash would: the next run resumes).
 */
export async function encryptPlainStore(
  db: AppDb,
  codec: FieldCodec,
  onProgress?: (p: MigrationProgress) => void,
  opts: { chunkSize?: number } = {},
): Promise<Record<string, TableCount>> {
  const chunkSize = Math.max(1, opts.chunkSize ?? MIGRATION_CHUNK);
  const counts: Record<string, TableCount> = {};
  for (const plan of plansOf(db)) {
    counts[plan.name] = await migrateTable(plan, codec, chunkSize, onProgress);
  }
  return counts;
}
