/**
 * What a claim points at, resolved against the registers: the work items, consultations and
 * expenses the advocate chose, and every ref a message may have to name. The validators check
 * the selection itself (claim fields + registers), not only the engine's lines: a withdrawn or
 * unknown item never becomes a line, yet it is exactly what the advocate has to remove.
 */
import type { WorkItem } from '../../contracts/entities/appointment';
import type { ClaimCheckContext, ClaimIssue, ClaimIssueCode } from './validate-types';
import type { FeeConsultation, WorkRef } from './types';

/** An entry of the claim, with what its message shows ("Appointment 12/2026, …, 03.11.2026"). */
export interface ClaimEntry {
  ref: WorkRef;
  kind: 'work' | 'travel' | 'consultation' | 'expense';
  recordId: string;
  /** Register place of the appointment or consultation; '' for an expense. */
  recordLabel: string;
  /** '' when the ref points at nothing in the registers (then `unknownId` is set). */
  date: string;
  startedAt: string;
  endedAt: string;
  /** Work-log action id (work, travel), 'consultation', or the expense type id. */
  activityId: string;
  unknownId?: string;
}

export interface ClaimedWork {
  entry: ClaimEntry;
  item: WorkItem;
}

export interface ClaimedConsultation {
  entry: ClaimEntry;
  consultation: FeeConsultation;
}

export interface Claimed {
  /** Live (not withdrawn) work items chosen, each once, in the claim's order. */
  work: ClaimedWork[];
  /** Consultations chosen that were given, each once. */
  consultations: ClaimedConsultation[];
  expenses: ClaimEntry[];
  /** Ids chosen more than once: the entry of each repeat. */
  repeated: ClaimEntry[];
  withdrawn: { entry: ClaimEntry; reason: string }[];
  /** Chosen ids not found in the registers. */
  missing: ClaimEntry[];
  /** Consultations chosen that were deferred, refused or withdrawn by the person. */
  notGiven: ClaimEntry[];
  /** Every ref of the selection and of the lines, to name the entry of any issue. */
  byRef: Map<WorkRef, ClaimEntry>;
}

function workEntry(appointmentId: string, label: string, item: WorkItem): ClaimEntry {
  return {
    ref: `work:${appointmentId}:${item.id}`,
    kind: 'work',
    recordId: appointmentId,
    recordLabel: label,
    date: item.date,
    startedAt: item.startedAt,
    endedAt: item.endedAt,
    activityId: item.actionId,
  };
}

function consultationEntry(c: FeeConsultation): ClaimEntry {
  return {
    ref: `consultation:${c.id}`,
    kind: 'consultation',
    recordId: c.id,
    recordLabel: c.label,
    date: c.date,
    startedAt: c.startedAt,
    endedAt: c.endedAt,
    activityId: 'consultation',
  };
}

function unknownEntry(ref: WorkRef, kind: ClaimEntry['kind'], label: string, id: string) {
  const recordId = kind === 'work' ? (ref.split(':')[1] ?? '') : id;
  return {
    ref,
    kind,
    recordId,
    recordLabel: label,
    date: '',
    startedAt: '',
    endedAt: '',
    activityId: '',
    unknownId: id,
  } satisfies ClaimEntry;
}

export function collectClaimed(ctx: ClaimCheckContext): Claimed {
  const out: Claimed = {
    work: [],
    consultations: [],
    expenses: [],
    repeated: [],
    withdrawn: [],
    missing: [],
    notGiven: [],
    byRef: new Map(),
  };
  const remember = (e: ClaimEntry) => {
    if (!out.byRef.has(e.ref)) out.byRef.set(e.ref, e);
  };

  const appt = ctx.appointment;
  const seenWork = new Set<string>();
  // A defence claim always has its appointment (the claim's schema); without one there is no
  // work to look up.
  for (const id of ctx.claim.workItemIds) {
    if (!appt) break;
    const item = appt.work.find((w) => w.id === id);
    if (!item) {
      const e = unknownEntry(`work:${appt.id}:${id}`, 'work', appt.label, id);
      if (!seenWork.has(id)) out.missing.push(e);
      seenWork.add(id);
      remember(e);
      continue;
    }
    const entry = workEntry(appt.id, appt.label, item);
    remember(entry);
    if (seenWork.has(id)) out.repeated.push(entry);
    else if (item.withdrawn) out.withdrawn.push({ entry, reason: item.withdrawn.reason });
    else out.work.push({ entry, item });
    seenWork.add(id);
  }

  const seenConsultations = new Set<string>();
  for (const id of ctx.claim.consultationIds) {
    const c = ctx.consultations.find((x) => x.id === id);
    const entry = c
      ? consultationEntry(c)
      : unknownEntry(`consultation:${id}`, 'consultation', '', id);
    remember(entry);
    if (seenConsultations.has(id)) {
      if (c) out.repeated.push(entry);
    } else if (!c) out.missing.push(entry);
    else if (c.status !== 'given') out.notGiven.push(entry);
    else out.consultations.push({ entry, consultation: c });
    seenConsultations.add(id);
  }

  for (const x of ctx.claim.expenses) {
    const entry: ClaimEntry = {
      ref: `expense:${x.id}`,
      kind: 'expense',
      recordId: x.id,
      recordLabel: '',
      date: x.date,
      startedAt: '',
      endedAt: '',
      activityId: x.typeId,
    };
    remember(entry);
    out.expenses.push(entry);
  }

  // Lines name what the selection does not: travel time, and lines of a frozen calculation.
  for (const l of ctx.calculation.lines) {
    remember({
      ref: l.ref,
      kind: l.kind,
      recordId: l.recordId,
      recordLabel: l.recordLabel,
      date: l.date,
      startedAt: l.startedAt,
      endedAt: l.endedAt,
      activityId: l.activityId,
    });
  }
  return out;
}

/** The params a message needs to name the entry (dates stay ISO; issue-text formats them). */
export function entryParams(e: ClaimEntry): Record<string, string> {
  if (e.unknownId !== undefined) return { id: e.unknownId };
  if (e.kind === 'expense') return { date: e.date, type: e.activityId };
  return { date: e.date, start: e.startedAt, end: e.endedAt, action: e.activityId };
}

/** An issue about one entry of the claim, or about the claim as a whole when `entry` is absent. */
export function issue(
  code: ClaimIssueCode,
  severity: ClaimIssue['severity'],
  entry: ClaimEntry | undefined,
  params: Record<string, string | number> = {},
): ClaimIssue {
  if (!entry) return { code, severity, params };
  return {
    code,
    severity,
    ref: entry.ref,
    recordId: entry.recordId,
    ...(entry.recordLabel ? { recordLabel: entry.recordLabel } : {}),
    params: { ...entryParams(entry), ...params },
  };
}

/** The entry for a ref, or an unknown one (a problem about a ref nothing else names). */
export function entryFor(claimed: Claimed, ref: WorkRef): ClaimEntry {
  const known = claimed.byRef.get(ref);
  if (known) return known;
  const [kind, ...rest] = ref.split(':');
  return unknownEntry(ref, (kind ?? 'work') as ClaimEntry['kind'], '', rest.at(-1) ?? '');
}
