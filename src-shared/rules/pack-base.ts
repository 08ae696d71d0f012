/**
 * What every rule pack kind shares: the envelope, item fields and citations. Its own file so
 * kind schemas kept in separate files (tariff-pack-schema.ts) and pack-schema.ts both build on
 * it without importing each other.
 */
import { z } from 'zod';
import { isIsoDate } from '../domain/dates/iso-date';

export const PACK_FORMAT = 1;

export const isoDate = z.string().refine(isIsoDate, 'expected a date as YYYY-MM-DD');
export const itemId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.-]*$/, 'ids are lower-case letters, digits, dots and dashes');

/** Text in both users' languages; English stays in maintainers' notes. */
export const localized = z.object({ kk: z.string().trim().min(1), ru: z.string().trim().min(1) });
export type Localized = z.infer<typeof localized>;

export const citationSchema = z.object({
  /** Short act name, e.g. "Law 176-VI", "RBA Rules 19.02.2024", "UPK", "MoJ order 1462". */
  act: z.string().min(1),
  article: z.string().optional(),
  paragraph: z.string().optional(),
  subparagraph: z.string().optional(),
  /** Edition (or publication) date of the text the item was taken from. */
  edition: isoDate.optional(),
  url: z.string().url().optional(),
});
export type Citation = z.infer<typeof citationSchema>;

/** Fields every pack item carries. */
export const itemBase = {
  id: itemId,
  source: citationSchema,
  verified: z.boolean(),
  /** For maintainers: where the text came from, and why it is (un)verified. */
  note: z.string().optional(),
};

export const envelope = {
  format: z.literal(PACK_FORMAT),
  id: itemId,
  version: z.number().int().positive(),
  effectiveFrom: isoDate,
  /** Inclusive last day, or null while in force. */
  effectiveTo: isoDate.nullable(),
  title: localized,
  publisher: z.string().min(1),
  publishedAt: isoDate,
};

/** Kinds of proceedings a pack item can be limited to (appointment.ts `caseKinds`). */
export const caseKindList = z.array(
  z.enum(['criminal', 'administrative-offence', 'civil', 'administrative']),
);
