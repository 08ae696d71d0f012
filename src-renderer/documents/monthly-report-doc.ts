/**
 * The advocate's monthly report on SGLA (Rules cl. 33) on paper: the figures of
 * `monthlyReport` (src-shared/domain/reports) in three sections — consultations, defence and
 * representation, payment — for the advocate to check against the registers and retype into
 * Е-Заң көмегі, which forms the official report. The official form was not seen, so the page
 * says it is our draft. Under the figures, the audit log's head ties the printout to the
 * registers it was counted from: a register changed afterwards no longer gives that hash.
 *
 * Category, issue area, ground and stage names are the packs' (`ReportLabels`); rows follow the
 * packs' order, and an id a pack no longer has is printed as it is, never dropped.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { caseKinds } from '../../src-shared/contracts/entities/appointment';
import type {
  CountRow,
  DefenceFigures,
  MonthlyReport,
} from '../../src-shared/domain/reports/monthly-report';
import { settlementKeys } from '../../src-shared/domain/reports/report-inputs';
import { formatTenge } from '../../src-shared/i18n/money';
import type { Localized } from '../../src-shared/rules/pack-schema';
import { gridLayout, HEADER_FILL, longestWord, MUTED, signatureLine } from './doc-parts';
import { formatDay } from './duty-texts';
import type { SheetLocale } from './explanation-texts';
import { PDF_FONT } from './pdf-fonts';
import {
  head,
  HEADER_FONT,
  inLabelOrder,
  keepTogether,
  labelOf,
  localDateTime,
  reportFooter,
  type ReportLabels,
} from './report-doc-parts';
import type { DefenceColumn } from './monthly-report-texts';
import { reportTexts, type ReportTexts } from './report-texts';

export interface MonthlyReportDocInput {
  report: MonthlyReport;
  advocate: { fullName: string; licenceNumber: string; collegium: string; office: string };
  labels: ReportLabels;
  /** cl. 33: `WorkingCalendar.reportDeadline(month)`. */
  due: string;
  /** The audit log on this device: its length, its last entry's time and hash. */
  audit: { entries: number; lastAt: string; headHash: string } | null;
  printedAt: string;
}

const SIDE = 48;
export function monthlyReportDoc(
  input: MonthlyReportDocInput,
  locale: SheetLocale,
): TDocumentDefinitions {
  const t = reportTexts[locale];
  const m = t.monthly;
  const [year = 0, month = 0] = input.report.month.split('-').map(Number);
  const period = t.monthYear(month, year);
  return {
    pageSize: 'A4',
    pageMargins: [SIDE, 36, SIDE, 46],
    info: { title: `${m.title} · ${period}`, author: input.advocate.fullName, creator: 'Qorgau' },
    defaultStyle: { font: PDF_FONT, fontSize: 9, lineHeight: 1.1 },
    styles: {
      muted: { fontSize: 8.5, color: MUTED },
      section: { fontSize: 11, bold: true, margin: [0, 10, 0, 3] },
      caption: { fontSize: 9, bold: true, margin: [0, 6, 0, 2] },
    },
    content: [
      { text: t.formDraft, style: 'muted', italics: true, alignment: 'right' },
      { text: m.title, fontSize: 13, bold: true, alignment: 'center', margin: [30, 6, 30, 0] },
      { text: period, fontSize: 12, bold: true, alignment: 'center', margin: [0, 2, 0, 8] },
      advocateBlock(input, t),
      { text: m.due(formatDay(input.due, locale)), bold: true, margin: [0, 6, 0, 0] },
      ...consultationSection(input, t, locale),
      ...defenceSection(input, t, locale),
      ...paymentSection(input, t, locale),
      closing(input, t, locale),
    ] satisfies Content[],
    footer: reportFooter(`Qorgau · ${input.advocate.fullName} · ${period}`, t.page, SIDE),
  };
}

function advocateBlock(input: MonthlyReportDocInput, t: ReportTexts): Content {
  const a = input.advocate;
  const row = (label: string, value: string, bold = false): TableCell[] => [
    { text: label, color: MUTED },
    { text: value, bold },
  ];
  return {
    layout: 'noBorders',
    table: {
      widths: [100, '*'],
      body: [
        row(t.advocate, a.fullName, true),
        row(t.licence, a.licenceNumber),
        row(t.collegium, a.collegium),
        row(t.office, a.office),
      ],
    },
  };
}

