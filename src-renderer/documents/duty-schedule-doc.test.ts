/// <reference types="node" />
/* eslint-disable no-restricted-imports -- Node-only test: writes PDFs and runs pdftotext */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Content, ContentTable, TableCell } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { dutyKinds, type DutyKind } from '../../src-shared/contracts/entities/duty-roster';
import { formatPhone } from '../../src-shared/domain/phone/phone';
import { dutyScheduleDoc, type DutyScheduleDocInput } from './duty-schedule-doc';
import { COLLEGIUM, decemberDays, dutySchedule, HEAD, leftMember, roster } from './duty-test-data';
import { dutyTexts, weekdayName } from './duty-texts';
import { renderPdf } from './render-pdf.node';
import { flat, pdfText } from './pdf-text.node';

const OUT_DIR = path.resolve(import.meta.dirname, '../../test-output/pdf');

const published = dutySchedule();
const input: DutyScheduleDocInput = {
  schedule: published,
  members: [...roster, leftMember],
  collegiumName: COLLEGIUM,
  calendar: decemberDays(),
};
const nameOf = (id: string) => roster.find((m) => m.id === id)!.fullName;

/** The document's tables in order: one per schedule, then the acquaintance sheet. */
function tables(doc: ReturnType<typeof dutyScheduleDoc>): ContentTable['table'][] {
  return (doc.content as Content[])
    .filter((c): c is ContentTable => typeof c === 'object' && c !== null && 'table' in c)
    .map((c) => c.table);
}
const json = (x: unknown) => flat(JSON.stringify(x));
/** Row cells as flat text, so "05.12.2026, сенбі" and names can be looked for. */
const rowText = (row: TableCell[]) => json(row);

