/**
 * Field-by-field comparison of two versions of a synced record, for the conflict detail
 * (docs/sync.md, "Resolving conflicts"). Pure: it takes the DECODED records (the repositories'
 * `open` results, resolve-cases.ts) — never the stored rows, whose personal part is one JSON
 * string (encrypted once issue 9 lands) and would compare as a single opaque blob.
 *
 * Only the meaningful fields are listed (who, when, the issue, the advice, the status, the
 * register steps…), each with its label key under `sync.conflict.fields`. A value is rendered
 * as language-neutral text (names, dates, numbers, pack ids); `valueKey` names the i18n prefix
 * under which the UI translates an enum value ('given' → `register.statuses.given`).
 *
 * Whether a field differs is decided on the raw values, not on the text: key order is ignored,
 * and an empty string, an empty list, null and a missing field all mean "nothing".
 */
import { canonicalJson, type Json } from '../../src-shared/domain/audit/canonical-json';

export interface DiffRow {
  /** Where the value sits in the decoded record ('applicant.fullName'); unique per entity. */
  path: string;
  /** i18n key of the field's label. */
  labelKey: string;
  /** The value as text; null when the version has nothing there (or is absent). */
  mine: string | null;
  server: string | null;
  /** i18n prefix to translate the value with (`${valueKey}.${value}`), for enum values. */
  valueKey?: string;
  differs: boolean;
}

type Rec = Record<string, unknown>;

interface FieldSpec {
  path: string;
  label: string;
  /** Reads the raw value; by default the dotted `path`. */
  get?: (r: Rec) => unknown;
  /** Renders a raw value that is not a plain string or number. */
  render?: (v: unknown) => string;
  valueKey?: string;
}

const L = (name: string) => `sync.conflict.fields.${name}`;

function at(r: Rec, path: string): unknown {
  let v: unknown = r;
  for (const k of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Rec)[k];
  }
  return v;
}

const str = (v: unknown): string =>
  v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);

/** The non-empty values of an object's named fields, joined: "Жеке куәлік · 045123456". */
const joined =
  (...keys: string[]) =>
  (v: unknown): string =>
    keys
      .map((k) => str((v as Rec | null)?.[k]))
      .filter((s) => s !== '')
      .join(' · ');

/** One line per list item. */
const lines =
  (item: (x: Rec) => string) =>
  (v: unknown): string =>
    Array.isArray(v) ? v.map((x) => item(x as Rec)).join('\n') : str(v);

const document = joined('type', 'number', 'date');

const CONSULTATION: FieldSpec[] = [
  { path: 'number', label: L('number'), get: (r) => registerNumber(r) },
  { path: 'appliedAt', label: L('appliedAt') },
  { path: 'language', label: L('language'), valueKey: 'register.languages' },
  { path: 'applicant.fullName', label: L('applicantName') },
  { path: 'applicant.iin', label: L('applicantIin') },
  { path: 'applicant.identityDocument', label: L('identityDocument'), render: document },
  { path: 'representedPerson.fullName', label: L('representedName') },
  { path: 'representedPerson.iin', label: L('representedIin') },
  { path: 'categoryId', label: L('category') },
  { path: 'evidence', label: L('evidence'), render: document },
  { path: 'issue.areaId', label: L('issueArea') },
  { path: 'issue.subject', label: L('subject') },
  { path: 'form', label: L('form'), valueKey: 'sync.conflict.forms' },
  { path: 'content', label: L('content') },
  { path: 'startedAt', label: L('startedAt') },
  { path: 'endedAt', label: L('endedAt') },
  { path: 'place.kind', label: L('place'), valueKey: 'sync.conflict.places' },
  { path: 'place.address', label: L('placeAddress') },
  { path: 'place.reason', label: L('placeReason') },
  { path: 'status', label: L('status'), valueKey: 'register.statuses' },
  { path: 'appointmentAt', label: L('appointmentAt') },
  { path: 'refusalGroundId', label: L('refusalGround') },
  { path: 'note', label: L('note') },
  { path: 'correctionReason', label: L('correctionReason') },
];

