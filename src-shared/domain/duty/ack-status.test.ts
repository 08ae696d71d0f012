import { describe, expect, it } from 'vitest';
import {
  rosterMemberRecordSchema,
  type RosterMemberInput,
} from '../../contracts/entities/duty-roster';
import {
  dutyScheduleRecordSchema,
  scheduleAckRecordSchema,
  substitutionInputSchema,
  type DutySchedule,
  type ScheduleAck,
  type ScheduleDay,
} from '../../contracts/entities/duty-schedule';
import { ackStatusOf, dutiesOf, officeAckSummary, type Duty } from './ack-status';
import { substitute } from './schedule-edits';

const days: ScheduleDay[] = [
  { date: '2026-12-02', kind: 'court', memberIds: ['A'] },
  { date: '2026-12-01', kind: 'consultation', memberIds: ['A', 'B'] },
  { date: '2026-12-01', kind: 'pretrial', memberIds: ['B', 'A'] },
  { date: '2026-12-02', kind: 'pretrial', memberIds: ['L'] },
  { date: '2026-12-03', kind: 'court', memberIds: ['X'] },
];

function schedule(over: Partial<DutySchedule> = {}): DutySchedule {
  return dutyScheduleRecordSchema.parse({
    id: 'sch',
    version: 3,
    createdAt: '2026-11-20T09:00:00+05:00',
    updatedAt: '2026-11-21T09:00:00+05:00',
    headId: 'head',
    month: '2026-12',
    officeName: 'ЮК № 1',
    responsibleName: 'Сейтқали Б.',
    responsiblePhone: '+7 701 111 22 33',
    settings: {},
    days,
    status: 'published',
    edition: 1,
    publishedAt: '2026-11-21T09:00:00+05:00',
    calendarPack: { id: 'kz-calendar', version: 1 },
    log: [],
    ...over,
  });
}

let ackN = 0;
function ack(memberId: string, edition: number, duties: Duty[], over: Partial<ScheduleAck> = {}) {
  ackN++;
  return scheduleAckRecordSchema.parse({
    id: `ack${ackN}`,
    version: 1,
    createdAt: 'x',
    updatedAt: 'x',
    advocateId: `user-${memberId}`,
    scheduleId: 'sch',
    month: '2026-12',
    edition,
    memberId,
    duties,
    acknowledgedAt: `2026-11-22T1${ackN % 10}:00:00+05:00`,
    word: 'Қабылданды',
    ...over,
  });
}

const dutiesA: Duty[] = [
  { date: '2026-12-01', kind: 'pretrial' },
  { date: '2026-12-01', kind: 'consultation' },
  { date: '2026-12-02', kind: 'court' },
];

describe('dutiesOf', () => {
  it('lists the member’s duties by date, then in the order of cl. 20', () => {
    expect(dutiesOf(schedule(), 'A')).toEqual(dutiesA);
    expect(dutiesOf(schedule(), 'nobody')).toEqual([]);
  });

  it('counts a day and kind once even if the list names the member twice', () => {
    const twice = [{ date: '2026-12-05', kind: 'court' as const, memberIds: ['A', 'A'] }];
    expect(dutiesOf({ days: twice }, 'A')).toEqual([{ date: '2026-12-05', kind: 'court' }]);
  });
});

