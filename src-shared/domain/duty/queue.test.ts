import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type {
  Distribution,
  DistributionRound,
  HeadSkipReason,
} from '../../contracts/entities/duty-distribution';
import type { DutyKind, RosterMember } from '../../contracts/entities/duty-roster';
import type { DutySchedule, ScheduleDay } from '../../contracts/entities/duty-schedule';
import { countChosen, nextDutyDates, proposeNext, type QueueInput } from './queue';
import { stamp, testDistribution, testMember } from './duty.fixture';

// The situations of the Rules are the golden cases (queue.golden.test.ts); these tests cover the
// helpers and the properties that must hold for any roster and history.

const member = (id: string, patch: Partial<RosterMember> = {}): RosterMember =>
  testMember(id, { fullName: id, ...patch });

function schedule(days: ScheduleDay[], status: DutySchedule['status'] = 'published'): DutySchedule {
  return {
    ...stamp,
    id: 's',
    headId: 'head',
    month: '2026-11',
    officeName: 'Office',
    responsibleName: 'Head',
    responsiblePhone: '+77010000001',
    settings: { weekendDuty: false, perDay: { pretrial: 1, court: 1, consultation: 1 } },
    days,
    status,
    edition: status === 'published' ? 1 : 0,
    publishedAt: status === 'published' ? '2026-10-24T09:00:00Z' : null,
    calendarPack: { id: 'kz-calendar', version: 1 },
    log: [],
  };
}

function round(
  chosen: string,
  dutyDate: string,
  kind: DutyKind,
  at: string,
  n = 1,
): DistributionRound {
  return {
    round: n,
    at,
    by: 'Head',
    dutyDate,
    kind,
    scheduleId: 's',
    scheduleEdition: 1,
    queue: [{ memberId: chosen, outcome: 'chosen', note: '' }],
    chosenMemberId: chosen,
  };
}

const distribution = (id: string, number: number, rounds: DistributionRound[]): Distribution =>
  testDistribution(id, number, rounds, '2026-11-10');

const day = (date: string, kind: DutyKind, memberIds: string[]): ScheduleDay => ({
  date,
  kind,
  memberIds,
});

describe('countChosen', () => {
  const history = [
    distribution('d1', 1, [
      round('a', '2026-11-02', 'pretrial', '2026-11-02T09:00Z', 1),
      round('b', '2026-11-02', 'pretrial', '2026-11-02T10:00Z', 2),
    ]),
    distribution('d2', 2, [round('a', '2026-11-03', 'court', '2026-11-03T09:00Z')]),
    distribution('d3', 3, [round('a', '2026-10-31', 'pretrial', '2026-11-01T09:00Z')]),
  ];

  it('counts every round in which the member was chosen, by duty date month and kind', () => {
    expect(countChosen(history, 'a', '2026-11')).toBe(2);
    expect(countChosen(history, 'a', '2026-11', 'pretrial')).toBe(1);
    expect(countChosen(history, 'a', '2026-11', 'court')).toBe(1);
    // Handed over on 1 November for the 31 October duty: it belongs to October.
    expect(countChosen(history, 'a', '2026-10')).toBe(1);
    expect(countChosen(history, 'b', '2026-11', 'pretrial')).toBe(1);
    expect(countChosen(history, 'c', '2026-11')).toBe(0);
  });
});

describe('nextDutyDates', () => {
  const s = schedule([
    day('2026-11-12', 'pretrial', ['a']),
    day('2026-11-10', 'pretrial', ['a']),
    day('2026-11-11', 'pretrial', []),
    day('2026-11-11', 'court', ['b']),
    day('2026-11-13', 'pretrial', ['b']),
    day('2026-11-16', 'pretrial', ['a']),
  ]);

  it('lists the next dates after the day with somebody on duty in that schedule, in order', () => {
    expect(nextDutyDates(s, '2026-11-10', 'pretrial', 2)).toEqual(['2026-11-12', '2026-11-13']);
    expect(nextDutyDates(s, '2026-11-09', 'pretrial', 10)).toEqual([
      '2026-11-10',
      '2026-11-12',
      '2026-11-13',
      '2026-11-16',
    ]);
    expect(nextDutyDates(s, '2026-11-10', 'court', 3)).toEqual(['2026-11-11']);
    expect(nextDutyDates(s, '2026-11-16', 'pretrial', 3)).toEqual([]);
  });

  it('has none without a published schedule', () => {
    expect(nextDutyDates(null, '2026-11-10', 'pretrial', 3)).toEqual([]);
    expect(nextDutyDates({ ...s, status: 'draft' }, '2026-11-10', 'pretrial', 3)).toEqual([]);
  });
});

