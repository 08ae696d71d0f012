/**
 * The month's duty schedules as printed for the office wall and the advocates (Rules cl. 20–22):
 * one section per schedule of cl. 20, each with what cl. 21 requires — the day, month and year
 * of duty, the duty advocates' full names and phones, the responsible person's phone — and the
 * edition it is (a changed schedule must be told apart from the one first published, cl. 24).
 * The last page is the acquaintance sheet of cl. 22: an office without internet collects the
 * advocates' signatures on paper instead of «Қабылданды» in the app.
 *
 * Rest days come from the calendar pack through the caller (`calendar`), never from weekday
 * arithmetic here: a transferred holiday or a decreed working Saturday is the pack's to say.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  dutyKinds,
  type DutyKind,
  type RosterMember,
} from '../../src-shared/contracts/entities/duty-roster';
import type { DutySchedule } from '../../src-shared/contracts/entities/duty-schedule';
import type { DayInfo } from '../../src-shared/domain/calendar/working-days';
import { formatPhone } from '../../src-shared/domain/phone/phone';
import { gridLayout, HEADER_FILL, MUTED } from './doc-parts';
import {
  compareNames,
  dayOfMonth,
  dutyTexts,
  formatDay,
  weekdayName,
  type DutyTexts,
} from './duty-texts';
import type { SheetLocale } from './explanation-texts';
import { PDF_FONT } from './pdf-fonts';

export interface DutyScheduleDocInput {
  schedule: DutySchedule;
  /** The roster, including members who have left since: the schedule may still name them. */
  members: RosterMember[];
  collegiumName?: string;
  /**
   * The month's days as the schedule's calendar pack sees them (WorkingCalendar.dayInfo).
   * Rows of days that are not working days are shaded and named (holiday); without it no row is.
   */
  calendar?: readonly Pick<DayInfo, 'date' | 'working' | 'label'>[];
}

const SIDE = 40;
const CONTENT_WIDTH = 595.28 - 2 * SIDE;
const CHROME = 2 * 4 + 0.5;
/** Date with weekday on one line ("29.12.2026, воскресенье"), a phone on one line. */
const DATE_WIDTH = 140;
const PHONE_WIDTH = 100;
/** A month of single duties fits one page with the heading (31 rows). */
const TABLE_FONT = 9.5;
/** Rest-day rows: a tint that still shows on a photocopy, text stays black. */
const REST_FILL = '#dddddd';
const NB = '\u00a0';

export function dutyScheduleDoc(
  input: DutyScheduleDocInput,
  locale: SheetLocale,
): TDocumentDefinitions {
  const t = dutyTexts[locale];
  const { schedule } = input;
  const [year = 0, month = 0] = schedule.month.split('-').map(Number);
  const draft = schedule.status === 'draft';
  const sections = dutyKinds.map((kind, i) => section(input, kind, t, locale, i > 0));
  return {
    pageSize: 'A4',
    pageMargins: [SIDE, 36, SIDE, 48],
    info: {
      title: `${t.schedule.title(month, year)} · ${schedule.officeName}`,
      author: schedule.responsibleName,
      creator: 'Qorgau',
    },
    ...(draft
      ? { watermark: { text: t.schedule.watermark, color: '#888888', opacity: 0.12, bold: true } }
      : {}),
    defaultStyle: { font: PDF_FONT, fontSize: 10, lineHeight: 1.1 },
    styles: { muted: { fontSize: 9, color: MUTED } },
    content: [...sections.flat(), ...acquaintanceSheet(input, t, locale)] satisfies Content[],
    // The responsible person's phone on every page (cl. 21): a continuation page of a long
    // schedule, pinned up alone, still says whom to call.
    footer: (page, pages) => ({
      margin: [SIDE, 16, SIDE, 0],
      fontSize: 9,
      color: MUTED,
      columns: [
        {
          width: '*',
          text: [
            'Qorgau',
            schedule.officeName,
            t.schedule.editionName(schedule.edition),
            `${t.responsible}: ${formatPhone(schedule.responsiblePhone).replace(/ /g, NB)}`,
          ].join(' · '),
        },
        { width: 'auto', text: t.page(page, pages), alignment: 'right' },
      ],
    }),
  };
}

/**
 * Top of every section: the office on the left, the edition on the right (so a page taken
 * off the wall still says which edition it is), and the draft warning.
 */
function heading(
  input: DutyScheduleDocInput,
  t: DutyTexts,
  locale: SheetLocale,
  breakBefore: boolean,
): Content[] {
  const { schedule } = input;
  const office = [input.collegiumName, schedule.officeName].filter(Boolean).join('\n');
  return [
    {
      ...(breakBefore ? { pageBreak: 'before' as const } : {}),
      style: 'muted',
      columns: [
        { width: '*', text: office },
        { width: 'auto', text: editionLine(schedule, t, locale), alignment: 'right' },
      ],
    },
    ...(schedule.status === 'draft'
      ? [{ text: t.schedule.draft, bold: true, alignment: 'center' as const, margin: [0, 4, 0, 0] }]
      : []),
  ] as Content[];
}