describe('dutyScheduleDoc', () => {
  it.each(['kk', 'ru'] as const)(
    'prints one section per schedule, then the sheet (%s)',
    (locale) => {
      const t = dutyTexts[locale];
      const doc = dutyScheduleDoc(input, locale);
      const all = tables(doc);
      expect(all).toHaveLength(dutyKinds.length + 1);
      const text = json(doc);
      expect(text).toContain(flat(t.schedule.title(12, 2026)));
      for (const kind of dutyKinds) expect(text).toContain(t.kinds[kind]);
      // A new page for each schedule after the first, and for the sheet.
      const breaks = (doc.content as Content[]).filter(
        (c) => typeof c === 'object' && c !== null && 'pageBreak' in c,
      );
      expect(breaks).toHaveLength(dutyKinds.length);
      dutyKinds.forEach((kind, i) => {
        const days = published.days.filter((d) => d.kind === kind);
        const [title, header, ...rows] = all[i]!.body;
        expect(all[i]!.headerRows).toBe(2);
        // The schedule and month head every page of the table.
        expect(json(title)).toContain(flat(`${t.kindNames[kind]} · ${t.monthYear(12, 2026)}`));
        expect(header).toHaveLength(3);
        expect(rows).toHaveLength(days.length);
        rows.forEach((row, r) => {
          const day = days[r]!;
          const cells = rowText(row);
          expect(cells).toContain(`${day.date.slice(8)}.12.2026, ${weekdayName(day.date, locale)}`);
          for (const id of day.memberIds) {
            expect(cells).toContain(nameOf(id));
            expect(cells).toContain(formatPhone(roster.find((m) => m.id === id)!.phone));
          }
        });
      });
      expect(text).toContain(HEAD.name);
      expect(text).toContain(formatPhone(HEAD.phone));
      expect(text).toContain(COLLEGIUM);
    },
  );

  it.each([
    ['kk', '2-редакция, 03.12.2026 ж. (алғаш жарияланды: 24.11.2026 ж.)'],
    ['ru', 'Редакция 2 от 03.12.2026 (впервые опубликован: 24.11.2026)'],
  ] as const)(
    'names the edition and lists the change in its schedule only (%s)',
    (locale, line) => {
      const t = dutyTexts[locale];
      const doc = dutyScheduleDoc(input, locale);
      const text = json(doc);
      expect(text).toContain(flat(line));
      expect(doc.watermark).toBeUndefined();
      expect(text).not.toContain(t.schedule.draft);
      const change = published.log.find((c) => c.type === 'substitution')!;
      const changeText = flat(
        t.schedule.change(
          nameOf(change.fromMemberId!),
          nameOf(change.toMemberId!),
          change.reason,
          '02.12.2026',
        ),
      );
      // Listed once, on the acquaintance sheet, where the advocates sign for this edition.
      const [schedules, sheet] = JSON.stringify(doc.content).split(t.ack.title).map(flat);
      expect(schedules).not.toContain(changeText);
      expect(sheet).toContain(
        `10.12.2026, ${t.kindNames.court}: ${changeText} (${t.schedule.editionName(2)})`,
      );
      // In the table, the changed day says so; no other day does.
      expect(text.split(flat(t.schedule.changedIn(2))).length - 1).toBe(1);
      const court = tables(doc)[dutyKinds.indexOf('court')]!;
      const tenth = court.body.find((r) => rowText(r).includes('10.12.2026'))!;
      expect(rowText(tenth)).toContain(nameOf(change.toMemberId!));
      expect(rowText(tenth)).not.toContain(nameOf(change.fromMemberId!));
      expect(rowText(tenth)).toContain(flat(t.schedule.changedIn(2)));
    },
  );

  it('shades weekends and holidays from the calendar, and names the holiday', () => {
    const t = dutyTexts.kk;
    const doc = dutyScheduleDoc(input, 'kk');
    const rows = tables(doc)[0]!.body.slice(2);
    const shaded = rows.filter((r) => (r[0] as { fillColor?: string }).fillColor !== undefined);
    const restDays = decemberDays().filter((d) => !d.working);
    expect(shaded).toHaveLength(restDays.length);
    for (const d of restDays) {
      const row = rows.find((r) => rowText(r).includes(`${d.date.slice(8)}.12.2026`))!;
      for (const cell of row) expect(cell).toHaveProperty('fillColor');
    }
    const holiday = rows.find((r) => rowText(r).includes('16.12.2026'))!;
    expect(rowText(holiday)).toContain('Тәуелсіздік күні');
    expect(json(doc)).toContain(t.schedule.restDays);
    // Without the calendar nothing is shaded: the document does not guess the weekend.
    const { calendar: _calendar, ...bare } = input;
    void _calendar;
    const plain = dutyScheduleDoc(bare, 'kk');
    expect(json(plain)).not.toContain('fillColor":"#dddddd');
    expect(json(plain)).not.toContain(t.schedule.restDays);
  });

  it('lists only working days when there is no weekend duty', () => {
    const schedule = dutySchedule({ weekendDuty: false });
    const doc = dutyScheduleDoc({ ...input, schedule }, 'ru');
    const rows = tables(doc)[0]!.body.slice(2);
    const working = decemberDays().filter((d) => d.working);
    expect(rows).toHaveLength(working.length);
    expect(json(rows)).not.toContain('суббота');
    expect(json(rows)).not.toContain('16.12.2026');
    expect(json(doc)).not.toContain(dutyTexts.ru.schedule.restDays);
  });

  it.each(['kk', 'ru'] as const)('marks a draft on every page (%s)', (locale) => {
    const t = dutyTexts[locale];
    const doc = dutyScheduleDoc({ ...input, schedule: dutySchedule({ status: 'draft' }) }, locale);
    expect(doc.watermark).toMatchObject({ text: t.schedule.watermark });
    const text = json(doc);
    expect(text.split(t.schedule.draft).length - 1).toBe(dutyKinds.length + 1);
    expect(text).not.toContain(t.schedule.changes);
    const footer = json((doc.footer as (p: number, n: number) => unknown)(1, 4));
    expect(footer).toContain(t.schedule.editionName(0));
    expect(footer).toContain(formatPhone(HEAD.phone));
  });

  it('gives each advocate on the schedule a row to sign, with their duty dates', () => {
    const t = dutyTexts.ru;
    const doc = dutyScheduleDoc(input, 'ru');
    const sheet = tables(doc).at(-1)!;
    const [header, ...rows] = sheet.body;
    expect(json(header)).toContain(t.ack.columns.signature);
    const onSchedule = new Set(published.days.flatMap((d) => d.memberIds));
    expect(rows).toHaveLength(onSchedule.size);
    for (const id of onSchedule) {
      const row = rows.find((r) => rowText(r).includes(nameOf(id)))!;
      for (const kind of dutyKinds) {
        const dates = published.days
          .filter((d) => d.kind === kind && d.memberIds.includes(id))
          .map((d) => d.date.slice(8));
        if (dates.length === 0) continue;
        expect(rowText(row)).toContain(`${t.kindNames[kind]}: `);
        expect(rowText(row)).toContain(`"${dates.join(', ')}"`);
      }
      // Signature and date are left blank for the pen.
      expect(row.slice(3)).toEqual([{ text: '' }, { text: '' }]);
    }
    expect(json(sheet)).not.toContain(leftMember.fullName);
    // Suspended 07–18 December: none of the days printed for her falls in it.
    const suspended = rows.find((r) => rowText(r).includes('Жұмабаева'))!;
    const printedDays = [...rowText(suspended).matchAll(/"((?:\d\d, )*\d\d)"/g)].flatMap((m) =>
      m[1]!.split(', ').map(Number),
    );
    expect(printedDays.length).toBeGreaterThan(0);
    expect(printedDays.filter((d) => d >= 7 && d <= 18)).toEqual([]);
    expect(json(doc)).toContain(flat(t.ack.lead(t.monthYear(12, 2026), t.schedule.editionName(2))));
  });

  it('names a member missing from the roster instead of printing nothing', () => {
    const schedule = structuredClone(published);
    schedule.days[0]!.memberIds = ['m-gone'];
    const text = json(dutyScheduleDoc({ ...input, schedule }, 'kk'));
    expect(text).toContain(dutyTexts.kk.schedule.unknownMember('m-gone'));
  });
});

