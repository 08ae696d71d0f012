import { describe, expect, it } from 'vitest';
import { skipReasons } from '../../src-shared/contracts/entities/duty-distribution';
import { dutyKinds } from '../../src-shared/contracts/entities/duty-roster';
import type { FairnessRow } from '../../src-shared/domain/duty/types';
import { declineGroundLabels, fairnessReport } from './duty-test-data';
import { dutyTexts } from './duty-texts';
import { csvField, fairnessCsv } from './fairness-csv';

const report = fairnessReport();
const input = { rows: report.rows, declineGroundLabels };

/** A strict RFC 4180 reader (";" separated): what Excel does with the file, field by field. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    const next = text[i + 1];
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (next === '"') {
        field += '"';
        i += 1;
      } else quoted = false;
    } else if (ch === '"') {
      if (field !== '') throw new Error(`stray quote at ${i}`);
      quoted = true;
    } else if (ch === ';') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && next === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else if (ch === '\r' || ch === '\n') throw new Error(`bare line break at ${i}`);
    else field += ch;
  }
  if (quoted || field !== '' || row.length > 0) throw new Error('file does not end with CRLF');
  return rows;
}

const withoutBom = (csv: string) => {
  expect(csv.startsWith('\ufeff')).toBe(true);
  return csv.slice(1);
};

describe('fairnessCsv', () => {
  it.each(['kk', 'ru'] as const)(
    'writes the table with a header in the language (%s)',
    (locale) => {
      const t = dutyTexts[locale];
      const [header, ...rows] = parseCsv(withoutBom(fairnessCsv(input, locale)));
      expect(rows).toHaveLength(report.rows.length);
      for (const row of rows) expect(row).toHaveLength(header!.length);
      expect(header!.slice(0, 2)).toEqual([t.fairness.columns.number, t.fairness.columns.fullName]);
      for (const kind of dutyKinds) expect(header!.join('|')).toContain(t.kindNames[kind]);
      for (const reason of skipReasons)
        expect(header).toContain(t.fairness.skippedBy(t.fairness.skipReasons[reason]));
      expect(header!.at(-1)).toBe(t.fairness.declineGrounds);
      const column = (label: string) => header!.indexOf(label);
      for (const r of report.rows) {
        const row = rows.find((cells) => cells[1] === r.fullName)!;
        const at = (label: string) => Number(row[column(label)]);
        expect(at(`${t.fairness.groups.dutyDays}: ${t.fairness.columns.total}`)).toBe(r.dutyTotal);
        expect(at(`${t.fairness.groups.appointments}: ${t.fairness.columns.received}`)).toBe(
          r.received,
        );
        for (const reason of skipReasons)
          expect(at(t.fairness.skippedBy(t.fairness.skipReasons[reason]))).toBe(
            r.skipped[reason] ?? 0,
          );
        const grounds = Object.entries(r.declineGrounds).map(
          ([id, n]) => `${declineGroundLabels[id]![locale]} — ${n}`,
        );
        expect(row.at(-1)).toBe(grounds.join('\n'));
      }
    },
  );

  it('ends every line with CRLF and has no bare CR', () => {
    const csv = withoutBom(fairnessCsv(input, 'ru'));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(report.rows.length + 2);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\r/);
  });

  it('quotes names with separators, quotes and line breaks, and reads them back', () => {
    const awkward = [
      'Әлиева; Гүлнұр',
      'Серікбаев "Қара" Нұрлан',
      'Екі\nжолды Аты',
      'Windows\r\nжолы',
      '"Тырнақшада"',
      'Қарапайым Аты',
    ];
    const rows: FairnessRow[] = awkward.map((fullName, i) => ({
      ...report.rows[0]!,
      memberId: `m-${i}`,
      fullName,
    }));
    const parsed = parseCsv(withoutBom(fairnessCsv({ ...input, rows }, 'kk'))).slice(1);
    expect(parsed.map((r) => r[1]).sort()).toEqual([...awkward].sort());
    expect(csvField('Әлиева; Гүлнұр')).toBe('"Әлиева; Гүлнұр"');
    expect(csvField('Серікбаев "Қара"')).toBe('"Серікбаев ""Қара"""');
    expect(csvField('Қарапайым Аты')).toBe('Қарапайым Аты');
    expect(csvField(12)).toBe('12');
  });

  it('never lets a cell start a formula', () => {
    const rows: FairnessRow[] = ['=HYPERLINK("x")', '+7 701', '-1', '@SUM(A1)'].map(
      (fullName, i) => ({ ...report.rows[0]!, memberId: `m-${i}`, fullName }),
    );
    const names = parseCsv(withoutBom(fairnessCsv({ ...input, rows }, 'ru')))
      .slice(1)
      .map((r) => r[1]!);
    for (const name of names) expect(name).toMatch(/^'[=+\-@]/);
    expect(names).toContain('\'=HYPERLINK("x")');
  });
});