describe('proposeNext', () => {
  const base: QueueInput = {
    date: '2026-11-10',
    kind: 'pretrial',
    schedule: schedule([day('2026-11-10', 'pretrial', ['a', 'b', 'c'])]),
    members: ['a', 'b', 'c'].map((id) => member(id)),
    distributions: [],
    answers: [],
    headSkips: [],
  };

  it('counts the document being handed over again even when the history left it out', () => {
    const current = distribution('d1', 1, [
      round('a', '2026-11-10', 'pretrial', '2026-11-10T09:00Z'),
    ]);
    const answers = [
      {
        ...stamp,
        id: 'ans',
        advocateId: 'ua',
        distributionId: 'd1',
        round: 1,
        memberId: 'a',
        answer: 'declined' as const,
        groundId: 'decline.36-1.conflict-of-interest',
        note: '',
        answeredAt: '2026-11-10T09:10Z',
      },
    ];
    const proposal = proposeNext({ ...base, current, answers });
    expect(proposal.proposedMemberId).toBe('b');
    expect(proposal.queue.map((e) => e.memberId)).toEqual(['b', 'c', 'a']);
  });

  it('visits an advocate listed twice on the day once', () => {
    const s = schedule([day('2026-11-10', 'pretrial', ['a', 'b', 'a'])]);
    const proposal = proposeNext({ ...base, schedule: s });
    expect(proposal.queue.map((e) => e.memberId)).toEqual(['a', 'b']);
  });
});

/**
 * Properties over random days: up to six advocates, some left / absent / head-skipped, and a
 * random history of rounds for the day.
 */
const six = { minLength: 6, maxLength: 6 };
const states = ['ok', 'ok', 'ok', 'left', 'suspension', 'unavailable', 'gone'] as const;
const skipArb = fc.constantFrom<HeadSkipReason | null>(null, null, 'conflict', 'unreachable');
const dayArb = fc
  .record({
    size: fc.integer({ min: 1, max: 6 }),
    states: fc.array(fc.constantFrom(...states), six),
    skips: fc.array(skipArb, six),
    history: fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 8 }),
  })
  .map(({ size, states, skips, history }): QueueInput => {
    const ids = Array.from({ length: size }, (_, i) => `m${i}`);
    const members = ids.flatMap((id, i) => {
      const state = states[i]!;
      if (state === 'gone') return [];
      if (state === 'ok' || state === 'left')
        return [member(id, { status: state === 'left' ? 'left' : 'active' })];
      const absence = { id: 'x', type: state, from: '2026-11-01', to: '2026-11-30', reason: 'r' };
      return [member(id, { absences: [{ ...absence, ground: 'other' }] })];
    });
    const at = (i: number) => `2026-11-10T${String(8 + i).padStart(2, '0')}:00Z`;
    return {
      date: '2026-11-10',
      kind: 'pretrial',
      schedule: schedule([day('2026-11-10', 'pretrial', ids)]),
      members,
      distributions: history.map((h, i) =>
        distribution(`d${i}`, i + 1, [round(ids[h % size]!, '2026-11-10', 'pretrial', at(i))]),
      ),
      answers: [],
      headSkips: ids.flatMap((id, i) => {
        const reason = skips[i];
        return reason ? [{ memberId: id, reason, note: 'n' }] : [];
      }),
    };
  });

describe('proposeNext — properties', () => {
  it('shows every advocate of the day once: skipped ones, then the chosen one, then waiting', () => {
    fc.assert(
      fc.property(dayArb, (input) => {
        const { queue, proposedMemberId, empty } = proposeNext(input);
        const list = input.schedule!.days[0]!.memberIds;
        expect([...queue.map((e) => e.memberId)].sort()).toEqual([...list].sort());
        const outcomes = queue.map((e) => e.outcome[0]).join('');
        expect(outcomes).toMatch(/^s*(cw*)?$/);
        expect(queue.every((e) => (e.outcome === 'skipped') === (e.reason !== undefined))).toBe(
          true,
        );
        const chosen = queue.find((e) => e.outcome === 'chosen');
        expect(proposedMemberId).toBe(chosen?.memberId ?? null);
        expect(empty).toBe(chosen ? undefined : 'all-skipped');
        // The proposed advocate is someone who can take it.
        if (proposedMemberId) {
          const m = input.members.find((x) => x.id === proposedMemberId);
          expect(m?.status).toBe('active');
          expect(m?.absences).toEqual([]);
          expect(input.headSkips.some((s) => s.memberId === proposedMemberId)).toBe(false);
        }
      }),
    );
  });

  it('gives everyone available the same number of documents over a day (cl. 4.2)', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 1, max: 4 }), (input, perHead) => {
        let distributions: Distribution[] = [];
        // Who can take a document, decided from the input alone (not from the queue).
        const available = new Set(
          input.members
            .filter((m) => m.status === 'active' && m.absences.length === 0)
            .filter((m) => !input.headSkips.some((s) => s.memberId === m.id))
            .map((m) => m.id),
        );
        for (let i = 0; i < available.size * perHead; i++) {
          const p = proposeNext({ ...input, distributions });
          const at = `2026-11-10T09:${String(i).padStart(2, '0')}Z`;
          const next = round(p.proposedMemberId!, '2026-11-10', 'pretrial', at);
          distributions = [...distributions, distribution(`n${i}`, i + 1, [next])];
        }
        for (const id of available) {
          expect(countChosen(distributions, id, '2026-11', 'pretrial')).toBe(perHead);
        }
      }),
    );
  });
});
