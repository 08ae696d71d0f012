/**
 * An appointment to defend or represent a person under SGLA (Rules cl. 3.3, 8–10, 17–18, 27,
 * 36, 44–47; UPK art. 66–69, 94) and its entry in the defence register (MoJ order 1465).
 *
 * A legal record: never deleted. What the advocate entered at intake (`AppointmentIntake`) can
 * be corrected with a reason; everything that happens afterwards — the conflict check and the
 * decision, notices, notifications, work done, refusal, transfer, completion — is appended to
 * the record by the repository as a new version, so the register can replay how the defence
 * went. Every list item carries its own id, and a withdrawn work item stays with its reason.
 *
 * Validation messages are i18n keys (`validation.*`), so the same schemas serve the forms, the
 * repository and the sync server. Ids of statuses, stages, actions and grounds come from the
 * `defence-register` rule pack (src-shared/rules/packs/kz-defence-register.json).
 */
import { z } from 'zod';
import { isIsoDate } from '../../domain/dates/iso-date';
import { parseIin } from '../../domain/iin/iin';
import { clockTime, localDateTime, settlementKinds } from './consultation';

const requiredText = (max: number) =>
  z.string().trim().min(1, 'validation.required').max(max, 'validation.tooLong');
const optionalText = (max: number) => z.string().trim().max(max, 'validation.tooLong').default('');
const isoDate = z.string().refine(isIsoDate, 'validation.date');

/**
 * An IIN that may be unknown at intake (a detained foreigner, a person without documents):
 * empty, or a valid IIN.
 */
export const optionalIin = z
  .string()
  .trim()
  .default('')
  .superRefine((value, ctx) => {
    if (!value) return;
    const r = parseIin(value);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: `validation.iin.${r.code}` });
  });

export const appointmentSources = ['ezk', 'paper'] as const;
export type AppointmentSource = (typeof appointmentSources)[number];

/** Kinds of proceedings: they decide which statuses and stages make sense. */
export const caseKinds = ['criminal', 'administrative-offence', 'civil', 'administrative'] as const;
export type CaseKind = (typeof caseKinds)[number];

/** cl. 17(1), cl. 10: the responsible person's assignment of a paper decree. */
export const paperAssignmentSchema = z.object({
  assignedBy: requiredText(200),
  assignedAt: localDateTime,
  /** Number of the assignment (or of the head's register line), if any. */
  number: optionalText(60),
});
export type PaperAssignment = z.output<typeof paperAssignmentSchema>;

/** A person on the other side (co-accused with conflicting interests, victim, opposing party). */
export const opposingPartySchema = z.object({
  fullName: requiredText(200),
  iin: optionalIin,
  /** A procedural status id from the pack, or '' when unknown. */
  statusId: optionalText(80),
});
export type OpposingParty = z.output<typeof opposingPartySchema>;

/** What the advocate enters at intake and may later correct (with a reason). */
export const appointmentIntakeSchema = z
  .object({
    source: z.enum(appointmentSources),
    /** When the appointment reached the advocate (the EZK request, or the hand-over). */
    receivedAt: localDateTime,
    /** Language of the register entry and of the notice (cl. 31). */
    language: z.enum(['kk', 'ru']),
    /** Number of the request in Е-Заң көмегі, when it came from there. */
    ezkNumber: optionalText(60),
    /** The appointing document (cl. 3.3): decree/ruling of the body conducting the process. */
    decree: z.object({
      number: requiredText(60),
      date: isoDate,
      /** "Следственное управление ДП г. Алматы", "Медеуский районный суд". */
      body: requiredText(300),
      /** Official who issued it: position and name. */
      official: optionalText(200),
    }),
    /** Present once the head has assigned a paper decree (cl. 10, 17). */
    paperAssignment: paperAssignmentSchema.optional(),
    caseKind: z.enum(caseKinds),
    /** ЕРДР number or court case number, as written on the decree. */
    caseNumber: requiredText(80),
    client: z.object({ fullName: requiredText(200), iin: optionalIin }),
    /** Procedural status id from the pack (suspect, accused, …). */
    statusId: requiredText(80),
    /** Art. 26(3) category id from the eligibility pack in force on the decree's date. */
    categoryId: z.string().nullable(),
    eligibilityPack: z.object({ id: z.string(), version: z.number().int() }).optional(),
    /** Article of the Criminal Code / Code of Administrative Offences, as qualified. */
    qualification: optionalText(300),
    /** Stage id from the pack (pre-trial, first instance, appeal, cassation). */
    stageId: requiredText(80),
    /** UPK art. 67(1) grounds of mandatory defence that apply (ids from the pack). */
    mandatoryGrounds: z.array(z.string()).default([]),
    /** Parties whose interests oppose the client's, for the conflict check (UPK 66(4), 94). */
    opposingParties: z.array(opposingPartySchema).max(30).default([]),
    /**
     * cl. 4.3: the advocate who acted at the previous stage, when it was someone else, and why
     * they are replaced (a reason id from the pack).
     */
    previousAdvocate: optionalText(200),
    replacementReasonId: optionalText(80),
    replacementNote: optionalText(500),
    /** Where the aid is given, town or rural settlement (Rules cl. 5.4); absent before issue 8. */
    settlement: z.enum(settlementKinds).optional(),
    note: optionalText(1000),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: path.split('.'), message });
    if (v.receivedAt.slice(0, 10) < v.decree.date) issue('receivedAt', 'validation.beforeDecree');
    if (v.source === 'ezk' && v.paperAssignment) issue('paperAssignment', 'validation.ezkNoPaper');
    if (v.paperAssignment && v.paperAssignment.assignedAt.slice(0, 10) < v.decree.date)
      issue('paperAssignment.assignedAt', 'validation.beforeDecree');
    if (v.previousAdvocate && !v.replacementReasonId)
      issue('replacementReasonId', 'validation.required');
    const clientIin = v.client.iin;
    v.opposingParties.forEach((p, i) => {
      if (clientIin && p.iin === clientIin)
        issue(`opposingParties.${i}.iin`, 'validation.sameAsClient');
    });
  });