describe('ackStatusOf', () => {
  it('gives no status for a draft (null, not an error)', () => {
    expect(
      ackStatusOf(schedule({ status: 'draft', edition: 0, publishedAt: null }), 'A', []),
    ).toBeNull();
  });

  it('is never without an acknowledgment of this schedule by this member', () => {
    const others = [ack('B', 1, []), ack('A', 1, dutiesA, { scheduleId: 'another' })];
    expect(ackStatusOf(schedule(), 'A', others)).toEqual({
      state: 'never',
      lastAck: null,
      duties: dutiesA,
    });
  });

  it('is current with an acknowledgment of the current edition', () => {
    const a = ack('A', 1, dutiesA);
    expect(ackStatusOf(schedule(), 'A', [a])).toEqual({
      state: 'current',
      lastAck: a,
      duties: dutiesA,
    });
  });

  it('is current even if the current edition’s ack lists other duties (it is what they saw)', () => {
    const a = ack('A', 2, []);
    expect(ackStatusOf(schedule({ edition: 2 }), 'A', [ack('A', 1, dutiesA), a])?.state).toBe(
      'current',
    );
  });

  it('is unchanged when a later edition left the member’s duties as acknowledged', () => {
    const a = ack('A', 1, [...dutiesA].reverse());
    const s = ackStatusOf(schedule({ edition: 3 }), 'A', [a]);
    expect(s).toEqual({ state: 'unchanged', lastAck: a, duties: dutiesA });
  });

  it('needs acknowledging again when the member’s duties changed', () => {
    const a = ack('A', 1, dutiesA.slice(1));
    expect(ackStatusOf(schedule({ edition: 2 }), 'A', [a])).toEqual({
      state: 'needs-again',
      lastAck: a,
      duties: dutiesA,
    });
  });

  it('judges from the latest acknowledgment, not an older one that happens to match', () => {
    const old = ack('A', 1, dutiesA);
    const latest = ack('A', 2, dutiesA.slice(1));
    const s = ackStatusOf(schedule({ edition: 3 }), 'A', [latest, old]);
    expect([s?.state, s?.lastAck]).toEqual(['needs-again', latest]);
  });

  it('after a substitution only the two advocates concerned must acknowledge again', () => {
    const before = schedule();
    const acks = ['A', 'B'].map((id) => ack(id, 1, dutiesOf(before, id)));
    const after = substitute(
      before,
      substitutionInputSchema.parse({
        date: '2026-12-02',
        kind: 'court',
        fromMemberId: 'A',
        toMemberId: 'B',
        reason: 'Заявление: участие в другом процессе',
        requestDate: '2026-11-25',
      }),
      { id: 'c1', at: '2026-11-26T10:00:00+05:00', by: 'Сейтқали Б.' },
    );
    expect(after.edition).toBe(2);
    expect(ackStatusOf(after, 'A', acks)?.state).toBe('needs-again');
    expect(ackStatusOf(after, 'B', acks)?.state).toBe('needs-again');
    const c = ack('C', 1, []);
    expect(ackStatusOf(after, 'C', [...acks, c])?.state).toBe('unchanged');
  });
});

describe('officeAckSummary', () => {
  const member = (id: string, over: Partial<RosterMemberInput> = {}) =>
    rosterMemberRecordSchema.parse({
      id,
      version: 1,
      createdAt: 'x',
      updatedAt: 'x',
      headId: 'head',
      fullName: `Адвокат ${id}`,
      phone: '+7 701 111 22 33',
      ...over,
    });
  const members = [
    member('A'),
    member('B'),
    member('C'),
    member('L', { status: 'left' }),
    member('Z', { status: 'left' }),
  ];

  it('gives no summary for a draft', () => {
    expect(
      officeAckSummary(schedule({ status: 'draft', edition: 0, publishedAt: null }), members, []),
    ).toBeNull();
  });

  it('lists active members and anyone on the schedule, and counts who has not acknowledged', () => {
    const s = schedule({ edition: 2 });
    const acks = [ack('A', 2, dutiesA), ack('B', 1, dutiesOf(s, 'B')), ack('L', 1, [])];
    const summary = officeAckSummary(s, members, acks)!;
    expect(
      summary.rows.map((r) => [r.memberId, r.member?.fullName ?? null, r.status.state]),
    ).toEqual([
      ['A', 'Адвокат A', 'current'],
      ['B', 'Адвокат B', 'unchanged'],
      ['C', 'Адвокат C', 'never'],
      ['L', 'Адвокат L', 'needs-again'],
      ['X', null, 'never'],
    ]);
    expect(summary.counts).toEqual({ acknowledged: 2, waiting: 3 });
  });
});
