/**
 * An entry of the consultation register (MoJ order 1463; Rules cl. 31–32, 38–43). A legal
 * record: never deleted; a correction is a new version with a reason. Validation messages are
 * i18n keys, so the same schema serves the form, the repository and the sync server.
 */
import { z } from 'zod';
import { isIsoDate } from '../../domain/dates/iso-date';
import { iinField } from './profile';

/** Rules cl. 4.4, 5.4: aid in rural settlements is reported apart. */
export const settlementKinds = ['urban', 'rural'] as const;
export type SettlementKind = (typeof settlementKinds)[number];

export const consultationStatuses = ['given', 'deferred', 'refused', 'withdrawn'] as const;
export type ConsultationStatus = (typeof consultationStatuses)[number];

const requiredText = (max: number) =>
  z.string().trim().min(1, 'validation.required').max(max, 'validation.tooLong');
const optionalText = (max: number) => z.string().trim().max(max, 'validation.tooLong').default('');

/** "YYYY-MM-DDTHH:mm" in the office's local time (what the advocate reads on the clock). */
export const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'validation.dateTime')
  .refine(
    (s) => isIsoDate(s.slice(0, 10)) && Number(s.slice(11, 13)) < 24 && Number(s.slice(14)) < 60,
    'validation.dateTime',
  );
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.time');

export const documentRef = z.object({
  type: requiredText(120),
  number: optionalText(60),
  date: z.union([z.string().refine(isIsoDate, 'validation.date'), z.literal('')]).default(''),
});

const person = z.object({ fullName: requiredText(200), iin: iinField });

export const consultationPlace = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('office') }),
  /** cl. 40: where the person is, when illness, disability or mobility keeps them away. */
  z.object({
    kind: z.literal('person-location'),
    address: requiredText(300),
    reason: requiredText(300),
  }),
]);

/** What the advocate fills in (and what a correction replaces). */
export const consultationInputSchema = z
  .object({
    appliedAt: localDateTime,
    /** Language the entry is written in (cl. 31): Kazakh or Russian. */
    language: z.enum(['kk', 'ru']),
    applicant: person.extend({ identityDocument: documentRef }),
    /** The person represented, when a representative applied (cl. 52). */
    representedPerson: person.optional(),
    eligibilityCheckId: z.string().optional(),
    categoryId: z.string().nullable(),
    /** The eligibility pack the category comes from (decisions are replayable). */
    eligibilityPack: z.object({ id: z.string(), version: z.number().int() }).optional(),
    evidence: documentRef.optional(),
    issue: z.object({
      areaId: z.string().min(1, 'validation.required'),
      subject: requiredText(500),
    }),
    form: z.enum(['oral', 'written']),
    content: optionalText(4000),
    startedAt: z.union([clockTime, z.literal('')]).default(''),
    endedAt: z.union([clockTime, z.literal('')]).default(''),
    place: consultationPlace,
    status: z.enum(consultationStatuses),
    /** cl. 41: the appointment offered when the consultation could not be given at once. */
    appointmentAt: z.union([localDateTime, z.literal('')]).default(''),
    refusalGroundId: z.string().optional(),
    /**
     * Where the aid was given: in a rural settlement or a town (Rules cl. 5.4: the collegium's
     * semiannual summary counts rural settlements apart). Absent on entries made before issue 8.
     */
    settlement: z.enum(settlementKinds).optional(),
    note: optionalText(500),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: path.split('.'), message });
    if (v.status === 'given') {
      if (!v.startedAt) issue('startedAt', 'validation.required');
      if (!v.endedAt) issue('endedAt', 'validation.required');
      if (!v.content) issue('content', 'validation.required');
    }
    if (v.startedAt && v.endedAt && v.endedAt <= v.startedAt)
      issue('endedAt', 'validation.endBeforeStart');
    if (v.status === 'deferred' && !v.appointmentAt) issue('appointmentAt', 'validation.required');
    if (v.appointmentAt && v.appointmentAt <= v.appliedAt)
      issue('appointmentAt', 'validation.appointmentBeforeApplying');
    if (v.status === 'refused' && !v.refusalGroundId)
      issue('refusalGroundId', 'validation.required');
  });
export type ConsultationInput = z.input<typeof consultationInputSchema>;
export type ConsultationFields = z.output<typeof consultationInputSchema>;

/** A stored entry: the fields plus its place in the register and its version. */
export interface ConsultationEntry extends ConsultationFields {
  id: string;
  version: number;
  advocateId: string;
  year: number;
  /** Continuous per advocate per year; never reused, never changed by a correction. */
  number: number;
  durationMinutes: number;
  createdAt: string;
  updatedAt: string;
  /** Why this version replaced the previous one (versions > 1). */
  correctionReason?: string;
}
