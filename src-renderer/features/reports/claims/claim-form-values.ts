/**
 * The claim editor's values and their conversion to the claim's input schema
 * (src-shared/contracts/entities/fee-claim.ts). The form keeps the schema's shape, so a zod
 * issue's path joined with dots is the field that shows it, except for expenses: money is typed
 * in tenge (the advocate reads "4 850,00 ₸" on the ticket) and stored in tiyn, and the document's
 * number and date are two flat fields of the row.
 *
 * Two conversions: `toClaimInput` is what is saved (the schema then refuses bad values, field by
 * field), `liveFields` what the live calculation prices while the advocate types — it never
 * throws and leaves out only what cannot be priced at all (an expense row without a type yet).
 */
import type {
  ClaimExpense,
  FeeClaim,
  FeeClaimFields,
  FeeClaimInput,
  FeeClaimKind,
} from '../../../../src-shared/contracts/entities/fee-claim';

export interface ExpenseFormValues {
  id: string;
  typeId: string;
  /** ISO date, '' until chosen. */
  date: string;
  description: string;
  /**
   * Tenge as typed (two decimals), '' when empty: for 'actual' expenses. Mantine's number
   * field gives a string while the text is not a plain number ("100 000,00", "12,"): see
   * `typedNumber`.
   */
  amount: number | string;
  /** Days, '' when empty: for 'mrp-per-day' expenses. */
  days: number | string;
  documentNumber: string;
  documentDate: string;
}

export interface ClaimFormValues {
  kind: FeeClaimKind;
  appointmentId: string;
  period: { from: string; to: string };
  workItemIds: string[];
  consultationIds: string[];
  feeCategoryId: string;
  basisDocument: { typeId: string; number: string; date: string; issuedBy: string };
  expenses: ExpenseFormValues[];
  justiceBody: string;
  note: string;
}

/** How an expense type is paid (tariff pack `expenseTypes[].basis`), or undefined if unknown. */
export type ExpenseBasisOf = (typeId: string) => 'actual' | 'mrp-per-day' | undefined;

export function emptyClaimValues(kind: FeeClaimKind): ClaimFormValues {
  return {
    kind,
    appointmentId: '',
    period: { from: '', to: '' },
    workItemIds: [],
    consultationIds: [],
    feeCategoryId: '',
    basisDocument: { typeId: '', number: '', date: '', issuedBy: '' },
    expenses: [],
    justiceBody: '',
    note: '',
  };
}

export function newExpense(id: string, date: string): ExpenseFormValues {
  return {
    id,
    typeId: '',
    date,
    description: '',
    amount: '',
    days: '',
    documentNumber: '',
    documentDate: '',
  };
}

/**
 * A number field's value as a number: null when empty, NaN when it is not a number. Takes the
 * string form too, with spaces as thousands separators and a decimal comma.
 */
export function typedNumber(v: number | string): number | null {
  if (typeof v === 'number') return v;
  const text = v.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (text === '') return null;
  return /^-?\d+(\.\d*)?$/.test(text) ? Number(text) : Number.NaN;
}

/**
 * Tenge as typed → whole tiyn, rounded to the nearest: 4 850,10 ₸ × 100 is 485009.99999… in
 * binary and must still be 485 010 tiyn. NaN for a third decimal or a negative amount. The
 * tolerance (a thousandth of a tiyn) is far above the float error of any amount below ten
 * billion tenge and far below the smallest third decimal.
 */
export function tengeToTiyn(tenge: number): number {
  if (!Number.isFinite(tenge) || tenge < 0) return Number.NaN;
  const scaled = tenge * 100;
  const tiyn = Math.round(scaled);
  return Math.abs(scaled - tiyn) < 1e-3 ? tiyn : Number.NaN;
}

/**
 * Tiyn for the schema: an amount that is not whole tiyn goes as -1, which the schema refuses
 * with its own message on the field (`validation.amount`); NaN would get zod's English one.
 */
export const schemaTiyn = (typed: number | string): number => {
  const tenge = typedNumber(typed);
  const tiyn = tenge === null ? Number.NaN : tengeToTiyn(tenge);
  return Number.isNaN(tiyn) ? -1 : tiyn;
};

/** Whole tiyn → tenge for the amount field (exact to the tiyn: at most two decimals). */
export const tiynToTenge = (tiyn: number): number => Number((tiyn / 100).toFixed(2));

function expenseValues(e: ClaimExpense): ExpenseFormValues {
  return {
    id: e.id,
    typeId: e.typeId,
    date: e.date,
    description: e.description,
    amount: e.amountTiyn !== undefined ? tiynToTenge(e.amountTiyn) : '',
    days: e.days ?? '',
    documentNumber: e.document?.number ?? '',
    documentDate: e.document?.date ?? '',
  };
}

export function valuesFromClaim(c: FeeClaimFields | FeeClaim): ClaimFormValues {
  return {
    kind: c.kind,
    appointmentId: c.appointmentId,
    period: { ...c.period },
    workItemIds: [...c.workItemIds],
    consultationIds: [...c.consultationIds],
    feeCategoryId: c.feeCategoryId,
    basisDocument: { ...c.basisDocument },
    expenses: c.expenses.map(expenseValues),
    justiceBody: c.justiceBody,
    note: c.note,
  };
}

