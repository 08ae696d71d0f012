/**
 * The office's roster of advocates taking part in SGLA (Rules cl. 12–14, 23): who can be put on
 * duty, in which of the three schedules (cl. 20), how to reach them, and when they cannot be
 * (suspension on their application, cl. 23; declared unavailability). Attached solo
 * practitioners (cl. 13) are members too, with `soloPractitioner`.
 *
 * Written by the consultation head, read by every advocate of the office (the schedules name
 * them). Advocates' names and phones are printed in the public schedule, so they are office
 * data, not client secrets. Validation messages are i18n keys (`validation.*`).
 */
import { z } from 'zod';
import { isIsoDate } from '../../domain/dates/iso-date';
import { phoneField } from './profile';

const requiredText = (max: number) =>
  z.string().trim().min(1, 'validation.required').max(max, 'validation.tooLong');
const optionalText = (max: number) => z.string().trim().max(max, 'validation.tooLong').default('');
const isoDate = z.string().refine(isIsoDate, 'validation.date');

/** The three duty schedules of cl. 20, in the Rules' order. */
export const dutyKinds = ['pretrial', 'court', 'consultation'] as const;
export type DutyKind = (typeof dutyKinds)[number];

/** Specialisations offered in the roster form (cl. 15: distribution by specialisation). */
export const specialisations = [
  'criminal',
  'juvenile',
  'administrative-offence',
  'civil',
  'administrative',
] as const;
export type Specialisation = (typeof specialisations)[number];

/**
 * 'suspension': participation suspended on the advocate's application (cl. 23);
 * 'unavailable': a declared absence (leave, trial elsewhere) that keeps them off the schedule.
 */
export const absenceTypes = ['suspension', 'unavailable'] as const;
export type AbsenceType = (typeof absenceTypes)[number];
export const absenceGrounds = ['illness', 'leave', 'business-trip', 'other'] as const;
export type AbsenceGround = (typeof absenceGrounds)[number];

export const absenceSchema = z
  .object({
    id: z.string().min(1).max(100),
    type: z.enum(absenceTypes),
    from: isoDate,
    to: isoDate,
    ground: z.enum(absenceGrounds),
    /** The advocate's application or what they declared ("заявление от 12.11.2026"). */
    reason: requiredText(500),
  })
  .refine((a) => a.from <= a.to, { message: 'validation.periodOrder', path: ['to'] });
export type Absence = z.output<typeof absenceSchema>;

/** 'active': takes part; 'left': no longer on the list (kept: old schedules name them). */
export const rosterStatuses = ['active', 'left'] as const;
export type RosterStatus = (typeof rosterStatuses)[number];

export const rosterMemberInputSchema = z.object({
  fullName: requiredText(200),
  phone: phoneField,
  /** The advocate's sync account id, when they have one: distributions are sent to it. */
  userId: optionalText(200),
  licenceNumber: optionalText(40),
  specialisations: z.array(z.enum(specialisations)).max(specialisations.length).default([]),
  /** District or settlements served (cl. 4.4, 15). */
  territory: optionalText(200),
  /** Which of the three schedules they are put on (cl. 21: equal participation in all kinds). */
  kinds: z
    .array(z.enum(dutyKinds))
    .min(1, 'validation.required')
    .default([...dutyKinds]),
  /** An advocate practising alone, attached to this office for SGLA (cl. 13). */
  soloPractitioner: z.boolean().default(false),
  status: z.enum(rosterStatuses).default('active'),
  absences: z.array(absenceSchema).max(200).default([]),
  note: optionalText(500),
});
export type RosterMemberInput = z.input<typeof rosterMemberInputSchema>;
export type RosterMemberFields = z.output<typeof rosterMemberInputSchema>;

export const rosterMemberRecordSchema = rosterMemberInputSchema.extend({
  id: z.string().min(1),
  version: z.number().int().positive(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The head who keeps the roster (the sync owner of office-wide records). */
  headId: z.string().min(1),
});
export type RosterMember = z.output<typeof rosterMemberRecordSchema>;

/** Is the member kept off duty on `date`, and why (the first absence that covers it)? */
export function absenceOn(member: Pick<RosterMember, 'absences'>, date: string): Absence | null {
  return member.absences.find((a) => a.from <= date && date <= a.to) ?? null;
}
