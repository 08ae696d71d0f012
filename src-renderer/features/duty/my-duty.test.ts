import { describe, expect, it } from 'vitest';
import type {
  Distribution,
  DistributionAnswer,
} from '../../../src-shared/contracts/entities/duty-distribution';
import type { RosterMember } from '../../../src-shared/contracts/entities/duty-roster';
import type {
  DutySchedule,
  ScheduleChange,
  ScheduleDay,
} from '../../../src-shared/contracts/entities/duty-schedule';
import {
  changesForMe,
  findMe,
  formatStamp,
  localStamp,
  myDutyDays,
  myHandOvers,
  scheduleRows,
  schedulesToShow,
  toLocalStamp,
} from './my-duty';

const member = (id: string, over: Partial<RosterMember> = {}): RosterMember => ({
  id,
  version: 1,
  createdAt: '2026-10-01T00:00:00.000Z',
  updatedAt: '2026-10-01T00:00:00.000Z',
  headId: 'head',
  fullName: `Name ${id}`,
  phone: `+7701000000${id.length}`,
  userId: '',
  licenceNumber: '',
  specialisations: [],
  territory: '',
  kinds: ['pretrial', 'court', 'consultation'],
  soloPractitioner: false,
  status: 'active',
  absences: [],
  note: '',
  ...over,
});

const schedule = (over: Partial<DutySchedule> = {}): DutySchedule => ({
  id: 's-2026-12',
  version: 1,
  createdAt: '2026-11-20T08:00:00.000Z',
  updatedAt: '2026-11-20T08:00:00.000Z',
  headId: 'head',
  month: '2026-12',
  officeName: 'ЮК №1',
  responsibleName: 'Ахметова Г.',
  responsiblePhone: '+77010000009',
  settings: { weekendDuty: false, perDay: { pretrial: 2, court: 1, consultation: 1 } },
  days: [],
  status: 'published',
  edition: 1,
  publishedAt: '2026-11-21T08:00:00.000Z',
  calendarPack: { id: 'kz-calendar', version: 1 },
  log: [],
  ...over,
});

const day = (date: string, kind: ScheduleDay['kind'], ...memberIds: string[]): ScheduleDay => ({
  date,
  kind,
  memberIds,
});

describe('findMe', () => {
  const members = [
    member('a', { userId: 'u-a' }),
    member('b', { userId: '' }),
    member('c', { userId: 'u-c', status: 'left' }),
    member('d', { userId: 'u-c' }),
  ];
  it('is the member linked to my account', () => {
    expect(findMe(members, 'u-a')?.id).toBe('a');
  });
  it('prefers the active entry when the account is linked twice', () => {
    expect(findMe(members, 'u-c')?.id).toBe('d');
  });
  it('is nobody when the head has not linked the account (an empty link matches nothing)', () => {
    expect(findMe(members, 'u-x')).toBeNull();
    expect(findMe(members, '')).toBeNull();
  });
});

describe('schedulesToShow', () => {
  const nov = schedule({ id: 'nov', month: '2026-11' });
  const dec = schedule({ id: 'dec', month: '2026-12' });
  const jan = schedule({ id: 'jan', month: '2027-01' });
  const octo = schedule({ id: 'oct', month: '2026-10' });
  it("shows this month's and next month's, this month first", () => {
    expect(schedulesToShow([jan, dec, nov, octo], '2026-11-30').map((s) => s.id)).toEqual([
      'nov',
      'dec',
    ]);
  });
  it('crosses the year and skips drafts', () => {
    const draft = schedule({ id: 'draft', month: '2027-01', status: 'draft', edition: 0 });
    expect(schedulesToShow([jan, dec, draft], '2026-12-05').map((s) => s.id)).toEqual([
      'dec',
      'jan',
    ]);
    expect(schedulesToShow([draft, dec], '2026-12-05').map((s) => s.id)).toEqual(['dec']);
  });
  it('takes the one made first when two devices published the same month', () => {
    const copy = schedule({
      id: 'dec-copy',
      month: '2026-12',
      createdAt: '2026-11-19T08:00:00.000Z',
    });
    expect(schedulesToShow([dec, copy], '2026-12-01').map((s) => s.id)).toEqual(['dec-copy']);
  });
});

