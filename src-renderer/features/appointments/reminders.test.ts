import { describe, expect, it } from 'vitest';
import type { Appointment } from '../../../src-shared/contracts/entities/appointment';
import { appointmentReminders } from './reminders';

const base = {
  id: 'a1',
  number: 3,
  year: 2026,
  source: 'ezk',
  state: 'accepted',
  client: { fullName: 'Әлиев Нұрлан', iin: '' },
  notices: [],
  notifications: [],
  work: [],
} as unknown as Appointment;

describe('appointment reminders', () => {
  it('asks for a notice once accepted, then for notifying the body (cl. 9, 47)', () => {
    expect(appointmentReminders([base]).map((r) => r.kind)).toEqual(['noNotice']);
    const noticed = {
      ...base,
      notices: [
        { id: 'n1', number: 7, year: 2026, date: '2026-03-02', addressee: 'x', createdAt: '' },
      ],
    } as Appointment;
    expect(appointmentReminders([noticed])).toEqual([
      { kind: 'notNotified', id: 'a1', number: 3, year: 2026, client: 'Әлиев Нұрлан', notice: 7 },
    ]);
    const notified = {
      ...noticed,
      notifications: [
        {
          id: 'x',
          kind: 'body-notified',
          at: '2026-03-02T10:00',
          method: 'ezk',
          recipient: 'x',
          note: '',
        },
      ],
    } as Appointment;
    expect(appointmentReminders([notified])).toEqual([]);
  });

  it('flags an unassigned paper decree and an uninformed client of a paid advocate', () => {
    const paper = { ...base, source: 'paper', state: 'received' } as Appointment;
    expect(appointmentReminders([paper]).map((r) => r.kind)).toEqual(['notAssigned']);
    const paid = {
      ...base,
      notices: [
        { id: 'n1', number: 1, year: 2026, date: '2026-03-02', addressee: 'x', createdAt: '' },
      ],
      notifications: [
        {
          id: 'x',
          kind: 'body-notified',
          at: '2026-03-02T10:00',
          method: 'ezk',
          recipient: 'x',
          note: '',
        },
      ],
      paidAdvocate: {
        fullName: 'X',
        learnedAt: '2026-03-03T10:00',
        reason: '',
        clientInformedAt: '',
        clientChoice: 'undecided',
      },
    } as Appointment;
    expect(appointmentReminders([paid]).map((r) => r.kind)).toEqual(['paidNotInformed']);
  });

  it('says nothing about closed appointments', () => {
    expect(appointmentReminders([{ ...base, state: 'completed' } as Appointment])).toEqual([]);
  });
});
