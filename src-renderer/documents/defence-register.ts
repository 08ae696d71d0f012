/**
 * The defence register for one month (MoJ order 1465; Rules cl. 3.3, 4.3, 27, 36): every
 * appointment to defend or represent, in register-number order, with the work done (the basis
 * of fee claims) and how the participation ended. The advocate's own legal record, printed for
 * the collegium and the justice body: full IINs, and the same certification block as the
 * consultation register, tying the printout to the device's tamper-evident audit log. The
 * columns are the pack's, so the official form can replace our best estimate without a code
 * change.
 */
import type { TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Appointment, WorkItem } from '../../src-shared/contracts/entities/appointment';
import { formatDate } from '../../src-shared/i18n/format';
import type { DefenceColumnKey, DefenceRegisterPack } from '../../src-shared/rules/pack-schema';
import { defenceRegisterTexts, type DefenceRegisterTexts } from './defence-texts';
import { hyphenate } from './doc-parts';
import type { SheetLocale } from './explanation-texts';
import { formatDateTime } from './register-texts';
import {
  latestVersions,
  registerSheetDoc,
  type RegisterHeading,
  type RegisterSheetOptions,
} from './register-sheet';

export interface DefenceRegisterInput extends RegisterHeading {
  /** The month's appointments (latest versions), any order. */
  appointments: Appointment[];
  /** Columns and labels (statuses, stages, actions, decline and replacement reasons). */
  pack: DefenceRegisterPack;
}

const TABLE_FONT = 7.5;

/** Eleven columns, the work log the widest: smaller type than the consultation register. */
const SHEET: RegisterSheetOptions<DefenceColumnKey> = {
  tableFont: TABLE_FONT,
  headerFont: 6.8,
  /** Never split: numbers, dates and names are misread. Other columns are hyphenated. */
  firm: ['number', 'receivedAt', 'caseNumber', 'client'],
  // A case number ("№ 7599-26-00-2/1234") is measured whole: split at its dashes or slash
  // it would be misread.
  firmWordsWhole: true,
  maxNeed: 110,
  maxHeaderNeed: 48,
  // A work log can run long: rows stay whole only while none comes near a page.
  maxKeptRow: 300,
};

export function defenceRegisterDoc(
  input: DefenceRegisterInput,
  locale: SheetLocale,
): TDocumentDefinitions {
  const t = defenceRegisterTexts[locale];
  const rows = latestVersions(input.appointments).sort(
    (a, b) => a.year - b.year || a.number - b.number,
  );
  return registerSheetDoc({
    input,
    t,
    locale,
    numbers: rows.map((a) => a.number),
    texts: rows.map((a) => input.pack.columns.map((c) => cellText(c.key, a, input, t, locale))),
    cell,
    options: SHEET,
  });
}

type Labelled = { id: string; label: { kk: string; ru: string } };
const labelOf = (list: Labelled[], id: string, locale: SheetLocale) =>
  list.find((x) => x.id === id)?.label[locale] ?? id;

/** What a cell says, as plain text: printed, and measured for the column widths. */
function cellText(
  key: DefenceColumnKey,
  a: Appointment,
  input: DefenceRegisterInput,
  t: DefenceRegisterTexts,
  locale: SheetLocale,
): string {
  const { pack } = input;
  switch (key) {
    case 'number':
      return String(a.number);
    case 'receivedAt':
      return formatDateTime(a.receivedAt, locale);
    case 'decree': {
      const source =
        a.source === 'ezk'
          ? a.ezkNumber
            ? t.ezk(a.ezkNumber)
            : ''
          : [
              t.paper,
              a.paperAssignment &&
                t.assignment(
                  a.paperAssignment.assignedBy,
                  formatDateTime(a.paperAssignment.assignedAt, locale),
                ),
            ]
              .filter(Boolean)
              .join(', ');
      return [
        a.decree.body,
        a.decree.official,
        t.decreeValue(a.decree.number, formatDate(a.decree.date, locale)),
        source,
      ]
        .filter(Boolean)
        .join('\n');
    }
    case 'caseNumber':
      return t.caseValue(a.caseKind, a.caseNumber);
    case 'client':
      return `${a.client.fullName}\n${a.client.iin ? `${t.iin} ${a.client.iin}` : t.noIin}`;
    case 'status':
      return labelOf(pack.statuses, a.statusId, locale);
    case 'qualification':
      return a.qualification || '—';
    case 'stage':
      return labelOf(pack.stages, a.stageId, locale);
    case 'work':
      return work(a.work, pack, t, locale);
    case 'completion':
      return completion(a, pack, t, locale);
    case 'note': {
      const previous = a.previousAdvocate
        ? t.previousAdvocate(
            a.previousAdvocate,
            labelOf(pack.replacementReasons, a.replacementReasonId, locale),
          )
        : '';
      const paid = a.paidAdvocate ? t.paidAdvocate(a.paidAdvocate.fullName) : '';
      return [a.note, previous, paid].filter(Boolean).join('\n');
    }
  }
}