/** Counts by pack id with the pack's names: [name, count]. */
function countTable(
  title: string,
  column: string,
  rows: CountRow[],
  labels: Record<string, Localized>,
  noneLabel: string,
  t: ReportTexts,
  locale: SheetLocale,
): Content[] {
  const body: TableCell[][] = inLabelOrder(rows, labels).map((r) => [
    { text: r.id === null ? noneLabel : labelOf(labels, r.id, locale, t) },
    { text: String(r.count), alignment: 'right' },
  ]);
  const empty: TableCell[] = [
    { text: t.monthly.noRecords, colSpan: 2, alignment: 'center', color: MUTED },
    {},
  ];
  return [
    { text: title, style: 'caption' },
    {
      layout: gridLayout(4),
      table: {
        headerRows: 1,
        widths: ['*', 60],
        body: [[head(column), head(t.count)], ...(body.length > 0 ? body : [empty])],
      },
    },
  ];
}

function consultationSection(
  input: MonthlyReportDocInput,
  t: ReportTexts,
  locale: SheetLocale,
): Content[] {
  const m = t.monthly;
  const c = input.report.consultations;
  const g = c.given;
  const place = settlementKeys.map((k): TableCell[] => [
    { text: t.settlement[k] },
    { text: String(g.bySettlement[k].count), alignment: 'right' },
    { text: t.duration(g.bySettlement[k].minutes), alignment: 'right' },
  ]);
  return [
    keepTogether(m.consultations, [
      { label: m.rows.applied, value: String(c.applied), bold: true },
      { label: m.rows.given, value: String(c.byStatus.given), sub: true },
      { label: m.rows.deferred, value: String(c.byStatus.deferred), sub: true },
      { label: m.rows.refused, value: String(c.byStatus.refused), sub: true },
      { label: m.rows.withdrawn, value: String(c.byStatus.withdrawn), sub: true },
      { label: m.rows.persons, value: String(g.persons) },
      { label: m.rows.form, value: m.formValue(g.byForm.oral, g.byForm.written) },
      { label: m.rows.atPersonLocation, value: String(g.atPersonLocation) },
      { label: m.rows.consultationTime, value: t.duration(g.minutes), bold: true },
    ]),
    ...countTable(
      m.byCategory,
      m.category,
      g.byCategory,
      input.labels.categories,
      m.noCategory,
      t,
      locale,
    ),
    ...countTable(
      m.byIssueArea,
      m.issueArea,
      g.byIssueArea,
      input.labels.issueAreas,
      '—',
      t,
      locale,
    ),
    { text: m.bySettlement, style: 'caption' },
    {
      layout: gridLayout(4),
      table: {
        headerRows: 1,
        widths: ['*', 60, 90],
        body: [
          [head(m.place), head(t.count), head(m.time)],
          ...place,
          [
            { text: t.total, bold: true },
            { text: String(g.count), alignment: 'right', bold: true },
            { text: t.duration(g.minutes), alignment: 'right', bold: true },
          ],
        ],
      },
    },
  ];
}

const DEFENCE_COLUMNS: DefenceColumn[] = [
  'received',
  'accepted',
  'completed',
  'inProgress',
  'work',
];

/**
 * The defence figures by case kind, by stage and by settlement in one table: each group under
 * its own heading row, one header and one totals row that every group adds up to.
 */
function defenceTable(
  groups: { title: string; rows: { label: string; f: DefenceFigures }[] }[],
  total: DefenceFigures,
  t: ReportTexts,
): Content {
  const values = (f: DefenceFigures) =>
    [f.received, f.accepted, f.completed, f.inProgressAtEnd]
      .map(String)
      .concat(t.duration(f.workMinutes));
  const cells = (f: DefenceFigures, more: Partial<TableCell> = {}): TableCell[] =>
    values(f).map((text) => ({ text, alignment: 'right', ...more }) as TableCell);
  const span = DEFENCE_COLUMNS.length + 1;
  // Each figure column as narrow as its header's longest word and its widest figure allow
  // (the totals are the widest), so the names of stages and case kinds keep the room.
  const widths = DEFENCE_COLUMNS.map(
    (k, i) =>
      Math.max(
        longestWord([t.monthly.defenceColumns[k]], HEADER_FONT * 1.07),
        longestWord([values(total)[i]!], 9 * 1.07),
        40,
      ) + 2,
  );
  return {
    layout: gridLayout(3),
    margin: [0, 6, 0, 0],
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: ['*', ...widths],
      body: [
        [head(''), ...DEFENCE_COLUMNS.map((k) => head(t.monthly.defenceColumns[k]))],
        ...groups.flatMap((g) => [
          [
            { text: g.title, bold: true, colSpan: span, fillColor: GROUP_FILL },
            ...Array.from({ length: span - 1 }, (): TableCell => ({})),
          ],
          ...g.rows.map((r) => [{ text: r.label }, ...cells(r.f)]),
        ]),
        [
          { text: t.total, bold: true, fillColor: HEADER_FILL },
          ...cells(total, { bold: true, fillColor: HEADER_FILL }),
        ],
      ],
    },
  };
}

