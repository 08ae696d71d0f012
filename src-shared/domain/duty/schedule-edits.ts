/**
 * Changes to a month's duty schedules (Rules cl. 21–24), as pure functions from a schedule to
 * the next one. They touch only `days`, `status`, `edition`, `publishedAt` and `log`; the
 * caller's repository sets `version`, `updatedAt` and `headId`, and passes the change's id,
 * time and author in `meta` (nothing here reads a clock or makes ids).
 *
 * Editions: 0 while a draft, 1 at publication, +1 for every change after it — each published
 * change is a new edition the advocates whose duties changed acknowledge again (cl. 22), and
 * it needs a reason (cl. 24 "good reasons"). The log is append-only: it is how the office shows
 * who was put on duty, when, by whom and why — draft edits included, because a head changing
 * the generator's proposal is exactly what cl. 4.1 ("no pocket advocate") asks to be visible.
 */
import type { z } from 'zod';
import {
  absenceOn,
  dutyKinds,
  type DutyKind,
  type RosterMember,
} from '../../contracts/entities/duty-roster';
import type {
  DutySchedule,
  ScheduleChange,
  ScheduleDay,
  substitutionInputSchema,
} from '../../contracts/entities/duty-schedule';
import type { GenerateResult } from './types';

export const scheduleEditErrorCodes = [
  'not-draft',
  'reason-required',
  'not-on-duty',
  'already-on-duty',
  'same-member',
  'month-mismatch',
  'empty',
] as const;
export type ScheduleEditErrorCode = (typeof scheduleEditErrorCodes)[number];

export class ScheduleEditError extends Error {
  constructor(
    readonly code: ScheduleEditErrorCode,
    detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'ScheduleEditError';
  }
}

/** The change's log id, time and author (the head's name as printed), from the caller. */
export interface EditMeta {
  id: string;
  at: string;
  by: string;
}

export interface DayMembersChange {
  date: string;
  kind: DutyKind;
  /** The day's advocates in queue order (the order paper distribution walks). */
  memberIds: readonly string[];
  /** Required once published (cl. 24); ignored as '' for a draft when left out. */
  reason?: string;
}

export type Substitution = z.output<typeof substitutionInputSchema>;

const inMonth = (s: DutySchedule, date: string) => date.startsWith(`${s.month}-`);
const sameDay = (d: ScheduleDay, date: string, kind: DutyKind) =>
  d.date === date && d.kind === kind;
const dayOrder = (a: ScheduleDay, b: ScheduleDay) =>
  a.date.localeCompare(b.date) || dutyKinds.indexOf(a.kind) - dutyKinds.indexOf(b.kind);

/** Ids for a change that writes several log entries: `id`, or `id-1`, `id-2`, … */
function logIds(meta: EditMeta, count: number): string[] {
  return count === 1 ? [meta.id] : Array.from({ length: count }, (_, i) => `${meta.id}-${i + 1}`);
}

function requireMonth(s: DutySchedule, date: string): void {
  if (!inMonth(s, date)) throw new ScheduleEditError('month-mismatch', `${date} ∉ ${s.month}`);
}

/**
 * The schedule after a change to its days: a draft stays edition 0; a published schedule
 * becomes the next edition, published now (advocates see it after sync and acknowledge it).
 */
function changed(
  s: DutySchedule,
  days: ScheduleDay[],
  at: string,
  entries: (edition: number) => ScheduleChange[],
): DutySchedule {
  const published = s.status === 'published';
  const edition = published ? s.edition + 1 : s.edition;
  return {
    ...s,
    days,
    edition,
    publishedAt: published ? at : s.publishedAt,
    log: [...s.log, ...entries(edition)],
  };
}

function withDay(days: readonly ScheduleDay[], day: ScheduleDay): ScheduleDay[] {
  const rest = days.filter((d) => !sameDay(d, day.date, day.kind));
  return [...rest, day].sort(dayOrder);
}

/** Puts the generator's result into a draft (replacing its days). */
export function applyGenerated(
  s: DutySchedule,
  result: Pick<GenerateResult, 'days'>,
  meta: EditMeta,
): DutySchedule {
  if (s.status !== 'draft') throw new ScheduleEditError('not-draft');
  for (const d of result.days) requireMonth(s, d.date);
  const entry: ScheduleChange = { ...meta, type: 'generated', edition: 0, reason: '' };
  return {
    ...s,
    days: result.days.map((d) => ({ ...d, memberIds: [...d.memberIds] })),
    log: [...s.log, entry],
  };
}

/**
 * Sets one day's advocates of one kind (adds the day when it had none). A draft needs no
 * reason; a published schedule does, and becomes a new edition. One 'edit' log entry per
 * advocate taken off or put on (paired as from → to in queue order); a change of order alone
 * is logged too, without from/to, because the order decides who is offered the next paper.
 * Setting the same list again changes nothing and logs nothing (no reason asked).
 */
