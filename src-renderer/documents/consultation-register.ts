/**
 * The consultation register for one month (MoJ order 1463; Rules cl. 31–32): the advocate's
 * own legal record, printed for the collegium and the justice body. Full IINs (it is the
 * record, not a hand-out), every entry in register-number order, and a certification block
 * tying the printout to the device's tamper-evident audit log. The columns are the pack's,
 * so the official form can replace our best estimate without a code change.
 */
import type { TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ConsultationEntry } from '../../src-shared/contracts/entities/consultation';
import type {
  ConsultationRegisterPack,
  RegisterColumnKey,
} from '../../src-shared/rules/pack-schema';
import type { SheetLocale } from './explanation-texts';
import {
  formatDateTime,
  formatDocumentRef,
  registerTexts,
  type RegisterTexts,
} from './register-texts';
import {
  latestVersions,
  registerSheetDoc,
  type RegisterHeading,
  type RegisterSheetOptions,
} from './register-sheet';

export interface RegisterPrintInput extends RegisterHeading {
  /** The month's entries (latest versions), any order. */
  entries: ConsultationEntry[];
  /** Columns to print, in order. */
  pack: ConsultationRegisterPack;
  issueAreaLabel: (areaId: string) => { kk: string; ru: string };
  categoryLabel: (categoryId: string | null) => { kk: string; ru: string } | null;
}

/** Fourteen columns on the landscape sheet. */
const SHEET: RegisterSheetOptions<RegisterColumnKey> = {
  tableFont: 8,
  headerFont: 7.5,
  /** Never split: numbers and dates are misread, names too. Other columns are hyphenated. */
  firm: ['number', 'appliedAt', 'iin', 'applicant', 'advocate'],
  maxNeed: 120,
  maxHeaderNeed: 50,
};

export function consultationRegisterDoc(
  input: RegisterPrintInput,
  locale: SheetLocale,
): TDocumentDefinitions {
  const t = registerTexts[locale];
  const entries = latestVersions(input.entries).sort((a, b) => a.number - b.number);
  return registerSheetDoc({
    input,
    t,
    locale,
    numbers: entries.map((e) => e.number),
    texts: entries.map((e) => input.pack.columns.map((c) => cellText(c.key, e, input, t, locale))),
    cell,
    options: SHEET,
  });
}

/** What a cell says, as plain text: printed, and measured for the column widths. */
function cellText(
  key: RegisterColumnKey,
  e: ConsultationEntry,
  input: RegisterPrintInput,
  t: RegisterTexts,
  locale: SheetLocale,
): string {
  switch (key) {
    case 'number':
      return String(e.number);
    case 'appliedAt':
      return formatDateTime(e.appliedAt, locale);
    case 'applicant':
      // With a representative, the person helped comes first and the one who came after.
      return e.representedPerson
        ? `${e.representedPerson.fullName}\n(${t.representative}: ${e.applicant.fullName})`
        : e.applicant.fullName;
    case 'iin':
      return e.representedPerson
        ? `${e.representedPerson.iin}\n(${e.applicant.iin})`
        : e.applicant.iin;
    case 'identityDocument':
      return formatDocumentRef(e.applicant.identityDocument, locale);
    case 'category': {
      const label = input.categoryLabel(e.categoryId)?.[locale] ?? '—';
      return e.evidence ? `${label}\n${formatDocumentRef(e.evidence, locale)}` : label;
    }
    case 'subject':
      return `${input.issueAreaLabel(e.issue.areaId)[locale]}:\n${e.issue.subject}`;
    case 'formAndContent':
      return e.content ? `${t.form[e.form]}\n${e.content}` : t.form[e.form];
    case 'time':
      return time(e, t);
    case 'place':
      // The office itself is named in the heading; its name on every row would crowd it.
      return e.place.kind === 'office'
        ? t.atOffice
        : t.personLocation(e.place.address, e.place.reason);
    case 'status':
      return status(e, t, locale);
    case 'personSignature':
      return '';
    case 'advocate':
      return input.advocate.fullName;
    case 'note': {
      const reason =
        e.version > 1 && e.correctionReason ? `${t.correctionReason}: ${e.correctionReason}` : '';
      return [e.note, reason].filter(Boolean).join('\n');
    }
  }
}

/** How a cell is set: `text` is already hyphenated to the column, unless the column is firm. */
function cell(key: RegisterColumnKey, text: string, width: number): TableCell {
  switch (key) {
    case 'number':
      return { text, alignment: 'center' };
    case 'formAndContent': {
      // The form (first line of cellText) in italics, the content as written.
      const [form = '', ...content] = text.split('\n');
      return { text: [{ text: form, italics: true }, ...content.map((line) => `\n${line}`)] };
    }
    case 'advocate':
      // The name, then a line long enough to sign on inside the cell.
      return {
        stack: [
          text,
          {
            margin: [0, 14, 0, 0],
            canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.4 }],
          },
        ],
      };
    default:
      return text;
  }
}

function time(e: ConsultationEntry, t: RegisterTexts): string {
  const span = e.startedAt && e.endedAt ? `${e.startedAt}–${e.endedAt}` : '';
  const length = e.durationMinutes > 0 ? t.minutes(e.durationMinutes) : '';
  return [span, length].filter(Boolean).join(', ') || '—';
}

function status(e: ConsultationEntry, t: RegisterTexts, locale: SheetLocale): string {
  const word =
    e.status === 'deferred'
      ? t.status.deferred(formatDateTime(e.appointmentAt, locale))
      : t.status[e.status];
  return e.version > 1 ? word + t.corrected(e.version) : word;
}
