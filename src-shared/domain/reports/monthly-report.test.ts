import { describe, expect, it } from 'vitest';
import { caseKinds } from '../../contracts/entities/appointment';
import {
  monthlyReport,
  owedAtEnd,
  type DefenceFigures,
  type MonthlyReportInput,
} from './monthly-report';
import {
  reportAppointment,
  reportClaim,
  reportConsultation,
  settlementKeys,
  settlementLookup,
} from './report-inputs';
import { monthPeriod } from './report-period';
import {
  testAppointment,
  testClaim,
  testConsultation,
  testIin,
  testLine,
  testWork,
} from './reports.fixture';

// ── November 2026 of advocate adv-1, with records just across both month boundaries ──────

const samePerson = {
  applicant: { fullName: 'Бір адам', iin: testIin(77), identityDocument: { type: 'ЖК' } },
};
const consultations = [
  // 31 October, 23:30: October's, however late.
  testConsultation('c1', '2026-10-31T23:30', { minutes: 20 }),
  testConsultation('c2', '2026-11-01T00:10', { minutes: 40, settlement: 'rural', ...samePerson }),
  testConsultation('c3', '2026-11-30T23:30', {
    minutes: 20,
    form: 'written',
    categoryId: null,
    issue: { areaId: 'labour', subject: 'Жалақы' },
    place: { kind: 'person-location', address: 'Ауыл', reason: 'I топ' },
    settlement: 'urban',
  }),
  // 1 December, five past midnight: December's.
  testConsultation('c4', '2026-12-01T00:05', { minutes: 30 }),
  testConsultation('c5', '2026-11-10T10:00', { status: 'deferred' }),
  testConsultation('c6', '2026-11-11T10:00', { status: 'refused' }),
  testConsultation('c7', '2026-11-12T10:00', { status: 'withdrawn' }),
  // Someone else's.
  testConsultation('c8', '2026-11-12T10:00', { advocateId: 'adv-2', minutes: 60 }),
  // Corrected: version 2 (60 min, the same person as c2) replaces version 1 (15 min).
  testConsultation('c9', '2026-11-15T09:00', { minutes: 15 }),
  testConsultation('c9', '2026-11-15T09:00', { minutes: 60, version: 2, ...samePerson }),
].map((e) => reportConsultation(e));

const accepted = (at: string) => ({ kind: 'accepted' as const, at });
const appointments = [
  // Received on 31 October at 23:30, accepted on 1 November: accepted in November, not received.
  testAppointment(
    'a1',
    '2026-10-31T23:30',
    {
      state: 'accepted',
      decision: accepted('2026-11-01T09:00'),
      work: [testWork('w1', '2026-10-31', 60), testWork('w2', '2026-11-02', 120)],
    },
    { settlement: 'rural' },
  ),
  // A night action on 30 November past midnight: all of it on the 30th.
  testAppointment(
    'a2',
    '2026-11-01T00:15',
    {
      state: 'completed',
      decision: accepted('2026-11-01T10:00'),
      completion: { date: '2026-11-30', finalDocument: 'Шешім', note: '' },
      work: [
        testWork('w3', '2026-11-30', 120, {
          startedAt: '23:00',
          endedAt: '01:00',
          nightMinutes: 120,
        }),
        testWork('w4', '2026-11-29', 90, { nonWorkingDay: true }),
      ],
      notices: [
        { id: 'n1', number: 1, year: 2026, date: '2026-11-02', addressee: 'Сот', createdAt: 'x' },
        { id: 'n2', number: 2, year: 2026, date: '2026-12-01', addressee: 'Сот', createdAt: 'x' },
      ],
    },
    {
      source: 'paper',
      paperAssignment: { assignedBy: 'Бастық', assignedAt: '2026-11-01T00:10' },
      caseKind: 'civil',
      stageId: 'stage.first-instance',
      statusId: 'status.civil-defendant',
      settlement: 'urban',
    },
  ),
  // Received at 23:59 on 30 November, declined on 1 December.
  testAppointment('a3', '2026-11-30T23:59', {
    state: 'declined',
    decision: {
      kind: 'declined',
      at: '2026-12-01T09:00',
      groundId: 'decline.36-2.procedural-exclusion',
    },
  }),
  testAppointment(
    'a4',
    '2026-11-10T10:00',
    {
      state: 'declined',
      decision: {
        kind: 'declined',
        at: '2026-11-10T11:00',
        groundId: 'decline.36-1.conflict-of-interest',
      },
    },
    {
      caseKind: 'administrative-offence',
      stageId: 'stage.body-consideration',
      statusId: 'status.admin-offender',
    },
  ),
  // Transferred on 20 November: not in progress at the end; a withdrawn item never counts.
  testAppointment(
    'a5',
    '2026-11-05T10:00',
    {
      state: 'transferred',
      decision: accepted('2026-11-05T11:00'),
      transfer: {
        toAdvocate: 'Б',
        reasonId: 'replace.illness',
        note: '',
        permittedBy: 'Бастық',
        permittedAt: '2026-11-20T09:00',
        permission: '№ 3',
      },
      work: [
        testWork('w5', '2026-11-06', 30),
        testWork('w6', '2026-11-07', 45, { withdrawn: { at: 'x', reason: 'қате' } }),
      ],
    },
    { settlement: 'urban' },
  ),
  // Accepted in October, completed on 1 December: in progress at November's end.
  testAppointment(
    'a6',
    '2026-10-15T10:00',
    {
      state: 'completed',
      decision: accepted('2026-10-15T11:00'),
      completion: { date: '2026-12-01', finalDocument: 'Үкім', note: '' },
      work: [testWork('w7', '2026-11-15', 60)],
    },
    { stageId: 'stage.first-instance', statusId: 'status.defendant', settlement: 'rural' },
  ),
  // Someone else's.
  {
    ...testAppointment('a7', '2026-11-10T10:00', {
      state: 'accepted',
      decision: accepted('2026-11-10T11:00'),
    }),
    advocateId: 'adv-2',
  },
].map(reportAppointment);

