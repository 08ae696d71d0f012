import { describe, expect, it } from 'vitest';
import {
  rosterMemberRecordSchema,
  type RosterMemberInput,
} from '../../contracts/entities/duty-roster';
import type { ScheduleDay } from '../../contracts/entities/duty-schedule';
import { scheduleWarnings } from './schedule-edits';

describe('scheduleWarnings', () => {
  const member = (id: string, over: Partial<RosterMemberInput> = {}) =>
    rosterMemberRecordSchema.parse({
      id,
      version: 1,
      createdAt: 'x',
      updatedAt: 'x',
      headId: 'head',
      fullName: id,
      phone: '+7 701 111 22 33',
      ...over,
    });
  const members = [
    member('A', {
      absences: [
        {
          id: 'a',
          type: 'unavailable',
          from: '2026-12-02',
          to: '2026-12-03',
          ground: 'leave',
          reason: 'отпуск',
        },
      ],
    }),
    member('B', { status: 'left' }),
    member('C', { kinds: ['court'] }),
    member('D'),
  ];

  it('flags absent, left, unknown, not-in-kind and twice-same-day, in day and queue order', () => {
    const days: ScheduleDay[] = [
      { date: '2026-12-02', kind: 'court', memberIds: ['D', 'C'] },
      { date: '2026-12-01', kind: 'pretrial', memberIds: ['A', 'B', 'C'] },
      { date: '2026-12-02', kind: 'pretrial', memberIds: ['A', 'X', 'D'] },
      { date: '2026-12-04', kind: 'consultation', memberIds: ['D', 'D'] },
    ];
    expect(scheduleWarnings({ days }, members)).toEqual([
      { date: '2026-12-01', kind: 'pretrial', memberId: 'B', code: 'left' },
      { date: '2026-12-01', kind: 'pretrial', memberId: 'C', code: 'not-in-kind' },
      { date: '2026-12-02', kind: 'pretrial', memberId: 'A', code: 'absent' },
      { date: '2026-12-02', kind: 'pretrial', memberId: 'X', code: 'left' },
      { date: '2026-12-02', kind: 'pretrial', memberId: 'D', code: 'twice-same-day' },
      { date: '2026-12-02', kind: 'court', memberId: 'D', code: 'twice-same-day' },
      { date: '2026-12-04', kind: 'consultation', memberId: 'D', code: 'twice-same-day' },
    ]);
  });

  it('has nothing to say about a clean schedule', () => {
    const days: ScheduleDay[] = [
      { date: '2026-12-01', kind: 'pretrial', memberIds: ['A', 'D'] },
      { date: '2026-12-01', kind: 'court', memberIds: ['C'] },
      { date: '2026-12-02', kind: 'consultation', memberIds: ['D'] },
      { date: '2026-12-04', kind: 'court', memberIds: ['A', 'C'] },
    ];
    expect(scheduleWarnings({ days }, members)).toEqual([]);
  });
});
