/**
 * The eligibility form's state (plain strings for the inputs) and its conversion to the
 * engine's facts. Validation is the engine's own zod schema, so the form cannot accept
 * facts the engine would refuse.
 */
import type { EligibilityFactsInput } from '../../../src-shared/domain/eligibility/types';
import type { Service } from '../../../src-shared/rules/pack-schema';

export const NO_CATEGORY = '__none__';

export interface CheckForm {
  service: Service;
  date: string;
  iin: string;
  fullName: string;
  hasRepresentative: boolean;
  repIin: string;
  repFullName: string;
  repDocType: string;
  repDocNumber: string;
  repDocDate: string;
  issueAreaId: string;
  subject: string;
  isLegal: boolean;
  categoryId: string;
  conflictOfInterest: boolean;
  proceduralExclusion: boolean;
  evidence: string[];
  sameIssueRecordIds: string[];
}

export function emptyCheckForm(today: string): CheckForm {
  return {
    service: 'consultation',
    date: today,
    iin: '',
    fullName: '',
    hasRepresentative: false,
    repIin: '',
    repFullName: '',
    repDocType: '',
    repDocNumber: '',
    repDocDate: '',
    issueAreaId: '',
    subject: '',
    isLegal: true,
    categoryId: '',
    conflictOfInterest: false,
    proceduralExclusion: false,
    evidence: [],
    sameIssueRecordIds: [],
  };
}

export function toFacts(f: CheckForm): EligibilityFactsInput {
  return {
    date: f.date,
    service: f.service,
    person: { iin: f.iin, fullName: f.fullName },
    ...(f.hasRepresentative
      ? {
          representative: {
            iin: f.repIin,
            fullName: f.repFullName,
            authority: { type: f.repDocType, number: f.repDocNumber, date: f.repDocDate },
          },
        }
      : {}),
    categoryId: f.categoryId === NO_CATEGORY || f.categoryId === '' ? null : f.categoryId,
    issue: { areaId: f.issueAreaId, subject: f.subject, isLegal: f.isLegal },
    evidence: f.evidence,
    conflictOfInterest: f.conflictOfInterest,
    proceduralExclusion: f.proceduralExclusion,
    sameIssueRecordIds: f.sameIssueRecordIds,
  };
}

/** Form field for each facts path, so zod issues land on the right input. */
export const factsPathToField: Record<string, keyof CheckForm> = {
  date: 'date',
  'person.iin': 'iin',
  'person.fullName': 'fullName',
  'representative.iin': 'repIin',
  'representative.fullName': 'repFullName',
  'representative.authority.type': 'repDocType',
  'representative.authority.number': 'repDocNumber',
  'representative.authority.date': 'repDocDate',
  'issue.areaId': 'issueAreaId',
  'issue.subject': 'subject',
};
