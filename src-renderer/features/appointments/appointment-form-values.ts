/**
 * The intake form's flat values and their conversion to and from the appointment intake
 * schema. Dates and times are separate inputs on screen; the schema holds "YYYY-MM-DDTHH:mm".
 */
import type {
  Appointment,
  AppointmentIntakeInput,
  AppointmentSource,
  CaseKind,
} from '../../../src-shared/contracts/entities/appointment';
import {
  ezkFieldOrder,
  type EzkField,
  type EzkPasteFields,
} from '../../../src-shared/domain/appointments/ezk-paste';
import { stagesFor } from '../../../src-shared/domain/appointments/pack-lookups';
import type { DefenceRegisterPack } from '../../../src-shared/rules/pack-schema';
import type { SettlementValue } from '../../components/settlement';

export interface OpposingRow {
  /** A stable key for React (rows are added and removed). */
  key: string;
  fullName: string;
  iin: string;
  statusId: string;
}

export interface AppointmentFormValues {
  source: AppointmentSource;
  receivedDate: string;
  receivedTime: string;
  language: 'kk' | 'ru';
  ezkNumber: string;
  assigned: boolean;
  assignedBy: string;
  assignedDate: string;
  assignedTime: string;
  assignmentNumber: string;
  decreeNumber: string;
  decreeDate: string;
  body: string;
  official: string;
  caseKind: CaseKind;
  caseNumber: string;
  clientName: string;
  clientIin: string;
  statusId: string;
  categoryId: string;
  eligibilityPack: { id: string; version: number } | null;
  qualification: string;
  stageId: string;
  mandatoryGrounds: string[];
  opposing: OpposingRow[];
  previousOther: boolean;
  previousAdvocate: string;
  replacementReasonId: string;
  replacementNote: string;
  /** '' = not chosen: a new appointment must choose (components/settlement.ts). */
  settlement: SettlementValue;
  note: string;
  /** The earlier stage this one continues (cl. 4.3), when linked. */
  previousStageId: string;
  correctionReason: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
let rowSeq = 0;
export const newRowKey = () => `r${++rowSeq}`;

export function emptyAppointmentValues(now: Date, language: 'kk' | 'ru'): AppointmentFormValues {
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return {
    source: 'ezk',
    receivedDate: date,
    receivedTime: `${pad(now.getHours())}:${pad(now.getMinutes())}`,
    language,
    ezkNumber: '',
    assigned: false,
    assignedBy: '',
    assignedDate: date,
    assignedTime: '',
    assignmentNumber: '',
    decreeNumber: '',
    decreeDate: date,
    body: '',
    official: '',
    caseKind: 'criminal',
    caseNumber: '',
    clientName: '',
    clientIin: '',
    statusId: '',
    categoryId: '',
    eligibilityPack: null,
    qualification: '',
    stageId: '',
    mandatoryGrounds: [],
    opposing: [],
    previousOther: false,
    previousAdvocate: '',
    replacementReasonId: '',
    replacementNote: '',
    settlement: '',
    note: '',
    previousStageId: '',
    correctionReason: '',
  };
}

/** Form values from an intake (a stored appointment, or a next-stage draft). */
export function valuesFromIntake(
  i: AppointmentIntakeInput,
  base: AppointmentFormValues,
): AppointmentFormValues {
  const [receivedDate = base.receivedDate, receivedTime = base.receivedTime] = i.receivedAt
    ? i.receivedAt.split('T')
    : [];
  const [assignedDate = '', assignedTime = ''] = i.paperAssignment
    ? i.paperAssignment.assignedAt.split('T')
    : [];
  return {
    ...base,
    source: i.source,
    receivedDate,
    receivedTime,
    language: i.language,
    ezkNumber: i.ezkNumber ?? '',
    assigned: !!i.paperAssignment,
    assignedBy: i.paperAssignment?.assignedBy ?? '',
    assignedDate: assignedDate || base.assignedDate,
    assignedTime,
    assignmentNumber: i.paperAssignment?.number ?? '',
    decreeNumber: i.decree.number,
    decreeDate: i.decree.date,
    body: i.decree.body,
    official: i.decree.official ?? '',
    caseKind: i.caseKind,
    caseNumber: i.caseNumber,
    clientName: i.client.fullName,
    clientIin: i.client.iin ?? '',
    statusId: i.statusId,
    categoryId: i.categoryId ?? '',
    eligibilityPack: i.eligibilityPack ?? null,
    qualification: i.qualification ?? '',
    stageId: i.stageId,
    mandatoryGrounds: [...(i.mandatoryGrounds ?? [])],
    opposing: (i.opposingParties ?? []).map((p) => ({
      key: newRowKey(),
      fullName: p.fullName,
      iin: p.iin ?? '',
      statusId: p.statusId ?? '',
    })),
    previousOther: !!i.previousAdvocate,
    previousAdvocate: i.previousAdvocate ?? '',
    replacementReasonId: i.replacementReasonId ?? '',
    replacementNote: i.replacementNote ?? '',
    settlement: i.settlement ?? base.settlement,
    note: i.note ?? '',
  };
}

export function valuesFromAppointment(a: Appointment): AppointmentFormValues {
  return {
    ...valuesFromIntake(a, emptyAppointmentValues(new Date(), a.language)),
    previousStageId: a.previousStageId ?? '',
  };
}

export function toIntakeInput(v: AppointmentFormValues): AppointmentIntakeInput {
  const paper = v.source === 'paper' && v.assigned;
  return {
    source: v.source,
    receivedAt: `${v.receivedDate}T${v.receivedTime}`,
    language: v.language,
    ezkNumber: v.source === 'ezk' ? v.ezkNumber : '',
    decree: {
      number: v.decreeNumber,
      date: v.decreeDate,
      body: v.body,
      official: v.official,
    },
    ...(paper
      ? {
          paperAssignment: {
            assignedBy: v.assignedBy,
            assignedAt: `${v.assignedDate}T${v.assignedTime}`,
            number: v.assignmentNumber,
          },
        }
      : {}),
    caseKind: v.caseKind,
    caseNumber: v.caseNumber,
    client: { fullName: v.clientName, iin: v.clientIin },
    statusId: v.statusId,
    categoryId: v.categoryId || null,
    ...(v.eligibilityPack ? { eligibilityPack: v.eligibilityPack } : {}),
    qualification: v.qualification,
    stageId: v.stageId,
    mandatoryGrounds: v.mandatoryGrounds,
    opposingParties: v.opposing.map((p) => ({
      fullName: p.fullName,
      iin: p.iin,
      statusId: p.statusId,
    })),
    previousAdvocate: v.previousOther ? v.previousAdvocate : '',
    replacementReasonId: v.previousOther ? v.replacementReasonId : '',
    replacementNote: v.previousOther ? v.replacementNote : '',
    // Not chosen stays absent ("not stated"), never a guessed town.
    ...(v.settlement ? { settlement: v.settlement } : {}),
    note: v.note,
  };
}

/** Form field for each schema path (zod issues → the input that shows them). */
export function intakePathToField(path: readonly PropertyKey[]): string {
  const p = path.map(String).join('.');
  const fixed: Record<string, string> = {
    receivedAt: 'receivedDate',
    ezkNumber: 'ezkNumber',
    paperAssignment: 'assignedBy',
    'paperAssignment.assignedBy': 'assignedBy',
    'paperAssignment.assignedAt': 'assignedDate',
    'paperAssignment.number': 'assignmentNumber',
    'decree.number': 'decreeNumber',
    'decree.date': 'decreeDate',
    'decree.body': 'body',
    'decree.official': 'official',
    caseKind: 'caseKind',
    caseNumber: 'caseNumber',
    'client.fullName': 'clientName',
    'client.iin': 'clientIin',
    statusId: 'statusId',
    categoryId: 'categoryId',
    qualification: 'qualification',
    stageId: 'stageId',
    previousAdvocate: 'previousAdvocate',
    replacementReasonId: 'replacementReasonId',
    replacementNote: 'replacementNote',
    settlement: 'settlement',
    note: 'note',
  };
  if (fixed[p]) return fixed[p];
  const m = /^opposingParties\.(\d+)\.(fullName|iin|statusId)$/.exec(p);
  if (m) return `opposing.${m[1]}.${m[2]}`;
  return 'note';
}

/** The form field each recognised Е-Заң көмегі field goes to. */
export const ezkFieldToFormField: Record<EzkField, keyof AppointmentFormValues> = {
  ezkNumber: 'ezkNumber',
  'decree.number': 'decreeNumber',
  'decree.date': 'decreeDate',
  'decree.body': 'body',
  'decree.official': 'official',
  caseKind: 'caseKind',
  caseNumber: 'caseNumber',
  'client.fullName': 'clientName',
  'client.iin': 'clientIin',
  statusId: 'statusId',
  qualification: 'qualification',
};

function pastedValue(fields: EzkPasteFields, field: EzkField): string | undefined {
  switch (field) {
    case 'decree.number':
      return fields.decree?.number;
    case 'decree.date':
      return fields.decree?.date;
    case 'decree.body':
      return fields.decree?.body;
    case 'decree.official':
      return fields.decree?.official;
    case 'client.fullName':
      return fields.client?.fullName;
    case 'client.iin':
      return fields.client?.iin;
    default:
      return fields[field];
  }
}

export interface EzkApplied {
  values: AppointmentFormValues;
  /** Fields that were empty and now hold what the paste gave. */
  filled: EzkField[];
  /** Fields the advocate had already filled differently: left as they were. */
  kept: EzkField[];
}

/**
 * Paste-to-fill: puts what was recognised in Е-Заң көмегі text into the fields that are still
 * empty, never over what the advocate typed. The decree date starts as today, so it counts as
 * empty until the advocate changes it (`touched`). The kind of proceedings follows a pasted
 * status only while the advocate has not chosen it; a stage that does not fit is cleared.
 */
export function applyEzkPaste(
  v: AppointmentFormValues,
  fields: EzkPasteFields,
  touched: (field: keyof AppointmentFormValues) => boolean,
  pack: DefenceRegisterPack | null,
): EzkApplied {
  const next: AppointmentFormValues = { ...v };
  const filled: EzkField[] = [];
  const kept: EzkField[] = [];
  for (const field of ezkFieldOrder) {
    const value = pastedValue(fields, field);
    const key = ezkFieldToFormField[field];
    if (value === undefined || value === '' || field === 'caseKind') continue;
    const current = String(v[key] ?? '');
    const empty = current.trim() === '' || (key === 'decreeDate' && !touched('decreeDate'));
    // The same value the advocate typed: nothing to say. (Today's default date confirmed by
    // the text counts as filled.)
    if (current.trim() === value && !empty) continue;
    if (!empty) {
      kept.push(field);
      continue;
    }
    if (field === 'statusId' && fields.caseKind && fields.caseKind !== v.caseKind) {
      // A status of another kind of proceedings: only while the kind is not chosen yet.
      if (touched('caseKind')) {
        kept.push('statusId');
        continue;
      }
      next.caseKind = fields.caseKind;
      filled.push('caseKind');
      if (pack && !stagesFor(pack, fields.caseKind).some((s) => s.id === v.stageId))
        next.stageId = '';
    }
    (next as unknown as Record<string, string>)[key] = value;
    filled.push(field);
  }
  filled.sort((a, b) => ezkFieldOrder.indexOf(a) - ezkFieldOrder.indexOf(b));
  return { values: next, filled, kept };
}
