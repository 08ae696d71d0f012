/**
 * The head's roster (issue 6, the office view): per advocate of the office, what they entered
 * in a month and how fresh the copy of their registers on this device is. Pure: the renderer
 * reads the plain index fields of the rows (never the personal part) and passes them in.
 *
 * "Last received" is the newest `updatedAt` among an advocate's records the head's device
 * holds: a record reaches this device only through the office server, so an advocate whose
 * newest record is old has not synced lately (or has not worked lately — the head knows which).
 */
import type { AppointmentState } from '../../contracts/entities/appointment';
import { isIsoDate } from '../dates/iso-date';

/** What the summary needs of a consultation register row. */
export interface SummaryConsultation {
  advocateId: string;
  /** YYYY-MM and YYYY-MM-DD of applying. */
  month: string;
  date: string;
  /** ISO instant of the record's last change (on the advocate's device). */
  updatedAt: string;
}

/** What the summary needs of a defence register row. */
export interface SummaryAppointment {
  advocateId: string;
  /** YYYY-MM and YYYY-MM-DD of receiving. */
  month: string;
  receivedDate: string;
  state: string;
  updatedAt: string;
}

export interface AdvocateMonthSummary {
  advocateId: string;
  /** Consultation entries applied for in the month. */
  consultations: number;
  /**
   * Appointments received in the month, and how many of those were accepted / declined so
   * far (the rest are undecided).
   */
  appointments: { received: number; accepted: number; declined: number };
  /** The newest date of applying or receiving among the advocate's records given. */
  lastRecordDate: string | null;
  /** The newest `updatedAt` among them: the last change of theirs this device received. */
  lastReceivedAt: string | null;
  /** Whole days from `lastReceivedAt`'s date to `today`; null when nothing was received. */
  quietDays: number | null;
}

/**
 * States an appointment reaches only through acceptance (see the state machine in
 * appointments/lifecycle.ts): transferred, refused by the client and completed were accepted
 * first. A decline after acceptance counts as declined — its current state.
 */
export const ACCEPTED_APPOINTMENT_STATES = [
  'accepted',
  'transferred',
  'refused',
  'completed',
] as const satisfies readonly AppointmentState[];
const ACCEPTED_STATES: ReadonlySet<string> = new Set(ACCEPTED_APPOINTMENT_STATES);

const MS_PER_DAY = 86_400_000;
const dayNumber = (date: string): number | null =>
  isIsoDate(date)
    ? Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / MS_PER_DAY
    : null;

const newest = (a: string | null, b: string): string | null => (!b || (a && a >= b) ? a : b);

/** 'YYYY-MM' `months` months before the month of `today` (YYYY-MM-DD); 0 is today's month. */
export function monthsBefore(today: string, months: number): string {
  const index = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1 - months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * One row per advocate: first those of `advocateIds` (the known profiles, in that order, even
 * without a record), then anyone else who has records here but whose profile has not arrived
 * (ordered by id). Counts are for `month`; the last dates are over every row given.
 */
export function officeMonthSummary(input: {
  month: string;
  /** YYYY-MM-DD, local. */
  today: string;
  advocateIds: readonly string[];
  consultations: readonly SummaryConsultation[];
  appointments: readonly SummaryAppointment[];
}): AdvocateMonthSummary[] {
  const rows = new Map<string, AdvocateMonthSummary>();
  const rowOf = (advocateId: string): AdvocateMonthSummary => {
    let row = rows.get(advocateId);
    if (!row) {
      row = {
        advocateId,
        consultations: 0,
        appointments: { received: 0, accepted: 0, declined: 0 },
        lastRecordDate: null,
        lastReceivedAt: null,
        quietDays: null,
      };
      rows.set(advocateId, row);
    }
    return row;
  };
  for (const id of input.advocateIds) rowOf(id);
  const others = new Set<string>();
  const note = (advocateId: string) => {
    if (!input.advocateIds.includes(advocateId)) others.add(advocateId);
    return rowOf(advocateId);
  };

  for (const c of input.consultations) {
    const row = note(c.advocateId);
    if (c.month === input.month) row.consultations += 1;
    row.lastRecordDate = newest(row.lastRecordDate, c.date);
    row.lastReceivedAt = newest(row.lastReceivedAt, c.updatedAt);
  }
  for (const a of input.appointments) {
    const row = note(a.advocateId);
    if (a.month === input.month) {
      row.appointments.received += 1;
      if (ACCEPTED_STATES.has(a.state)) row.appointments.accepted += 1;
      if (a.state === 'declined') row.appointments.declined += 1;
    }
    row.lastRecordDate = newest(row.lastRecordDate, a.receivedDate);
    row.lastReceivedAt = newest(row.lastReceivedAt, a.updatedAt);
  }

  const today = dayNumber(input.today);
  for (const row of rows.values()) {
    const last = row.lastReceivedAt ? dayNumber(row.lastReceivedAt.slice(0, 10)) : null;
    row.quietDays = last === null || today === null ? null : Math.max(0, today - last);
  }
  const order = [...input.advocateIds, ...[...others].sort()];
  return [...new Set(order)].map((id) => rows.get(id)!);
}