/**
 * The work log: one line per action that was not withdrawn, in date and time order, with its
 * night time and a non-working-day mark; then the total. Withdrawn items stay in the app's
 * history but are not claimed, so the register does not print them.
 */
function work(
  items: WorkItem[],
  pack: DefenceRegisterPack,
  t: DefenceRegisterTexts,
  locale: SheetLocale,
): string {
  const done = items
    .filter((w) => !w.withdrawn)
    .sort((a, b) => a.date.localeCompare(b.date) || a.startedAt.localeCompare(b.startedAt));
  if (done.length === 0) return '—';
  const lines = done.map((w) => {
    const marks = [
      w.nightMinutes > 0 && t.night(w.nightMinutes),
      w.nonWorkingDay && t.nonWorkingDay,
    ]
      .filter(Boolean)
      .join(', ');
    const action = labelOf(pack.actions, w.actionId, locale);
    const time = `${w.startedAt}–${w.endedAt}, ${t.duration(w.minutes)}`;
    return `${formatDate(w.date, locale)} ${action}; ${time}${marks ? ` (${marks})` : ''}`;
  });
  const minutes = done.reduce((sum, w) => sum + w.minutes, 0);
  const night = done.reduce((sum, w) => sum + w.nightMinutes, 0);
  const total = [t.total(minutes, done.length), night > 0 ? t.totalNight(night) : '']
    .filter(Boolean)
    .join('; ');
  return [...lines, total].join('\n');
}

/** How the participation ended, or where it stands. */
function completion(
  a: Appointment,
  pack: DefenceRegisterPack,
  t: DefenceRegisterTexts,
  locale: SheetLocale,
): string {
  const c = t.completion;
  const day = (local: string) => formatDate(local.slice(0, 10), locale);
  switch (a.state) {
    case 'completed':
      return a.completion ? c.completed(day(a.completion.date), a.completion.finalDocument) : '';
    case 'declined': {
      const ground = a.decision?.groundId
        ? labelOf(pack.declineGrounds, a.decision.groundId, locale)
        : '';
      return c.declined(a.decision ? day(a.decision.at) : '', ground);
    }
    case 'transferred':
      return a.transfer
        ? c.transferred(a.transfer.toAdvocate, a.transfer.permittedBy, day(a.transfer.permittedAt))
        : '';
    case 'refused':
      return c.refused(a.clientRefusal ? day(a.clientRefusal.at) : '');
    case 'accepted':
      return c.accepted;
    case 'received':
      return c.received;
  }
}

/** The last line of the work log (the total) is bold; the rest as written. */
function cell(key: DefenceColumnKey, text: string, width: number, plain: string): TableCell {
  switch (key) {
    case 'number':
      return { text, alignment: 'center' };
    case 'client': {
      const [name = '', ...rest] = text.split('\n');
      return { text: [{ text: name, bold: true }, ...rest.map((line) => `\n${line}`)] };
    }
    case 'work': {
      if (plain === '—') return { text, alignment: 'center' };
      // The total is the last line of the plain text; hyphenation may have split it, so it is
      // hyphenated on its own and set in bold.
      const lines = plain.split('\n');
      const total = lines.pop() ?? '';
      return {
        stack: [
          ...lines.map((line) => ({ text: hyphenate(line, width, TABLE_FONT) })),
          { text: hyphenate(total, width, TABLE_FONT), bold: true, margin: [0, 1, 0, 0] },
        ],
      };
    }
    default:
      return text;
  }
}
