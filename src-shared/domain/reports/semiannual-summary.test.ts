import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseKinds } from '../../contracts/entities/appointment';
import {
  reportAppointment,
  reportClaim,
  reportConsultation,
  settlementKeys,
  settlementLookup,
  type SettlementKey,
} from './report-inputs';
import { halfMonths, halfOf, halfPeriod } from './report-period';
import {
  apportion,
  semiannualSummary,
  splitTotal,
  type SemiannualInput,
} from './semiannual-summary';
import {
  testAppointment,
  testClaim,
  testConsultation,
  testIin,
  testLine,
  testWork,
} from './reports.fixture';

describe('half-years', () => {
  it('puts June in the first half and July in the second', () => {
    expect(halfOf('2026-06-30')).toEqual({ year: 2026, half: 1 });
    expect(halfOf('2026-07-01')).toEqual({ year: 2026, half: 2 });
    expect(halfOf('2027-01-01')).toEqual({ year: 2027, half: 1 });
    expect(halfMonths(2026, 2)).toEqual([
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    expect(halfMonths(2026, 1)[5]).toBe('2026-06');
    expect(halfPeriod(2026, 1)).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(halfPeriod(2026, 2)).toEqual({ from: '2026-07-01', to: '2026-12-31' });
  });
});

describe('apportion', () => {
  it('splits a payment like its claim, to the tiyn', () => {
    const parts = [
      { settlement: 'urban' as const, tiyn: 100 },
      { settlement: 'rural' as const, tiyn: 200 },
    ];
    expect(apportion(100, parts)).toEqual({ urban: 33, rural: 67, unstated: 0 });
    expect(apportion(300, parts)).toEqual({ urban: 100, rural: 200, unstated: 0 });
    expect(apportion(1, [{ settlement: 'rural', tiyn: 5 }])).toEqual({
      urban: 0,
      rural: 1,
      unstated: 0,
    });
    // No split known: the payment is not stated rather than guessed.
    expect(apportion(500, [])).toEqual({ urban: 0, rural: 0, unstated: 500 });
  });

  it('always adds up, whatever the amounts', () => {
    const part = fc.record({
      settlement: fc.constantFrom<SettlementKey>(...settlementKeys),
      tiyn: fc.integer({ min: 1, max: 1e13 }),
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e13 }), fc.array(part, { maxLength: 3 }), (a, ps) => {
        const split = apportion(a, ps);
        expect(splitTotal(split)).toBe(a);
        for (const s of settlementKeys) expect(split[s]).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

// ── an office's second half of 2026, with records just outside it on both sides ─────────

const person = (seed: number) => ({
  applicant: { fullName: 'Адам', iin: testIin(seed), identityDocument: { type: 'ЖК' } },
});
const consultations = [
  testConsultation('c1', '2026-06-30T23:50', { settlement: 'rural', ...person(1) }),
  testConsultation('c2', '2026-07-01T00:00', { minutes: 30, settlement: 'rural', ...person(1) }),
  // The same person again, in town: in both columns, once in the total.
  testConsultation('c3', '2026-09-15T10:00', { minutes: 60, settlement: 'urban', ...person(1) }),
  testConsultation('c4', '2026-12-31T23:00', { minutes: 50, ...person(2) }),
  testConsultation('c5', '2027-01-01T00:01', { settlement: 'urban', ...person(3) }),
  testConsultation('c6', '2026-10-01T10:00', {
    status: 'refused',
    settlement: 'rural',
    ...person(4),
  }),
  // Another advocate consults person 2 too.
  testConsultation('c7', '2026-08-01T10:00', { minutes: 40, advocateId: 'adv-2', ...person(2) }),
].map((e) => reportConsultation(e));

const accepted = (at: string) => ({ kind: 'accepted' as const, at });
const appointments = [
  testAppointment(
    'a1',
    '2026-06-30T20:00',
    {
      state: 'completed',
      decision: accepted('2026-07-01T09:00'),
      completion: { date: '2026-12-31', finalDocument: 'Үкім', note: '' },
      work: [testWork('w1', '2026-06-30', 60), testWork('w2', '2026-07-02', 120)],
    },
    { settlement: 'rural' },
  ),
  testAppointment(
    'a2',
    '2026-08-10T10:00',
    {
      state: 'accepted',
      decision: accepted('2026-08-10T11:00'),
      work: [testWork('w3', '2026-08-11', 45), testWork('w4', '2027-01-02', 30)],
    },
    {
      caseKind: 'civil',
      stageId: 'stage.first-instance',
      statusId: 'status.civil-defendant',
      settlement: 'urban',
    },
  ),
  testAppointment('a3', '2026-11-10T10:00', {
    state: 'completed',
    decision: accepted('2026-11-10T11:00'),
    completion: { date: '2027-01-05', finalDocument: 'Қаулы', note: '' },
  }),
].map(reportAppointment);

const lookup = settlementLookup(consultations, appointments);
const submitted = (date: string) => ({ date, channel: 'ezk' as const, ezkNumber: '' });
const claims = [
  // Rural and urban entries in one claim: the claim and its payment split between them.
  testClaim(
    'k1',
    [testLine('c2', 100_000, 'consultation'), testLine('c3', 200_000, 'consultation')],
    {
      submission: submitted('2026-12-31'),
      payments: [{ date: '2026-12-31', amountTiyn: 150_001, reason: 'частично' }],
      state: 'partly-paid',
    },
  ),
  testClaim('k2', [testLine('a1', 500_000)], {
    submission: submitted('2026-06-30'),
    payments: [{ date: '2026-07-01', amountTiyn: 500_000, reason: '' }],
    state: 'paid',
  }),
].map((c) => reportClaim(c, lookup));

const input: SemiannualInput = {
  year: 2026,
  half: 2,
  advocates: [
    { id: 'adv-1', fullName: 'Сәрсенбаев Нұрлан' },
    { id: 'adv-2', fullName: 'Жұмабаева Гүлнәр' },
  ],
  consultations,
  appointments,
  claims,
};

describe('semiannualSummary', () => {
  const s = semiannualSummary(input);
  const mine = s.rows[0]!;

  it('names the period', () => {
    expect(s.period).toEqual({ from: '2026-07-01', to: '2026-12-31' });
    expect(s.months).toHaveLength(6);
    expect(s.rows.map((r) => r.advocateId)).toEqual(['adv-1', 'adv-2']);
  });

  it('splits consultations and persons by settlement, not stated apart', () => {
    expect(mine.consultationsGiven).toEqual({ urban: 1, rural: 1, unstated: 1 });
    expect(mine.consultationMinutes).toEqual({ urban: 60, rural: 30, unstated: 50 });
    expect(mine.persons).toEqual({ urban: 1, rural: 1, unstated: 1 });
    // Person 1 was helped in town and in a village: one person.
    expect(mine.personsTotal).toBe(2);
  });

  it('splits defence by settlement and kind of case', () => {
    expect(mine.accepted.criminal).toEqual({ urban: 0, rural: 1, unstated: 1 });
    expect(mine.accepted.civil).toEqual({ urban: 1, rural: 0, unstated: 0 });
    expect(mine.completed).toEqual({ urban: 0, rural: 1, unstated: 0 });
    expect(mine.workMinutes).toEqual({ urban: 45, rural: 120, unstated: 0 });
  });

  it('splits money by the records claimed, payments in proportion', () => {
    expect(mine.claimedTiyn).toEqual({ urban: 200_000, rural: 100_000, unstated: 0 });
    expect(mine.paidTiyn).toEqual({ urban: 100_001, rural: 500_000 + 50_000, unstated: 0 });
  });

  it('totals the office, persons distinct across advocates', () => {
    expect(s.totals.consultationsGiven).toEqual({ urban: 1, rural: 1, unstated: 2 });
    expect(s.totals.persons).toEqual({ urban: 1, rural: 1, unstated: 1 });
    expect(s.totals.personsTotal).toBe(2);
    for (const key of [
      'consultationMinutes',
      'completed',
      'workMinutes',
      'claimedTiyn',
      'paidTiyn',
    ] as const)
      for (const k of settlementKeys)
        expect(s.totals[key][k]).toBe(s.rows.reduce((a, r) => a + r[key][k], 0));
    for (const kind of caseKinds)
      expect(splitTotal(s.totals.accepted[kind])).toBe(
        s.rows.reduce((a, r) => a + splitTotal(r.accepted[kind]), 0),
      );
  });

  it('counts the first half apart', () => {
    const first = semiannualSummary({ ...input, half: 1 });
    expect(first.rows[0]!.consultationsGiven).toEqual({ urban: 0, rural: 1, unstated: 0 });
    expect(first.rows[0]!.workMinutes).toEqual({ urban: 0, rural: 60, unstated: 0 });
    expect(first.rows[0]!.claimedTiyn).toEqual({ urban: 0, rural: 500_000, unstated: 0 });
    expect(splitTotal(first.rows[0]!.paidTiyn)).toBe(0);
  });
});