export function setDayMembers(
  s: DutySchedule,
  change: DayMembersChange,
  meta: EditMeta,
): DutySchedule {
  const { date, kind } = change;
  requireMonth(s, date);
  const memberIds = [...change.memberIds];
  const twice = memberIds.find((id, i) => memberIds.indexOf(id) !== i);
  if (twice !== undefined) throw new ScheduleEditError('already-on-duty', twice);
  const before = s.days.find((d) => sameDay(d, date, kind))?.memberIds ?? [];
  if (before.length === memberIds.length && before.every((id, i) => id === memberIds[i])) {
    return s;
  }
  const reason = (change.reason ?? '').trim();
  if (s.status === 'published' && !reason) throw new ScheduleEditError('reason-required');
  const removed = before.filter((id) => !memberIds.includes(id));
  const added = memberIds.filter((id) => !before.includes(id));
  const pairs = Array.from({ length: Math.max(removed.length, added.length, 1) }, (_, i) => ({
    from: removed[i],
    to: added[i],
  }));
  const ids = logIds(meta, pairs.length);
  return changed(s, withDay(s.days, { date, kind, memberIds }), meta.at, (edition) =>
    pairs.map(({ from, to }, i) => ({
      id: ids[i]!,
      at: meta.at,
      by: meta.by,
      type: 'edit' as const,
      edition,
      date,
      kind,
      ...(from !== undefined && { fromMemberId: from }),
      ...(to !== undefined && { toMemberId: to }),
      reason,
    })),
  );
}

/**
 * cl. 24: replaces the advocate `fromMemberId` by `toMemberId` on one day of one schedule, on
 * the advocate's request for a good reason. The substitute takes the same place in the queue,
 * so the substitution does not move anyone else ahead or behind.
 */
export function substitute(s: DutySchedule, input: Substitution, meta: EditMeta): DutySchedule {
  const { date, kind, fromMemberId, toMemberId } = input;
  requireMonth(s, date);
  if (fromMemberId === toMemberId) throw new ScheduleEditError('same-member');
  const reason = input.reason.trim();
  if (!reason) throw new ScheduleEditError('reason-required');
  const day = s.days.find((d) => sameDay(d, date, kind));
  const at = day ? day.memberIds.indexOf(fromMemberId) : -1;
  if (!day || at < 0) throw new ScheduleEditError('not-on-duty', fromMemberId);
  if (day.memberIds.includes(toMemberId)) {
    throw new ScheduleEditError('already-on-duty', toMemberId);
  }
  const memberIds = day.memberIds.map((id, i) => (i === at ? toMemberId : id));
  return changed(s, withDay(s.days, { date, kind, memberIds }), meta.at, (edition) => [
    {
      ...meta,
      type: 'substitution',
      edition,
      date,
      kind,
      fromMemberId,
      toMemberId,
      reason,
      requestedBy: fromMemberId,
      requestDate: input.requestDate,
    },
  ]);
}

/** Draft → published, edition 1 (cl. 21–22: advocates see and acknowledge it after sync). */
export function publish(s: DutySchedule, meta: EditMeta): DutySchedule {
  if (s.status !== 'draft') throw new ScheduleEditError('not-draft');
  if (!s.days.some((d) => d.memberIds.length > 0)) throw new ScheduleEditError('empty');
  const entry: ScheduleChange = { ...meta, type: 'published', edition: 1, reason: '' };
  return {
    ...s,
    status: 'published',
    edition: 1,
    publishedAt: meta.at,
    log: [...s.log, entry],
  };
}

export const scheduleWarningCodes = ['absent', 'left', 'not-in-kind', 'twice-same-day'] as const;
export type ScheduleWarningCode = (typeof scheduleWarningCodes)[number];

export interface ScheduleWarning {
  date: string;
  kind: DutyKind;
  memberId: string;
  code: ScheduleWarningCode;
}

/**
 * What the head's editor flags on a schedule (the head may still publish): an advocate on a
 * day they are suspended or unavailable ('absent'), who is no longer on the list or not in the
 * roster at all ('left'), who does not take part in that schedule ('not-in-kind'), or who is on
 * duty more than once that date — twice in one list, or in two schedules of the same day
 * ('twice-same-day': they cannot be at an investigator's and in court at once). The generator
 * only avoids the last softly, so small offices see it on generated drafts too.
 * In day order, then queue order, then the codes' order; one warning per code and place.
 */
export function scheduleWarnings(
  s: Pick<DutySchedule, 'days'>,
  members: readonly RosterMember[],
): ScheduleWarning[] {
  const byId = new Map(members.map((m) => [m.id, m]));
  const onDate = new Map<string, Map<string, number>>();
  for (const d of s.days) {
    const counts = onDate.get(d.date) ?? new Map<string, number>();
    for (const id of d.memberIds) counts.set(id, (counts.get(id) ?? 0) + 1);
    onDate.set(d.date, counts);
  }
  const out: ScheduleWarning[] = [];
  for (const d of [...s.days].sort(dayOrder)) {
    for (const memberId of new Set(d.memberIds)) {
      const m = byId.get(memberId);
      const at = { date: d.date, kind: d.kind, memberId };
      if (m && absenceOn(m, d.date)) out.push({ ...at, code: 'absent' });
      if (!m || m.status === 'left') out.push({ ...at, code: 'left' });
      if (m && !m.kinds.includes(d.kind)) out.push({ ...at, code: 'not-in-kind' });
      if ((onDate.get(d.date)?.get(memberId) ?? 0) > 1) {
        out.push({ ...at, code: 'twice-same-day' });
      }
    }
  }
  return out;
}