export type AppointmentIntakeInput = z.input<typeof appointmentIntakeSchema>;
export type AppointmentIntake = z.output<typeof appointmentIntakeSchema>;

// ── what happens after intake (appended by the repository) ──────────────────────────────

export const conflictFindingKinds = [
  /** Same case, the new client is (or was) on the other side of the advocate's client. */
  'same-case-opposing',
  /** Same case, the advocate acted for a party on the other procedural side (UPK 94(1)(3)). */
  'same-case-other-side',
  /** Same case, another client on the same side: interests must not conflict (UPK 66(4)). */
  'same-case-co-client',
  /** The advocate helped (appointment or consultation) a person now on the other side. */
  'opposing-was-client',
  /** The new client is on the other side in another of the advocate's records. */
  'client-was-opposing',
] as const;
export type ConflictFindingKind = (typeof conflictFindingKinds)[number];

export const conflictFindingSchema = z.object({
  kind: z.enum(conflictFindingKinds),
  /** 'conflict' bars acceptance unless the advocate records why it does not; 'check' asks. */
  severity: z.enum(['conflict', 'check']),
  /** The record it was found in. */
  recordType: z.enum(['appointment', 'consultation']),
  recordId: z.string(),
  /** Register number and year of that record, for the link text. */
  recordLabel: z.string(),
  /** Who matched, as shown to the advocate (a name, masked IIN). */
  person: z.string(),
  /** How it matched: 'iin' or 'name'. */
  matchedBy: z.enum(['iin', 'name']),
  caseNumber: z.string(),
});
export type ConflictFinding = z.output<typeof conflictFindingSchema>;

/** UPK 66(4), 94; Rules cl. 36: what was checked, found and decided, kept with the record. */
export const conflictCheckSchema = z.object({
  at: z.string(),
  /** How many of the advocate's records were compared (appointments, consultations). */
  compared: z.object({ appointments: z.number().int(), consultations: z.number().int() }),
  findings: z.array(conflictFindingSchema),
  /** 'no-conflict': nothing found or every finding explained; 'conflict': decline. */
  decision: z.enum(['no-conflict', 'conflict']),
  /** Required when findings exist and the advocate decides there is no conflict. */
  explanation: optionalText(1000),
});
export type ConflictCheck = z.output<typeof conflictCheckSchema>;

export const acceptInputSchema = z.object({ at: localDateTime });
export const declineInputSchema = z.object({
  at: localDateTime,
  /** A cl. 36 ground id from the pack; nothing else allows declining. */
  groundId: requiredText(80),
  details: requiredText(1000),
});
export type DeclineInput = z.input<typeof declineInputSchema>;

export const noticeInputSchema = z.object({
  date: isoDate,
  /** The body or official the notice is addressed to (defaults to the decree's body). */
  addressee: requiredText(300),
});
export type NoticeInput = z.input<typeof noticeInputSchema>;

export interface Notice {
  id: string;
  /** Continuous per advocate per year across all notices. */
  number: number;
  year: number;
  date: string;
  addressee: string;
  createdAt: string;
}

export const notificationMethods = [
  'in-person',
  'ezk',
  'email',
  'fax',
  'post',
  'phone',
  'court-hearing',
] as const;
export type NotificationMethod = (typeof notificationMethods)[number];

/** cl. 47 (the body notified of the defence) and cl. 44–46 (the paid advocate, the collegium). */
export const notificationInputSchema = z.object({
  kind: z.enum(['body-notified', 'paid-advocate-notified', 'collegium-notified']),
  at: localDateTime,
  method: z.enum(notificationMethods),
  /** Whom: the body, the paid advocate's name, the collegium. */
  recipient: requiredText(300),
  noticeId: z.string().optional(),
  note: optionalText(500),
});
export type NotificationInput = z.input<typeof notificationInputSchema>;
export type Notification = z.output<typeof notificationInputSchema> & { id: string };