function section(
  input: DutyScheduleDocInput,
  kind: DutyKind,
  t: DutyTexts,
  locale: SheetLocale,
  breakBefore: boolean,
): Content[] {
  const { schedule } = input;
  const [year = 0, month = 0] = schedule.month.split('-').map(Number);
  const days = schedule.days
    .filter((d) => d.kind === kind)
    .sort((a, b) => a.date.localeCompare(b.date));
  const rest = new Map((input.calendar ?? []).map((d) => [d.date, d]));
  const shaded = days.some((d) => rest.get(d.date)?.working === false);
  const head = { bold: true, fontSize: 9, fillColor: HEADER_FILL, alignment: 'center' as const };
  // The first header row repeats the schedule and month on every page of a long schedule.
  const header: TableCell[][] = [
    [{ ...head, text: `${t.kindNames[kind]} · ${t.monthYear(month, year)}`, colSpan: 3 }, {}, {}],
    [t.schedule.columns.date, t.schedule.columns.advocate, t.schedule.columns.phone].map(
      (text): TableCell => ({ ...head, text }),
    ),
  ];
  const changed = changedDays(schedule);
  const rows = days.map((d) => {
    const info = rest.get(d.date);
    const fill = info?.working === false ? { fillColor: REST_FILL } : {};
    const people = d.memberIds.map((id) => person(input.members, id, t));
    const dateCell: TableCell = {
      ...fill,
      stack: [
        { text: `${formatDay(d.date, locale)}, ${weekdayName(d.date, locale)}`, noWrap: true },
        ...(info?.label ? [{ text: info.label[locale], fontSize: 8, color: MUTED }] : []),
      ],
    };
    if (people.length === 0)
      return [
        dateCell,
        { ...fill, text: t.schedule.nobody, italics: true, color: MUTED },
        { ...fill, text: '' },
      ] satisfies TableCell[];
    const edition = changed.get(`${d.date}|${kind}`);
    const mark = edition
      ? [{ text: t.schedule.changedIn(edition), fontSize: 8, color: MUTED }]
      : [];
    return [
      dateCell,
      { ...fill, stack: [...people.map((p) => ({ text: p.name, bold: true })), ...mark] },
      { ...fill, stack: people.map((p) => ({ text: p.phone, noWrap: true })) },
    ] satisfies TableCell[];
  });
  return [
    ...heading(input, t, locale, breakBefore),
    {
      text: t.schedule.title(month, year),
      fontSize: 13,
      bold: true,
      alignment: 'center',
      margin: [0, 6, 0, 0],
    },
    { text: t.kinds[kind], fontSize: 11, bold: true, alignment: 'center', margin: [20, 0, 20, 4] },
    {
      margin: [0, 0, 0, 6],
      alignment: 'center',
      text: [
        { text: `${t.responsible}: `, color: MUTED },
        { text: schedule.responsibleName, bold: true },
        `, ${t.phoneAbbr}${NB}${formatPhone(schedule.responsiblePhone).replace(/ /g, NB)}`,
      ],
    },
    {
      layout: gridLayout(4),
      fontSize: TABLE_FONT,
      table: {
        headerRows: 2,
        dontBreakRows: true,
        widths: [DATE_WIDTH, CONTENT_WIDTH - DATE_WIDTH - PHONE_WIDTH - 3 * CHROME, PHONE_WIDTH],
        body: [
          ...header,
          ...(rows.length > 0
            ? rows
            : [
                [
                  { text: t.schedule.nobody, colSpan: 3, alignment: 'center' },
                  {},
                  {},
                ] as TableCell[],
              ]),
        ],
      },
    },
    ...(shaded ? [{ text: t.schedule.restDays, style: 'muted', margin: [0, 3, 0, 0] }] : []),
  ] as Content[];
}

function person(members: RosterMember[], id: string, t: DutyTexts) {
  const m = members.find((x) => x.id === id);
  return m
    ? { name: m.fullName, phone: formatPhone(m.phone).replace(/ /g, NB) }
    : { name: t.schedule.unknownMember(id), phone: '' };
}

function nameOf(members: RosterMember[], id: string | undefined, t: DutyTexts): string {
  return id ? person(members, id, t).name : '—';
}

