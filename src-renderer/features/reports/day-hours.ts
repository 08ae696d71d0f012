/**
 * The dashboard's chart data: the advocate's hours on each day of a month, consultations and
 * defence apart. Counted as the monthly report counts them (monthly-report.ts), so the bars add
 * up to the report's times: a given consultation on the day of applying, a work item (not
 * withdrawn) on the day it started — a night action past midnight stays on its first day.
 */
import type {
  ReportAppointment,
  ReportConsultation,
} from '../../../src-shared/domain/reports/report-inputs';
import { dayOf, monthPeriod } from '../../../src-shared/domain/reports/report-period';

export interface DayHours {
  /** YYYY-MM-DD. */
  date: string;
  /** 1…31. */
  day: number;
  consultationMinutes: number;
  defenceMinutes: number;
}

/** Every day of `month`, in order, with the minutes of the records given (already the advocate's own). */
export function hoursByDay(
  month: string,
  records: {
    consultations: readonly ReportConsultation[];
    appointments: readonly ReportAppointment[];
  },
): DayHours[] {
  const period = monthPeriod(month);
  const last = Number(period.to.slice(8, 10));
  const days: DayHours[] = Array.from({ length: last }, (_, i) => ({
    date: `${month}-${String(i + 1).padStart(2, '0')}`,
    day: i + 1,
    consultationMinutes: 0,
    defenceMinutes: 0,
  }));
  const at = (date: string) => {
    const d = dayOf(date);
    return d >= period.from && d <= period.to ? days[Number(d.slice(8, 10)) - 1] : undefined;
  };
  for (const c of records.consultations) {
    const day = c.status === 'given' ? at(c.appliedAt) : undefined;
    if (day) day.consultationMinutes += c.minutes;
  }
  for (const a of records.appointments)
    for (const w of a.work) {
      const day = w.withdrawn ? undefined : at(w.date);
      if (day) day.defenceMinutes += w.minutes;
    }
  return days;
}

/**
 * The top of the chart's hour scale: the busiest day rounded up to an even number of hours,
 * at least 4, so an empty or quiet month still has a readable scale and gridlines fall on
 * whole hours.
 */
export function chartTopHours(days: readonly DayHours[]): number {
  const busiest = Math.max(0, ...days.map((d) => d.consultationMinutes + d.defenceMinutes));
  return Math.max(4, Math.ceil(busiest / 120) * 2);
}
