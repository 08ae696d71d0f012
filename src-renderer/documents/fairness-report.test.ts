/// <reference types="node" />
/* eslint-disable no-restricted-imports -- Node-only test: writes PDFs and runs pdftotext */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Content, ContentTable, TableCell } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { dutyKinds } from '../../src-shared/contracts/entities/duty-roster';
import { formatNumber } from '../../src-shared/i18n/format';
import { declineGroundLabels, dutySchedule, fairnessReport, HEAD } from './duty-test-data';
import { dutyTexts } from './duty-texts';
import { fairnessReportDoc, type FairnessReportInput } from './fairness-report';
import { renderPdf } from './render-pdf.node';
import { flat, pdfText } from './pdf-text.node';

const OUT_DIR = path.resolve(import.meta.dirname, '../../test-output/pdf');

const report = fairnessReport();
const input: FairnessReportInput = {
  ...report,
  generatedAt: '2027-01-05T10:00:00+05:00',
  headName: HEAD.name,
  declineGroundLabels,
};

const json = (x: unknown) => flat(JSON.stringify(x));
const cellText = (c: TableCell) => (c as { text?: string }).text ?? '';
function mainTable(doc: ReturnType<typeof fairnessReportDoc>): ContentTable['table'] {
  return (doc.content as Content[]).find(
    (c): c is ContentTable => typeof c === 'object' && c !== null && 'table' in c,
  )!.table;
}

describe('fairnessReportDoc', () => {
  it.each(['kk', 'ru'] as const)('prints a row per advocate with every count (%s)', (locale) => {
    const t = dutyTexts[locale].fairness;
    const doc = fairnessReportDoc(input, locale);
    expect(doc.pageOrientation).toBe('landscape');
    const table = mainTable(doc);
    expect(table.headerRows).toBe(2);
    const [groups, labels, ...body] = table.body;
    const rows = body.slice(0, -1);
    const total = body.at(-1)!;
    for (const row of [groups!, labels!, ...body]) expect(row).toHaveLength(12);
    expect(json(groups)).toContain(t.groups.dutyDays);
    expect(json(labels)).toContain(dutyTexts[locale].kindAbbr.court);
    expect(rows).toHaveLength(report.rows.length);
    for (const r of report.rows) {
      const row = rows.find((cells) => cellText(cells[1]!) === r.fullName)!;
      const skipped = Object.values(r.skipped).reduce((a, b) => a + b, 0);
      const expected = [
        ...dutyKinds.map((k) => r.dutyDays[k]),
        r.dutyTotal,
        r.received,
        r.accepted,
        r.declined,
        r.pending,
        skipped,
      ].map(String);
      expect(row.slice(2, 11).map(cellText)).toEqual(expected);
    }
    // The totals row adds the columns up.
    const sum = (pick: (r: (typeof report.rows)[number]) => number) =>
      String(report.rows.reduce((a, r) => a + pick(r), 0));
    expect(cellText(total[0]!)).toBe(t.totalRow);
    expect(cellText(total[5]!)).toBe(sum((r) => r.dutyTotal));
    expect(cellText(total[6]!)).toBe(sum((r) => r.received));
    expect(rows.map((r) => cellText(r[0]!))).toEqual(rows.map((_, i) => String(i + 1)));
  });

  it.each(['kk', 'ru'] as const)('explains each figure of the summary (%s)', (locale) => {
    const t = dutyTexts[locale].fairness;
    const text = json(fairnessReportDoc(input, locale));
    for (const s of [report.dutyDays, report.received]) {
      expect(text).toContain(`"text":"${formatNumber(s.gini, locale, 2)}"`);
      expect(text).toContain(`"text":"${s.spread}"`);
    }
    for (const sentence of Object.values(t.explain)) expect(text).toContain(flat(sentence));
    expect(text).toContain(flat(t.basis));
    expect(text).toContain(flat(t.counted(2)));
    expect(text).toContain(t.generated('05.01.2027'));
    expect(text).toContain(HEAD.name);
  });

  it('gives each decline its ground and each pass-over its reason in the note', () => {
    const t = dutyTexts.ru.fairness;
    const table = mainTable(fairnessReportDoc(input, 'ru'));
    const row = (name: string) => table.body.find((cells) => cellText(cells[1]!).startsWith(name))!;
    const note = (name: string) => cellText(row(name)[11]!);
    expect(note('Сәрсенбаев')).toBe(
      t.noteDeclined(declineGroundLabels['decline.36-1.conflict-of-interest']!.ru, 1),
    );
    expect(note('Һашимова').split('\n')).toEqual([
      t.noteDeclined(declineGroundLabels['decline.36-2.procedural-exclusion']!.ru, 1),
      t.noteSkipped(t.skipReasons.declined, 1),
      t.noteSkipped(t.skipReasons.conflict, 1),
    ]);
    expect(note('Үсенов')).toBe('');
    // A ground the pack no longer knows is printed by its id, not dropped.
    const odd = { ...input, rows: [{ ...report.rows[0]!, declineGrounds: { 'decline.gone': 2 } }] };
    expect(json(fairnessReportDoc(odd, 'ru'))).toContain(t.noteDeclined('decline.gone', 2));
  });

  it('says when no schedule was published', () => {
    const draft = fairnessReport(dutySchedule({ status: 'draft' }));
    const text = json(fairnessReportDoc({ ...input, ...draft }, 'kk'));
    expect(text).toContain(dutyTexts.kk.fairness.counted(null));
  });
});

describe('fairness report PDF (Node)', () => {
  mkdirSync(OUT_DIR, { recursive: true });
  it.each(['kk', 'ru'] as const)('renders real text (%s)', async (locale) => {
    const file = path.join(OUT_DIR, `duty-fairness-${locale}.pdf`);
    writeFileSync(file, await renderPdf(fairnessReportDoc(input, locale)));
    const text = pdfText(file);
    const t = dutyTexts[locale];
    expect(text).toContain(t.fairness.title);
    for (const r of report.rows) expect(text).toContain(r.fullName);
    expect(text).toContain(t.fairness.measures.min);
    expect(text).toContain(formatNumber(report.dutyDays.gini, locale, 2));
    expect(text).toContain(locale === 'kk' ? 'Бет 1 / 1' : 'Стр. 1 из 1');
  });
});
