/**
 * The month's draft duty schedules (Rules cl. 20–21): who is on duty on which day in each of
 * the three schedules, with equal participation. The head edits and publishes the draft; the
 * order of `memberIds` in each day is the queue the paper distribution walks (cl. 16–17, 4.1).
 *
 * Pure and deterministic — no clock, no randomness: the same roster, month and settings always
 * give the same schedule, so the office can show that nobody was placed by hand (cl. 4.1).
 *
 * Equal participation is measured against availability. Every covered day, each advocate who
 * can take kind k that day earns a fair share of that day's k duties: the duties filled divided
 * by the advocates eligible, e.g. 1/4 with one duty and four advocates, 1 when there are fewer
 * advocates than duties. An advocate's debt in k is their fair share so far (today included)
 * minus their duties in k. Suspended or absent days earn nothing, so an advocate back from a
 * suspension owes nothing for them and takes duty at the office's pace, not in a rush to
 * "catch up" (counting whole-month totals gave them two or three duties a day for a week).
 *
 * Greedy, day by day and kind by kind (cl. 20 order). For each day and kind the eligible
 * advocates are ranked by
 *   1. most whole duties owed in this kind (floor of the debt) — equal participation (cl. 21);
 *   2. not already on duty today in another kind — a whole duty owed outranks it, a fraction
 *      does not: this is what keeps someone back from a suspension, whose debts in the three
 *      kinds move in step, from taking all three on the same day;
 *   3. larger debt in this kind (exact);
 *   4. larger debt in all kinds together;
 *   5. not on duty the day before;
 *   6. the roster order, rotated by month and day — the last tie-break, total and fair.
 * Advocates who can take kind k on every day of the month have the same fair share at every
 * step, so rule 1 orders them by their count alone and the one picked always has the lowest
 * count among them: they never differ by more than one duty in k (generate.property.test.ts,
 * property (c)).
 *
 * Exact: fair shares are kept as whole multiples of 1/scale, where scale is the least common
 * multiple of every day's number of eligible advocates, in bigint — no rounding can tip a tie.
 */
import {
  absenceOn,
  dutyKinds,
  type DutyKind,
  type RosterMember,
} from '../../contracts/entities/duty-roster';
import { fromDayNumber, toDayNumber } from '../calendar/calendar-days';
import type { ScheduleDay } from '../../contracts/entities/duty-schedule';
import type { CalendarDay, GenerateInput, GenerateResult, ScheduleGap } from './types';

interface Tally {
  member: RosterMember;
  /** Position in the roster (first occurrence of the id). */
  index: number;
  perKind: Record<DutyKind, number>;
  /** Fair share so far in each kind, in 1/scale units. */
  share: Record<DutyKind, bigint>;
  /** Dates this member is on duty (any kind). */
  dates: Set<string>;
}

/** A covered day with, per kind, the advocates eligible that day (roster order). */
interface CoveredDay {
  date: string;
  pools: Record<DutyKind, Tally[]>;
}

/** Can `member` be put on duty in `kind` on `date`? Active, takes part in the kind, not absent. */
export function isEligible(
  member: Pick<RosterMember, 'status' | 'kinds' | 'absences'>,
  kind: DutyKind,
  date: string,
): boolean {
  // Both absence types keep a member off: a suspension on their application (cl. 23) and a
  // declared unavailability (leave, illness, a trial elsewhere).
  return member.status === 'active' && member.kinds.includes(kind) && !absenceOn(member, date);
}

const dayBefore = (date: string): string => fromDayNumber(toDayNumber(date) - 1);

/** A number that changes from month to month, so the rotation does not start with the same person. */
function monthSeed(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return y * 12 + (m - 1);
}

