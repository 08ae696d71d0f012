/**
 * Resolving a conflict or a quarantined change (docs/sync.md, "Resolving conflicts"). Each
 * action is ONE Dexie transaction, logged in `syncLog`, and deletes nothing:
 *
 * - keep the server's version / keep both: the quarantined ops (and the conflict row) are
 *   marked resolved — they stay, readable, under "resolved";
 * - apply mine again: my refused content becomes a new correction on top of the server's
 *   version, through commitChange (row + outbox op + audit entry, the replaced version
 *   archived), with the marking done in its `beforeWrite` — the same transaction;
 * - send as new: my refused new entry is created again with a new id and the next register
 *   number, through commitChange's create path, marking in the same transaction.
 *
 * The row is built with the repositories' own mapping (ConsultationRepository.rowFor,
 * appointment-rows.ts rowFor, the field codec), so it is exactly what a correction or a create
 * from the form writes. Encoding happens before the transaction (commitChange), as always.
 *
 * When the server keeps the conflict, the resolution is queued in
 * `syncState.pendingResolutions` in the same transaction; resolve-phase.ts sends it at the next
 * sync, after the push — so it works offline, and a "reapplied" correction reaches the server
 * before the server hears the conflict is settled.
 */
import type { Table } from 'dexie';
import {
  appointmentIntakeSchema,
  type Appointment,
} from '../../src-shared/contracts/entities/appointment';
import { consultationInputSchema } from '../../src-shared/contracts/entities/consultation';
import {
  profileInputSchema,
  profilePersonalFields,
  type Profile,
} from '../../src-shared/contracts/entities/profile';
import { APPOINTMENT_PERSONAL, openRow, rowFor } from '../db/appointment-rows';
import { commitChange, type RepoDeps } from '../db/commit-change';
import { ConsultationRepository } from '../db/consultation-repository';
import { CONSULTATION_PERSONAL } from '../db/consultation-rows';
import { nextRegisterNumber } from '../db/register-number';
import type { AppointmentRow, ConsultationRow, LocalResolution } from '../db/rows';
import { notifyLocalChange } from './local-changes';
import {
  caseId,
  loadRawCase,
  offeredActions,
  type CaseRef,
  type Me,
  type RawCase,
} from './resolve-cases';
import { openStored } from './resolve-open';
import { readSyncState, SyncLogWriter } from './sync-state';

export type ResolveErrorCode =
  'gone' | 'already-resolved' | 'not-offered' | 'unreadable' | 'changed';

/** Why an action was not done; nothing was written. */
export class ResolveError extends Error {
  constructor(
    readonly code: ResolveErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ResolveError';
  }
}

export interface Resolved {
  resolution: LocalResolution;
  /** The record that now carries my content (a new id after 'sent-as-new'). */
  entityId: string;
  /** Its register number, for a register entry. */
  number?: number;
}

type Rec = Record<string, unknown>;

/** The tables the marking writes, added to commitChange's transaction. */
const markTables = (deps: RepoDeps): Table[] => [
  deps.db.syncConflicts,
  deps.db.syncState,
  deps.db.syncLog,
];

/**
 * Marks the case resolved; runs inside the caller's transaction. Refuses (rolling the whole
 * action back) when another tab or window resolved it meanwhile.
 */
async function markResolved(
  deps: RepoDeps,
  raw: RawCase,
  resolution: LocalResolution,
  detail: string,
  note?: string,
): Promise<void> {
  const { db } = deps;
  const at = deps.now();
  for (const op of raw.ops) {
    const cur = await db.outbox.get(op.opId);
    if (!cur?.rejection || cur.state !== 'rejected' || cur.rejection.resolvedAt) {
      throw new ResolveError('already-resolved', `op ${op.opId} is no longer in the quarantine`);
    }
    await db.outbox.put({ ...cur, rejection: { ...cur.rejection, resolvedAt: at, resolution } });
  }
  if (raw.conflict) {
    const cur = await db.syncConflicts.get(raw.conflict.conflictId);
    if (cur?.resolvedAt) {
      throw new ResolveError('already-resolved', `conflict ${cur.conflictId} is resolved`);
    }
    if (cur) await db.syncConflicts.put({ ...cur, resolvedAt: at, resolution, seen: true });
  }
  if (raw.serverConflictId && resolution !== 'kept-both') {
    const state = await readSyncState(db);
    const queue = (state.pendingResolutions ?? []).filter(
      (p) => p.conflictId !== raw.serverConflictId,
    );
    queue.push({ conflictId: raw.serverConflictId, resolution, at, ...(note ? { note } : {}) });
    await db.syncState.put({ ...state, pendingResolutions: queue });
  }
  const log = new SyncLogWriter(at);
  log.add({
    action: 'resolved',
    entity: raw.entity,
    entityId: raw.entityId,
    ...(raw.ops[0] ? { opId: raw.ops[0].opId } : {}),
    reason:
      `${resolution}: ${raw.code} ${caseId(raw)}` +
      `${raw.ops.length ? `, ${raw.ops.length} quarantined op(s) kept` : ''}${detail}` +
      (raw.serverConflictId ? '; the server is told at the next sync' : ''),
  });
  await log.flush(db);
}

