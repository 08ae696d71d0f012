/**
 * A fee claim (Rules cl. 54–59; MoJ orders 1462 and 434): the advocate's application for
 * payment of SGLA, built from the registers. Two kinds: `defence` — one appointment (one stage
 * of a case) and one payment decree of the body (cl. 56(1)–(4)); `consultation` — the entries of
 * a period and their act of work performed (cl. 56(5)).
 *
 * Life: draft → ready (the validators found no error; the calculation is frozen with the pack
 * versions it used) → submitted (in Е-Заң көмегі, or on paper when it is down; the date is
 * recorded) → paid / partly paid / rejected with the reason. A ready claim can go back to draft
 * to be fixed; a rejected one is kept and a new draft made from it. Nothing is deleted and every
 * change of state is appended to `history`.
 *
 * Validation messages are i18n keys, so the same schemas serve the forms and the repository.
 */
import { z } from 'zod';
import { isIsoDate } from '../../domain/dates/iso-date';
import type { FeeCalculation } from '../../domain/fees/types';

const requiredText = (max: number) =>
  z.string().trim().min(1, 'validation.required').max(max, 'validation.tooLong');
const optionalText = (max: number) => z.string().trim().max(max, 'validation.tooLong').default('');
const isoDate = z.string().refine(isIsoDate, 'validation.date');
const optionalDate = z.union([isoDate, z.literal('')]).default('');
/** Tiyn: whole, not negative, below a trillion tenge (a typo guard, not a legal limit). */
const tiyn = z.number().int('validation.amount').min(0, 'validation.amount').max(1e14);

export const feeClaimKinds = ['defence', 'consultation'] as const;
export type FeeClaimKind = (typeof feeClaimKinds)[number];

export const feeClaimStates = [
  'draft',
  'ready',
  'submitted',
  'paid',
  'partly-paid',
  'rejected',
] as const;
export type FeeClaimState = (typeof feeClaimStates)[number];

/** cl. 56: the document the payment is based on (a type id from the tariff pack). */
export const basisDocumentInputSchema = z.object({
  typeId: z.string().default(''),
  number: optionalText(60),
  date: optionalDate,
  /** The body or court that issued it (for an act: the advocate's office). */
  issuedBy: optionalText(300),
});
export type BasisDocumentInput = z.output<typeof basisDocumentInputSchema>;

export const claimExpenseSchema = z.object({
  id: z.string().min(1).max(100),
  /** An expense type id of the tariff pack. */
  typeId: requiredText(80),
  date: isoDate,
  description: optionalText(300),
  amountTiyn: tiyn.optional(),
  days: z.number().int().min(1, 'validation.amount').max(366).optional(),
  document: z.object({ number: optionalText(60), date: optionalDate }).optional(),
});
export type ClaimExpense = z.output<typeof claimExpenseSchema>;

/** What the advocate fills in (and may change while the claim is a draft). */
export const feeClaimInputSchema = z
  .object({
    kind: z.enum(feeClaimKinds),
    /** The period of work claimed (a defence claim: usually the decree's period). */
    period: z.object({ from: isoDate, to: isoDate }),
    appointmentId: z.string().default(''),
    /** Defence: the work items of the appointment claimed. */
    workItemIds: z.array(z.string()).default([]),
    /** Consultation: the register entries claimed. */
    consultationIds: z.array(z.string()).default([]),
    feeCategoryId: z.string().default(''),
    basisDocument: basisDocumentInputSchema,
    expenses: z.array(claimExpenseSchema).max(100).default([]),
    /** The territorial justice body the application goes to (cl. 55). */
    justiceBody: optionalText(300),
    note: optionalText(1000),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: path.split('.'), message });
    if (v.period.to < v.period.from) issue('period.to', 'validation.periodOrder');
    if (v.kind === 'defence' && !v.appointmentId) issue('appointmentId', 'validation.required');
    if (v.kind === 'consultation' && v.consultationIds.length === 0)
      issue('consultationIds', 'validation.required');
  });
export type FeeClaimInput = z.input<typeof feeClaimInputSchema>;
export type FeeClaimFields = z.output<typeof feeClaimInputSchema>;

export const submitInputSchema = z.object({
  date: isoDate,
  /** 'ezk': filed in Е-Заң көмегі; 'paper': the paper fallback during an outage (order 1462). */
  channel: z.enum(['ezk', 'paper']),
  /** The application's number in Е-Заң көмегі, when it gives one. */
  ezkNumber: optionalText(60),
});
export type SubmitInput = z.input<typeof submitInputSchema>;

export const paymentInputSchema = z.object({
  date: isoDate,
  amountTiyn: tiyn,
  /** Required when less than claimed was paid: why (as the justice body said). */
  reason: optionalText(1000),
});
export type PaymentInput = z.input<typeof paymentInputSchema>;

export const rejectionInputSchema = z.object({ date: isoDate, reason: requiredText(1000) });
export type RejectionInput = z.input<typeof rejectionInputSchema>;

export interface ClaimHistoryEntry {
  at: string;
  state: FeeClaimState;
  /** What happened in words the advocate gave (a reason), if any. */
  note?: string;
}

/** A stored claim. */
export interface FeeClaim extends FeeClaimFields {
  id: string;
  version: number;
  advocateId: string;
  /** Continuous per advocate per year of creation; never reused. */
  year: number;
  number: number;
  state: FeeClaimState;
  /** Frozen when the claim is made ready; recomputed live while a draft. */
  calculation?: FeeCalculation;
  readyAt?: string;
  submission?: z.output<typeof submitInputSchema>;
  /** Payments received (a partly paid claim may be paid the rest later). */
  payments: z.output<typeof paymentInputSchema>[];
  rejection?: z.output<typeof rejectionInputSchema>;
  /** A rejected claim this one was made from. */
  copiedFromId?: string;
  history: ClaimHistoryEntry[];
  createdAt: string;
  updatedAt: string;
}