function checkDays(month: string, days: readonly CalendarDay[]): void {
  for (const [i, day] of days.entries()) {
    if (!day.date.startsWith(`${month}-`)) {
      throw new Error(`Day ${day.date} is not in the month ${month}`);
    }
    const prev = days[i - 1];
    if (prev && prev.date >= day.date) {
      throw new Error(`Days must be in order without repeats: ${prev.date}, ${day.date}`);
    }
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** ⌊a / b⌋ for b > 0 (bigint division truncates towards zero). */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n ? q - 1n : q;
}

const compare = (a: bigint, b: bigint): number => (a < b ? -1 : a > b ? 1 : 0);

/** The roster without repeated ids, each with zero counts and shares. */
function tallyRoster(members: readonly RosterMember[]): Tally[] {
  const tallies: Tally[] = [];
  const seen = new Set<string>();
  for (const member of members) {
    if (seen.has(member.id)) continue;
    seen.add(member.id);
    tallies.push({
      member,
      index: tallies.length,
      perKind: { pretrial: 0, court: 0, consultation: 0 },
      share: { pretrial: 0n, court: 0n, consultation: 0n },
      dates: new Set(),
    });
  }
  return tallies;
}

/** Debt in `kind` in 1/scale units: fair share so far minus duties done. */
const debt = (t: Tally, kind: DutyKind, scale: bigint): bigint =>
  t.share[kind] - BigInt(t.perKind[kind]) * scale;

/**
 * Makes the month's three schedules. A day is covered when it is a working day, or every day
 * with `settings.weekendDuty`. Each covered day gets one `ScheduleDay` per kind — with fewer
 * advocates than `settings.perDay[kind]` (possibly none) and a `ScheduleGap` when not enough
 * are eligible, so the head sees the hole in the editor instead of a missing day.
 * `members` order is the roster order the rotation starts from; a repeated id counts once.
 */
export function generateSchedule(input: GenerateInput): GenerateResult {
  const { month, settings } = input;
  checkDays(month, input.days);

  const tallies = tallyRoster(input.members);
  const n = tallies.length;
  const seed = monthSeed(month);

  // Eligibility is known for the whole month up front; the scale must divide by every pool size.
  const coveredDays: CoveredDay[] = [];
  let scale = 1n;
  for (const day of input.days) {
    if (!day.working && !settings.weekendDuty) continue;
    const pools = {} as Record<DutyKind, Tally[]>;
    for (const kind of dutyKinds) {
      pools[kind] = tallies.filter((t) => isEligible(t.member, kind, day.date));
      const size = BigInt(pools[kind].length);
      if (size > 0n) scale = (scale / gcd(scale, size)) * size;
    }
    coveredDays.push({ date: day.date, pools });
  }

  const days: ScheduleDay[] = [];
  const gaps: ScheduleGap[] = [];
  for (const [covered, { date, pools }] of coveredDays.entries()) {
    // Today's fair shares first, in every kind: the debt in all kinds (rule 4) then compares
    // like with like whichever kind is being filled.
    for (const kind of dutyKinds) {
      const pool = pools[kind];
      const filled = BigInt(Math.min(settings.perDay[kind], pool.length));
      for (const t of pool) t.share[kind] += (filled * scale) / BigInt(pool.length);
    }
    const yesterday = dayBefore(date);
    for (const [k, kind] of dutyKinds.entries()) {
      const needed = settings.perDay[kind];
      // Rotation: who comes first among full ties moves on every day and kind.
      const offset = n === 0 ? 0 : (seed + covered + k) % n;
      const ranked = pools[kind].map((t) => {
        const owed = debt(t, kind, scale);
        return {
          t,
          whole: floorDiv(owed, scale),
          today: Number(t.dates.has(date)),
          owed,
          owedAll: dutyKinds.reduce((sum, kk) => sum + debt(t, kk, scale), 0n),
          yesterday: Number(t.dates.has(yesterday)),
          rank: (t.index - offset + n) % n,
        };
      });
      // Within one day and kind only the picked members' counts change, and they leave the
      // pool, so one sort gives the same order as re-ranking after every pick.
      const picked = ranked
        .sort(
          (a, b) =>
            compare(b.whole, a.whole) ||
            a.today - b.today ||
            compare(b.owed, a.owed) ||
            compare(b.owedAll, a.owedAll) ||
            a.yesterday - b.yesterday ||
            a.rank - b.rank,
        )
        .slice(0, needed)
        .map((r) => r.t);
      for (const t of picked) {
        t.perKind[kind]++;
        t.dates.add(date);
      }
      days.push({ date, kind, memberIds: picked.map((t) => t.member.id) });
      if (picked.length < needed) gaps.push({ date, kind, needed, got: picked.length });
    }
  }
  return { days, gaps };
}