async function markOnly(deps: RepoDeps, raw: RawCase, resolution: LocalResolution, note?: string) {
  const { db } = deps;
  await db.transaction('rw', [db.outbox, ...markTables(deps)], () =>
    markResolved(deps, raw, resolution, '', note),
  );
  // Nothing else changed, but the server is to be told: let the scheduler sync soon.
  if (raw.serverConflictId) notifyLocalChange();
  return { resolution, entityId: raw.entityId };
}

const reasonOf = (raw: RawCase) => `conflict resolution: ${caseId(raw)}`;

/** Names of the fields whose values differ (values never go into the audit log). */
function changedFields(before: Rec | null, after: Rec, skip: readonly string[] = []): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  return [...keys].filter(
    (k) => !skip.includes(k) && JSON.stringify(before?.[k]) !== JSON.stringify(after[k]),
  );
}

async function mineOpened(deps: RepoDeps, raw: RawCase): Promise<Rec> {
  const mine = await openStored(deps, raw.entity, raw.mine);
  if (!mine) throw new ResolveError('unreadable', `my version of ${raw.entityId} cannot be read`);
  return mine;
}

async function reapply(deps: RepoDeps, raw: RawCase, me: Me, note?: string): Promise<Resolved> {
  const { db } = deps;
  const reason = reasonOf(raw);
  const mine = await mineOpened(deps, raw);
  const now = deps.now();
  const actor = me.userId!;
  // The correction's common part: the previous (server's) version archived, as a correction
  // from the form does, and the case marked resolved — inside commitChange's transaction.
  const done = <T>(archive?: Table) => ({
    reason,
    actor,
    extraTables: [...(archive ? [archive] : []), ...markTables(deps)],
    beforeWrite: async (stored: T | undefined, next: T) => {
      if (stored && archive) await archive.put(stored);
      await markResolved(deps, raw, 'reapplied', `, new version on top of the server's`, note);
      return next;
    },
  });

  if (raw.entity === 'consultation') {
    const repo = new ConsultationRepository(deps);
    const current = await db.consultations.get(raw.entityId);
    if (!current) throw new ResolveError('changed', `no register entry ${raw.entityId}`);
    const fields = consultationInputSchema.parse(mine);
    const before = await openStored(deps, 'consultation', current as unknown as Rec);
    const row = await repo.rowFor(
      fields,
      {
        id: current.id,
        version: current.version + 1,
        createdAt: current.createdAt,
        updatedAt: now,
        advocateId: current.advocateId,
        number: current.number,
        correctionReason: reason,
      },
      current.year,
    );
    await commitChange(deps, {
      entity: 'consultation',
      table: db.consultations,
      record: row,
      personalFields: CONSULTATION_PERSONAL,
      action: 'correct',
      fields: changedFields(before, fields, [
        'id',
        'version',
        'advocateId',
        'year',
        'number',
        'durationMinutes',
        'createdAt',
        'updatedAt',
        'correctionReason',
      ]),
      ...done<ConsultationRow>(db.consultationVersions),
    });
    return { resolution: 'reapplied', entityId: row.id, number: row.number };
  }

  if (raw.entity === 'appointment') {
    const current = await db.appointments.get(raw.entityId);
    if (!current) throw new ResolveError('changed', `no appointment ${raw.entityId}`);
    const intake = appointmentIntakeSchema.parse(mine);
    const before = await openRow(deps.codec, current);
    const next: Appointment = {
      ...(mine as unknown as Appointment),
      ...intake,
      id: current.id,
      version: current.version + 1,
      advocateId: current.advocateId,
      year: current.year,
      number: current.number,
      caseGroupId: current.caseGroupId,
      createdAt: current.createdAt,
      updatedAt: now,
      changeReason: reason,
    };
    await commitChange(deps, {
      entity: 'appointment',
      table: db.appointments,
      record: await rowFor(deps.codec, next),
      personalFields: APPOINTMENT_PERSONAL,
      action: 'correct',
      fields: changedFields(before as unknown as Rec, next as unknown as Rec, [
        'version',
        'updatedAt',
        'changeReason',
      ]),
      ...done<AppointmentRow>(db.appointmentVersions),
    });
    return { resolution: 'reapplied', entityId: next.id, number: next.number };
  }

  if (raw.entity === 'profile') {
    const current = await db.profile.get(raw.entityId);
    if (!current) throw new ResolveError('changed', `no profile ${raw.entityId}`);
    const before = (await openStored(deps, 'profile', current as unknown as Rec)) as Profile | null;
    if (!before) throw new ResolveError('unreadable', 'the current profile cannot be read');
    const fields = profileInputSchema.parse(mine);
    const record: Profile = { ...before, ...fields, version: current.version + 1, updatedAt: now };
    await commitChange(deps, {
      entity: 'profile',
      table: db.profile,
      record,
      personalFields: profilePersonalFields,
      action: 'correct',
      fields: changedFields(before as unknown as Rec, fields as unknown as Rec),
      ...done<Profile>(),
    });
    return { resolution: 'reapplied', entityId: record.id };
  }
  throw new ResolveError('not-offered', `cannot apply a ${raw.entity} again`);
}