/** Group headings inside a table: lighter than the header, still visible on a photocopy. */
const GROUP_FILL = '#f6f6f6';

function defenceSection(
  input: MonthlyReportDocInput,
  t: ReportTexts,
  locale: SheetLocale,
): Content[] {
  const m = t.monthly;
  const d = input.report.defence;
  const total: DefenceFigures = {
    received: d.received,
    accepted: d.accepted,
    completed: d.completed,
    inProgressAtEnd: d.inProgressAtEnd,
    workMinutes: d.work.minutes,
  };
  const grounds = inLabelOrder(d.declinedByGround, input.labels.declineGrounds).map((r) => ({
    label: r.id === null ? '—' : labelOf(input.labels.declineGrounds, r.id, locale, t),
    value: String(r.count),
    sub: true,
  }));
  return [
    keepTogether(m.defence, [
      { label: m.rows.received, value: String(d.received), bold: true },
      { label: m.rows.bySource, value: m.sourceValue(d.bySource.ezk, d.bySource.paper), sub: true },
      { label: m.rows.accepted, value: String(d.accepted) },
      { label: m.rows.declined, value: String(d.declined) },
      ...grounds,
      { label: m.rows.completed, value: String(d.completed) },
      { label: m.rows.inProgress, value: String(d.inProgressAtEnd) },
      { label: m.rows.notices, value: String(d.noticesIssued) },
      {
        label: m.rows.workTime,
        value: m.workValue(t.duration(d.work.minutes), d.work.items, d.work.appointments),
        bold: true,
      },
      { label: m.rows.night, value: t.duration(d.work.nightMinutes), sub: true },
      { label: m.rows.nonWorkingDays, value: t.duration(d.work.nonWorkingDayMinutes), sub: true },
    ]),
    defenceTable(
      [
        {
          title: m.byCaseKind,
          rows: caseKinds.map((k) => ({ label: t.caseKinds[k], f: d.byCaseKind[k] })),
        },
        {
          title: m.byStage,
          rows: inLabelOrder(d.byStage, input.labels.stages).map((s) => ({
            label: labelOf(input.labels.stages, s.id, locale, t),
            f: s,
          })),
        },
        {
          title: m.bySettlement,
          rows: settlementKeys.map((k) => ({ label: t.settlement[k], f: d.bySettlement[k] })),
        },
      ],
      total,
      t,
    ),
  ];
}

function paymentSection(
  input: MonthlyReportDocInput,
  t: ReportTexts,
  locale: SheetLocale,
): Content[] {
  const m = t.monthly;
  const p = input.report.payment;
  const money = (tiyn: number) => formatTenge(tiyn, locale);
  return [
    keepTogether(m.payment, [
      { label: m.rows.submitted, value: m.claims(p.submitted.count, money(p.submitted.tiyn)) },
      { label: m.rows.paid, value: money(p.paid.tiyn) },
      {
        label: m.rows.outstanding,
        value: m.claims(p.outstanding.count, money(p.outstanding.tiyn)),
      },
    ]),
  ];
}

/** The audit head, the date, and the advocate's signature: kept together on one page. */
function closing(input: MonthlyReportDocInput, t: ReportTexts, locale: SheetLocale): Content {
  const a = input.audit;
  return {
    unbreakable: true,
    margin: [0, 10, 0, 0],
    stack: [
      {
        text: a
          ? t.monthly.audit(a.entries, localDateTime(a.lastAt, locale), a.headHash)
          : t.monthly.noAudit,
        style: 'muted',
      },
      {
        columnGap: 30,
        margin: [0, 10, 0, 0],
        columns: [
          {
            width: '*',
            style: 'muted',
            text: `${t.printedOn}: ${formatDay(input.printedAt, locale)}`,
            margin: [0, 24, 0, 0],
          },
          {
            width: 220,
            stack: [
              {
                text: [
                  { text: `${t.advocate}: `, color: MUTED },
                  { text: input.advocate.fullName, bold: true },
                ],
              },
              ...signatureLine(220, t.signature, 20),
            ],
          },
        ],
      },
    ],
  };
}
