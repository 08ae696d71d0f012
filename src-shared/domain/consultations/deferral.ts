/**
 * A consultation that cannot be given at once is given within N working days (Rules cl. 41;
 * N from the register pack). The latest allowed day counts working days from the day after
 * applying; the proposal is the next working day, at the same hour as the application
 * (rounded up to a half hour, within office hours).
 */
import type { WorkingCalendar } from '../calendar/working-days';

export const OFFICE_OPENS = '09:00';
export const OFFICE_CLOSES = '18:00';

export function deferralWindow(cal: WorkingCalendar, appliedAt: string, maxWorkingDays: number) {
  const day = appliedAt.slice(0, 10);
  return { earliest: cal.nextWorkingDay(day), latest: cal.addWorkingDays(day, maxWorkingDays) };
}

function roundUpHalfHour(time: string): string {
  const [h, m] = [Number(time.slice(0, 2)), Number(time.slice(3, 5))];
  const total = Math.ceil((h * 60 + m) / 30) * 30;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

export function proposeAppointment(
  cal: WorkingCalendar,
  appliedAt: string,
  maxWorkingDays: number,
): string {
  const { earliest } = deferralWindow(cal, appliedAt, maxWorkingDays);
  let time = roundUpHalfHour(appliedAt.slice(11, 16));
  if (time < OFFICE_OPENS || time >= OFFICE_CLOSES) time = '10:00';
  return `${earliest}T${time}`;
}

/** Is an appointment within the allowed window? (After applying, on or before the last day.) */
export function isWithinDeferral(
  cal: WorkingCalendar,
  appliedAt: string,
  appointmentAt: string,
  maxWorkingDays: number,
) {
  const { latest } = deferralWindow(cal, appliedAt, maxWorkingDays);
  return (
    appointmentAt > appliedAt &&
    appointmentAt.slice(0, 10) <= latest &&
    cal.isWorkingDay(appointmentAt.slice(0, 10))
  );
}

/** Deferred entries whose appointment time has passed without the consultation being given. */
export function overdueDeferred<T extends { status: string; appointmentAt: string }>(
  entries: readonly T[],
  now: string,
): T[] {
  return entries.filter(
    (e) => e.status === 'deferred' && e.appointmentAt !== '' && e.appointmentAt < now,
  );
}
