/**
 * The register entry form's flat values, and their conversion to and from the entry schema.
 * Dates and times are separate inputs on screen; the schema holds "YYYY-MM-DDTHH:mm".
 */
import type {
  ConsultationEntry,
  ConsultationInput,
  ConsultationStatus,
} from '../../../src-shared/contracts/entities/consultation';
import type { SettlementValue } from '../../components/settlement';
import type { EligibilityCheck } from '../../db/eligibility-check-repository';

export interface EntryFormValues {
  appliedDate: string;
  appliedTime: string;
  language: 'kk' | 'ru';
  applicantName: string;
  applicantIin: string;
  idType: string;
  idNumber: string;
  idDate: string;
  represents: boolean;
  representedName: string;
  representedIin: string;
  categoryId: string;
  eligibilityCheckId: string;
  eligibilityPack: { id: string; version: number } | null;
  evidenceType: string;
  evidenceNumber: string;
  evidenceDate: string;
  issueAreaId: string;
  subject: string;
  form: 'oral' | 'written';
  content: string;
  startedAt: string;
  endedAt: string;
  placeKind: 'office' | 'person-location';
  address: string;
  reason: string;
  status: ConsultationStatus;
  appointmentDate: string;
  appointmentTime: string;
  refusalGroundId: string;
  /** '' = not chosen: a new entry must choose (components/settlement.ts). */
  settlement: SettlementValue;
  note: string;
  correctionReason: string;
}

export function emptyEntryValues(now: Date, language: 'kk' | 'ru'): EntryFormValues {
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    appliedDate: `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`,
    appliedTime: `${pad(now.getHours())}:${pad(now.getMinutes())}`,
    language,
    applicantName: '',
    applicantIin: '',
    idType: '',
    idNumber: '',
    idDate: '',
    represents: false,
    representedName: '',
    representedIin: '',
    categoryId: '',
    eligibilityCheckId: '',
    eligibilityPack: null,
    evidenceType: '',
    evidenceNumber: '',
    evidenceDate: '',
    issueAreaId: '',
    subject: '',
    form: 'oral',
    content: '',
    startedAt: '',
    endedAt: '',
    placeKind: 'office',
    address: '',
    reason: '',
    status: 'given',
    appointmentDate: '',
    appointmentTime: '',
    refusalGroundId: '',
    settlement: '',
    note: '',
    correctionReason: '',
  };
}

/** Pre-fills a new entry from the eligibility decision it follows (the person, the category). */
export function valuesFromCheck(base: EntryFormValues, check: EligibilityCheck): EntryFormValues {
  const { facts, decision } = check;
  const rep = facts.representative;
  return {
    ...base,
    applicantName: rep ? rep.fullName : facts.person.fullName,
    applicantIin: rep ? rep.iin : facts.person.iin,
    represents: !!rep,
    representedName: rep ? facts.person.fullName : '',
    representedIin: rep ? facts.person.iin : '',
    categoryId: decision.categoryId ?? '',
    eligibilityCheckId: check.id,
    eligibilityPack: decision.pack,
    issueAreaId: facts.issue.areaId,
    subject: facts.issue.subject,
  };
}

export function valuesFromEntry(e: ConsultationEntry): EntryFormValues {
  const [appointmentDate = '', appointmentTime = ''] = e.appointmentAt
    ? e.appointmentAt.split('T')
    : [];
  return {
    appliedDate: e.appliedAt.slice(0, 10),
    appliedTime: e.appliedAt.slice(11, 16),
    language: e.language,
    applicantName: e.applicant.fullName,
    applicantIin: e.applicant.iin,
    idType: e.applicant.identityDocument.type,
    idNumber: e.applicant.identityDocument.number,
    idDate: e.applicant.identityDocument.date,
    represents: !!e.representedPerson,
    representedName: e.representedPerson?.fullName ?? '',
    representedIin: e.representedPerson?.iin ?? '',
    categoryId: e.categoryId ?? '',
    eligibilityCheckId: e.eligibilityCheckId ?? '',
    eligibilityPack: e.eligibilityPack ?? null,
    evidenceType: e.evidence?.type ?? '',
    evidenceNumber: e.evidence?.number ?? '',
    evidenceDate: e.evidence?.date ?? '',
    issueAreaId: e.issue.areaId,
    subject: e.issue.subject,
    form: e.form,
    content: e.content,
    startedAt: e.startedAt,
    endedAt: e.endedAt,
    placeKind: e.place.kind,
    address: e.place.kind === 'person-location' ? e.place.address : '',
    reason: e.place.kind === 'person-location' ? e.place.reason : '',
    status: e.status,
    appointmentDate,
    appointmentTime,
    refusalGroundId: e.refusalGroundId ?? '',
    settlement: e.settlement ?? '',
    note: e.note,
    correctionReason: '',
  };
}

export function toEntryInput(v: EntryFormValues): ConsultationInput {
  return {
    appliedAt: `${v.appliedDate}T${v.appliedTime}`,
    language: v.language,
    applicant: {
      fullName: v.applicantName,
      iin: v.applicantIin,
      identityDocument: { type: v.idType, number: v.idNumber, date: v.idDate },
    },
    ...(v.represents
      ? { representedPerson: { fullName: v.representedName, iin: v.representedIin } }
      : {}),
    ...(v.eligibilityCheckId ? { eligibilityCheckId: v.eligibilityCheckId } : {}),
    categoryId: v.categoryId || null,
    ...(v.eligibilityPack ? { eligibilityPack: v.eligibilityPack } : {}),
    ...(v.evidenceType
      ? { evidence: { type: v.evidenceType, number: v.evidenceNumber, date: v.evidenceDate } }
      : {}),
    issue: { areaId: v.issueAreaId, subject: v.subject },
    form: v.form,
    content: v.content,
    startedAt: v.startedAt,
    endedAt: v.endedAt,
    place:
      v.placeKind === 'office'
        ? { kind: 'office' }
        : { kind: 'person-location', address: v.address, reason: v.reason },
    status: v.status,
    // A deferred consultation later given keeps its appointment: the day it was actually given
    // (the act of work is dated by it).
    appointmentAt:
      (v.status === 'deferred' || v.status === 'given') && v.appointmentDate
        ? `${v.appointmentDate}T${v.appointmentTime || '10:00'}`
        : '',
    ...(v.status === 'refused' ? { refusalGroundId: v.refusalGroundId } : {}),
    // Not chosen stays absent ("not stated"), never a guessed town.
    ...(v.settlement ? { settlement: v.settlement } : {}),
    note: v.note,
  };
}

/** Form field for each schema path (zod issues → the input that shows them). */
export const entryPathToField: Record<string, keyof EntryFormValues> = {
  appliedAt: 'appliedDate',
  'applicant.fullName': 'applicantName',
  'applicant.iin': 'applicantIin',
  'applicant.identityDocument.type': 'idType',
  'applicant.identityDocument.number': 'idNumber',
  'applicant.identityDocument.date': 'idDate',
  'representedPerson.fullName': 'representedName',
  'representedPerson.iin': 'representedIin',
  'evidence.type': 'evidenceType',
  'evidence.date': 'evidenceDate',
  'issue.areaId': 'issueAreaId',
  'issue.subject': 'subject',
  content: 'content',
  startedAt: 'startedAt',
  endedAt: 'endedAt',
  'place.address': 'address',
  'place.reason': 'reason',
  appointmentAt: 'appointmentDate',
  refusalGroundId: 'refusalGroundId',
  settlement: 'settlement',
  note: 'note',
};
