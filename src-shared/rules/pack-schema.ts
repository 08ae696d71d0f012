/**
 * Rule packs: the law as dated data (ARCHITECTURE §6, docs/rules.md).
 *
 * A pack has an envelope (id, kind, version, effective dates, title) and kind-specific
 * items. Every item names its source (act, article/paragraph/sub-paragraph, edition) and
 * says whether its wording was checked against the official text (`verified`). Nothing
 * about categories, evidence, refusal grounds, МРП or holidays is written in code: a
 * collegium replaces a pack file, the app picks the pack in force on the event's date, and
 * every decision records the pack id and version it used.
 */
import { z } from 'zod';
import {
  caseKindList,
  citationSchema,
  envelope,
  isoDate,
  itemBase,
  itemId,
  localized,
  PACK_FORMAT,
  type Citation,
  type Localized,
} from './pack-base';
import { tariffPackSchema } from './tariff-pack-schema';

export { citationSchema, itemBase, localized, PACK_FORMAT, type Citation, type Localized };

// ── eligibility: Law art. 26, Rules cl. 36–38, 42, 49–52 ─────────────────────────────

export const services = ['consultation', 'defence'] as const;
export type Service = (typeof services)[number];

export const issueAreaSchema = z.object({
  ...itemBase,
  label: localized,
  /** Business matters are excluded from some categories ("не связанным с предпринимательской деятельностью"). */
  business: z.boolean().default(false),
});

export const evidenceSchema = z.object({
  ...itemBase,
  label: localized,
  /** What the person should bring, in plain words. */
  guidance: localized,
});

export const categorySchema = z.object({
  ...itemBase,
  service: z.enum(services),
  label: localized,
  /** Who this is for, in plain words, shown next to the choice. */
  guidance: localized,
  /** Evidence ids: all are needed (each may be satisfied by one of `anyOf` alternatives). */
  evidence: z.array(itemId),
  conditions: z
    .object({
      /** The request's issue area must be one of these (art. 26(2) 1), 3), 4)). */
      issueAreas: z.array(itemId).optional(),
      /** The request must not be about business (entrepreneurial) activity. */
      notBusiness: z.boolean().optional(),
      /** Age on the date of applying, from the IIN's birth date (e.g. minors: max 17). */
      maxAgeYears: z.number().int().positive().optional(),
      minAgeYears: z.number().int().positive().optional(),
    })
    .default({}),
});

export const refusalGroundKinds = [
  'not-in-category',
  'not-legal-request',
  'conflict-of-interest',
  'procedural-exclusion',
  'repeat-issue',
] as const;

export const refusalGroundSchema = z.object({
  ...itemBase,
  kind: z.enum(refusalGroundKinds),
  appliesTo: z.array(z.enum(services)).min(1),
  label: localized,
  /** Explanation addressed to the person, printed on the explanation sheet (cl. 11, 35). */
  explanation: localized,
});

/** Rules applied by the engine that are not categories or grounds, cited in the trace. */
export const principleSchema = z.object({
  ...itemBase,
  kind: z.enum(['legal-information', 'once-per-issue', 'representative', 'residence']),
  label: localized,
  explanation: localized,
});

export const eligibilityPackSchema = z.object({
  ...envelope,
  kind: z.literal('eligibility'),
  issueAreas: z.array(issueAreaSchema).min(1),
  evidence: z.array(evidenceSchema).min(1),
  categories: z.array(categorySchema).min(1),
  refusalGrounds: z.array(refusalGroundSchema).min(1),
  principles: z.array(principleSchema),
});

// ── МРП (monthly calculation index) ─────────────────────────────────────────────────

export const mrpPackSchema = z.object({
  ...envelope,
  kind: z.literal('mrp'),
  values: z
    .array(z.object({ ...itemBase, effectiveFrom: isoDate, amount: z.number().int().positive() }))
    .min(1),
});

// ── working-day calendar ────────────────────────────────────────────────────────────

export const calendarDayKinds = [
  /** A holiday (non-working) day; `religious` ones are never transferred. */
  'holiday',
  /** A weekday made a day off by government decree (swap). */
  'day-off',
  /** A Saturday or Sunday made a working day by government decree (swap). */
  'working-day',
] as const;

