/**
 * Who may read and write which synced record, and what a pushed record must look like. Pure
 * functions over the Principal (from the device token, never from the body) and a record's
 * ownership; push.ts and pull.ts apply them, pull.ts as SQL (`readScope`).
 *
 * Rules (issue 6, ARCHITECTURE §5):
 * - an advocate reads and writes only their own records (owner = self) in their office;
 * - a head reads every record of the office and writes only their own;
 * - collegium staff read nothing personal (aggregates come later) and write nothing;
 * - nobody crosses offices: a record stays in the office it was first pushed from.
 *
 * EXTENSION POINT (issue 7): office-wide entities a head writes and every advocate of the office
 * reads (schedules, paper assignments) get a new `EntityPolicy` (e.g. 'office-schedule'), a
 * branch in `canWrite` (role head, same office) and in `readScope`/pull's SQL (office_id for
 * everyone of the office). Today every synced entity is an 'own-register'.
 */
import { z } from 'zod';
import type { Principal } from '../auth/principal';
import {
  MAX_RECORD_BYTES,
  type PushOp,
  type SyncedEntityName,
} from '../../src-shared/contracts/sync/protocol';
import type { RejectionCode } from '../../src-shared/contracts/sync/rejections';

/** Where a stored record belongs (columns of `records`). */
export interface RecordOwnership {
  ownerId: string;
  officeId: string | null;
  collegiumId: string;
}

/** 'own-register': written by its owner only, read by the owner and the head of the office. */
export type EntityPolicy = 'own-register';

export interface SyncedEntity {
  policy: EntityPolicy;
  /**
   * A light check of the stored row: the index fields every row of this kind has. Not the full
   * intake schema — the personal part is JSON in string fields that the client encrypts once
   * issue 9 lands, so the server cannot (and must not need to) read it. Extra fields pass.
   */
  row: z.ZodType<Record<string, unknown>>;
  /** The field naming the advocate who made the record; must be the caller. */
  ownerField?: string;
}

const text = z.string().min(1).max(200);
const isoish = z.string().min(10).max(40);
const base = {
  id: z.string().min(1).max(200),
  version: z.number().int().positive(),
  createdAt: isoish,
  updatedAt: isoish,
};

export const syncedEntities: Record<SyncedEntityName, SyncedEntity> = {
  // src-renderer/db/rows.ts ConsultationRow; the person and the advice are in entryJson.
  consultation: {
    policy: 'own-register',
    ownerField: 'advocateId',
    row: z.looseObject({
      ...base,
      advocateId: text,
      year: z.number().int(),
      number: z.number().int().nonnegative(),
      month: z.string(),
      date: z.string(),
      status: text,
      issueAreaId: z.string(),
      entryJson: z.string(),
    }),
  },
  // AppointmentRow; the persons and the case are in recordJson.
  appointment: {
    policy: 'own-register',
    ownerField: 'advocateId',
    row: z.looseObject({
      ...base,
      advocateId: text,
      year: z.number().int(),
      number: z.number().int().nonnegative(),
      month: z.string(),
      receivedDate: z.string(),
      state: text,
      recordJson: z.string(),
    }),
  },
  // EligibilityCheckRow; facts and decision (personal) are JSON strings.
  eligibilityCheck: {
    policy: 'own-register',
    ownerField: 'actor',
    row: z.looseObject({
      ...base,
      actor: text,
      date: z.string(),
      outcome: text,
      factsJson: z.string(),
      decisionJson: z.string(),
    }),
  },
  // The user's own profile (src-shared/contracts/entities/profile.ts); name, IIN, phone personal.
  profile: {
    policy: 'own-register',
    row: z.looseObject({ ...base, role: text }),
  },
};

export type AccessDecision = { ok: true } | { ok: false; code: RejectionCode };
const allow: AccessDecision = { ok: true };
const deny = (code: RejectionCode): AccessDecision => ({ ok: false, code });

/** Roles that keep registers and so may push at all. */
const writesRegisters = (p: Principal): boolean =>
  (p.role === 'advocate' || p.role === 'head') && p.officeId !== null;

