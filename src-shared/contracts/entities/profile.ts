/**
 * The advocate's (or consultation head's) profile: who uses this copy of the app.
 * Filled on first run; printed on the notice of defence, reports and fee claims.
 *
 * Validation messages are i18n keys (`validation.*`), translated by the UI into kk/ru,
 * so the same schema serves forms, IPC and the sync server.
 */
import { z } from 'zod';
import { parseIin } from '../../domain/iin/iin';
import { normalizePhone } from '../../domain/phone/phone';
import { isIsoDate, todayIso } from '../../domain/dates/iso-date';

export const roles = ['advocate', 'head'] as const;
export type Role = (typeof roles)[number];

/** Kazakhstan's bar dates from 1991; an earlier licence date is a typo. */
const EARLIEST_LICENCE = '1991-01-01';

const requiredText = (max: number) =>
  z.string().trim().min(1, 'validation.required').max(max, 'validation.tooLong');

export const iinField = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const r = parseIin(value);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: `validation.iin.${r.code}` });
  });

export const phoneField = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .transform((value, ctx) => {
    const p = normalizePhone(value);
    if (!p) {
      ctx.addIssue({ code: 'custom', message: 'validation.phone' });
      return z.NEVER;
    }
    return p;
  });

export const pastDateField = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .refine(isIsoDate, 'validation.date')
  .refine((d) => d <= todayIso(), 'validation.dateInFuture')
  .refine((d) => d >= EARLIEST_LICENCE, 'validation.dateTooOld');

/** What the profile form submits (and what sync will carry). */
export const profileInputSchema = z.object({
  fullName: requiredText(200),
  licenceNumber: requiredText(40),
  licenceDate: pastDateField,
  collegium: requiredText(200),
  office: requiredText(200),
  phone: phoneField,
  iin: iinField,
  role: z.enum(roles, 'validation.required'),
});
export type ProfileInput = z.input<typeof profileInputSchema>;
export type ProfileFields = z.output<typeof profileInputSchema>;

/** Fields that identify a person: they pass through the repository's codec seam. */
export const profilePersonalFields = [
  'fullName',
  'iin',
  'phone',
] as const satisfies readonly (keyof ProfileFields)[];

export const profileRecordSchema = profileInputSchema.extend({
  id: z.string().min(1),
  version: z.number().int().positive(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Profile = z.output<typeof profileRecordSchema>;
