/**
 * A ClaimIssue as a message of the `fees.issues` catalog: which key, with which params. Pure:
 * the UI passes its translate function, its date format and the pack labels, so the same issue
 * reads right in Kazakh and Russian (an entry is named in the message's own words and case:
 * ru «время пересекается с действием по назначению № 12/2026», kk «… әрекетпен қабаттасады»).
 *
 * Issues keep dates ISO and pack items as ids; only here do they become words.
 */
import type { FeeClaimState } from '../../contracts/entities/fee-claim';
import type { FeesMessages } from '../../i18n/fees/en';
import type { ClaimIssue, ClaimIssueCode } from './validate-types';

type Issues = FeesMessages['issues'];
type LeafKeys<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : LeafKeys<T[K], `${P}${K}.`>;
}[keyof T & string];
/** A message at the top of `fees.issues` (not a phrase of a sub-object). */
type MessageName = {
  [K in keyof Issues & string]: Issues[K] extends string ? K : never;
}[keyof Issues & string];

export type IssueKey = `fees.issues.${LeafKeys<Issues>}`;
export type IssueParams = Record<string, string | number>;

/** What a pack label is asked for: a work-log action, an expense type, a basis document, a fee category. */
export type IssueLabelKind = 'action' | 'expense-type' | 'basis-document' | 'fee-category';

export interface IssueTextTools {
  /** The UI's t() for `fees.issues.*` keys. */
  t: (key: IssueKey, params?: IssueParams) => string;
  /** ISO date → "03.11.2026" in the UI's language. */
  date: (iso: string) => string;
  /** The localised label of a pack item (the id itself when the pack does not know it). */
  label: (kind: IssueLabelKind, id: string) => string;
}

/** Codes whose message depends on `params.variant`; the first variant's message is `<code>`. */
const variantKeys = {
  'withdrawn-work': {
    withdrawn: 'withdrawn-work',
    missing: 'withdrawn-work-missing',
    'not-given': 'withdrawn-work-not-given',
  },
  'duplicate-in-claim': {
    work: 'duplicate-in-claim',
    consultation: 'duplicate-in-claim-consultation',
    'same-entry': 'duplicate-in-claim-same-entry',
  },
  'outside-period': {
    'claim-period': 'outside-period',
    'before-received': 'outside-period-before-received',
    'after-end': 'outside-period-after-end',
  },
  'basis-type-mismatch': {
    service: 'basis-type-mismatch',
    unknown: 'basis-type-mismatch-unknown',
    'case-kind': 'basis-type-mismatch-case-kind',
    stage: 'basis-type-mismatch-stage',
  },
} as const satisfies Partial<Record<ClaimIssueCode, Record<string, MessageName>>>;

function messageName(issue: ClaimIssue): MessageName {
  const { code, params } = issue;
  if (code in variantKeys) {
    const variants: Record<string, MessageName> = variantKeys[code as keyof typeof variantKeys];
    return variants[String(params.variant)] ?? code;
  }
  if ((code === 'over-cap-person' || code === 'over-cap-day') && params.cap === undefined)
    return `${code}-no-cap`;
  if (code === 'no-tariff-pack' && !issue.ref) return 'no-tariff-pack-claim';
  return code;
}

const DATE_PARAMS = ['date', 'on', 'from', 'to', 'bound', 'basisDate', 'due', 'filingDate'];

function refKind(ref: string): string {
  return ref.slice(0, ref.indexOf(':'));
}

/** The entry's name: "Appointment 12/2026, "Interrogation", 03.11.2026 10:00–11:30". */
function entryText(issue: ClaimIssue, tools: IssueTextTools): string {
  const ref = issue.ref ?? '';
  const p = issue.params;
  const record = issue.recordLabel ?? '';
  const kind = refKind(ref);
  if (p.id !== undefined) {
    const key =
      kind === 'consultation'
        ? 'fees.issues.entry.unknownConsultation'
        : kind === 'expense'
          ? 'fees.issues.entry.unknownExpense'
          : 'fees.issues.entry.unknownWork';
    return tools.t(key, { record, id: p.id });
  }
  const date = tools.date(String(p.date ?? ''));
  if (kind === 'expense')
    return tools.t('fees.issues.entry.expense', {
      date,
      type: tools.label('expense-type', String(p.type ?? '')),
    });
  if (kind === 'consultation') return tools.t('fees.issues.entry.consultation', { record, date });
  const action = tools.label('action', String(p.action ?? ''));
  if (kind === 'travel') return tools.t('fees.issues.entry.travel', { record, action, date });
  return tools.t('fees.issues.entry.work', {
    record,
    action,
    date,
    start: p.start ?? '',
    end: p.end ?? '',
  });
}

/** The other work a message names, in the case the message needs ("with … "). */
function otherText(p: IssueParams, tools: IssueTextTools): string {
  const key =
    refKind(String(p.otherRef)) === 'consultation'
      ? 'fees.issues.other.consultation'
      : 'fees.issues.other.work';
  return tools.t(key, {
    record: p.otherRecord ?? '',
    date: tools.date(String(p.otherDate ?? '')),
    start: p.otherStart ?? '',
    end: p.otherEnd ?? '',
  });
}

function labelled(issue: ClaimIssue, tools: IssueTextTools): IssueParams {
  const p = issue.params;
  const out: IssueParams = {};
  if (p.type !== undefined)
    out.type = tools.label(
      issue.code === 'basis-type-mismatch' ? 'basis-document' : 'expense-type',
      String(p.type),
    );
  if (p.category !== undefined) out.category = tools.label('fee-category', String(p.category));
  if (p.candidates !== undefined)
    out.candidates = String(p.candidates)
      .split(',')
      .filter(Boolean)
      .map((id) => tools.label('fee-category', id))
      // Category labels have commas of their own.
      .join('; ');
  if (p.missing !== undefined)
    out.missing = String(p.missing)
      .split(',')
      .map((f) => tools.t(`fees.issues.basisFields.${f as 'type' | 'number' | 'date'}`))
      .join(', ');
  if (p.state !== undefined)
    out.state = tools.t(`fees.issues.claimStates.${p.state as FeeClaimState}`);
  return out;
}

/** The key and display-ready params of an issue's message. */
export function issueText(
  issue: ClaimIssue,
  tools: IssueTextTools,
): { key: IssueKey; params: IssueParams } {
  const params: IssueParams = { ...issue.params };
  for (const name of DATE_PARAMS) {
    const v = params[name];
    if (typeof v === 'string' && v) params[name] = tools.date(v);
  }
  Object.assign(params, labelled(issue, tools));
  if (issue.ref) params.entry = entryText(issue, tools);
  if (issue.params.otherRef !== undefined) params.other = otherText(issue.params, tools);
  return { key: `fees.issues.${messageName(issue)}`, params };
}

/** The message itself. */
export function issueMessage(issue: ClaimIssue, tools: IssueTextTools): string {
  const { key, params } = issueText(issue, tools);
  return tools.t(key, params);
}
