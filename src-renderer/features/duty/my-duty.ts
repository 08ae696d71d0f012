/**
 * The advocate's side of the duty area (Rules cl. 12–14, 17, 21–22, 26–27), as pure functions
 * the "My duties" screen renders: who "I" am on the office roster, which schedules concern me
 * now, my duty days with who else is on duty, what changed for me since I last acknowledged,
 * and the hand-overs waiting for my answer. No database, no clock: the screen passes them in.
 */
import {
  dutyKinds,
  type DutyKind,
  type RosterMember,
} from '../../../src-shared/contracts/entities/duty-roster';
import type {
  DutySchedule,
  ScheduleAck,
  ScheduleChange,
} from '../../../src-shared/contracts/entities/duty-schedule';
import type {
  Distribution,
  DistributionAnswer,
} from '../../../src-shared/contracts/entities/duty-distribution';
import { dutiesOf, type Duty } from '../../../src-shared/domain/duty/ack-status';
import { formatDate } from '../../../src-shared/i18n/format';
import type { Locale } from '../../../src-shared/i18n/locales';
import { nextMonth } from './duty-labels';

/**
 * The roster member this account is (cl. 12–14: the head links each advocate's account).
 * An account linked twice is a head's slip; the active entry is the one that gets duties.
 */
export function findMe(members: readonly RosterMember[], profileId: string): RosterMember | null {
  const linked = members.filter((m) => m.userId !== '' && m.userId === profileId);
  return linked.find((m) => m.status === 'active') ?? linked[0] ?? null;
}

/**
 * The published schedules of this month and the next (cl. 21: next month's is published by
 * the 25th), this month first. Should two devices have published one month each, the one
 * published first is the month's, as in `DutyScheduleRepository.forMonth`.
 */
export function schedulesToShow(published: readonly DutySchedule[], today: string): DutySchedule[] {
  const current = today.slice(0, 7);
  const out: DutySchedule[] = [];
  for (const month of [current, nextMonth(current)]) {
    const pick = published
      .filter((s) => s.status === 'published' && s.month === month)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0];
    if (pick) out.push(pick);
  }
  return out;
}

export interface Colleague {
  id: string;
  /** The id itself when the roster has not (yet) got the member: the schedule still names them. */
  fullName: string;
  phone: string;
}

export interface MyDutyDay extends Duty {
  /** The others on duty in the same schedule that day, in queue order (cl. 21: with phones). */
  others: Colleague[];
}

const colleague = (members: ReadonlyMap<string, RosterMember>, id: string): Colleague => {
  const m = members.get(id);
  return { id, fullName: m?.fullName ?? id, phone: m?.phone ?? '' };
};

/** My duty days in the schedule, by date and then in the cl. 20 order of kinds. */
export function myDutyDays(
  schedule: Pick<DutySchedule, 'days'>,
  memberId: string,
  members: ReadonlyMap<string, RosterMember>,
): MyDutyDay[] {
  return dutiesOf(schedule, memberId).map((duty) => {
    const ids = schedule.days
      .filter((d) => d.date === duty.date && d.kind === duty.kind)
      .flatMap((d) => d.memberIds);
    const others = [...new Set(ids)].filter((id) => id !== memberId);
    return { ...duty, others: others.map((id) => colleague(members, id)) };
  });
}

export interface ChangesForMe {
  /** Duties I have now that my last acknowledgment did not list. */
  added: Duty[];
  /** Duties my last acknowledgment listed that I no longer have. */
  removed: Duty[];
  /** The log entries of later editions that concern me, oldest first (with their reasons). */
  log: ScheduleChange[];
}

const key = (d: Duty) => `${d.date}|${d.kind}`;

/**
 * What changed for me since the edition I acknowledged (cl. 22, 24). The difference of duties
 * is the ground truth: it is what the acknowledgment status is judged from, and it holds even
 * if a log entry did not arrive. The log entries say why: a substitution or edit taking me off
 * or putting me on, and an order change on one of my days (the order decides who is offered
 * the next paper, cl. 17(1)).
 */
