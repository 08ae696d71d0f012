/**
 * Inputs and output of the eligibility engine (engine.ts). Facts are what the advocate
 * records about the person and the request; the decision is fully determined by
 * (facts, pack) — same inputs, same pack version → same decision (replay).
 */
import { z } from 'zod';
import { iinField } from '../../contracts/entities/profile';
import { isIsoDate } from '../dates/iso-date';
import type { Citation, Localized, PackRef, Service } from '../../rules/pack-schema';

const isoDate = z.string().refine(isIsoDate, 'validation.date');
const docRef = z.object({
  type: z.string().trim().min(1, 'validation.required').max(120, 'validation.tooLong'),
  number: z.string().trim().max(60, 'validation.tooLong').default(''),
  date: z.union([isoDate, z.literal('')]).default(''),
});

export const personSchema = z.object({
  iin: iinField,
  fullName: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
});

/**
 * An earlier SGLA record of the same person, for the once-per-issue check (cl. 42). The rule is
 * the same whoever gave the aid: `source` and `advocateName` only say where the record was
 * found (this advocate's own register, or the office's after sync) for the advocate to confirm
 * it with the colleague; the engine never looks at them.
 */
export const priorRecordSchema = z.object({
  recordId: z.string().min(1),
  iin: z.string(),
  service: z.enum(['consultation', 'defence']),
  issueAreaId: z.string(),
  subject: z.string().default(''),
  date: isoDate,
  /** 'own': this advocate's record; 'office': a colleague's (a full row or an aid mark). */
  source: z.enum(['own', 'office']).optional(),
  /** The colleague who gave the aid, when known (office records only). */
  advocateName: z.string().optional(),
});
export type PriorRecord = z.infer<typeof priorRecordSchema>;

export const eligibilityFactsSchema = z.object({
  /** Date of applying: picks the rule pack in force and the person's age. */
  date: isoDate,
  service: z.enum(['consultation', 'defence']),
  /** The person who needs legal aid. */
  person: personSchema,
  /** Someone applying on the person's behalf (Rules cl. 52), with their authority document. */
  representative: personSchema.extend({ authority: docRef }).optional(),
  /** The category the advocate matched, or null when none fits. */
  categoryId: z.string().nullable(),
  issue: z.object({
    areaId: z.string().min(1, 'validation.required'),
    subject: z.string().trim().max(500, 'validation.tooLong').default(''),
    /** False when the request is not legal in nature (cl. 38(2)). */
    isLegal: z.boolean(),
  }),
  /** Evidence ids the person presented. */
  evidence: z.array(z.string()).default([]),
  /** The advocate's own grounds to refuse (cl. 36). */
  conflictOfInterest: z.boolean().default(false),
  proceduralExclusion: z.boolean().default(false),
  /** Earlier records the advocate confirmed are about the same issue (cl. 42). */
  sameIssueRecordIds: z.array(z.string()).default([]),
});
export type EligibilityFactsInput = z.input<typeof eligibilityFactsSchema>;
export type EligibilityFacts = z.output<typeof eligibilityFactsSchema>;

export const outcomes = [
  'eligible',
  'not-eligible',
  'needs-evidence',
  'refer-to-legal-information',
] as const;
export type Outcome = (typeof outcomes)[number];

/** One line of the explanation: which rule was applied, with what result. */
export interface TraceStep {
  ruleId: string;
  citation: Citation;
  verified: boolean;
  result: 'pass' | 'fail' | 'info';
  text: Localized;
}

export interface EligibilityDecision {
  outcome: Outcome;
  service: Service;
  date: string;
  pack: PackRef;
  categoryId: string | null;
  /** Evidence ids still needed (outcome needs-evidence). */
  missingEvidence: string[];
  refusalGroundId: string | null;
  /** Earlier records of the same IIN in the same issue area: possible repeats (cl. 42). */
  possibleRepeats: PriorRecord[];
  trace: TraceStep[];
  /** Ids of pack items used that are not verified against the official text. */
  unverifiedRules: string[];
}
