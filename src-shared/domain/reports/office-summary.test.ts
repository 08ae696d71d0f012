import { describe, expect, it } from 'vitest';
import { monthlyReport } from './monthly-report';
import { officeMonthWork, type OfficeMonthWorkInput } from './office-summary';
import {
  reportAppointment,
  reportClaim,
  reportConsultation,
  settlementLookup,
} from './report-inputs';
import {
  testAppointment,
  testClaim,
  testConsultation,
  testIin,
  testLine,
  testWork,
} from './reports.fixture';

const person = (seed: number) => ({
  applicant: { fullName: 'Адам', iin: testIin(seed), identityDocument: { type: 'ЖК' } },
});
const consultations = [
  testConsultation('c1', '2026-11-02T10:00', { minutes: 30, ...person(1) }),
  testConsultation('c2', '2026-11-03T10:00', { minutes: 45, ...person(2) }),
  // The same person as c1, consulted by the other advocate: two for the rows, one for the office.
  testConsultation('c3', '2026-11-04T10:00', { minutes: 60, advocateId: 'adv-2', ...person(1) }),
  // An advocate whose profile has not synced to this device.
  testConsultation('c4', '2026-11-05T10:00', { minutes: 15, advocateId: 'adv-0', ...person(3) }),
  testConsultation('c5', '2026-10-31T23:59', { minutes: 10, ...person(4) }),
].map((e) => reportConsultation(e));
const appointments = [
  testAppointment('a1', '2026-11-06T09:00', {
    state: 'accepted',
    decision: { kind: 'accepted', at: '2026-11-06T10:00' },
    work: [testWork('w1', '2026-11-07', 90)],
  }),
  {
    ...testAppointment('a2', '2026-11-06T09:00', {
      state: 'accepted',
      decision: { kind: 'accepted', at: '2026-11-06T10:00' },
      work: [testWork('w2', '2026-11-07', 120)],
    }),
    advocateId: 'adv-2',
  },
].map(reportAppointment);
const lookup = settlementLookup(consultations, appointments);
const claims = [
  testClaim('k1', [testLine('a1', 250_050)], {
    submission: { date: '2026-11-20', channel: 'ezk', ezkNumber: '' },
    payments: [{ date: '2026-11-28', amountTiyn: 250_050, reason: '' }],
    state: 'paid',
  }),
].map((c) => reportClaim(c, lookup));

const input: OfficeMonthWorkInput = {
  month: '2026-11',
  // adv-3 has no records: still a row (the head sees who did nothing), in the order given.
  advocates: [
    { id: 'adv-2', fullName: 'Жұмабаева Гүлнәр' },
    { id: 'adv-1', fullName: 'Сәрсенбаев Нұрлан' },
    { id: 'adv-3', fullName: 'Үсенов Һадис' },
  ],
  consultations,
  appointments,
  claims,
};

describe('officeMonthWork', () => {
  const summary = officeMonthWork(input);

  it('has a row per advocate, known ones first in order, then unknown ones', () => {
    expect(summary.rows.map((r) => [r.advocateId, r.fullName])).toEqual([
      ['adv-2', 'Жұмабаева Гүлнәр'],
      ['adv-1', 'Сәрсенбаев Нұрлан'],
      ['adv-3', 'Үсенов Һадис'],
      ['adv-0', null],
    ]);
  });

  it("gives each advocate their monthly report's figures", () => {
    const row = summary.rows.find((r) => r.advocateId === 'adv-1')!;
    const report = monthlyReport({ ...input, advocateId: 'adv-1' });
    expect(row).toEqual({
      advocateId: 'adv-1',
      fullName: 'Сәрсенбаев Нұрлан',
      consultationsGiven: report.consultations.given.count,
      persons: report.consultations.given.persons,
      consultationMinutes: report.consultations.given.minutes,
      appointmentsReceived: report.defence.received,
      appointmentsAccepted: report.defence.accepted,
      workMinutes: report.defence.work.minutes,
      claimedTiyn: report.payment.submitted.tiyn,
      paidTiyn: report.payment.paid.tiyn,
    });
    expect(row).toMatchObject({ consultationsGiven: 2, consultationMinutes: 75, workMinutes: 90 });
    expect(row).toMatchObject({ claimedTiyn: 250_050, paidTiyn: 250_050 });
    expect(summary.rows.find((r) => r.advocateId === 'adv-3')).toMatchObject({
      consultationsGiven: 0,
      workMinutes: 0,
      claimedTiyn: 0,
    });
  });

  it('totals the office, counting a person two advocates consulted once', () => {
    expect(summary.totals).toEqual({
      consultationsGiven: 4,
      persons: 3,
      consultationMinutes: 30 + 45 + 60 + 15,
      appointmentsReceived: 2,
      appointmentsAccepted: 2,
      workMinutes: 210,
      claimedTiyn: 250_050,
      paidTiyn: 250_050,
    });
    const rowPersons = summary.rows.reduce((a, r) => a + r.persons, 0);
    expect(rowPersons).toBe(4);
  });
});
