/**
 * Who may read and write which synced record, and what a pushed record must look like. Pure
 * functions over the Principal (from the device token, never from the body) and a record's
 * ownership; push.ts and pull.ts apply them, pull.ts as SQL (`readScope`).
 *
 * Rules (issue 6, ARCHITECTURE §5; issue 7 for the office-wide kinds):
 * - nobody crosses offices: a record stays in the office it was first pushed from;
 * - collegium staff read nothing personal (aggregates come later) and write nothing;
 * - every entity has a policy (`EntityPolicy`):
 *   - 'own-register' (consultations, appointments, checks, profiles, schedule acknowledgments,
 *     answers to a hand-over, fee claims): written only by its owner, read by the owner and the
 *     heads of the office;
 *   - 'office-shared' (the roster, the month's duty schedules): written by a head of the office
 *     — any head, so a successor carries on a predecessor's roster — read by everyone of the
 *     office, because the schedules name them and they must acknowledge them (Rules cl. 22);
 *   - 'head-assigned' (a paper hand-over, cl. 16–17): written by a head of the office, read by
 *     the heads and by the one user the record names; a later version naming someone else
 *     moves it, and the earlier assignee simply stops receiving it. The document names a
 *     person, so no other advocate may see it (no "pocket" advocate, and advocate secrecy).
 *
 * Reading is decided per stored row by `records.shared_with` (migration 004), which every write
 * sets from the policy (`sharedWithOf`): NULL = the owner and the heads; '*' = the whole
 * office; a user id = that user too. An advocate's pull is then one filter —
 * `office_id = me.office AND (owner_id = me OR shared_with = '*' OR shared_with = me)` — and
 * `canRead` is its one-record twin. Conflicts have no sharing: they involve the people who
 * wrote (the owner, the heads).
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
  /**
   * `records.shared_with`: '*' (the whole office), a user id (that user too), or null/absent
   * (the owner and the heads only — always so for a conflict).
   */
  sharedWith?: string | null;
}

/** Who writes a kind of record and who reads it: see the header. */
export type EntityPolicy = 'own-register' | 'office-shared' | 'head-assigned';

interface EntityBase {
  /**
   * A light check of the stored row: the index fields every row of this kind has. Not the full
   * intake schema — the personal part is JSON in string fields that the client encrypts once
   * issue 9 lands, so the server cannot (and must not need to) read it. Extra fields pass.
   */
  row: z.ZodType<Record<string, unknown>>;
  /** The field naming the user who made the record; must be the caller. */
  ownerField?: string;
}

/** A 'head-assigned' kind names its reader in `assigneeField` (a user id, '' while nobody). */
export type SyncedEntity = EntityBase &
  (
    | { policy: 'own-register' }
    | { policy: 'office-shared' }
    | { policy: 'head-assigned'; assigneeField: string }
  );

/** `shared_with` of a record the whole office reads. */
export const SHARED_WITH_OFFICE = '*';

const text = z.string().min(1).max(200);
const isoish = z.string().min(10).max(40);
const base = {
  id: z.string().min(1).max(200),
  version: z.number().int().positive(),
  createdAt: isoish,
  updatedAt: isoish,
};
/**
 * A user id a record is handed to, or ''. Never '*': that is the whole office's mark in
 * `shared_with`, and a hand-over naming it would reach every advocate of the office.
 */