const APPOINTMENT: FieldSpec[] = [
  { path: 'number', label: L('number'), get: (r) => registerNumber(r) },
  { path: 'state', label: L('state'), valueKey: 'appointments.states' },
  { path: 'source', label: L('source'), valueKey: 'appointments.sources' },
  { path: 'receivedAt', label: L('receivedAt') },
  { path: 'language', label: L('language'), valueKey: 'register.languages' },
  { path: 'ezkNumber', label: L('ezkNumber') },
  { path: 'decree.number', label: L('decreeNumber') },
  { path: 'decree.date', label: L('decreeDate') },
  { path: 'decree.body', label: L('decreeBody') },
  { path: 'decree.official', label: L('decreeOfficial') },
  {
    path: 'paperAssignment',
    label: L('paperAssignment'),
    render: joined('assignedBy', 'assignedAt', 'number'),
  },
  { path: 'caseKind', label: L('caseKind'), valueKey: 'appointments.caseKinds' },
  { path: 'caseNumber', label: L('caseNumber') },
  { path: 'client.fullName', label: L('clientName') },
  { path: 'client.iin', label: L('clientIin') },
  { path: 'statusId', label: L('procStatus') },
  { path: 'categoryId', label: L('category') },
  { path: 'qualification', label: L('qualification') },
  { path: 'stageId', label: L('stage') },
  { path: 'mandatoryGrounds', label: L('mandatoryGrounds'), render: lines(str) },
  {
    path: 'opposingParties',
    label: L('opposingParties'),
    render: lines(joined('fullName', 'iin', 'statusId')),
  },
  { path: 'previousAdvocate', label: L('previousAdvocate') },
  { path: 'replacementReasonId', label: L('replacementReason') },
  { path: 'replacementNote', label: L('replacementNote') },
  { path: 'note', label: L('note') },
  { path: 'conflictCheck', label: L('conflictCheck'), render: joined('decision', 'explanation') },
  { path: 'decision', label: L('decision'), render: joined('kind', 'at', 'groundId', 'details') },
  {
    path: 'notices',
    label: L('notices'),
    render: lines((n) =>
      [`№ ${str(n.number)}/${str(n.year)}`, str(n.date), str(n.addressee)].join(' · '),
    ),
  },
  {
    path: 'notifications',
    label: L('notifications'),
    render: lines(joined('at', 'kind', 'method', 'recipient', 'note')),
  },
  {
    path: 'work',
    label: L('work'),
    render: lines(
      (w) =>
        `${str(w.date)} ${str(w.startedAt)}–${str(w.endedAt)} · ${str(w.actionId)}` +
        (w.withdrawn ? ` · ✕ ${joined('at', 'reason')(w.withdrawn)}` : ''),
    ),
  },
  {
    path: 'paidAdvocate',
    label: L('paidAdvocate'),
    render: joined('fullName', 'learnedAt', 'clientChoice'),
  },
  {
    path: 'clientRefusal',
    label: L('clientRefusal'),
    render: joined('at', 'form', 'outcome', 'reason'),
  },
  {
    path: 'transfer',
    label: L('transfer'),
    render: joined('toAdvocate', 'reasonId', 'permittedBy', 'permittedAt', 'permission'),
  },
  { path: 'completion', label: L('completion'), render: joined('date', 'finalDocument', 'note') },
  { path: 'changeReason', label: L('changeReason') },
];

const PROFILE: FieldSpec[] = [
  { path: 'fullName', label: L('fullName') },
  { path: 'iin', label: L('iin') },
  { path: 'licenceNumber', label: L('licenceNumber') },
  { path: 'licenceDate', label: L('licenceDate') },
  { path: 'collegium', label: L('collegium') },
  { path: 'office', label: L('office') },
  { path: 'phone', label: L('phone') },
  { path: 'role', label: L('role'), valueKey: 'roles' },
];

const ELIGIBILITY_CHECK: FieldSpec[] = [
  { path: 'facts.date', label: L('date') },
  { path: 'facts.service', label: L('service'), valueKey: 'sync.conflict.services' },
  { path: 'facts.person.fullName', label: L('personName') },
  { path: 'facts.person.iin', label: L('personIin') },
  { path: 'facts.representative', label: L('representative'), render: joined('fullName', 'iin') },
  { path: 'facts.issue.areaId', label: L('issueArea') },
  { path: 'facts.issue.subject', label: L('subject') },
  { path: 'facts.issue.isLegal', label: L('issueLegal'), valueKey: 'sync.conflict.bool' },
  { path: 'facts.categoryId', label: L('category') },
  { path: 'facts.evidence', label: L('evidence'), render: lines(str) },
  { path: 'decision.outcome', label: L('outcome') },
  { path: 'decision.categoryId', label: L('decisionCategory') },
  { path: 'decision.missingEvidence', label: L('missingEvidence'), render: lines(str) },
  { path: 'decision.pack', label: L('pack'), render: joined('id', 'version') },
];

const SPECS: Record<string, FieldSpec[]> = {
  consultation: CONSULTATION,
  appointment: APPOINTMENT,
  profile: PROFILE,
  eligibilityCheck: ELIGIBILITY_CHECK,
};

/** "12/2026" from a register record's number and year. */
function registerNumber(r: Rec): string | undefined {
  return typeof r.number === 'number' && r.number > 0 ? `${r.number}/${str(r.year)}` : undefined;
}

/** "Nothing" in any form becomes null, so '' and a missing field do not count as a change. */
function normalize(v: unknown): Json {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  if (Array.isArray(v)) return v.length === 0 ? null : v.map(normalize);
  if (typeof v === 'object') {
    const out: Record<string, Json> = {};
    for (const [k, x] of Object.entries(v as Rec)) {
      const n = normalize(x);
      if (n !== null) out[k] = n;
    }
    return Object.keys(out).length === 0 ? null : out;
  }
  return v as Json;
}

function text(spec: FieldSpec, raw: unknown): string | null {
  if (normalize(raw) === null) return null;
  if (typeof raw === 'boolean') return raw ? 'yes' : 'no';
  if (spec.render) return spec.render(raw) || null;
  return str(raw);
}

/** Whether the diff knows the fields of this entity. */
export const diffsEntity = (entity: string): boolean => entity in SPECS;

/**
 * The field rows of two decoded versions, in form order. A field empty in both is left out.
 * Either version may be null (not readable, or not there): its column is then empty.
 */
export function diffRecords(entity: string, mine: Rec | null, server: Rec | null): DiffRow[] {
  const rows: DiffRow[] = [];
  for (const spec of SPECS[entity] ?? []) {
    const read = (r: Rec | null) => (r ? (spec.get ? spec.get(r) : at(r, spec.path)) : undefined);
    const a = read(mine);
    const b = read(server);
    const na = normalize(a);
    const nb = normalize(b);
    if (na === null && nb === null) continue;
    const row: DiffRow = {
      path: spec.path,
      labelKey: spec.label,
      mine: text(spec, a),
      server: text(spec, b),
      differs: canonicalJson(na) !== canonicalJson(nb),
    };
    if (spec.valueKey) row.valueKey = spec.valueKey;
    rows.push(row);
  }
  return rows;
}

/** Every label key the diff can produce (for the catalog test). */
export function diffLabelKeys(): string[] {
  return [...new Set(Object.values(SPECS).flatMap((s) => s.map((f) => f.label)))];
}
