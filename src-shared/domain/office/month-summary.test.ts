import { describe, expect, it } from 'vitest';
import {
  monthsBefore,
  officeMonthSummary,
  type SummaryAppointment,
  type SummaryConsultation,
} from './month-summary';

const c = (advocateId: string, date: string, updatedAt: string): SummaryConsultation => ({
  advocateId,
  month: date.slice(0, 7),
  date,
  updatedAt,
});
const a = (
  advocateId: string,
  receivedDate: string,
  state: string,
  updatedAt: string,
): SummaryAppointment => ({
  advocateId,
  month: receivedDate.slice(0, 7),
  receivedDate,
  state,
  updatedAt,
});

// Three advocates of one office: the head (own), Aigerim who syncs daily, Dauren who stopped
// syncing in October; and a record of someone whose profile has not arrived yet.
const consultations = [
  c('head', '2026-11-03', '2026-11-03T09:00:00.000Z'),
  c('aigerim', '2026-11-02', '2026-11-02T08:00:00.000Z'),
  c('aigerim', '2026-11-20', '2026-11-20T12:00:00.000Z'),
  c('aigerim', '2026-10-30', '2026-11-24T16:30:00.000Z'), // an October entry corrected lately
  c('dauren', '2026-10-12', '2026-10-12T10:00:00.000Z'),
  c('stranger', '2026-11-05', '2026-11-05T10:00:00.000Z'),
];
const appointments = [
  a('aigerim', '2026-11-04', 'received', '2026-11-04T10:00:00.000Z'),
  a('aigerim', '2026-11-06', 'accepted', '2026-11-07T10:00:00.000Z'),
  a('aigerim', '2026-11-08', 'completed', '2026-11-21T10:00:00.000Z'),
  a('aigerim', '2026-11-09', 'declined', '2026-11-09T10:00:00.000Z'),
  a('dauren', '2026-11-01', 'transferred', '2026-10-15T10:00:00.000Z'),
  a('dauren', '2026-10-20', 'accepted', '2026-10-21T10:00:00.000Z'),
  a('head', '2026-09-10', 'refused', '2026-09-30T10:00:00.000Z'),
];

describe('officeMonthSummary', () => {
  const summary = officeMonthSummary({
    month: '2026-11',
    today: '2026-11-25',
    advocateIds: ['head', 'aigerim', 'dauren', 'bolat'],
    consultations,
    appointments,
  });
  const of = (id: string) => summary.find((s) => s.advocateId === id)!;

  it('has one row per known advocate, in their order, then advocates without a profile', () => {
    expect(summary.map((s) => s.advocateId)).toEqual([
      'head',
      'aigerim',
      'dauren',
      'bolat',
      'stranger',
    ]);
  });

  it("counts each advocate's records of the month only, never another's", () => {
    expect(summary.map((s) => [s.advocateId, s.consultations])).toEqual([
      ['head', 1],
      ['aigerim', 2],
      ['dauren', 0],
      ['bolat', 0],
      ['stranger', 1],
    ]);
  });

  it('counts appointments received in the month, accepted (and later states) and declined', () => {
    expect(of('aigerim').appointments).toEqual({ received: 4, accepted: 2, declined: 1 });
    // Received in November (transferred, so accepted first); the October one is not counted.
    expect(of('dauren').appointments).toEqual({ received: 1, accepted: 1, declined: 0 });
    expect(of('head').appointments).toEqual({ received: 0, accepted: 0, declined: 0 });
  });

  it('gives the last record date and the newest change received, over every row given', () => {
    expect(of('aigerim')).toMatchObject({
      lastRecordDate: '2026-11-20',
      lastReceivedAt: '2026-11-24T16:30:00.000Z',
      quietDays: 1,
    });
    // Dauren's newest record is an appointment received in November but last changed in October.
    expect(of('dauren')).toMatchObject({
      lastRecordDate: '2026-11-01',
      lastReceivedAt: '2026-10-21T10:00:00.000Z',
      quietDays: 35,
    });
  });

  it('leaves the dates empty for an advocate with no record on this device', () => {
    expect(of('bolat')).toEqual({
      advocateId: 'bolat',
      consultations: 0,
      appointments: { received: 0, accepted: 0, declined: 0 },
      lastRecordDate: null,
      lastReceivedAt: null,
      quietDays: null,
    });
  });

  it('reads another month from the same rows', () => {
    const october = officeMonthSummary({
      month: '2026-10',
      today: '2026-11-25',
      advocateIds: ['aigerim', 'dauren'],
      consultations,
      appointments,
    });
    expect(october.map((s) => [s.advocateId, s.consultations, s.appointments.received])).toEqual([
      ['aigerim', 1, 0],
      ['dauren', 1, 1],
      ['head', 0, 0],
      ['stranger', 0, 0],
    ]);
  });
});

describe('monthsBefore', () => {
  it('steps back over year ends', () => {
    expect(monthsBefore('2026-11-25', 0)).toBe('2026-11');
    expect(monthsBefore('2026-11-25', 11)).toBe('2025-12');
    expect(monthsBefore('2026-01-05', 1)).toBe('2025-12');
    expect(monthsBefore('2026-03-01', 26)).toBe('2024-01');
  });
});
