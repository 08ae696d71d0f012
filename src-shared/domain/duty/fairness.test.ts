import { describe, expect, it } from 'vitest';
import type {
  Distribution,
  DistributionAnswer,
  DistributionRound,
  QueueEntry,
} from '../../contracts/entities/duty-distribution';
import type { Absence, DutyKind } from '../../contracts/entities/duty-roster';
import type { DutySchedule, ScheduleDay } from '../../contracts/entities/duty-schedule';
import { fairnessReport, type FairnessInput } from './fairness';
import { stamp, testDistribution, testMember } from './duty.fixture';

const member = testMember;

const absence = (type: Absence['type'], from: string, to: string): Absence => ({
  id: `${type}-${from}`,
  type,
  from,
  to,
  ground: 'illness',
  reason: 'r',
});

const day = (date: string, kind: DutyKind, memberIds: string[]): ScheduleDay => ({
  date,
  kind,
  memberIds,
});

/** "A chosen", "B skipped declined", … → queue entries. */
const q = (...entries: string[]): QueueEntry[] =>
  entries.map((e) => {
    const [memberId, outcome, reason] = e.split(' ') as [string, QueueEntry['outcome'], string?];
    return {
      memberId,
      outcome,
      note: '',
      ...(reason ? { reason: reason as QueueEntry['reason'] } : {}),
    };
  });

function round(
  n: number,
  dutyDate: string,
  kind: DutyKind,
  queue: QueueEntry[],
): DistributionRound {
  const chosen = queue.find((e) => e.outcome === 'chosen')!.memberId;
  return {
    round: n,
    at: `${dutyDate}T10:0${n}:00Z`,
    by: 'Head',
    dutyDate,
    kind,
    scheduleId: 's',
    scheduleEdition: 3,
    queue,
    chosenMemberId: chosen,
  };
}

const distribution = (id: string, number: number, rounds: DistributionRound[]): Distribution =>
  testDistribution(id, number, rounds, '2026-11-02');

let answerNo = 0;
function answer(
  distributionId: string,
  roundNo: number,
  memberId: string,
  kind: DistributionAnswer['answer'],
  groundId = '',
  answeredAt = '2026-11-05T12:00:00Z',
): DistributionAnswer {
  return {
    ...stamp,
    id: `answer-${++answerNo}`,
    advocateId: `user-${memberId}`,
    distributionId,
    round: roundNo,
    memberId,
    answer: kind,
    groundId,
    note: '',
    answeredAt,
  };
}

const G1 = 'decline.36-1.conflict-of-interest';
const G2 = 'decline.36-2.procedural-exclusion';

// November 2026, hand-computed. C is off the whole month (suspension, then a declared absence);
// D left mid-month; E is away for part of it; X is on the schedule but no longer in the roster.
const members = [
  member('A'),
  member('B'),
  member('C', {
    absences: [
      absence('suspension', '2026-11-01', '2026-11-15'),
      absence('unavailable', '2026-11-16', '2026-11-30'),
    ],
  }),
  member('D', { status: 'left' }),
  member('E', { absences: [absence('unavailable', '2026-11-20', '2026-11-30')] }),
];

const schedule: DutySchedule = {
  ...stamp,
  id: 's',
  headId: 'head',
  month: '2026-11',
  officeName: 'ЮК № 1',
  responsibleName: 'Head',
  responsiblePhone: '+77010000001',
  settings: { weekendDuty: false, perDay: { pretrial: 2, court: 2, consultation: 1 } },
  days: [
    day('2026-11-02', 'pretrial', ['A', 'B']),
    day('2026-11-02', 'court', ['E']),
    day('2026-11-02', 'consultation', ['A']),
    day('2026-11-03', 'pretrial', ['A', 'D']),
    day('2026-11-03', 'court', ['B', 'E']),
    day('2026-11-04', 'pretrial', ['X']),
    day('2026-11-04', 'court', ['A']),
  ],
  status: 'published',
  edition: 3,
  publishedAt: '2026-10-24T09:00:00Z',
  calendarPack: { id: 'kz-calendar', version: 1 },
  log: [],
};

const distributions = [
  distribution('d1', 1, [round(1, '2026-11-02', 'pretrial', q('A chosen', 'B waiting'))]),
  distribution('d2', 2, [
    round(1, '2026-11-02', 'pretrial', q('B chosen', 'A waiting')),
    round(2, '2026-11-02', 'pretrial', q('B skipped declined', 'A chosen')),
  ]),
  distribution('d3', 3, [round(1, '2026-11-03', 'pretrial', q('D chosen', 'A waiting'))]),
  distribution('d4', 4, [
    round(1, '2026-11-03', 'court', q('B skipped unreachable', 'E chosen')),
    round(2, '2026-11-03', 'court', q('E skipped declined', 'B chosen')),
  ]),
  // Another month's duty days: October's, answered in November, and December's.
  distribution('d6', 6, [round(1, '2026-10-30', 'pretrial', q('A chosen'))]),
  distribution('d7', 7, [round(1, '2026-12-01', 'court', q('B chosen'))]),
];