const assignee = z
  .string()
  .max(200)
  .refine((v) => v !== SHARED_WITH_OFFICE);

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
  // duty-roster.ts RosterMember: names and phones are printed in the public schedule.
  rosterMember: {
    policy: 'office-shared',
    ownerField: 'headId',
    row: z.looseObject({ ...base, headId: text, fullName: z.string(), status: text }),
  },
  // duty-schedule.ts DutySchedule: one month's three schedules, with their log.
  dutySchedule: {
    policy: 'office-shared',
    ownerField: 'headId',
    row: z.looseObject({
      ...base,
      headId: text,
      month: text,
      status: text,
      edition: z.number().int().nonnegative(),
    }),
  },
  // duty-schedule.ts ScheduleAck (cl. 22): the advocate's own «Қабылданды» / «Принято».
  scheduleAck: {
    policy: 'own-register',
    ownerField: 'advocateId',
    row: z.looseObject({
      ...base,
      advocateId: text,
      scheduleId: text,
      month: text,
      edition: z.number().int().positive(),
    }),
  },
  // src-renderer/db/rows.ts DistributionRow; the procedural document (personal) is JSON.
  distribution: {
    policy: 'head-assigned',
    ownerField: 'headId',
    assigneeField: 'assigneeUserId',
    row: z.looseObject({
      ...base,
      headId: text,
      year: z.number().int(),
      number: z.number().int().positive(),
      assigneeUserId: assignee,
    }),
  },
  // duty-distribution.ts DistributionAnswer (cl. 17(2)): the advocate's own answer.
  distributionAnswer: {
    policy: 'own-register',
    ownerField: 'advocateId',
    row: z.looseObject({
      ...base,
      advocateId: text,
      distributionId: text,
      round: z.number().int().positive(),
      answer: text,
    }),
  },
  // src-renderer/db/rows.ts FeeClaimRow (issue 8): the advocate's own claim; the head reads it
  // for the office's reports (Rules cl. 5.2), never writes it. The body is claimJson.
  feeClaim: {
    policy: 'own-register',
    ownerField: 'advocateId',
    row: z.looseObject({
      ...base,
      advocateId: text,
      year: z.number().int(),
      number: z.number().int().nonnegative(),
      state: text,
      kind: text,
      appointmentId: z.string().max(200),
      periodFrom: z.string().max(10),
      periodTo: z.string().max(10),
      periodMonth: z.string().max(7),
      totalTiyn: z.number().int().nonnegative(),
      paidTiyn: z.number().int().nonnegative(),
      claimJson: z.string(),
    }),
  },
};

/** The entity named `name`, if it syncs (own keys only: '__proto__' is no entity). */
export function entityOf(name: string): SyncedEntity | undefined {
  return Object.hasOwn(syncedEntities, name) ? syncedEntities[name as SyncedEntityName] : undefined;
}

/**
 * `records.shared_with` for a record of `entity` as pushed: written on every accepted op (create
 * and update), so a re-assignment moves a hand-over with its new version. A row failing the
 * entity's check never gets here (checkOp).
 */
export function sharedWithOf(entity: string, record: Record<string, unknown>): string | null {
  const def = entityOf(entity);
  if (!def || def.policy === 'own-register') return null;
  if (def.policy === 'office-shared') return SHARED_WITH_OFFICE;
  const to = record[def.assigneeField];
  // Belt and braces with the row check: '' is nobody, and '*' must never widen a hand-over.
  return typeof to === 'string' && to !== '' && to !== SHARED_WITH_OFFICE ? to : null;
}

export type AccessDecision = { ok: true } | { ok: false; code: RejectionCode };
const allow: AccessDecision = { ok: true };
const deny = (code: RejectionCode): AccessDecision => ({ ok: false, code });

/** Roles that keep registers and so may push at all. */
const writesRegisters = (p: Principal): boolean =>
  (p.role === 'advocate' || p.role === 'head') && p.officeId !== null;

/** May `p` write records of this kind at all (before looking at a stored one)? */
function writesKind(p: Principal, def: SyncedEntity): AccessDecision {
  if (!writesRegisters(p)) return deny('forbidden');
  // Office-wide records are the head's (cl. 4.1: an advocate cannot put themselves on duty or
  // pick who gets a paper appointment).
  if (def.policy !== 'own-register' && p.role !== 'head') return deny('forbidden');
  return allow;
}

/**
 * May `p` write this record of `entity`? `existing` is the server's record (null for a create,
 * which the server files under the caller, the caller's office and collegium).
 */
