/**
 * The tariff pack (kind `tariff`): what the state pays for SGLA and how a claim is made —
 * MoJ order 434 (sizes, in МРП per hour) as amended by order 521, MoJ order 1462 (payment rules:
 * caps, the one-month deadline, the application and its attachments) and the Rules' cl. 56
 * (basis documents). See docs/fees.md. Every number here is data with a source and a
 * `verified` flag: most of the official tables were not readable (legal-facts §4–6), so the
 * shipped packs mark them unverified until a collegium loads a checked pack.
 */
import { z } from 'zod';
import { caseKindList, envelope, itemBase, itemId, localized } from './pack-base';

/** Rates and factors are decimals with at most two places (1,15 МРП; ×1,5). */
const hundredths = z
  .number()
  .positive()
  .refine(
    (n) => Number.isInteger(Math.round(n * 100)) && Math.abs(n * 100 - Math.round(n * 100)) < 1e-9,
    'at most two decimal places',
  );

/** A pay tier of order 434: so many МРП per hour. */
export const tariffTierSchema = z.object({
  ...itemBase,
  label: localized,
  mrpPerHour: hundredths,
});

/**
 * Which tier a piece of work falls in (order 434's lists). A category applies when every
 * condition it states holds for the appointment (or it is the consultation category).
 * `selection: 'automatic'` categories follow from recorded facts (stage, a UPK 67(1) ground);
 * `'chosen'` ones need the advocate's choice, because the register does not record what the
 * rate depends on (the gravity of the crime).
 */
export const feeCategorySchema = z.object({
  ...itemBase,
  label: localized,
  service: z.enum(['consultation', 'defence']),
  tierId: itemId,
  selection: z.enum(['automatic', 'chosen']),
  when: z
    .object({
      caseKinds: caseKindList.min(1).optional(),
      stageIds: z.array(itemId).min(1).optional(),
      statusIds: z.array(itemId).min(1).optional(),
      /** Any of these UPK 67(1) grounds marked on the appointment (defence pack ids). */
      mandatoryGroundIds: z.array(itemId).min(1).optional(),
    })
    .default({}),
});

/** A raised rate for night time or a non-working day (a factor of the tier's rate). */
export const surchargeSchema = z.object({
  ...itemBase,
  kind: z.enum(['night', 'non-working-day']),
  label: localized,
  factor: hundredths,
});

/** A work-log action paid at a share of the tier's rate (waiting for an adjourned hearing). */
export const activityRateSchema = z.object({
  ...itemBase,
  /** A work-log action id of the defence-register pack. */
  actionId: itemId,
  label: localized,
  factor: hundredths,
});

/** Reimbursable expenses (travel to a remote place, accommodation, per diem). */
export const expenseTypeSchema = z.object({
  ...itemBase,
  label: localized,
  /** 'actual': the amount on the supporting document; 'mrp-per-day': a fixed МРП per day. */
  basis: z.enum(['actual', 'mrp-per-day']),
  mrpPerDay: hundredths.optional(),
  requiresDocument: z.boolean(),
});

/** cl. 56: the documents a payment is based on. */
export const basisDocumentSchema = z.object({
  ...itemBase,
  label: localized,
  service: z.enum(['consultation', 'defence']),
  caseKinds: caseKindList.optional(),
  stageIds: z.array(itemId).optional(),
});

export const tariffPackSchema = z.object({
  ...envelope,
  kind: z.literal('tariff'),
  /**
   * Whose date's МРП prices the work. The official rule was not seen (legal-facts §6): the
   * shipped packs assume the date the work was done, which is also how the rate is chosen.
   */
  mrpDate: z.object({ ...itemBase, rule: z.enum(['work-date', 'application-date']) }),
  /** How minutes become paid time: per work item, to a unit, rounded so. */
  billing: z.object({
    ...itemBase,
    unitMinutes: z.number().int().min(1).max(60),
    rounding: z.enum(['exact', 'up', 'nearest']),
  }),
  tiers: z.array(tariffTierSchema).min(1),
  feeCategories: z.array(feeCategorySchema).min(1),
  surcharges: z.array(surchargeSchema),
  /** When night and non-working-day surcharges meet: the higher factor, or their product. */
  surchargeCombination: z.object({ ...itemBase, rule: z.enum(['highest', 'multiply']) }),
  activityRates: z.array(activityRateSchema),
  /** Travel time logged with a work item: paid at the item's rate times `factor`, or not. */
  travelTime: z.object({ ...itemBase, paid: z.boolean(), factor: hundredths }),
  expenseTypes: z.array(expenseTypeSchema),
  /**
   * Paid-time caps (order 1462 as amended 15.09.2025): consultation time per person who
   * applied, and all paid time per calendar day; null before the caps existed.
   */
  caps: z
    .object({
      ...itemBase,
      consultationMinutesPerPerson: z.number().int().positive(),
      /** Over what the per-person cap counts: one entry, one day, or the claim's period. */
      perPersonScope: z.enum(['entry', 'day', 'period']),
      minutesPerDay: z.number().int().positive(),
    })
    .nullable(),
  /** The application goes to the justice body within so many months of the basis document. */
  claimDeadline: z.object({ ...itemBase, months: z.number().int().min(1).max(36) }),
  basisDocuments: z.array(basisDocumentSchema).min(1),
  /** Order 1462 App. 1: the fields of the paper application (fallback when EZK is down). */
  applicationFields: z.array(z.object({ ...itemBase, label: localized })).min(1),
  /** Order 1462 para 5: what goes with the application. */
  attachments: z
    .array(
      z.object({
        ...itemBase,
        label: localized,
        service: z.enum(['consultation', 'defence', 'both']),
        required: z.boolean(),
      }),
    )
    .min(1),
});

export type TariffPack = z.output<typeof tariffPackSchema>;
export type TariffTier = TariffPack['tiers'][number];
export type FeeCategory = TariffPack['feeCategories'][number];
export type Surcharge = TariffPack['surcharges'][number];
export type ExpenseType = TariffPack['expenseTypes'][number];
export type BasisDocumentType = TariffPack['basisDocuments'][number];
export type TariffAttachment = TariffPack['attachments'][number];