/** "Published: 24.11.2026" or "Edition 2 of 03.12.2026 (first published 24.11.2026)". */
function editionLine(schedule: DutySchedule, t: DutyTexts, locale: SheetLocale): string {
  if (schedule.status === 'draft' || schedule.edition === 0) return t.schedule.editionName(0);
  const ofEdition = schedule.log.filter((c) => c.edition === schedule.edition).map((c) => c.at);
  const latest = ofEdition.sort().at(-1) ?? schedule.publishedAt ?? schedule.updatedAt;
  const first = schedule.publishedAt ?? latest;
  return t.schedule.edition(schedule.edition, formatDay(latest, locale), formatDay(first, locale));
}

/** The changes made after publication (cl. 24): edits and substitutions of later editions. */
const laterChanges = (schedule: DutySchedule) =>
  schedule.log
    .filter((c) => c.edition > 1 && (c.type === 'substitution' || c.type === 'edit'))
    .sort((a, b) => a.at.localeCompare(b.at));

/** "date|kind" → the latest edition that changed that day of that schedule. */
function changedDays(schedule: DutySchedule): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of laterChanges(schedule))
    if (c.date && c.kind) out.set(`${c.date}|${c.kind}`, c.edition);
  return out;
}

/** Each change in words, oldest first: when, which schedule, who for whom, why. */
function changesOf(
  schedule: DutySchedule,
  members: RosterMember[],
  t: DutyTexts,
  locale: SheetLocale,
) {
  return laterChanges(schedule).map((c) => {
    const where = [c.date ? formatDay(c.date, locale) : '', c.kind ? t.kindNames[c.kind] : '']
      .filter(Boolean)
      .join(', ');
    const request = c.requestDate ? formatDay(c.requestDate, locale) : '';
    const what =
      c.fromMemberId || c.toMemberId
        ? t.schedule.change(
            nameOf(members, c.fromMemberId, t),
            nameOf(members, c.toMemberId, t),
            c.reason || '—',
            request,
          )
        : c.reason;
    return `${where ? `${where}: ` : ''}${what} (${t.schedule.editionName(c.edition)})`;
  });
}

/** cl. 22 on paper: each advocate on the month's schedules, their days, and room to sign. */
function acquaintanceSheet(
  input: DutyScheduleDocInput,
  t: DutyTexts,
  locale: SheetLocale,
): Content[] {
  const { schedule } = input;
  const [year = 0, month = 0] = schedule.month.split('-').map(Number);
  const ids = [...new Set(schedule.days.flatMap((d) => d.memberIds))];
  const people = ids
    .map((id) => ({ id, name: person(input.members, id, t).name }))
    .sort((a, b) => compareNames(a.name, b.name));
  const c = t.ack.columns;
  const changes = changesOf(schedule, input.members, t, locale);
  const duties = `${c.duties}, ${t.monthYear(month, year)}`;
  const header: TableCell[] = [c.number, c.fullName, duties, c.signature, c.date].map((text) => ({
    text,
    bold: true,
    fontSize: 9,
    fillColor: HEADER_FILL,
    alignment: 'center',
  }));
  const rows = people.map(({ id, name }, i): TableCell[] => {
    const duties = dutyKinds.flatMap((kind) => {
      const dates = schedule.days
        .filter((d) => d.kind === kind && d.memberIds.includes(id))
        .map((d) => d.date)
        .sort();
      return dates.length > 0
        ? [
            {
              text: [
                { text: `${t.kindNames[kind]}: `, color: MUTED },
                dates.map(dayOfMonth).join(', '),
              ],
            },
          ]
        : [];
    });
    // Room for a handwritten signature: the row is at least this tall.
    const pad: [number, number, number, number] = [0, 6, 0, 6];
    return [
      { text: String(i + 1), alignment: 'center', margin: pad },
      { text: name, bold: true, margin: pad },
      { stack: duties, fontSize: 8.5, margin: [0, 3, 0, 3] },
      { text: '' },
      { text: '' },
    ];
  });
  return [
    ...heading(input, t, locale, true),
    { text: t.ack.title, fontSize: 13, bold: true, alignment: 'center', margin: [0, 6, 0, 2] },
    {
      text: t.ack.lead(t.monthYear(month, year), t.schedule.editionName(schedule.edition)),
      alignment: 'center',
      margin: [20, 0, 20, 2],
    },
    { text: t.schedule.binding, style: 'muted', alignment: 'center', margin: [20, 0, 20, 8] },
    {
      layout: gridLayout(4),
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [18, 165, '*', 85, 60],
        body: [header, ...rows],
      },
    },
    ...(changes.length > 0
      ? [
          {
            unbreakable: true,
            margin: [0, 12, 0, 0],
            stack: [
              { text: t.schedule.changes, bold: true, margin: [0, 0, 0, 2] },
              { ul: changes, fontSize: 9 },
            ],
          } as Content,
        ]
      : []),
  ];
}