export const calendarPackSchema = z.object({
  ...envelope,
  kind: z.literal('calendar'),
  /** ISO weekday numbers of the weekly rest days (1 = Monday … 7 = Sunday). */
  weekend: z.array(z.number().int().min(1).max(7)).min(1),
  /** A state holiday on a rest day moves to the next working day (Labour Code art. 85). */
  transferRule: z.object({ ...itemBase, enabled: z.boolean() }),
  /** Years whose days below are complete (holidays, floating dates, decrees). */
  years: z.array(z.object({ ...itemBase, year: z.number().int().min(2000).max(2100) })),
  /** Holidays that fall on the same date every year (month-day), for years not listed. */
  fixedHolidays: z.array(
    z.object({
      ...itemBase,
      monthDay: z.string().regex(/^\d{2}-\d{2}$/),
      label: localized,
      religious: z.boolean().default(false),
      fromYear: z.number().int().optional(),
      toYear: z.number().int().optional(),
    }),
  ),
  /** Dated entries: floating holidays (Kurban ait) and government swaps. */
  days: z.array(
    z.object({
      ...itemBase,
      date: isoDate,
      kind: z.enum(calendarDayKinds),
      label: localized,
      religious: z.boolean().default(false),
    }),
  ),
});

// ── consultation register template (MoJ order 1463; Rules cl. 31–32, 39–42) ─────────

/** Entry fields a register column can show; the pack decides which, in what order. */
export const registerColumnKeys = [
  'number',
  'appliedAt',
  'applicant',
  'iin',
  'identityDocument',
  'category',
  'subject',
  'formAndContent',
  'time',
  'place',
  'status',
  'personSignature',
  'advocate',
  'note',
] as const;
export type RegisterColumnKey = (typeof registerColumnKeys)[number];

export const consultationRegisterPackSchema = z.object({
  ...envelope,
  kind: z.literal('consultation-register'),
  columns: z
    .array(
      z.object({
        ...itemBase,
        key: z.enum(registerColumnKeys),
        label: localized,
        /** Relative width in the printout. */
        width: z.number().positive().default(1),
      }),
    )
    .min(1),
  /** Paid time caps (order 1462 as amended 15.09.2025): warned, never blocking. */
  caps: z.object({
    ...itemBase,
    perPersonMinutes: z.number().int().positive(),
    perDayMinutes: z.number().int().positive(),
  }),
  /** A consultation not given at once is given within this many working days (cl. 41). */
  deferral: z.object({ ...itemBase, maxWorkingDays: z.number().int().positive() }),
});

// ── defence register (MoJ order 1465; Rules cl. 3.3, 4.3, 9, 27, 36, 44–47; UPK 66–69, 94) ─

/** Appointment fields a defence register column can show; the pack decides which, in order. */
export const defenceColumnKeys = [
  'number',
  'receivedAt',
  'decree',
  'caseNumber',
  'client',
  'status',
  'qualification',
  'stage',
  'work',
  'completion',
  'note',
] as const;
export type DefenceColumnKey = (typeof defenceColumnKeys)[number];