describe('duty schedule PDF (Node)', () => {
  mkdirSync(OUT_DIR, { recursive: true });
  const kinds: DutyKind[] = [...dutyKinds];

  it.each(['kk', 'ru'] as const)('renders real text (%s)', async (locale) => {
    const file = path.join(OUT_DIR, `duty-schedule-${locale}.pdf`);
    writeFileSync(file, await renderPdf(dutyScheduleDoc(input, locale)));
    const text = pdfText(file);
    const t = dutyTexts[locale];
    expect(text).toContain(flat(t.schedule.title(12, 2026)));
    for (const kind of kinds) expect(text).toContain(t.kinds[kind]);
    for (const m of roster) {
      expect(text).toContain(m.fullName);
      expect(text).toContain(flat(formatPhone(m.phone)));
    }
    expect(text).toContain(`01.12.2026, ${weekdayName('2026-12-01', locale)}`);
    expect(text).toContain(t.ack.title);
    // Three schedules and the sheet: at least four pages, numbered.
    const pages = Number((locale === 'kk' ? /Бет 1 \/ (\d+)/ : /Стр\. 1 из (\d+)/).exec(text)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(4);
  });

  it.each(['kk', 'ru'] as const)('renders a draft (%s)', async (locale) => {
    const file = path.join(OUT_DIR, `duty-schedule-draft-${locale}.pdf`);
    const doc = dutyScheduleDoc(
      { ...input, schedule: dutySchedule({ status: 'draft', weekendDuty: false }) },
      locale,
    );
    writeFileSync(file, await renderPdf(doc));
    expect(pdfText(file)).toContain(dutyTexts[locale].schedule.draft);
  });
});
