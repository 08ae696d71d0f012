/**
 * Handing a paper appointment to the duty advocate by queue (Rules cl. 16–17, 4.1, 26–27).
 *
 * The head enters the procedural document; the queue (src-shared/domain/duty/queue.ts) proposes
 * the next duty advocate of that day and schedule, skipping — with the reason — whoever cannot
 * take it; the head confirms. The head cannot pick someone else (cl. 4.1, no "pocket"
 * advocate): the only way past the proposal is a skip with a reason, which is logged. Every
 * round (a first hand-over, or a new one after a decline) keeps the whole queue as it was seen:
 * who was next, who was skipped and why.
 *
 * Written by the head; read by the head and by the advocate it is handed to (`assigneeUserId`),
 * who answers with a `DistributionAnswer` (cl. 17(2)) and then has it in their register.
 * The document names a person: it is personal data, never shown to other advocates.
 */
import { z } from 'zod';
import { isIsoDate } from '../../domain/dates/iso-date';
import { caseKinds, optionalIin } from './appointment';
import { localDateTime } from './consultation';
import { dutyKinds } from './duty-roster';

const requiredText = (max: number) =>
  z.string().trim().min(1, 'validation.required').max(max, 'validation.tooLong');
const optionalText = (max: number) => z.string().trim().max(max, 'validation.tooLong').default('');
const isoDate = z.string().refine(isIsoDate, 'validation.date');

/** The procedural document as the head enters it (what the advocate's register entry needs). */
export const procedureDocumentSchema = z.object({
  /** When the document reached the office (cl. 17(1)). */
  receivedAt: localDateTime,
  decree: z.object({
    number: requiredText(60),
    date: isoDate,
    body: requiredText(300),
    official: optionalText(200),
  }),
  caseKind: z.enum(caseKinds),
  caseNumber: requiredText(80),
  client: z.object({ fullName: requiredText(200), iin: optionalIin }),
  /** Procedural status and stage ids from the defence-register pack. */
  statusId: requiredText(80),
  stageId: requiredText(80),
  note: optionalText(500),
});
export type ProcedureDocumentInput = z.input<typeof procedureDocumentSchema>;
export type ProcedureDocument = z.output<typeof procedureDocumentSchema>;

/**
 * Why the queue passed someone over. Found by the queue: 'suspended', 'unavailable', 'left'
 * (roster), 'declined' (declined this document before), 'no-account' (cannot receive it in the
 * app; only when the office requires it). Given by the head, with a note: 'conflict' (a conflict
 * of interest the head knows of, cl. 36(1)), 'unreachable' (not at the listed phone, cl. 26).
 */
export const skipReasons = [
  'suspended',
  'unavailable',
  'left',
  'declined',
  'conflict',
  'unreachable',
] as const;
export type SkipReason = (typeof skipReasons)[number];
export const headSkipReasons = ['conflict', 'unreachable'] as const satisfies readonly SkipReason[];
export type HeadSkipReason = (typeof headSkipReasons)[number];

/** One place in the queue as the head saw it when confirming. */
export const queueEntrySchema = z.object({
  memberId: z.string().min(1).max(100),
  outcome: z.enum(['chosen', 'skipped', 'waiting']),
  reason: z.enum(skipReasons).optional(),
  note: optionalText(500),
});
export type QueueEntry = z.output<typeof queueEntrySchema>;

export const distributionRoundSchema = z.object({
  round: z.number().int().positive(),
  at: z.string().min(10).max(40),
  /** The head who confirmed (name as printed). */
  by: z.string().max(200),
  dutyDate: isoDate,
  kind: z.enum(dutyKinds),
  scheduleId: z.string().max(100),
  scheduleEdition: z.number().int().nonnegative(),
  queue: z.array(queueEntrySchema).max(50),
  chosenMemberId: z.string().min(1).max(100),
});
export type DistributionRound = z.output<typeof distributionRoundSchema>;

export const distributionRecordSchema = z.object({
  id: z.string().min(1),
  version: z.number().int().positive(),
  createdAt: z.string(),
  updatedAt: z.string(),
  headId: z.string().min(1),
  /** The office's running number of hand-overs in the year (printed on the paper). */
  year: z.number().int(),
  number: z.number().int().positive(),
  document: procedureDocumentSchema,
  rounds: z.array(distributionRoundSchema).min(1).max(50),
  /** The sync account of the advocate of the last round ('' when they have none). */
  assigneeUserId: z.string().max(200),
});
export type Distribution = z.output<typeof distributionRecordSchema>;

/** cl. 17(2): the advocate's answer to a hand-over (one per round). */
export const distributionAnswers = ['accepted', 'declined'] as const;
export type DistributionAnswerKind = (typeof distributionAnswers)[number];

export const distributionAnswerInputSchema = z
  .object({
    answer: z.enum(distributionAnswers),
    /** A decline ground id from the defence-register pack (cl. 36); required to decline. */
    groundId: optionalText(80),
    note: optionalText(500),
  })
  .refine((a) => a.answer === 'accepted' || a.groundId !== '', {
    message: 'validation.required',
    path: ['groundId'],
  });
export type DistributionAnswerInput = z.input<typeof distributionAnswerInputSchema>;

export const distributionAnswerRecordSchema = z.object({
  id: z.string().min(1),
  version: z.number().int().positive(),
  createdAt: z.string(),
  updatedAt: z.string(),
  advocateId: z.string().min(1),
  distributionId: z.string().min(1),
  round: z.number().int().positive(),
  memberId: z.string().min(1),
  answer: z.enum(distributionAnswers),
  groundId: z.string().max(80),
  note: z.string().max(500),
  answeredAt: z.string(),
  /** The register entry the acceptance made (the advocate's appointment id). */
  appointmentId: z.string().max(100).optional(),
});
export type DistributionAnswer = z.output<typeof distributionAnswerRecordSchema>;