export function canWrite(
  p: Principal,
  entity: string,
  existing: RecordOwnership | null,
): AccessDecision {
  const def = entityOf(entity);
  if (!def) return deny('unknown-entity');
  const kind = writesKind(p, def);
  if (!kind.ok || !existing) return kind;
  if (existing.officeId !== p.officeId || existing.collegiumId !== p.collegiumId) {
    return deny('forbidden');
  }
  // Office-wide: any head of the office (writesKind checked the role), so a new head takes over
  // the roster and schedules without re-creating them; the row keeps its first owner.
  if (def.policy !== 'own-register') return allow;
  // own-register: a head reads the office but writes only their own registers.
  return existing.ownerId === p.userId ? allow : deny('forbidden');
}

/** May `p` read this record? The same rule as `readScope` and pull's SQL, for one record. */
export function canRead(p: Principal, rec: RecordOwnership): boolean {
  const scope = readScope(p);
  switch (scope.kind) {
    case 'none':
      return false;
    case 'member':
      return (
        rec.officeId === scope.officeId &&
        (rec.ownerId === scope.userId ||
          rec.sharedWith === SHARED_WITH_OFFICE ||
          rec.sharedWith === scope.userId)
      );
    case 'office':
      return rec.officeId === scope.officeId;
  }
}

/**
 * What a pull may return, as a filter pull.ts turns into SQL. 'member' (an advocate): their own
 * records of the office and those the office shares with everyone or with them; their
 * conflicts are their own only (a conflict is never shared). 'office' (a head): everything of
 * the office.
 */
export type ReadScope =
  | { kind: 'none' }
  | { kind: 'member'; userId: string; officeId: string }
  | { kind: 'office'; officeId: string };

export function readScope(p: Principal): ReadScope {
  if (p.officeId === null) return { kind: 'none' };
  switch (p.role) {
    case 'advocate':
      return { kind: 'member', userId: p.userId, officeId: p.officeId };
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

/**
 * The kinds a mark is made of — pull.ts's mark branch filters on the same. Both are
 * own-register, so a colleague's record of these kinds is never also read in full (shared):
 * the "a revision is a change or a mark, never both" rule holds. A roster, a schedule or a
 * hand-over is not aid given and never becomes a mark.
 */
export const markedEntities = [
  'consultation',
  'eligibilityCheck',
] as const satisfies readonly SyncedEntityName[];

/** Could `p` get an aid mark of this record? `markScope` and the mark branch's entity filter. */
export function seesMarkOf(p: Principal, entity: string, rec: RecordOwnership): boolean {
  const scope = markScope(p);
  return (
    scope.kind === 'peers' &&
    (markedEntities as readonly string[]).includes(entity) &&
    rec.officeId === scope.officeId &&
    rec.ownerId !== scope.userId
  );
}

/**
 * UTF-8 size of the record's JSON, as it will be stored; `json` when the caller has that text
 * already (push-decide.ts `prepareOps`: the body it stores), so a push stringifies each record
 * once. Counted without encoding (JSON.stringify never leaves a lone surrogate to replace).
 */
export function recordBytes(record: Record<string, unknown>, json?: string): number {
  return Buffer.byteLength(json ?? JSON.stringify(record), 'utf8');
}

/**
 * Checks of one op that need no database: entity known, size, id, shape, version = base + 1,
 * role may write the kind, owner field = caller. The server record's owner and version are
 * checked in push.ts with `canWrite` and the version rule.
 */
export function checkOp(p: Principal, op: PushOp, json?: string): AccessDecision {
  const entity = entityOf(op.entity);
  if (!entity) return deny('unknown-entity');
  if (recordBytes(op.record, json) > MAX_RECORD_BYTES) return deny('record-too-large');
  if (op.record.id !== op.entityId) return deny('id-mismatch');
  if (!entity.row.safeParse(op.record).success) return deny('invalid-record');
  if (op.record.version !== op.baseVersion + 1) return deny('invalid-record');
  const kind = writesKind(p, entity);
  if (!kind.ok) return kind;
  if (entity.ownerField && op.record[entity.ownerField] !== p.userId) return deny('wrong-owner');
  return allow;
}
