/**
 * Who gets the next paper appointment (Rules cl. 16–17, 19; cl. 4.1: nobody may steer an
 * appointment to a chosen advocate). This is the rule the office shows an auditor:
 *
 * 1. Only a published schedule counts (cl. 25: the published schedule is binding). No schedule
 *    for the month, or only a draft → no proposal.
 * 2. The day's list is the schedule's advocates for that date and schedule kind, in the order
 *    the schedule gives them. Nobody on duty that day → no proposal.
 * 3. Where the queue starts:
 *    - if somebody has already been handed an appointment of that duty day and kind (in any
 *      round, of any document, including the one being handed over again), the queue starts
 *      with the advocate after the one chosen in the latest such round (latest by the time of
 *      the round, then by the hand-over's number, then by round number), going round the list
 *      in a circle; a round whose advocate is no longer on the day's list (the schedule was
 *      changed since) is passed over in favour of the latest round whose advocate still is;
 *    - otherwise the queue starts with the advocate of the list who was chosen the fewest times
 *      this month in this kind of schedule; on a tie, whoever comes first in the list.
 * 4. Going round the list once from the start, an advocate is passed over — with the reason
 *    recorded — when: they left the roster, or are not in it at all ('left'); an absence covers
 *    the day ('suspended' for a suspension on their application, cl. 23, 'unavailable' for any
 *    other declared absence); they already declined this same document, in any round
 *    ('declined'); or the head passed them over with a reason and a note ('conflict' of interest,
 *    cl. 36(1), or 'unreachable' at the listed phone, cl. 26).
 * 5. The first advocate not passed over is proposed ('chosen'); those after them are 'waiting'.
 *    If everyone is passed over, there is no proposal and the head sees why for each.
 *
 * The head cannot pick anyone else: the only way past the proposal is a head skip with a reason,
 * and the whole queue as seen is kept in the round.
 */
import { absenceOn, type DutyKind, type RosterMember } from '../../contracts/entities/duty-roster';
import type {
  Distribution,
  DistributionAnswer,
  DistributionRound,
  HeadSkipReason,
  QueueEntry,
  SkipReason,
} from '../../contracts/entities/duty-distribution';
import type { DutySchedule } from '../../contracts/entities/duty-schedule';

export interface HeadSkip {
  memberId: string;
  reason: HeadSkipReason;
  note: string;
}

export interface QueueInput {
  date: string;
  kind: DutyKind;
  /** The month's schedule; used only when published. */
  schedule: DutySchedule | null;
  members: readonly RosterMember[];
  /** The office's hand-overs (history). */
  distributions: readonly Distribution[];
  answers: readonly DistributionAnswer[];
  /** The document being handed over again after a decline. */
  current?: Distribution | null;
  headSkips: readonly HeadSkip[];
}

export type QueueEmpty = 'no-schedule' | 'not-published' | 'no-duty' | 'all-skipped';

export interface QueueProposal {
  /** The day's duty list in queue order, each chosen / skipped (with reason) / waiting. */
  queue: QueueEntry[];
  proposedMemberId: string | null;
  empty?: QueueEmpty;
}

export function proposeNext(input: QueueInput): QueueProposal {
  const { schedule, date, kind } = input;
  if (!schedule) return { queue: [], proposedMemberId: null, empty: 'no-schedule' };
  if (schedule.status !== 'published') {
    return { queue: [], proposedMemberId: null, empty: 'not-published' };
  }
  const list = dayList(schedule, date, kind);
  if (list.length === 0) return { queue: [], proposedMemberId: null, empty: 'no-duty' };

  const history = withCurrent(input.distributions, input.current);
  const start = startIndex(list, history, date, kind);
  const queue: QueueEntry[] = [];
  let proposedMemberId: string | null = null;
  for (let i = 0; i < list.length; i++) {
    const memberId = list[(start + i) % list.length]!;
    if (proposedMemberId !== null) {
      queue.push({ memberId, outcome: 'waiting', note: '' });
      continue;
    }
    const skip = skipOf(memberId, input);
    if (skip) {
      queue.push({ memberId, outcome: 'skipped', reason: skip.reason, note: skip.note });
    } else {
      queue.push({ memberId, outcome: 'chosen', note: '' });
      proposedMemberId = memberId;
    }
  }
  return proposedMemberId === null
    ? { queue, proposedMemberId, empty: 'all-skipped' }
    : { queue, proposedMemberId };
}