describe('myDutyDays', () => {
  const members = new Map(
    [member('me'), member('bb', { phone: '+77020000002' })].map((m) => [m.id, m]),
  );
  it('lists my days in date and kind order with the others on duty and their phones', () => {
    const s = schedule({
      days: [
        day('2026-12-03', 'court', 'me'),
        day('2026-12-01', 'pretrial', 'bb', 'me', 'gone'),
        day('2026-12-01', 'consultation', 'bb'),
        day('2026-12-01', 'court', 'me'),
      ],
    });
    expect(myDutyDays(s, 'me', members)).toEqual([
      {
        date: '2026-12-01',
        kind: 'pretrial',
        others: [
          { id: 'bb', fullName: 'Name bb', phone: '+77020000002' },
          // Not on the roster (yet): the schedule still names them.
          { id: 'gone', fullName: 'gone', phone: '' },
        ],
      },
      { date: '2026-12-01', kind: 'court', others: [] },
      { date: '2026-12-03', kind: 'court', others: [] },
    ]);
  });
  it('is empty when I have no duty this month', () => {
    expect(
      myDutyDays(schedule({ days: [day('2026-12-01', 'court', 'bb')] }), 'me', members),
    ).toEqual([]);
  });
});

describe('changesForMe', () => {
  const change = (over: Partial<ScheduleChange>): ScheduleChange => ({
    id: `c-${Math.random()}`,
    at: '2026-11-28T08:00:00.000Z',
    by: 'Ахметова Г.',
    type: 'edit',
    edition: 2,
    reason: 'болезнь',
    ...over,
  });
  const gen = change({ type: 'generated', edition: 0, reason: '' });
  const pub = change({ type: 'published', edition: 1, reason: '' });
  const subOff = change({
    type: 'substitution',
    date: '2026-12-02',
    kind: 'court',
    fromMemberId: 'me',
    toMemberId: 'bb',
  });
  const editOn = change({ edition: 3, date: '2026-12-09', kind: 'pretrial', toMemberId: 'me' });
  const otherPeople = change({
    edition: 3,
    date: '2026-12-05',
    kind: 'court',
    fromMemberId: 'x',
    toMemberId: 'y',
  });
  const orderOnMyDay = change({ edition: 3, date: '2026-12-09', kind: 'pretrial' });
  const orderElsewhere = change({ edition: 3, date: '2026-12-10', kind: 'pretrial' });
  const s = schedule({
    edition: 3,
    days: [
      day('2026-12-01', 'pretrial', 'me'),
      day('2026-12-02', 'court', 'bb'),
      day('2026-12-09', 'pretrial', 'bb', 'me'),
    ],
    log: [gen, pub, subOff, editOn, otherPeople, orderOnMyDay, orderElsewhere],
  });
  const ackedFirst = {
    edition: 1,
    duties: [
      { date: '2026-12-02', kind: 'court' as const },
      { date: '2026-12-01', kind: 'pretrial' as const },
    ],
  };

  it('says which duties were added and removed since my acknowledgment', () => {
    const c = changesForMe(s, 'me', ackedFirst);
    expect(c.added).toEqual([{ date: '2026-12-09', kind: 'pretrial' }]);
    expect(c.removed).toEqual([{ date: '2026-12-02', kind: 'court' }]);
  });

  it("gives the later editions' entries that concern me, with their reasons", () => {
    expect(changesForMe(s, 'me', ackedFirst).log).toEqual([subOff, editOn, orderOnMyDay]);
  });

  it('leaves out entries of editions I already acknowledged', () => {
    const acked2 = { edition: 2, duties: [{ date: '2026-12-01', kind: 'pretrial' as const }] };
    const c = changesForMe(s, 'me', acked2);
    expect(c.log).toEqual([editOn, orderOnMyDay]);
    expect(c.removed).toEqual([]);
  });
});

describe('scheduleRows', () => {
  it('gives a row per date with duty and the advocates of each kind in queue order', () => {
    const rows = scheduleRows({
      days: [
        day('2026-12-02', 'court', 'c'),
        day('2026-12-01', 'pretrial', 'b', 'a'),
        day('2026-12-01', 'consultation'),
      ],
    });
    expect(rows).toEqual([
      { date: '2026-12-01', cells: { pretrial: ['b', 'a'], court: [], consultation: [] } },
      { date: '2026-12-02', cells: { pretrial: [], court: ['c'], consultation: [] } },
    ]);
  });
});