async function sendAsNew(deps: RepoDeps, raw: RawCase, me: Me, note?: string): Promise<Resolved> {
  const { db } = deps;
  const reason = reasonOf(raw);
  const mine = await mineOpened(deps, raw);
  const now = deps.now();
  const owner = me.userId!;
  const id = deps.newId();
  let number = 0;
  const mark = () =>
    markResolved(deps, raw, 'sent-as-new', `, new entry ${id} No. ${number}`, note);

  if (raw.entity === 'consultation') {
    const repo = new ConsultationRepository(deps);
    const fields = consultationInputSchema.parse(mine);
    const year = Number(fields.appliedAt.slice(0, 4));
    const row = await repo.rowFor(
      fields,
      { id, version: 1, createdAt: now, updatedAt: now, advocateId: owner, number: 0 },
      year,
    );
    const table = db.consultations;
    await commitChange(deps, {
      entity: 'consultation',
      table,
      record: row,
      personalFields: CONSULTATION_PERSONAL,
      action: 'create',
      actor: owner,
      fields: Object.keys(fields),
      reason,
      extraTables: markTables(deps),
      beforeWrite: async (_current, stored): Promise<ConsultationRow> => {
        number = await nextRegisterNumber(table, owner, year);
        await mark();
        return { ...stored, number };
      },
    });
    return { resolution: 'sent-as-new', entityId: id, number };
  }

  if (raw.entity === 'appointment') {
    const a = mine as unknown as Appointment;
    const intake = appointmentIntakeSchema.parse(mine);
    const next: Appointment = {
      ...a,
      ...intake,
      id,
      version: 1,
      advocateId: owner,
      year: Number(intake.receivedAt.slice(0, 4)),
      number: 0,
      // The first stage of a case names its group after itself; a later stage keeps the group.
      caseGroupId: a.caseGroupId === a.id ? id : a.caseGroupId,
      createdAt: now,
      updatedAt: now,
    };
    delete next.changeReason;
    const table = db.appointments;
    await commitChange(deps, {
      entity: 'appointment',
      table,
      record: await rowFor(deps.codec, next),
      personalFields: APPOINTMENT_PERSONAL,
      action: 'create',
      actor: owner,
      fields: Object.keys(intake),
      reason,
      extraTables: markTables(deps),
      beforeWrite: async (_current, stored): Promise<AppointmentRow> => {
        number = await nextRegisterNumber(table, owner, next.year);
        await mark();
        return { ...stored, number };
      },
    });
    return { resolution: 'sent-as-new', entityId: id, number };
  }
  throw new ResolveError('not-offered', `a ${raw.entity} is not a register entry`);
}

/**
 * Resolves the case `ref` with `resolution`, if the case offers it to `me` (offeredActions).
 * Throws ResolveError (nothing written) or the repository's own errors (a ZodError when my
 * refused version no longer passes today's form rules; VersionConflictError when the record
 * changed meanwhile).
 */
export async function resolveCase(
  deps: RepoDeps,
  ref: CaseRef,
  resolution: LocalResolution,
  me: Me,
  note?: string,
): Promise<Resolved> {
  const raw = await loadRawCase(deps.db, ref);
  if (!raw) throw new ResolveError('gone', 'the case is no longer here');
  if (raw.resolvedAt) throw new ResolveError('already-resolved', `${caseId(raw)} is resolved`);
  if (!offeredActions(raw, me).includes(resolution)) {
    throw new ResolveError('not-offered', `${resolution} is not offered for ${caseId(raw)}`);
  }
  switch (resolution) {
    case 'kept-server':
    case 'kept-both':
      return markOnly(deps, raw, resolution, note);
    case 'reapplied':
      return reapply(deps, raw, me, note);
    case 'sent-as-new':
      return sendAsNew(deps, raw, me, note);
  }
}