/**
 * The advocates on duty that day in that schedule, in the schedule's order. A repeated id is
 * kept once: going round the list must visit each advocate once, or one of them would be
 * offered the document twice in a row.
 */
function dayList(schedule: DutySchedule, date: string, kind: DutyKind): string[] {
  const ids = schedule.days
    .filter((d) => d.date === date && d.kind === kind)
    .flatMap((d) => d.memberIds);
  return [...new Set(ids)];
}

/** The document being handed over again counts as history even if the caller left it out. */
function withCurrent(
  distributions: readonly Distribution[],
  current: Distribution | null | undefined,
): readonly Distribution[] {
  if (!current || distributions.some((d) => d.id === current.id)) return distributions;
  return [...distributions, current];
}

interface DatedRound {
  number: number;
  round: DistributionRound;
}

function startIndex(
  list: readonly string[],
  history: readonly Distribution[],
  date: string,
  kind: DutyKind,
): number {
  const today: DatedRound[] = history.flatMap((d) =>
    d.rounds
      .filter((r) => r.dutyDate === date && r.kind === kind)
      .map((round) => ({ number: d.number, round })),
  );
  const latestFirst = today.sort(
    (a, b) =>
      compare(b.round.at, a.round.at) || b.number - a.number || b.round.round - a.round.round,
  );
  for (const { round } of latestFirst) {
    const at = list.indexOf(round.chosenMemberId);
    if (at >= 0) return (at + 1) % list.length;
  }
  // First hand-over of the day: the fewest this month goes first, so a day that happens to
  // get only one document still evens out the month (cl. 4.2, equal access).
  const month = date.slice(0, 7);
  let best = 0;
  let bestCount = Number.POSITIVE_INFINITY;
  list.forEach((memberId, i) => {
    const count = countChosen(history, memberId, month, kind);
    if (count < bestCount) [best, bestCount] = [i, count];
  });
  return best;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function skipOf(memberId: string, input: QueueInput): { reason: SkipReason; note: string } | null {
  const member = input.members.find((m) => m.id === memberId);
  // Someone on the list but not in the roster cannot be reached or held to the schedule.
  if (!member || member.status === 'left') return { reason: 'left', note: '' };
  const absence = absenceOn(member, input.date);
  if (absence) {
    const reason = absence.type === 'suspension' ? 'suspended' : 'unavailable';
    return { reason, note: absence.reason };
  }
  const current = input.current;
  if (
    current &&
    input.answers.some(
      (a) => a.distributionId === current.id && a.memberId === memberId && a.answer === 'declined',
    )
  ) {
    return { reason: 'declined', note: '' };
  }
  const head = input.headSkips.find((s) => s.memberId === memberId);
  return head ? { reason: head.reason, note: head.note } : null;
}

/**
 * How many times `memberId` was chosen (every round counts: a decline does not give the turn
 * back) for duty days in `month` (YYYY-MM), in one kind of schedule or in all.
 */
export function countChosen(
  distributions: readonly Distribution[],
  memberId: string,
  month: string,
  kind?: DutyKind,
): number {
  let count = 0;
  for (const d of distributions) {
    for (const r of d.rounds) {
      if (
        r.chosenMemberId === memberId &&
        r.dutyDate.slice(0, 7) === month &&
        (kind === undefined || r.kind === kind)
      ) {
        count++;
      }
    }
  }
  return count;
}

/**
 * The next `n` dates after `date` on which somebody is on duty in that schedule, for the head
 * when the day has nobody. Only a published schedule has duty dates (as in proposeNext).
 */
export function nextDutyDates(
  schedule: DutySchedule | null,
  date: string,
  kind: DutyKind,
  n: number,
): string[] {
  if (!schedule || schedule.status !== 'published' || n <= 0) return [];
  const dates = schedule.days
    .filter((d) => d.kind === kind && d.date > date && d.memberIds.length > 0)
    .map((d) => d.date);
  return [...new Set(dates)].sort().slice(0, n);
}
