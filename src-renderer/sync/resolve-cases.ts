/**
 * A "case" the user can resolve (docs/sync.md, "Resolving conflicts"), gathered from what the
 * engine keeps: a quarantined change (outbox rows in state 'rejected': the refused op and every
 * later op built on it), a conflict pulled from the server (`syncConflicts`, kind 'server'), or
 * a pulled record whose register number is taken here (kind 'number-taken').
 *
 * Reads only Dexie (so it can run inside a liveQuery); decoding is resolve-open.ts. Which
 * actions a case offers is decided here, purely, by `offeredActions`.
 */
import type { ReasonText } from '../../src-shared/contracts/sync/rejections';
import { isSyncedEntity } from '../../src-shared/contracts/sync/protocol';
import type { AppDb } from '../db/app-db';
import type { LocalResolution, OutboxRow, SyncConflictRow } from '../db/rows';
import { bindingOf, sameRecord } from './records';

type Rec = Record<string, unknown>;

/** How the UI names a case: by one of its quarantined ops, or by a conflict row. */
export type CaseRef = { kind: 'op'; opId: string } | { kind: 'conflict'; conflictId: string };

export interface RawCase {
  source: 'quarantine' | 'conflict' | 'number-taken';
  entity: string;
  entityId: string;
  /** The rejection code, 'conflict', or 'number-taken'. */
  code: string;
  reason?: ReasonText;
  /** The quarantined ops of the case (the refused one first, then those built on it). */
  ops: OutboxRow[];
  conflict?: SyncConflictRow;
  /** Set when the server keeps this conflict and is to be told how it was resolved. */
  serverConflictId?: string;
  /** The version the refused change was built on; 0 for a new record. */
  baseVersion: number;
  /** My version (stored form): the last refused one, or the holder of a taken number. */
  mine: Rec | null;
  /** The other version (stored form): the server's. */
  server: Rec | null;
  /** The local row of `entityId` (the register's current entry), if any. */
  local: Rec | undefined;
  /** The local row is the server's version, not one of mine that was refused. */
  serverLanded: boolean;
  /** Who the record belongs to (its owner field). */
  ownerId: string | undefined;
  resolvedAt?: string;
  resolution?: LocalResolution;
}

/** Entities whose refused content can be written again as a correction. */
const REAPPLIABLE = new Set(['consultation', 'appointment', 'profile']);
/** Registers: a new entry gets a new id and the next register number. */
const REGISTERS = new Set(['consultation', 'appointment']);

export function ownerOf(entity: string, record: Rec | null | undefined): string | undefined {
  if (!record) return undefined;
  const v =
    entity === 'profile'
      ? record.id
      : entity === 'eligibilityCheck'
        ? record.actor
        : record.advocateId;
  return typeof v === 'string' ? v : undefined;
}

async function localRow(db: AppDb, entity: string, id: string | undefined) {
  if (!id || !isSyncedEntity(entity)) return undefined;
  return bindingOf(db, entity).table.get(id);
}

/** The refused op and the ops quarantined because of it, oldest first. */
async function quarantineGroup(db: AppDb, op: OutboxRow): Promise<OutboxRow[]> {
  const rootId = op.rejection?.causeOpId ?? op.opId;
  const group = await db.outbox
    .where('[entity+entityId]')
    .equals([op.entity, op.entityId])
    .filter(
      (o) => o.state === 'rejected' && (o.opId === rootId || o.rejection?.causeOpId === rootId),
    )
    .toArray();
  return group.sort(
    (a, b) =>
      Number(b.opId === rootId) - Number(a.opId === rootId) ||
      a.baseVersion - b.baseVersion ||
      a.at.localeCompare(b.at) ||
      a.opId.localeCompare(b.opId),
  );
}

async function fromOp(db: AppDb, op: OutboxRow, known?: SyncConflictRow): Promise<RawCase | null> {
  const ops = await quarantineGroup(db, op);
  const root = ops[0];
  if (!root?.rejection) return null;
  const last = ops.at(-1)!;
  const conflictId = root.rejection.conflictId ?? known?.conflictId;
  const conflict = known ?? (conflictId ? await db.syncConflicts.get(conflictId) : undefined);
  const local = await localRow(db, op.entity, op.entityId);
  const serverLanded = !!local && !ops.some((o) => sameRecord(o.record, local));
  const raw: RawCase = {
    source: 'quarantine',
    entity: op.entity,
    entityId: op.entityId,
    code: root.rejection.code,
    reason: root.rejection.reason,
    ops,
    baseVersion: root.baseVersion,
    mine: last.record,
    server: serverLanded ? local! : (conflict?.ours ?? null),
    local,
    serverLanded,
    ownerId: ownerOf(op.entity, local ?? last.record),
  };
  if (conflict) raw.conflict = conflict;
  if (conflictId && (root.rejection.conflictId || conflict?.opId)) {
    raw.serverConflictId = conflictId;
  }
  if (root.rejection.resolvedAt) raw.resolvedAt = root.rejection.resolvedAt;
  if (root.rejection.resolution) raw.resolution = root.rejection.resolution;
  return raw;
}

