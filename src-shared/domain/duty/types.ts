/**
 * The shapes the duty domain's pure functions agree on (generator, queue, acknowledgments,
 * fairness). Records themselves are the zod contracts in src-shared/contracts/entities/duty-*.ts.
 */
import type { DutyKind, RosterMember } from '../../contracts/entities/duty-roster';
import type { ScheduleDay, ScheduleSettings } from '../../contracts/entities/duty-schedule';

/** A day of the month as the calendar pack sees it (WorkingCalendar.dayInfo). */
export interface CalendarDay {
  date: string;
  working: boolean;
}

export interface GenerateInput {
  month: string;
  /** Every day of the month, in order. */
  days: readonly CalendarDay[];
  members: readonly RosterMember[];
  settings: ScheduleSettings;
}

/** A day and schedule that could not get `needed` advocates (not enough available). */
export interface ScheduleGap {
  date: string;
  kind: DutyKind;
  needed: number;
  got: number;
}

export interface GenerateResult {
  days: ScheduleDay[];
  gaps: ScheduleGap[];
}

/** One advocate's line of the fairness report for a month. */
export interface FairnessRow {
  memberId: string;
  fullName: string;
  /** Duty days in the published schedule, per kind, and their sum. */
  dutyDays: Record<DutyKind, number>;
  dutyTotal: number;
  /** Paper appointments handed to them (every round in which they were chosen). */
  received: number;
  accepted: number;
  declined: number;
  /** Not answered yet. */
  pending: number;
  /** Declines by ground id (defence-register pack `declineGrounds`). */
  declineGrounds: Record<string, number>;
  /** Times the queue passed them over, by reason. */
  skipped: Record<string, number>;
}

export interface Spread {
  min: number;
  max: number;
  /** max − min */
  spread: number;
  /** Gini coefficient, 0 = perfectly equal, → 1 = all to one person. 0 when nobody has any. */
  gini: number;
}

export interface FairnessReport {
  month: string;
  officeName: string;
  rows: FairnessRow[];
  /** Over active members taking part that month (not `left`, not absent the whole month). */
  dutyDays: Spread;
  received: Spread;
  /** The schedule edition the duty days were counted from (null when none is published). */
  scheduleEdition: number | null;
}