const answers = [
  // Two answers to one round (two devices): the later one counts.
  answer('d1', 1, 'A', 'declined', G1, '2026-11-02T11:00:00Z'),
  answer('d1', 1, 'A', 'accepted', '', '2026-11-02T11:05:00Z'),
  answer('d2', 1, 'B', 'declined', G1),
  answer('d3', 1, 'D', 'accepted'),
  answer('d4', 1, 'E', 'declined', G2),
  answer('d4', 2, 'B', 'declined', G1),
  answer('d6', 1, 'A', 'accepted'),
  answer('d7', 1, 'B', 'declined', G2),
];

const input: FairnessInput = {
  month: '2026-11',
  officeName: 'ЮК № 1',
  schedule,
  members,
  distributions,
  answers,
};

describe('fairnessReport — a hand-computed November', () => {
  const report = fairnessReport(input);
  const row = (id: string) => report.rows.find((r) => r.memberId === id)!;

  it('has a row for every active member and anyone with duties or hand-overs, roster order first', () => {
    expect(report.rows.map((r) => r.memberId)).toEqual(['A', 'B', 'C', 'D', 'E', 'X']);
    expect(row('X').fullName).toBe('');
    expect(report.month).toBe('2026-11');
    expect(report.officeName).toBe('ЮК № 1');
    expect(report.scheduleEdition).toBe(3);
  });

  it('counts duty days per kind from the published schedule', () => {
    expect(row('A').dutyDays).toEqual({ pretrial: 2, court: 1, consultation: 1 });
    expect(row('A').dutyTotal).toBe(4);
    expect(row('B').dutyDays).toEqual({ pretrial: 1, court: 1, consultation: 0 });
    expect(row('C').dutyTotal).toBe(0);
    expect(row('D').dutyDays).toEqual({ pretrial: 1, court: 0, consultation: 0 });
    expect(row('E').dutyDays).toEqual({ pretrial: 0, court: 2, consultation: 0 });
    expect(row('X').dutyTotal).toBe(1);
  });

  it('counts rounds received in the month and the answers to them', () => {
    const counts = report.rows.map((r) => [
      r.memberId,
      [r.received, r.accepted, r.declined, r.pending],
      r.declineGrounds,
    ]);
    expect(counts).toEqual([
      // d1 (accepted: the later answer) and d2 round 2 (unanswered); October's d6 not counted.
      ['A', [2, 1, 0, 1], {}],
      // d2 round 1 and d4 round 2, both declined on G1; December's d7 not counted.
      ['B', [2, 0, 2, 0], { [G1]: 2 }],
      ['C', [0, 0, 0, 0], {}],
      ['D', [1, 1, 0, 0], {}],
      ['E', [1, 0, 1, 0], { [G2]: 1 }],
      ['X', [0, 0, 0, 0], {}],
    ]);
  });

  it('counts the times the queue passed someone over, by reason', () => {
    expect(row('A').skipped).toEqual({});
    expect(row('B').skipped).toEqual({ declined: 1, unreachable: 1 });
    expect(row('E').skipped).toEqual({ declined: 1 });
  });

  it('compares only the members eligible that month (A, B, E)', () => {
    // Duty days 4, 2, 2: pair differences (ordered) sum to 8; 8 / (2 · 3 · 8) = 1/6.
    expect(report.dutyDays).toMatchObject({ min: 2, max: 4, spread: 2 });
    expect(report.dutyDays.gini).toBeCloseTo(1 / 6, 12);
    // Received 2, 2, 1: pair differences sum to 4; 4 / (2 · 3 · 5) = 2/15.
    expect(report.received).toMatchObject({ min: 1, max: 2, spread: 1 });
    expect(report.received.gini).toBeCloseTo(2 / 15, 12);
  });
});

describe('fairnessReport — the schedule counted', () => {
  it('counts no duty days from a draft, but still the hand-overs', () => {
    const report = fairnessReport({
      ...input,
      schedule: { ...schedule, status: 'draft', edition: 0 },
    });
    expect(report.scheduleEdition).toBeNull();
    expect(report.rows.every((r) => r.dutyTotal === 0)).toBe(true);
    expect(report.rows.map((r) => r.memberId)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(report.received).toMatchObject({ min: 1, max: 2, spread: 1 });
    expect(report.dutyDays).toEqual({ min: 0, max: 0, spread: 0, gini: 0 });
  });

  it("ignores another month's schedule", () => {
    const report = fairnessReport({ ...input, month: '2026-12' });
    expect(report.scheduleEdition).toBeNull();
    expect(report.rows.map((r) => [r.memberId, r.dutyTotal, r.received])).toEqual([
      ['A', 0, 0],
      ['B', 0, 1],
      ['C', 0, 0],
      ['E', 0, 0],
    ]);
  });
});