export const defenceRegisterPackSchema = z.object({
  ...envelope,
  kind: z.literal('defence-register'),
  columns: z
    .array(
      z.object({
        ...itemBase,
        key: z.enum(defenceColumnKeys),
        label: localized,
        width: z.number().positive().default(1),
      }),
    )
    .min(1),
  /** Procedural statuses of the client (UPK 64–66, 71; GPK; KoAP). */
  statuses: z
    .array(
      z.object({
        ...itemBase,
        label: localized,
        caseKinds: caseKindList.min(1),
        /** Which side of the case: defence (suspect…), victim, or a party (civil/admin). */
        side: z.enum(['defence', 'victim', 'party']),
        /** The art. 26(3) category this status usually falls in (eligibility pack id). */
        categoryId: z.string().optional(),
        /**
         * What the status usually becomes at a later stage (UPK 65(2): the accused whose case
         * is set for trial is подсудимый), for the next-stage draft (cl. 4.3). Optional.
         */
        continuesAs: z.array(z.object({ stageId: itemId, statusId: itemId })).optional(),
      }),
    )
    .min(1),
  /** Stages in order; the continuity rule (cl. 4.3) follows this order. */
  stages: z
    .array(
      z.object({
        ...itemBase,
        label: localized,
        order: z.number().int(),
        caseKinds: caseKindList.min(1),
      }),
    )
    .min(1),
  /** Procedural actions for the work log (what fee claims are built from). */
  actions: z
    .array(z.object({ ...itemBase, label: localized, caseKinds: caseKindList.min(1) }))
    .min(1),
  /** cl. 36: the only grounds on which an appointment may be declined. */
  declineGrounds: z
    .array(
      z.object({
        ...itemBase,
        /** A conflict found by the check proposes the conflict-of-interest ground. */
        kind: z.enum(['conflict-of-interest', 'procedural-exclusion']),
        label: localized,
        explanation: localized,
      }),
    )
    .min(1),
  /** cl. 4.3: good reasons to replace the advocate of the previous stage (also transfers). */
  replacementReasons: z.array(z.object({ ...itemBase, label: localized })).min(1),
  /** UPK 67(1): grounds of mandatory defence the intake can mark. */
  mandatoryGrounds: z.array(z.object({ ...itemBase, label: localized })),
  /** UPK 69(2): cases where the client's refusal of the defender is not accepted. */
  refusalNotAccepted: z.array(
    z.object({
      ...itemBase,
      /** Applies when any of these mandatory grounds is marked on the appointment. */
      whenGrounds: z.array(itemId).min(1),
      warning: localized,
    }),
  ),
  /** Night time for the work log's night flag (Labour Code). */
  nightTime: z.object({
    ...itemBase,
    from: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
    to: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  }),
  /** The notice of defence (cl. 9; UPK 68(8)): its title and the legal basis it cites. */
  notice: z.object({
    ...itemBase,
    title: localized,
    basis: localized,
  }),
  /** cl. 44–46: what the appointed advocate does when a paid advocate appears. */
  paidAdvocateSteps: z.array(
    z.object({
      ...itemBase,
      label: localized,
      /** What on the record shows the step as done; the app knows these four facts. */
      doneWhen: z.enum(['reason-found', 'paid-advocate-recorded', 'client-informed', 'notified']),
    }),
  ),
});

export const rulePackSchema = z.discriminatedUnion('kind', [
  eligibilityPackSchema,
  mrpPackSchema,
  calendarPackSchema,
  consultationRegisterPackSchema,
  defenceRegisterPackSchema,
  tariffPackSchema,
]);

export type EligibilityPack = z.output<typeof eligibilityPackSchema>;
export type MrpPack = z.output<typeof mrpPackSchema>;
export type CalendarPack = z.output<typeof calendarPackSchema>;
export type ConsultationRegisterPack = z.output<typeof consultationRegisterPackSchema>;
export type RegisterColumn = ConsultationRegisterPack['columns'][number];
export type DefenceRegisterPack = z.output<typeof defenceRegisterPackSchema>;
export type DefenceColumn = DefenceRegisterPack['columns'][number];
export type DefenceStatus = DefenceRegisterPack['statuses'][number];
export type DefenceSide = DefenceStatus['side'];
export type DefenceStage = DefenceRegisterPack['stages'][number];
export type DefenceAction = DefenceRegisterPack['actions'][number];
export type DeclineGround = DefenceRegisterPack['declineGrounds'][number];
export type ReplacementReason = DefenceRegisterPack['replacementReasons'][number];
export type MandatoryGround = DefenceRegisterPack['mandatoryGrounds'][number];
export type RefusalNotAcceptedItem = DefenceRegisterPack['refusalNotAccepted'][number];
export type PaidAdvocateStep = DefenceRegisterPack['paidAdvocateSteps'][number];
export type RulePack = z.output<typeof rulePackSchema>;
export type { TariffPack } from './tariff-pack-schema';
export type RulePackKind = RulePack['kind'];
export type Category = EligibilityPack['categories'][number];
export type Evidence = EligibilityPack['evidence'][number];
export type RefusalGround = EligibilityPack['refusalGrounds'][number];
export type Principle = EligibilityPack['principles'][number];

/** What a decision stores to be replayable. */
export interface PackRef {
  id: string;
  version: number;
}
