import { describe, expect, it } from 'vitest';
import {
  dutyScheduleRecordSchema,
  substitutionInputSchema,
  type DutySchedule,
  type ScheduleDay,
  type SubstitutionInput,
} from '../../contracts/entities/duty-schedule';
import {
  applyGenerated,
  publish,
  ScheduleEditError,
  setDayMembers,
  substitute,
  type ScheduleEditErrorCode,
} from './schedule-edits';

const meta = (n: number) => ({
  id: `c${n}`,
  at: `2026-11-2${n}T10:00:00+05:00`,
  by: 'Сейтқали Б.',
});

const generated: ScheduleDay[] = [
  { date: '2026-12-01', kind: 'pretrial', memberIds: ['A', 'B'] },
  { date: '2026-12-01', kind: 'court', memberIds: ['C'] },
  { date: '2026-12-02', kind: 'pretrial', memberIds: ['C', 'A'] },
];

function draft(days: ScheduleDay[] = []): DutySchedule {
  return dutyScheduleRecordSchema.parse({
    id: 'sch-2026-12',
    version: 1,
    createdAt: '2026-11-20T09:00:00+05:00',
    updatedAt: '2026-11-20T09:00:00+05:00',
    headId: 'head',
    month: '2026-12',
    officeName: 'ЮК № 1',
    responsibleName: 'Сейтқали Б.',
    responsiblePhone: '+7 701 111 22 33',
    settings: {},
    days,
    status: 'draft',
    edition: 0,
    publishedAt: null,
    calendarPack: { id: 'kz-calendar', version: 1 },
    log: [],
  });
}
const published = () => publish(applyGenerated(draft(), { days: generated }, meta(1)), meta(2));

function codeOf(f: () => unknown): ScheduleEditErrorCode | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof ScheduleEditError) return e.code;
    throw e;
  }
  return undefined;
}

/** Every result must still be a valid record: the repository will store it as is. */
const valid = (s: DutySchedule) => dutyScheduleRecordSchema.parse(s);

describe('applyGenerated', () => {
  it('puts the generated days into a draft and logs it', () => {
    const s = valid(applyGenerated(draft(), { days: generated }, meta(1)));
    expect(s.days).toEqual(generated);
    expect(s.status).toBe('draft');
    expect(s.edition).toBe(0);
    expect(s.log).toEqual([{ ...meta(1), type: 'generated', edition: 0, reason: '' }]);
  });

  it('replaces what the draft had', () => {
    const s = applyGenerated(draft(generated), { days: generated.slice(2) }, meta(1));
    expect(s.days).toEqual(generated.slice(2));
  });

  it('refuses a published schedule (not-draft) and days of another month (month-mismatch)', () => {
    expect(codeOf(() => applyGenerated(published(), { days: generated }, meta(3)))).toBe(
      'not-draft',
    );
    const nov = [{ date: '2026-11-30', kind: 'court' as const, memberIds: ['A'] }];
    expect(codeOf(() => applyGenerated(draft(), { days: nov }, meta(1)))).toBe('month-mismatch');
  });
});

describe('publish', () => {
  it('makes edition 1, published now, and logs it', () => {
    const s = valid(published());
    expect(s.status).toBe('published');
    expect(s.edition).toBe(1);
    expect(s.publishedAt).toBe(meta(2).at);
    expect(s.log.at(-1)).toEqual({ ...meta(2), type: 'published', edition: 1, reason: '' });
  });

  it('refuses an empty schedule, even one with days but nobody on them', () => {
    expect(codeOf(() => publish(draft(), meta(2)))).toBe('empty');
    const hollow = [{ date: '2026-12-01', kind: 'court' as const, memberIds: [] }];
    expect(codeOf(() => publish(draft(hollow), meta(2)))).toBe('empty');
  });

  it('refuses to publish twice', () => {
    expect(codeOf(() => publish(published(), meta(3)))).toBe('not-draft');
  });
});