const lookup = settlementLookup(consultations, appointments);
const submitted = (date: string) => ({ date, channel: 'ezk' as const, ezkNumber: '' });
const claims = [
  testClaim('k1', [testLine('a2', 500_000)], {
    submission: submitted('2026-11-30'),
    payments: [{ date: '2026-12-03', amountTiyn: 500_000, reason: '' }],
    state: 'paid',
  }),
  testClaim('k2', [testLine('a6', 300_000)], {
    submission: submitted('2026-10-20'),
    payments: [{ date: '2026-11-01', amountTiyn: 200_000, reason: 'частично' }],
    state: 'partly-paid',
  }),
  // Paid less than claimed, and marked paid: settled.
  testClaim('k3', [testLine('a1', 100_000)], {
    submission: submitted('2026-10-05'),
    payments: [{ date: '2026-11-10', amountTiyn: 90_000, reason: 'сверх 8 часов' }],
    state: 'paid',
  }),
  testClaim('k4', [testLine('a5', 70_000)], {
    submission: submitted('2026-11-02'),
    rejection: { date: '2026-11-25', reason: 'нет постановления' },
    state: 'rejected',
  }),
  testClaim('k5', [testLine('a5', 9_999)], { state: 'draft' }),
  testClaim('k6', [testLine('a2', 1_234)], { submission: submitted('2026-12-01') }),
  {
    ...testClaim('k7', [testLine('a7', 50_000)], { submission: submitted('2026-11-15') }),
    advocateId: 'adv-2',
  },
].map((c) => reportClaim(c, lookup));

const input: MonthlyReportInput = {
  month: '2026-11',
  advocateId: 'adv-1',
  consultations,
  appointments,
  claims,
};

describe('monthlyReport: consultations', () => {
  const { consultations: c } = monthlyReport(input);

  it('counts entries applied for in the month, by their office-clock date', () => {
    expect(c.applied).toBe(6); // c2, c3, c5, c6, c7, c9
    expect(c.byStatus).toEqual({ given: 3, deferred: 1, refused: 1, withdrawn: 1 });
  });

  it('describes the consultations given', () => {
    expect(c.given).toEqual({
      count: 3,
      // c2 and c9 helped the same person.
      persons: 2,
      minutes: 40 + 20 + 60,
      byForm: { oral: 2, written: 1 },
      atPersonLocation: 1,
      byCategory: [
        { id: 'cons.26-2-5.pensioners', count: 2 },
        { id: null, count: 1 },
      ],
      byIssueArea: [
        { id: 'housing', count: 2 },
        { id: 'labour', count: 1 },
      ],
      bySettlement: {
        urban: { count: 1, minutes: 20 },
        rural: { count: 1, minutes: 40 },
        unstated: { count: 1, minutes: 60 },
      },
    });
  });

  it('moves an entry across the boundary when its date moves', () => {
    const moved = consultations.map((e) =>
      e.id === 'c1' ? { ...e, appliedAt: '2026-11-01T00:00' } : e,
    );
    const r = monthlyReport({ ...input, consultations: moved });
    expect(r.consultations.applied).toBe(7);
    expect(r.consultations.given.minutes).toBe(120 + 20);
  });
});