async function fromConflict(db: AppDb, c: SyncConflictRow): Promise<RawCase | null> {
  // This device's own refused change: the quarantine holds it with the later ops built on it.
  if (c.kind === 'server' && c.opId) {
    const op = await db.outbox.get(c.opId);
    if (op?.state === 'rejected') return fromOp(db, op, c);
  }
  const numberTaken = c.kind === 'number-taken';
  // number-taken: `ours` is the local record holding the number, `theirs` the pulled one.
  const mineId = numberTaken ? (c.ours.id as string | undefined) : c.entityId;
  const local = await localRow(db, c.entity, mineId);
  const mine = numberTaken ? (local ?? c.ours) : c.theirs;
  const serverLanded = !numberTaken && !!local && !sameRecord(local, c.theirs);
  const theirsVersion = typeof c.theirs.version === 'number' ? c.theirs.version : 1;
  const raw: RawCase = {
    source: numberTaken ? 'number-taken' : 'conflict',
    entity: c.entity,
    entityId: c.entityId,
    code: numberTaken ? 'number-taken' : 'conflict',
    ops: [],
    conflict: c,
    baseVersion: c.baseVersion ?? Math.max(0, theirsVersion - 1),
    mine,
    server: numberTaken ? c.theirs : serverLanded ? local! : c.ours,
    local,
    serverLanded,
    ownerId: ownerOf(c.entity, numberTaken ? mine : (local ?? c.ours)),
  };
  // Conflicts the engine kept locally (`local:` ids) have no opId: the server knows nothing.
  if (!numberTaken && c.opId) raw.serverConflictId = c.conflictId;
  if (c.resolvedAt) raw.resolvedAt = c.resolvedAt;
  if (c.resolution) raw.resolution = c.resolution;
  return raw;
}

/** The case a list row opens, or null when it is gone. */
export async function loadRawCase(db: AppDb, ref: CaseRef): Promise<RawCase | null> {
  if (ref.kind === 'op') {
    const op = await db.outbox.get(ref.opId);
    return op?.state === 'rejected' ? fromOp(db, op) : null;
  }
  const c = await db.syncConflicts.get(ref.conflictId);
  return c ? fromConflict(db, c) : null;
}

export interface Me {
  /** The adopted server user (or the local profile id before signing in). */
  userId: string | undefined;
  role?: 'advocate' | 'head' | 'staff' | undefined;
}

/**
 * What the user may do with a case, in the order the UI offers it:
 * - 'kept-server': the local row is the server's version already; the owner, or the head of
 *   the office for a colleague's conflict, accepts it.
 * - 'reapplied': my refused change of an existing record (conflict or version gap, the server's
 *   copy is here) written again as a correction on top of the server's version. Owner only.
 * - 'sent-as-new': my refused NEW register entry (base 0) collided with another record under
 *   the same id; it becomes a new entry with a new id and the next number. Owner only.
 * - 'kept-both': a register number taken here: both records stay as they are (shared
 *   numbering is an open domain decision; renumbering a register entry is not allowed).
 * Refusals without a server copy (invalid record, too large, wrong owner…) offer nothing: the
 * quarantine's reason says what to do.
 */
export function offeredActions(raw: RawCase, me: Me): LocalResolution[] {
  if (raw.resolvedAt) return [];
  if (raw.source === 'number-taken') return ['kept-both'];
  const owned = raw.ownerId !== undefined && raw.ownerId === me.userId;
  const actions: LocalResolution[] = [];
  if (raw.serverLanded && (owned || me.role === 'head')) actions.push('kept-server');
  const refusedWithCopy = raw.code === 'conflict' || raw.code === 'version-gap';
  if (!owned || !raw.serverLanded || !refusedWithCopy || !raw.mine) return actions;
  const update = raw.baseVersion > 0 || raw.entity === 'profile';
  if (update && REAPPLIABLE.has(raw.entity)) actions.push('reapplied');
  if (!update && REGISTERS.has(raw.entity)) actions.push('sent-as-new');
  return actions;
}

/** The id a resolution names in the audit and the log: the conflict's, else the refused op's. */
export function caseId(raw: RawCase): string {
  return raw.conflict?.conflictId ?? raw.serverConflictId ?? raw.ops[0]?.opId ?? raw.entityId;
}