describe('setDayMembers', () => {
  it('edits a draft without a reason, keeps edition 0 and logs each change', () => {
    const before = applyGenerated(draft(), { days: generated }, meta(1));
    const s = valid(
      setDayMembers(
        before,
        { date: '2026-12-01', kind: 'pretrial', memberIds: ['A', 'D'] },
        meta(2),
      ),
    );
    expect(s.days[0]).toEqual({ date: '2026-12-01', kind: 'pretrial', memberIds: ['A', 'D'] });
    expect(s.edition).toBe(0);
    expect(s.publishedAt).toBeNull();
    expect(s.log.at(-1)).toEqual({
      ...meta(2),
      type: 'edit',
      edition: 0,
      date: '2026-12-01',
      kind: 'pretrial',
      fromMemberId: 'B',
      toMemberId: 'D',
      reason: '',
    });
  });

  it('needs a reason once published, and makes a new edition published now', () => {
    const change = { date: '2026-12-01', kind: 'court' as const, memberIds: ['D', 'E'] };
    expect(codeOf(() => setDayMembers(published(), change, meta(3)))).toBe('reason-required');
    expect(codeOf(() => setDayMembers(published(), { ...change, reason: '  ' }, meta(3)))).toBe(
      'reason-required',
    );
    const s = valid(setDayMembers(published(), { ...change, reason: 'болезнь' }, meta(3)));
    expect(s.edition).toBe(2);
    expect(s.publishedAt).toBe(meta(3).at);
    expect(s.log.slice(-2)).toEqual([
      {
        ...meta(3),
        id: 'c3-1',
        type: 'edit',
        edition: 2,
        date: '2026-12-01',
        kind: 'court',
        fromMemberId: 'C',
        toMemberId: 'D',
        reason: 'болезнь',
      },
      {
        ...meta(3),
        id: 'c3-2',
        type: 'edit',
        edition: 2,
        date: '2026-12-01',
        kind: 'court',
        toMemberId: 'E',
        reason: 'болезнь',
      },
    ]);
  });

  it('logs a change of queue order alone, without from/to', () => {
    const s = setDayMembers(
      published(),
      { date: '2026-12-01', kind: 'pretrial', memberIds: ['B', 'A'], reason: 'по заявлению' },
      meta(3),
    );
    expect(s.days[0]!.memberIds).toEqual(['B', 'A']);
    expect(s.edition).toBe(2);
    const last = s.log.at(-1)!;
    expect([last.type, last.fromMemberId, last.toMemberId]).toEqual(['edit', undefined, undefined]);
  });

  it('adds a day the schedule did not have, in date and kind order', () => {
    const s = setDayMembers(
      published(),
      { date: '2026-12-01', kind: 'consultation', memberIds: ['E'], reason: 'выходной дежурный' },
      meta(3),
    );
    expect(s.days.map((d) => `${d.date} ${d.kind}`)).toEqual([
      '2026-12-01 pretrial',
      '2026-12-01 court',
      '2026-12-01 consultation',
      '2026-12-02 pretrial',
    ]);
  });

  it('changes nothing when the list is the same', () => {
    const s = published();
    expect(setDayMembers(s, { date: '2026-12-01', kind: 'court', memberIds: ['C'] }, meta(3))).toBe(
      s,
    );
  });

  it('refuses a member twice in one list (already-on-duty) and another month (month-mismatch)', () => {
    expect(
      codeOf(() =>
        setDayMembers(
          draft(),
          { date: '2026-12-01', kind: 'court', memberIds: ['A', 'A'] },
          meta(1),
        ),
      ),
    ).toBe('already-on-duty');
    expect(
      codeOf(() =>
        setDayMembers(draft(), { date: '2027-01-04', kind: 'court', memberIds: ['A'] }, meta(1)),
      ),
    ).toBe('month-mismatch');
  });
});

describe('substitute (cl. 24)', () => {
  const input = (over: Partial<SubstitutionInput> = {}) =>
    substitutionInputSchema.parse({
      date: '2026-12-01',
      kind: 'pretrial',
      fromMemberId: 'A',
      toMemberId: 'D',
      reason: 'Болезнь, справка № 15',
      requestDate: '2026-11-28',
      ...over,
    });

  it('puts the substitute in the same place in the queue and logs the request', () => {
    const s = valid(substitute(published(), input(), meta(3)));
    expect(s.days[0]!.memberIds).toEqual(['D', 'B']);
    expect(s.edition).toBe(2);
    expect(s.publishedAt).toBe(meta(3).at);
    expect(s.log.at(-1)).toEqual({
      ...meta(3),
      type: 'substitution',
      edition: 2,
      date: '2026-12-01',
      kind: 'pretrial',
      fromMemberId: 'A',
      toMemberId: 'D',
      reason: 'Болезнь, справка № 15',
      requestedBy: 'A',
      requestDate: '2026-11-28',
    });
  });

  it('works on a draft too, without a new edition', () => {
    const s = substitute(applyGenerated(draft(), { days: generated }, meta(1)), input(), meta(2));
    expect(s.days[0]!.memberIds).toEqual(['D', 'B']);
    expect([s.edition, s.publishedAt, s.log.at(-1)!.edition]).toEqual([0, null, 0]);
  });

  it.each<[string, Partial<SubstitutionInput>, ScheduleEditErrorCode]>([
    ['the advocate is not on duty that day', { fromMemberId: 'C' }, 'not-on-duty'],
    ['there is no such day in the schedule', { kind: 'consultation' }, 'not-on-duty'],
    ['the substitute is on duty already', { toMemberId: 'B' }, 'already-on-duty'],
    ['it is the same advocate', { toMemberId: 'A' }, 'same-member'],
    ['the date is in another month', { date: '2027-01-05' }, 'month-mismatch'],
  ])('refuses when %s', (_, over, code) => {
    expect(codeOf(() => substitute(published(), input(over), meta(3)))).toBe(code);
  });

  it('refuses a blank reason (reason-required)', () => {
    // The schema trims and refuses it already; the domain refuses it on its own as well.
    expect(codeOf(() => substitute(published(), { ...input(), reason: ' ' }, meta(3)))).toBe(
      'reason-required',
    );
  });
});
