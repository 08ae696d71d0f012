import { describe, expect, it } from 'vitest';
import { calculationOf, feeLine } from '../../../../src-shared/domain/fees/claim-lifecycle.fixture';
import {
  claimableAppointments,
  claimedElsewhere,
  defaultConsultationSelection,
  defaultDefencePeriod,
  defaultWorkSelection,
  lastJusticeBody,
  monthPeriod,
  newConsultationValues,
  newDefenceValues,
  previousMonth,
} from './claim-defaults';
import { appointment, storedClaim, work } from './claims.fixture';

/** Claim `id` of appointment a1 selecting `items`, in `state`. */
const claimOf = (id: string, items: string[], state: 'draft' | 'ready' | 'rejected' = 'draft') =>
  storedClaim({
    id,
    number: Number(id.replace(/\D/g, '')) || 1,
    state,
    workItemIds: items,
    ...(state === 'draft'
      ? {}
      : { calculation: calculationOf(items.map((w) => feeLine(`work:a1:${w}`))) }),
  });

describe('claimedElsewhere', () => {
  it('names the work of other claims that are not rejected, drafts included', () => {
    const claims = [
      claimOf('c1', ['w1']),
      claimOf('c2', ['w2'], 'ready'),
      claimOf('c3', ['w4'], 'rejected'),
    ];
    const claimed = claimedElsewhere(claims, '');
    expect([...claimed.entries()]).toEqual([
      ['work:a1:w1', '1/2026'],
      ['work:a1:w2', '2/2026'],
    ]);
  });

  it('leaves out the claim itself', () => {
    expect(claimedElsewhere([claimOf('c1', ['w1'])], 'c1').size).toBe(0);
  });
});

describe('a new defence claim', () => {
  const a = appointment({
    work: [
      work('w1', { date: '2026-11-24' }),
      work('w2', { date: '2026-11-26' }),
      work('w3', { date: '2026-11-29', withdrawn: { at: 'x', reason: 'қате' } }),
      work('w4', { date: '2026-12-03' }),
    ],
  });

  it('spans the unclaimed, not withdrawn work', () => {
    const claimed = claimedElsewhere([claimOf('c1', ['w1'])], '');
    expect(defaultDefencePeriod(a, claimed, '2026-12-10')).toEqual({
      from: '2026-11-26',
      to: '2026-12-03',
    });
  });

  it('with nothing left, spans the appointment from its receipt to its end (or today)', () => {
    const claimed = claimedElsewhere([claimOf('c1', ['w1', 'w2', 'w4'])], '');
    expect(defaultDefencePeriod(a, claimed, '2026-12-10')).toEqual({
      from: '2026-11-21',
      to: '2026-12-10',
    });
    const done = { ...a, completion: { date: '2026-12-05', finalDocument: 'Үкім', note: '' } };
    expect(defaultDefencePeriod(done, claimed, '2026-12-10').to).toBe('2026-12-05');
  });

  it('ticks the unclaimed work inside the period only', () => {
    const claimed = claimedElsewhere([claimOf('c1', ['w2'])], '');
    expect(defaultWorkSelection(a, claimed, { from: '2026-11-01', to: '2026-11-30' })).toEqual([
      'w1',
    ]);
    expect(defaultWorkSelection(a, new Map(), { from: '2026-11-25', to: '2026-12-31' })).toEqual([
      'w2',
      'w4',
    ]);
  });

  it('starts from the decree’s body and the last claim’s justice body', () => {
    const body = (id: string, justiceBody: string, createdAt: string) =>
      storedClaim({ id, justiceBody, createdAt, workItemIds: [] });
    const earlier = [
      body('c1', 'Old', '2026-10-01T00:00:00Z'),
      body('c2', 'Newer', '2026-11-01T00:00:00Z'),
      body('c3', ' ', '2026-11-15T00:00:00Z'),
    ];
    const v = newDefenceValues(a, earlier, '2026-12-10');
    expect(v).toMatchObject({
      kind: 'defence',
      appointmentId: 'a1',
      workItemIds: ['w1', 'w2', 'w4'],
      period: { from: '2026-11-24', to: '2026-12-03' },
      justiceBody: 'Newer',
    });
    expect(v.basisDocument.issuedBy).toBe('СУ ДП г. Алматы');
    expect(lastJusticeBody([])).toBe('');
  });
});

describe('a new consultation claim', () => {
  it('defaults to the month before today’s, across the new year', () => {
    expect(previousMonth('2027-01-05')).toBe('2026-12');
    expect(previousMonth('2026-11-30')).toBe('2026-10');
  });

  it('covers the whole month, leap February included', () => {
    expect(monthPeriod('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthPeriod('2026-11')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
  });

  it('ticks the month’s given entries not in another claim', () => {
    const entries = [
      { id: 'c1', date: '2026-11-03', status: 'given' },
      { id: 'c2', date: '2026-11-04', status: 'refused' },
      { id: 'c3', date: '2026-11-05', status: 'given' },
      { id: 'c4', date: '2026-12-01', status: 'given' },
    ];
    const other = storedClaim({
      id: 'o',
      kind: 'consultation',
      appointmentId: '',
      workItemIds: [],
      consultationIds: ['c3'],
    });
    const claimed = claimedElsewhere([other], '');
    expect(defaultConsultationSelection(entries, claimed, monthPeriod('2026-11'))).toEqual(['c1']);
    const v = newConsultationValues('2026-11', entries, [other], '№ 5 ЗК');
    expect(v).toMatchObject({
      kind: 'consultation',
      period: { from: '2026-11-01', to: '2026-11-30' },
      consultationIds: ['c1'],
      basisDocument: { number: '2026-11', issuedBy: '№ 5 ЗК' },
    });
  });
});

describe('claimableAppointments', () => {
  it('offers accepted appointments and those ended after acceptance, newest first', () => {
    const list = claimableAppointments([
      appointment({ id: 'a', number: 3, state: 'completed' }),
      appointment({ id: 'b', number: 9, state: 'received' }),
      appointment({ id: 'c', number: 7, state: 'accepted' }),
      appointment({ id: 'd', number: 1, year: 2027, state: 'transferred' }),
      appointment({ id: 'e', number: 2, state: 'declined' }),
    ]);
    expect(list.map((a) => a.id)).toEqual(['d', 'c', 'a']);
  });
});
