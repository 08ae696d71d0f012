/**
 * One office's duty schedules for one calendar month (Rules cl. 20–25): the three kinds of
 * cl. 20 in one record, because they are made, published and acknowledged together.
 *
 * Life: a draft (made by the generator, edited by the head) → published (edition 1: advocates
 * see it after sync and acknowledge, cl. 22) → every later change is a new edition with a
 * reason (cl. 24 substitution on an advocate's request, or an edit), and advocates whose duties
 * changed acknowledge again. Nothing is removed from `log`: it is how the office proves who was
 * put on duty, when and why.
 *
 * Written by the head, read by every advocate of the office.
 */
import { z } from 'zod';
import { isIsoDate } from '../../domain/dates/iso-date';
import { dutyKinds } from './duty-roster';
import { phoneField } from './profile';

const requiredText = (max: number) =>
  z.string().trim().min(1, 'validation.required').max(max, 'validation.tooLong');
const optionalText = (max: number) => z.string().trim().max(max, 'validation.tooLong').default('');
const isoDate = z.string().refine(isIsoDate, 'validation.date');
export const monthField = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.month');

/** One day of one schedule: the advocates on duty (roster member ids, in queue order). */
export const scheduleDaySchema = z.object({
  date: isoDate,
  kind: z.enum(dutyKinds),
  memberIds: z.array(z.string().min(1).max(100)).max(20),
});
export type ScheduleDay = z.output<typeof scheduleDaySchema>;

export const scheduleSettingsSchema = z.object({
  /** Put advocates on duty on weekends and holidays too (e.g. for detentions). */
  weekendDuty: z.boolean().default(false),
  /** How many advocates are on duty per day in each schedule. */
  perDay: z
    .object({
      pretrial: z.number().int().min(1).max(10),
      court: z.number().int().min(1).max(10),
      consultation: z.number().int().min(1).max(10),
    })
    .default({ pretrial: 1, court: 1, consultation: 1 }),
});
export type ScheduleSettings = z.output<typeof scheduleSettingsSchema>;

export const scheduleChangeTypes = ['generated', 'edit', 'substitution', 'published'] as const;
export type ScheduleChangeType = (typeof scheduleChangeTypes)[number];

/** One entry of the schedule's log (append-only). */
export const scheduleChangeSchema = z.object({
  id: z.string().min(1).max(100),
  at: z.string().min(10).max(40),
  /** The head who made the change (name as printed). */
  by: z.string().max(200),
  type: z.enum(scheduleChangeTypes),
  /** The edition the change belongs to: 0 while a draft, else the edition it created. */
  edition: z.number().int().nonnegative(),
  date: isoDate.optional(),
  kind: z.enum(dutyKinds).optional(),
  fromMemberId: z.string().max(100).optional(),
  toMemberId: z.string().max(100).optional(),
  /** Required after publication (cl. 24 "good reasons"); '' for generation and drafts. */
  reason: optionalText(500),
  /** cl. 24: the advocate on whose request the substitution was made, and the request's date. */
  requestedBy: z.string().max(100).optional(),
  requestDate: isoDate.optional(),
});
export type ScheduleChange = z.output<typeof scheduleChangeSchema>;

export const scheduleStatuses = ['draft', 'published'] as const;
export type ScheduleStatus = (typeof scheduleStatuses)[number];

export const dutyScheduleRecordSchema = z.object({
  id: z.string().min(1),
  version: z.number().int().positive(),
  createdAt: z.string(),
  updatedAt: z.string(),
  headId: z.string().min(1),
  month: monthField,
  officeName: requiredText(200),
  /** cl. 21: the responsible person and the phone printed on the schedule. */
  responsibleName: requiredText(200),
  responsiblePhone: phoneField,
  settings: scheduleSettingsSchema,
  days: z.array(scheduleDaySchema).max(31 * 3),
  status: z.enum(scheduleStatuses),
  /** 0 while a draft; 1 at publication; +1 for every change after it. */
  edition: z.number().int().nonnegative(),
  publishedAt: z.string().nullable(),
  /** The calendar pack the working days came from (replayable, "law is data"). */
  calendarPack: z.object({ id: z.string(), version: z.number().int() }),
  log: z.array(scheduleChangeSchema).max(2000),
});
export type DutySchedule = z.output<typeof dutyScheduleRecordSchema>;

/** What the head fills in before generating a month. */
export const scheduleSetupSchema = z.object({
  month: monthField,
  responsibleName: requiredText(200),
  responsiblePhone: phoneField,
  settings: scheduleSettingsSchema,
});
export type ScheduleSetupInput = z.input<typeof scheduleSetupSchema>;

/** cl. 24: replacing one advocate on one day, on their request, for a good reason. */
export const substitutionInputSchema = z.object({
  date: isoDate,
  kind: z.enum(dutyKinds),
  fromMemberId: requiredText(100),
  toMemberId: requiredText(100),
  reason: requiredText(500),
  requestDate: isoDate,
});
export type SubstitutionInput = z.input<typeof substitutionInputSchema>;

/**
 * cl. 22: an advocate's «Қабылданды» / «Принято» to one edition of the month's schedules,
 * with the duties they acknowledged (so a later edition that leaves their days unchanged needs
 * no new acknowledgment). Written by the advocate, read by the head.
 */
export const scheduleAckRecordSchema = z.object({
  id: z.string().min(1),
  version: z.number().int().positive(),
  createdAt: z.string(),
  updatedAt: z.string(),
  advocateId: z.string().min(1),
  scheduleId: z.string().min(1),
  month: monthField,
  edition: z.number().int().positive(),
  memberId: z.string().min(1),
  duties: z.array(z.object({ date: isoDate, kind: z.enum(dutyKinds) })).max(93),
  acknowledgedAt: z.string(),
  /** The word the advocate answered with, in their language (cl. 22). */
  word: z.enum(['Қабылданды', 'Принято']),
});
export type ScheduleAck = z.output<typeof scheduleAckRecordSchema>;
