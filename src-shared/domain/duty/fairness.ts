/**
 * The month's fairness report (Rules cl. 4.2 equal access, cl. 21 equal participation): for each
 * advocate, duty days in the published schedule and the paper appointments handed to them, how
 * they answered, and how often the queue passed them over and why.
 *
 * What is counted:
 * - duty days: only from a schedule of that month that is published (a draft binds nobody,
 *   cl. 25); the edition counted from is reported;
 * - received: every round with a duty date in the month in which the advocate was chosen (a
 *   decline does not undo having been chosen); accepted / declined: their answer to that round;
 *   pending: received − accepted − declined; declines are also counted by decline ground id;
 * - skipped: every 'skipped' entry, by reason, in the queues of those rounds.
 * Rows: every roster member who is active, plus anyone with duty days, hand-overs or skips that
 * month (someone who left, or an id no longer in the roster — shown with an empty name so no
 * count is lost); roster order first, unknown ids after, sorted.
 *
 * Spread and Gini are taken over the advocates eligible that month only: roster status 'active'
 * and not absent on every day of the month. Someone suspended for the whole month was rightly
 * given nothing and would make an even month look unequal; someone who left is not compared.
 */
import {
  absenceOn,
  dutyKinds,
  type DutyKind,
  type RosterMember,
} from '../../contracts/entities/duty-roster';
import type { Distribution, DistributionAnswer } from '../../contracts/entities/duty-distribution';
import type { DutySchedule } from '../../contracts/entities/duty-schedule';
import { isoDate, parseMonth } from '../calendar/calendar-days';
import { spreadOf } from './gini';
import type { FairnessReport, FairnessRow } from './types';

export interface FairnessInput {
  month: string;
  officeName: string;
  schedule: DutySchedule | null;
  members: readonly RosterMember[];
  distributions: readonly Distribution[];
  answers: readonly DistributionAnswer[];
}

export function fairnessReport(input: FairnessInput): FairnessReport {
  const { month } = input;
  const inMonth = (date: string) => date.slice(0, 7) === month;
  const rows = new Map<string, FairnessRow>();
  const rowOf = (memberId: string): FairnessRow => {
    let row = rows.get(memberId);
    if (!row) {
      row = emptyRow(memberId, input.members.find((m) => m.id === memberId)?.fullName ?? '');
      rows.set(memberId, row);
    }
    return row;
  };
  // Active members get a row even with nothing to show: a zero is what fairness is about.
  for (const m of input.members) if (m.status === 'active') rowOf(m.id);

  const schedule =
    input.schedule?.status === 'published' && input.schedule.month === month
      ? input.schedule
      : null;
  for (const day of schedule?.days ?? []) {
    if (!inMonth(day.date)) continue;
    for (const memberId of new Set(day.memberIds)) {
      const row = rowOf(memberId);
      row.dutyDays[day.kind]++;
      row.dutyTotal++;
    }
  }

  const answers = latestAnswers(input.answers);
  for (const d of input.distributions) {
    for (const round of d.rounds) {
      if (!inMonth(round.dutyDate)) continue;
      const row = rowOf(round.chosenMemberId);
      row.received++;
      const answer = answers.get(`${d.id}\n${round.round}\n${round.chosenMemberId}`);
      if (answer?.answer === 'accepted') row.accepted++;
      if (answer?.answer === 'declined') {
        row.declined++;
        row.declineGrounds[answer.groundId] = (row.declineGrounds[answer.groundId] ?? 0) + 1;
      }
      for (const entry of round.queue) {
        if (entry.outcome !== 'skipped' || !entry.reason) continue;
        const skipped = rowOf(entry.memberId).skipped;
        skipped[entry.reason] = (skipped[entry.reason] ?? 0) + 1;
      }
    }
  }
  for (const row of rows.values()) row.pending = row.received - row.accepted - row.declined;

  const order = new Map(input.members.map((m, i) => [m.id, i]));
  const sorted = [...rows.values()].sort((a, b) => {
    const ia = order.get(a.memberId) ?? Number.POSITIVE_INFINITY;
    const ib = order.get(b.memberId) ?? Number.POSITIVE_INFINITY;
    if (ia !== ib) return ia - ib;
    return a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0;
  });

  const days = monthDates(month);
  const eligible = new Set(
    input.members
      .filter((m) => m.status === 'active' && !days.every((date) => absenceOn(m, date)))
      .map((m) => m.id),
  );
  const compared = sorted.filter((r) => eligible.has(r.memberId));
  return {
    month,
    officeName: input.officeName,
    rows: sorted,
    dutyDays: spreadOf(compared.map((r) => r.dutyTotal)),
    received: spreadOf(compared.map((r) => r.received)),
    scheduleEdition: schedule ? schedule.edition : null,
  };
}

function emptyRow(memberId: string, fullName: string): FairnessRow {
  const dutyDays = Object.fromEntries(dutyKinds.map((k) => [k, 0])) as Record<DutyKind, number>;
  return {
    memberId,
    fullName,
    dutyDays,
    dutyTotal: 0,
    received: 0,
    accepted: 0,
    declined: 0,
    pending: 0,
    declineGrounds: {},
    skipped: {},
  };
}

/**
 * One answer per round and advocate: the latest given, should a device have synced two (the
 * contract has one per round; counting both would make pending negative).
 */
function latestAnswers(answers: readonly DistributionAnswer[]): Map<string, DistributionAnswer> {
  const byRound = new Map<string, DistributionAnswer>();
  for (const a of answers) {
    const key = `${a.distributionId}\n${a.round}\n${a.memberId}`;
    const seen = byRound.get(key);
    if (!seen || seen.answeredAt < a.answeredAt) byRound.set(key, a);
  }
  return byRound;
}

/** Every date of the month, YYYY-MM-DD. */
function monthDates(month: string): string[] {
  const { year, month: m } = parseMonth(month);
  const length = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return Array.from({ length }, (_, i) => isoDate(year, m, i + 1));
}