/** cl. 44–46: an advocate under contract appeared in the same case. */
export const paidAdvocateInputSchema = z.object({
  fullName: requiredText(200),
  learnedAt: localDateTime,
  /** Why the client has a contract advocate too, as found out (cl. 44). */
  reason: optionalText(500),
  /** cl. 45: the client was told of the right to refuse SGLA, and when. */
  clientInformedAt: z.union([localDateTime, z.literal('')]).default(''),
  /** The client's answer: keep the appointed advocate, or refuse SGLA. */
  clientChoice: z.enum(['undecided', 'keeps-sgla', 'refuses-sgla']).default('undecided'),
});
export type PaidAdvocateInput = z.input<typeof paidAdvocateInputSchema>;
export type PaidAdvocate = z.output<typeof paidAdvocateInputSchema>;

/** UPK 69: the client refuses the defender. */
export const clientRefusalInputSchema = z.object({
  at: localDateTime,
  form: z.enum(['written', 'protocol']),
  reason: optionalText(500),
  /**
   * What the body decided: art. 69(2) cases are not accepted (the defence continues);
   * refusal for lack of money is never accepted (69(1)).
   */
  outcome: z.enum(['pending', 'accepted', 'not-accepted']),
});
export type ClientRefusalInput = z.input<typeof clientRefusalInputSchema>;
export type ClientRefusal = z.output<typeof clientRefusalInputSchema> & {
  /** Ids of the pack's refusal-not-accepted items that applied when it was recorded. */
  warnings: string[];
};

/** cl. 27(2): an accepted appointment passes to another advocate only with permission. */
export const transferInputSchema = z.object({
  toAdvocate: requiredText(200),
  reasonId: requiredText(80),
  note: optionalText(500),
  permittedBy: requiredText(200),
  permittedAt: localDateTime,
  /** The permission's document (number/date) or how it was given. */
  permission: requiredText(300),
});
export type TransferInput = z.input<typeof transferInputSchema>;
export type Transfer = z.output<typeof transferInputSchema>;

export const completionInputSchema = z.object({
  date: isoDate,
  /** The final document: verdict, ruling, decision to close the case… */
  finalDocument: requiredText(300),
  note: optionalText(500),
});
export type CompletionInput = z.input<typeof completionInputSchema>;
export type Completion = z.output<typeof completionInputSchema>;

/** One procedural action, the unit fee claims are built from (issue 8). */
export const workItemInputSchema = z
  .object({
    date: isoDate,
    /** Procedural action id from the pack. */
    actionId: requiredText(80),
    startedAt: clockTime,
    endedAt: clockTime,
    /** Travel to the place of the action, when there was any. */
    travel: z
      .object({
        destination: requiredText(300),
        km: z.number().min(0).max(5000).optional(),
        minutes: z
          .number()
          .int()
          .min(0)
          .max(24 * 60)
          .optional(),
      })
      .optional(),
    note: optionalText(500),
  })
  .superRefine((v, ctx) => {
    // An end before the start means the action ran past midnight (an interrogation at
    // night); a period that ends where it starts is a typo.
    if (v.endedAt === v.startedAt)
      ctx.addIssue({ code: 'custom', path: ['endedAt'], message: 'validation.endBeforeStart' });
  });
export type WorkItemInput = z.input<typeof workItemInputSchema>;

export interface WorkItem extends z.output<typeof workItemInputSchema> {
  id: string;
  /** Minutes from start to end (past midnight when end < start). */
  minutes: number;
  /** Minutes in night time (pack's night period), computed when logged. */
  nightMinutes: number;
  /** The date is a non-working day in the calendar pack (holiday or rest day). */
  nonWorkingDay: boolean;
  /** Calendar pack used for the flag, for replay. */
  calendarPack: { id: string; version: number } | null;
  loggedAt: string;
  /** Set when the item was withdrawn (kept, never deleted). */
  withdrawn?: { at: string; reason: string };
}

export const appointmentStates = [
  /** Received, not yet decided (paper: maybe not yet assigned). */
  'received',
  'accepted',
  'declined',
  /** Passed to another advocate with the head's permission (cl. 27(2)). */
  'transferred',
  /** The client's refusal was accepted by the body (UPK 69). */
  'refused',
  'completed',
] as const;
export type AppointmentState = (typeof appointmentStates)[number];

export interface Decision {
  kind: 'accepted' | 'declined';
  at: string;
  groundId?: string;
  details?: string;
}

/** A stored appointment: the intake plus its place in the register and its history. */
export interface Appointment extends AppointmentIntake {
  id: string;
  version: number;
  advocateId: string;
  year: number;
  /** Continuous per advocate per year in the defence register; never reused. */
  number: number;
  state: AppointmentState;
  /** Links the stages of one case for this client (cl. 4.3); the first stage's id. */
  caseGroupId: string;
  /** The earlier stage this one continues, when there is one. */
  previousStageId?: string;
  conflictCheck?: ConflictCheck;
  decision?: Decision;
  notices: Notice[];
  notifications: Notification[];
  work: WorkItem[];
  paidAdvocate?: PaidAdvocate;
  clientRefusal?: ClientRefusal;
  transfer?: Transfer;
  completion?: Completion;
  createdAt: string;
  updatedAt: string;
  /** Why this version replaced the previous one: an action name or a correction reason. */
  changeReason?: string;
}