export function changesForMe(
  schedule: DutySchedule,
  memberId: string,
  since: Pick<ScheduleAck, 'edition' | 'duties'>,
): ChangesForMe {
  const now = dutiesOf(schedule, memberId);
  // The acknowledgment's own list, read the same way as the schedule's (sorted, each once).
  const before = dutiesOf(
    { days: since.duties.map((d) => ({ ...d, memberIds: [memberId] })) },
    memberId,
  );
  const nowKeys = new Set(now.map(key));
  const beforeKeys = new Set(before.map(key));
  const touches = (c: ScheduleChange) => {
    if (c.fromMemberId === memberId || c.toMemberId === memberId) return true;
    // An order-only edit (no from/to) on one of my days moves me in that day's queue.
    const orderOnly = c.type === 'edit' && !c.fromMemberId && !c.toMemberId;
    return orderOnly && !!c.date && !!c.kind && nowKeys.has(key({ date: c.date, kind: c.kind }));
  };
  return {
    added: now.filter((d) => !beforeKeys.has(key(d))),
    removed: before.filter((d) => !nowKeys.has(key(d))),
    log: schedule.log.filter(
      (c) =>
        c.edition > since.edition && (c.type === 'edit' || c.type === 'substitution') && touches(c),
    ),
  };
}

/** The whole month as rows: a row per date that has any duty, a cell per kind (cl. 20). */
export function scheduleRows(
  schedule: Pick<DutySchedule, 'days'>,
): { date: string; cells: Record<DutyKind, string[]> }[] {
  const dates = [...new Set(schedule.days.map((d) => d.date))].sort();
  return dates.map((date) => {
    const cells = Object.fromEntries(dutyKinds.map((k) => [k, [] as string[]])) as Record<
      DutyKind,
      string[]
    >;
    for (const d of schedule.days) if (d.date === date) cells[d.kind].push(...d.memberIds);
    return { date, cells };
  });
}

export interface AnsweredHandOver {
  distribution: Distribution;
  answer: DistributionAnswer;
}

export interface MyHandOvers {
  /** Handed to me in the last round and not answered yet (cl. 17(2), 26: I must answer). */
  pending: Distribution[];
  /** My answers, newest first: accepted (in the register or not yet) and declined. */
  answered: AnsweredHandOver[];
}

/**
 * Splits the hand-overs this device holds into those waiting for my answer and those I have
 * answered. A hand-over is waiting when its last round chose me and that round has no answer:
 * only the chosen member can answer a round, so any answer to it closes it.
 */
export function myHandOvers(
  distributions: readonly Distribution[],
  answers: readonly DistributionAnswer[],
  memberId: string,
  profileId: string,
): MyHandOvers {
  const byId = new Map(distributions.map((d) => [d.id, d]));
  const pending = distributions.filter((d) => {
    const last = d.rounds[d.rounds.length - 1]!;
    return (
      last.chosenMemberId === memberId &&
      !answers.some((a) => a.distributionId === d.id && a.round === last.round)
    );
  });
  const answered = answers
    .filter((a) => a.advocateId === profileId || a.memberId === memberId)
    .flatMap((answer) => {
      const distribution = byId.get(answer.distributionId);
      return distribution ? [{ distribution, answer }] : [];
    })
    .sort((a, b) => b.answer.answeredAt.localeCompare(a.answer.answeredAt));
  return { pending, answered };
}

const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** "YYYY-MM-DDTHH:mm" of an instant on this device's clock and time zone. */
export function localStamp(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * A stored time as local "YYYY-MM-DDTHH:mm": records keep UTC instants (`toISOString`), the
 * registers keep the advocate's wall-clock time. A value already local stays as it is, a bare
 * date is its midnight; anything unreadable gives null.
 */
export function toLocalStamp(value: string): string | null {
  if (LOCAL.test(value)) return value;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T00:00`;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : localStamp(d);
}

/** A stored time for reading: "25.11.2026 09:40" (or the date alone); as stored if unreadable. */
export function formatStamp(value: string, locale: Locale, withTime = true): string {
  const stamp = toLocalStamp(value);
  if (!stamp) return value;
  const date = formatDate(stamp.slice(0, 10), locale);
  return withTime ? `${date} ${stamp.slice(11)}` : date;
}