type ExpenseInput = NonNullable<FeeClaimInput['expenses']>[number];

/**
 * An expense row as the schema takes it. Only the quantity its type is paid by is kept (a row
 * switched from a ticket to per diem must not carry the ticket's amount into the stored claim);
 * with the type not known yet, whatever was typed is kept so nothing is lost.
 */
function expenseInput(e: ExpenseFormValues, basisOf: ExpenseBasisOf): ExpenseInput {
  const basis = e.typeId ? basisOf(e.typeId) : undefined;
  const out: ExpenseInput = { id: e.id, typeId: e.typeId, date: e.date };
  if (e.description) out.description = e.description;
  if (typedNumber(e.amount) !== null && basis !== 'mrp-per-day')
    out.amountTiyn = schemaTiyn(e.amount);
  const days = typedNumber(e.days);
  // A day count that is not a whole number goes as -1: the schema refuses it on the field.
  if (days !== null && basis !== 'actual') out.days = Number.isInteger(days) ? days : -1;
  if (e.documentNumber.trim() || e.documentDate)
    out.document = { number: e.documentNumber, date: e.documentDate };
  return out;
}

/**
 * The repository's input. Only the selection of the claim's own kind is sent: a draft switched
 * between kinds never keeps the other kind's ids.
 */
export function toClaimInput(v: ClaimFormValues, basisOf: ExpenseBasisOf): FeeClaimInput {
  const defence = v.kind === 'defence';
  return {
    kind: v.kind,
    period: { ...v.period },
    appointmentId: defence ? v.appointmentId : '',
    workItemIds: defence ? [...v.workItemIds] : [],
    consultationIds: defence ? [] : [...v.consultationIds],
    feeCategoryId: defence ? v.feeCategoryId : '',
    basisDocument: { ...v.basisDocument },
    expenses: v.expenses.map((e) => expenseInput(e, basisOf)),
    justiceBody: v.justiceBody,
    note: v.note,
  };
}

/**
 * The fields the live calculation and checks look at, from whatever is typed. Amounts that are
 * not whole tiyn yet count as not entered; rows without a type are left out (the form asks for
 * the type when saving, and an untyped row has nothing to price).
 */
export function liveFields(v: ClaimFormValues, basisOf: ExpenseBasisOf): FeeClaimFields {
  const input = toClaimInput(v, basisOf);
  const expenses = (input.expenses ?? [])
    .filter((e) => e.typeId)
    .map((e): ClaimExpense => {
      const out: ClaimExpense = {
        id: e.id,
        typeId: e.typeId,
        date: e.date,
        description: e.description ?? '',
      };
      if (e.amountTiyn !== undefined && Number.isSafeInteger(e.amountTiyn) && e.amountTiyn >= 0)
        out.amountTiyn = e.amountTiyn;
      if (e.days !== undefined && Number.isSafeInteger(e.days) && e.days > 0) out.days = e.days;
      if (e.document)
        out.document = { number: e.document.number ?? '', date: e.document.date ?? '' };
      return out;
    });
  return {
    kind: input.kind,
    period: { from: v.period.from, to: v.period.to },
    appointmentId: input.appointmentId ?? '',
    workItemIds: input.workItemIds ?? [],
    consultationIds: input.consultationIds ?? [],
    feeCategoryId: input.feeCategoryId ?? '',
    basisDocument: {
      typeId: v.basisDocument.typeId,
      number: v.basisDocument.number.trim(),
      date: v.basisDocument.date,
      issuedBy: v.basisDocument.issuedBy.trim(),
    },
    expenses,
    justiceBody: v.justiceBody.trim(),
    note: v.note.trim(),
  };
}

const EXPENSE_FIELDS: Record<string, string> = {
  typeId: 'typeId',
  date: 'date',
  description: 'description',
  amountTiyn: 'amount',
  days: 'days',
};

/**
 * The form field that shows a zod issue at `path`. Expenses map to their row's fields (the
 * document's number and date are flat there); anything the form has no field for is shown on
 * the closest field that has one, so no error is ever lost off screen.
 */
export function claimFieldOf(path: readonly PropertyKey[]): string {
  const [head, a, b, c] = path.map(String);
  switch (head) {
    case 'period':
      return a === 'from' || a === 'to' ? `period.${a}` : 'period.to';
    case 'basisDocument':
      return ['typeId', 'number', 'date', 'issuedBy'].includes(a ?? '')
        ? `basisDocument.${a}`
        : 'basisDocument.typeId';
    case 'expenses': {
      if (a === undefined || !/^\d+$/.test(a)) return 'expenses';
      if (b === 'document')
        return `expenses.${a}.${c === 'date' ? 'documentDate' : 'documentNumber'}`;
      return `expenses.${a}.${EXPENSE_FIELDS[b ?? ''] ?? 'typeId'}`;
    }
    case 'kind':
    case 'appointmentId':
    case 'workItemIds':
    case 'consultationIds':
    case 'feeCategoryId':
    case 'justiceBody':
    case 'note':
      return head;
    default:
      return 'note';
  }
}

/** Field → the first issue's message key (`validation.*`), for the form to translate. */
export function claimIssueFields(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) out[claimFieldOf(issue.path)] ??= issue.message;
  return out;
}