describe('myHandOvers', () => {
  const dist = (id: string, chosen: string[]): Distribution => ({
    id,
    version: 1,
    createdAt: '2026-11-25T04:00:00.000Z',
    updatedAt: '2026-11-25T04:00:00.000Z',
    headId: 'head',
    year: 2026,
    number: 1,
    document: {
      receivedAt: '2026-11-25T09:00',
      decree: { number: '1', date: '2026-11-24', body: 'Суд', official: '' },
      caseKind: 'criminal',
      caseNumber: '1',
      client: { fullName: 'А', iin: '' },
      statusId: 's',
      stageId: 'st',
      note: '',
    },
    rounds: chosen.map((m, i) => ({
      round: i + 1,
      at: '2026-11-25T04:00:00.000Z',
      by: 'Head',
      dutyDate: '2026-11-25',
      kind: 'court' as const,
      scheduleId: 's',
      scheduleEdition: 1,
      queue: [],
      chosenMemberId: m,
    })),
    assigneeUserId: '',
  });
  const ans = (
    distributionId: string,
    round: number,
    memberId: string,
    answer: DistributionAnswer['answer'],
    answeredAt: string,
  ): DistributionAnswer => ({
    id: `${distributionId}-${round}`,
    version: 1,
    createdAt: answeredAt,
    updatedAt: answeredAt,
    advocateId: memberId === 'me' ? 'u-me' : `u-${memberId}`,
    distributionId,
    round,
    memberId,
    answer,
    groundId: answer === 'declined' ? 'g' : '',
    note: '',
    answeredAt,
  });

  it('waits for my answer only on hand-overs whose last round chose me and is unanswered', () => {
    const ds = [
      dist('new', ['me']),
      dist('answered', ['me']),
      dist('passed-on', ['me', 'bb']),
      dist('back-to-me', ['bb', 'me']),
      dist('not-mine', ['bb']),
    ];
    const answers = [
      ans('answered', 1, 'me', 'accepted', '2026-11-25T05:00:00.000Z'),
      ans('passed-on', 1, 'me', 'declined', '2026-11-25T06:00:00.000Z'),
      ans('back-to-me', 1, 'bb', 'declined', '2026-11-25T07:00:00.000Z'),
    ];
    const mine = myHandOvers(ds, answers, 'me', 'u-me');
    expect(mine.pending.map((d) => d.id)).toEqual(['new', 'back-to-me']);
    expect(mine.answered.map((a) => [a.distribution.id, a.answer.answer])).toEqual([
      ['passed-on', 'declined'],
      ['answered', 'accepted'],
    ]);
  });

  it('leaves out an answer whose hand-over this device does not hold', () => {
    const mine = myHandOvers(
      [],
      [ans('gone', 1, 'me', 'accepted', '2026-11-25T05:00:00.000Z')],
      'me',
      'u-me',
    );
    expect(mine).toEqual({ pending: [], answered: [] });
  });
});

describe('toLocalStamp', () => {
  it('turns a stored instant into this device’s wall-clock time', () => {
    const at = new Date(2026, 11, 31, 23, 59);
    expect(toLocalStamp(at.toISOString())).toBe('2026-12-31T23:59');
    expect(localStamp(at)).toBe('2026-12-31T23:59');
  });
  it('keeps local times, reads a date as its midnight, and refuses nonsense', () => {
    expect(toLocalStamp('2026-11-25T08:15')).toBe('2026-11-25T08:15');
    expect(toLocalStamp('2026-11-25')).toBe('2026-11-25T00:00');
    expect(toLocalStamp('yesterday')).toBeNull();
  });
});

describe('formatStamp', () => {
  it('shows a stored instant as the local date and time in the UI language', () => {
    const at = new Date(2026, 10, 5, 7, 3).toISOString();
    expect(formatStamp(at, 'kk')).toBe('05.11.2026 07:03');
    expect(formatStamp(at, 'en', false)).toBe('05/11/2026');
    expect(formatStamp('not a time', 'ru')).toBe('not a time');
  });
});