/**
 * May `p` write this record? `existing` is the server's record (null for a create, which the
 * server files under the caller, the caller's office and collegium).
 */
export function canWrite(p: Principal, existing: RecordOwnership | null): AccessDecision {
  if (!writesRegisters(p)) return deny('forbidden');
  if (!existing) return allow;
  if (existing.officeId !== p.officeId || existing.collegiumId !== p.collegiumId) {
    return deny('forbidden');
  }
  // own-register: a head reads the office but writes only their own registers.
  return existing.ownerId === p.userId ? allow : deny('forbidden');
}

/** May `p` read this record? The same rule as `readScope`, for one record. */
export function canRead(p: Principal, rec: RecordOwnership): boolean {
  const scope = readScope(p);
  switch (scope.kind) {
    case 'none':
      return false;
    case 'owner':
      return rec.ownerId === scope.userId && rec.officeId === scope.officeId;
    case 'office':
      return rec.officeId === scope.officeId;
  }
}

/** What a pull may return, as a filter pull.ts turns into SQL. */
export type ReadScope =
  | { kind: 'none' }
  | { kind: 'owner'; userId: string; officeId: string }
  | { kind: 'office'; officeId: string };

export function readScope(p: Principal): ReadScope {
  if (p.officeId === null) return { kind: 'none' };
  switch (p.role) {
    case 'advocate':
      return { kind: 'owner', userId: p.userId, officeId: p.officeId };
    case 'head':
      return { kind: 'office', officeId: p.officeId };
    case 'staff':
      // Collegium staff get aggregates (later), never the personal registers.
      return { kind: 'none' };
  }
}

/**
 * Aid marks (Rules cl. 42: legal aid once per issue, whoever gave it): an advocate's pull also
 * carries, for every consultation and granted eligibility check of the OTHER users of their
 * office, a projection of the record's plain index fields (protocol.ts `aidMarkSchema`) — never
 * the body, which stays readable only by its owner and the head (advocate secrecy).
 *
 * A head gets none: they read the office's records in full, and a record revision must reach a
 * device once, as a change or as a mark (pull.ts's page rule). Staff: nothing, as for records.
 */
export type MarkScope = { kind: 'none' } | { kind: 'peers'; userId: string; officeId: string };

export function markScope(p: Principal): MarkScope {
  if (p.officeId === null || p.role !== 'advocate') return { kind: 'none' };
  return { kind: 'peers', userId: p.userId, officeId: p.officeId };
}

/** Does `p` get an aid mark of this record? The same rule as `markScope`, for one record. */
export function seesMarkOf(p: Principal, rec: RecordOwnership): boolean {
  const scope = markScope(p);
  return scope.kind === 'peers' && rec.officeId === scope.officeId && rec.ownerId !== scope.userId;
}

/** UTF-8 size of the record's JSON, as it will be stored. */
export function recordBytes(record: Record<string, unknown>): number {
  return new TextEncoder().encode(JSON.stringify(record)).length;
}

/**
 * Checks of one op that need no database: entity known, size, id, shape, version = base + 1,
 * owner field = caller, role may write. The server record's owner and version are checked in
 * push.ts with `canWrite` and the version rule.
 */
export function checkOp(p: Principal, op: PushOp): AccessDecision {
  const entity = (syncedEntities as Record<string, SyncedEntity | undefined>)[op.entity];
  if (!entity || !Object.hasOwn(syncedEntities, op.entity)) return deny('unknown-entity');
  if (recordBytes(op.record) > MAX_RECORD_BYTES) return deny('record-too-large');
  if (op.record.id !== op.entityId) return deny('id-mismatch');
  if (!entity.row.safeParse(op.record).success) return deny('invalid-record');
  if (op.record.version !== op.baseVersion + 1) return deny('invalid-record');
  if (!writesRegisters(p)) return deny('forbidden');
  if (entity.ownerField && op.record[entity.ownerField] !== p.userId) return deny('wrong-owner');
  return allow;
}
