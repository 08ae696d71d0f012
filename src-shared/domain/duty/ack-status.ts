/**
 * Acquaintance with the schedule (Rules cl. 22): each advocate answers «Қабылданды» /
 * «Принято» to an edition of the month's schedules, and the acknowledgment keeps the duties it
 * covered. A later edition (a substitution, an edit) needs a new answer only from those whose
 * own duties changed: the edition number alone would send everybody back to acknowledge a
 * change that does not concern them.
 *
 * A draft has no status: advocates never see it, so `ackStatusOf` and `officeAckSummary`
 * return null for a draft rather than throwing (the head's screens ask before publishing too).
 */
import { dutyKinds, type DutyKind, type RosterMember } from '../../contracts/entities/duty-roster';
import type { DutySchedule, ScheduleAck } from '../../contracts/entities/duty-schedule';

export interface Duty {
  date: string;
  kind: DutyKind;
}

/**
 * 'current': acknowledged this edition; 'unchanged': acknowledged an earlier edition that gave
 * them the same duties; 'needs-again': their duties changed since; 'never': no answer yet.
 */
export const ackStates = ['current', 'unchanged', 'needs-again', 'never'] as const;
export type AckState = (typeof ackStates)[number];

export interface AckStatus {
  state: AckState;
  /** The acknowledgment the state is judged from (the current edition's, else the latest). */
  lastAck: ScheduleAck | null;
  /** The member's duties in the current edition (what an acknowledgment now would list). */
  duties: Duty[];
}

const byDateThenKind = (a: Duty, b: Duty) =>
  a.date.localeCompare(b.date) || dutyKinds.indexOf(a.kind) - dutyKinds.indexOf(b.kind);

/** Sorted, each day and kind once (a list naming someone twice is still one duty). */
function normalize(duties: readonly Duty[]): Duty[] {
  const seen = new Set<string>();
  const out: Duty[] = [];
  for (const { date, kind } of duties) {
    const key = `${date}|${kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ date, kind });
  }
  return out.sort(byDateThenKind);
}

/** The member's duties in the schedule, by date and then in cl. 20 order of kinds. */
export function dutiesOf(schedule: Pick<DutySchedule, 'days'>, memberId: string): Duty[] {
  return normalize(
    schedule.days
      .filter((d) => d.memberIds.includes(memberId))
      .map(({ date, kind }) => ({ date, kind })),
  );
}

function sameDuties(a: readonly Duty[], b: readonly Duty[]): boolean {
  return a.length === b.length && a.every((d, i) => d.date === b[i]!.date && d.kind === b[i]!.kind);
}

/** Later edition first; within one edition the later answer. */
const newer = (a: ScheduleAck, b: ScheduleAck) =>
  b.edition - a.edition || b.acknowledgedAt.localeCompare(a.acknowledgedAt);

/**
 * Where `memberId` stands with the schedule's current edition; null for a draft. `acks` may
 * hold anything synced (other schedules, other members): only this schedule's and member's
 * count. An acknowledgment of an edition newer than the schedule held here (the schedule has
 * not synced yet) is judged like an older one, by its duties.
 */
export function ackStatusOf(
  schedule: DutySchedule,
  memberId: string,
  acks: readonly ScheduleAck[],
): AckStatus | null {
  return schedule.status === 'draft' ? null : judge(schedule, memberId, acks);
}

function judge(schedule: DutySchedule, memberId: string, acks: readonly ScheduleAck[]): AckStatus {
  const duties = dutiesOf(schedule, memberId);
  const mine = acks
    .filter((a) => a.scheduleId === schedule.id && a.memberId === memberId)
    .sort(newer);
  const current = mine.find((a) => a.edition === schedule.edition);
  if (current) return { state: 'current', lastAck: current, duties };
  const latest = mine[0];
  if (!latest) return { state: 'never', lastAck: null, duties };
  const state = sameDuties(normalize(latest.duties), duties) ? 'unchanged' : 'needs-again';
  return { state, lastAck: latest, duties };
}

export interface AckSummaryRow {
  memberId: string;
  /** Null when the schedule names an id the roster no longer holds. */
  member: RosterMember | null;
  status: AckStatus;
}

export interface OfficeAckSummary {
  rows: AckSummaryRow[];
  counts: {
    /** 'current' or 'unchanged'. */
    acknowledged: number;
    /** 'needs-again' or 'never': the head's "who has not" list. */
    waiting: number;
  };
}

/**
 * One row per advocate the schedule concerns: every active member (cl. 22: all on the list are
 * acquainted, even with no duty this month) and anyone on the schedule who has since left.
 * Roster order, then ids only the schedule knows, in order of first appearance. Null for a draft.
 */
export function officeAckSummary(
  schedule: DutySchedule,
  members: readonly RosterMember[],
  acks: readonly ScheduleAck[],
): OfficeAckSummary | null {
  if (schedule.status === 'draft') return null;
  const onSchedule = new Set(schedule.days.flatMap((d) => d.memberIds));
  const rows: AckSummaryRow[] = [];
  const listed = new Set<string>();
  const add = (memberId: string, member: RosterMember | null) => {
    if (listed.has(memberId)) return;
    listed.add(memberId);
    rows.push({ memberId, member, status: judge(schedule, memberId, acks) });
  };
  for (const m of members) {
    if (m.status === 'active' || onSchedule.has(m.id)) add(m.id, m);
  }
  for (const id of onSchedule) add(id, null);
  const acknowledged = rows.filter((r) => ['current', 'unchanged'].includes(r.status.state)).length;
  return { rows, counts: { acknowledged, waiting: rows.length - acknowledged } };
}