describe('monthlyReport: defence and representation', () => {
  const { defence: d } = monthlyReport(input);

  it('counts each event in the month it happened', () => {
    expect(d.received).toBe(4); // a2, a3, a4, a5
    expect(d.bySource).toEqual({ ezk: 3, paper: 1 });
    expect(d.accepted).toBe(3); // a1, a2, a5
    expect(d.declined).toBe(1); // a4; a3 was declined in December
    expect(d.declinedByGround).toEqual([{ id: 'decline.36-1.conflict-of-interest', count: 1 }]);
    expect(d.completed).toBe(1); // a2; a6 on 1 December
    expect(d.inProgressAtEnd).toBe(2); // a1, a6
    expect(d.noticesIssued).toBe(1);
  });

  it('sums the work done in the month, night and non-working-day time included', () => {
    expect(d.work).toEqual({
      items: 5,
      appointments: 4,
      minutes: 120 + 120 + 90 + 30 + 60,
      nightMinutes: 120,
      nonWorkingDayMinutes: 90,
    });
  });

  it('breaks the figures down by case kind, stage and settlement, each adding up', () => {
    expect(d.byCaseKind.criminal).toEqual({
      received: 2,
      accepted: 2,
      completed: 0,
      inProgressAtEnd: 2,
      workMinutes: 210,
    });
    expect(d.byCaseKind.civil).toEqual({
      received: 1,
      accepted: 1,
      completed: 1,
      inProgressAtEnd: 0,
      workMinutes: 210,
    });
    expect(d.byStage.map((s) => s.id)).toEqual([
      'stage.body-consideration',
      'stage.first-instance',
      'stage.pre-trial',
    ]);
    expect(d.bySettlement.rural).toEqual({
      received: 0,
      accepted: 1,
      completed: 0,
      inProgressAtEnd: 2,
      workMinutes: 180,
    });
    expect(d.bySettlement.unstated.received).toBe(2);
    const totals = {
      received: d.received,
      accepted: d.accepted,
      completed: d.completed,
      inProgressAtEnd: d.inProgressAtEnd,
      workMinutes: d.work.minutes,
    };
    const keys = Object.keys(totals) as (keyof typeof totals)[];
    const sum = (rows: DefenceFigures[]) =>
      Object.fromEntries(keys.map((k) => [k, rows.reduce((a, r) => a + r[k], 0)]));
    expect(sum(caseKinds.map((k) => d.byCaseKind[k]))).toEqual(totals);
    expect(sum(d.byStage)).toEqual(totals);
    expect(sum(settlementKeys.map((k) => d.bySettlement[k]))).toEqual(totals);
  });
});

describe('monthlyReport: payment', () => {
  it('counts submissions and payments in the month and what is owed at its end', () => {
    expect(monthlyReport(input).payment).toEqual({
      submitted: { count: 2, tiyn: 570_000 }, // k1, k4
      paid: { claims: 2, tiyn: 290_000 }, // k2, k3
      outstanding: { count: 2, tiyn: 600_000 }, // k1 all, k2 the rest
    });
  });

  it('settles a claim marked paid only from its last payment on', () => {
    const k1 = claims.find((c) => c.id === 'k1')!;
    expect(owedAtEnd(k1, monthPeriod('2026-11'))).toBe(500_000);
    expect(owedAtEnd(k1, monthPeriod('2026-12'))).toBe(0);
    expect(owedAtEnd(k1, monthPeriod('2026-10'))).toBe(0);
  });
});

describe('monthlyReport: scope', () => {
  it("reads only the advocate's own records", () => {
    const other = monthlyReport({ ...input, advocateId: 'adv-2' });
    expect(other.consultations.given.minutes).toBe(60);
    expect(other.defence.accepted).toBe(1);
    expect(other.payment.submitted).toEqual({ count: 1, tiyn: 50_000 });
  });

  it('does not depend on the order of the records', () => {
    const reversed = monthlyReport({
      ...input,
      consultations: [...consultations].reverse().sort((a, b) => b.version - a.version),
      appointments: [...appointments].reverse(),
      claims: [...claims].reverse(),
    });
    expect(reversed).toEqual(monthlyReport(input));
  });

  it('is empty for a month without records', () => {
    const r = monthlyReport({ ...input, month: '2027-03' });
    expect(r.period).toEqual({ from: '2027-03-01', to: '2027-03-31' });
    expect(r.consultations.applied).toBe(0);
    expect(r.defence.received + r.defence.accepted + r.defence.work.minutes).toBe(0);
    // a1 was accepted and never ended: still in progress, and its stage is listed for it.
    expect(r.defence.inProgressAtEnd).toBe(1);
    expect(r.defence.byStage).toEqual([
      {
        id: 'stage.pre-trial',
        received: 0,
        accepted: 0,
        completed: 0,
        inProgressAtEnd: 1,
        workMinutes: 0,
      },
    ]);
    expect(r.payment.outstanding).toEqual({ count: 2, tiyn: 100_000 + 1_234 });
  });
});
