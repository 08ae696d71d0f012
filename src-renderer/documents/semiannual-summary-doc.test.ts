/// <reference types="node" />
/* eslint-disable no-restricted-imports -- Node-only test: writes PDFs, runs pdftotext and pdftoppm */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Content, ContentTable, TableCell } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { caseKinds } from '../../src-shared/contracts/entities/appointment';
import { splitTotal } from '../../src-shared/domain/reports/semiannual-summary';
import { formatMoney } from '../../src-shared/i18n/money';
import { flat, pdfText } from './pdf-text.node';
import { renderPdf } from './render-pdf.node';
import { ADVOCATES, COLLEGIUM, HEAD, OFFICE, PRINTED_AT, semiannual } from './report-test-data';
import { reportTexts } from './report-texts';
import {
  figureColumns,
  semiannualSummaryDoc,
  SUB_ROWS,
  type SemiannualSummaryDocInput,
} from './semiannual-summary-doc';

const OUT_DIR = path.resolve(import.meta.dirname, '../../test-output/pdf');
const input = (l: 'kk' | 'ru'): SemiannualSummaryDocInput => ({
  summary: semiannual,
  collegium: COLLEGIUM,
  office: OFFICE,
  due: '2027-01-05',
  responsible: {
    fullName: HEAD,
    position:
      l === 'kk' ? 'Заң консультациясының меңгерушісі' : 'Заведующий юридической консультацией',
  },
  printedAt: PRINTED_AT,
});
/** The lines of a stacked cell. */
const lines = (c: TableCell | undefined) =>
  ((c as { stack?: { text: string }[] }).stack ?? []).map((x) => flat(x.text));
const cellText = (c: TableCell | undefined) => flat((c as { text?: string }).text ?? '');
function table(doc: ReturnType<typeof semiannualSummaryDoc>): ContentTable['table'] {
  return (doc.content as Content[]).find(
    (c): c is ContentTable => typeof c === 'object' && c !== null && 'table' in c,
  )!.table;
}

describe('semiannualSummaryDoc', () => {
  it.each(['kk', 'ru'] as const)('names the half-year, the deadline and the draft (%s)', (l) => {
    const t = reportTexts[l];
    const text = flat(JSON.stringify(semiannualSummaryDoc(input(l), l)));
    expect(text).toContain(flat(t.semiannual.title));
    expect(text).toContain(flat(t.semiannual.subtitle));
    expect(text).toContain(flat(t.semiannual.period(2, 2026, '01.07.2026', '31.12.2026')));
    expect(text).toContain(flat(t.semiannual.due('05.01.2027')));
    expect(text).toContain(flat(t.formDraft));
    expect(text).toContain(flat(t.semiannual.scope(OFFICE)));
    for (const note of t.semiannual.notes) expect(text).toContain(flat(note));
    expect(text).toContain(HEAD);
  });

  it.each(['kk', 'ru'] as const)(
    'gives each advocate four lines — all, rural, town, not stated — in every column (%s)',
    (l) => {
      const t = reportTexts[l];
      const { body } = table(semiannualSummaryDoc(input(l), l));
      const rows = body.slice(2, -1);
      expect(rows).toHaveLength(semiannual.rows.length);
      for (const row of rows) {
        expect(row).toHaveLength(3 + 12);
        expect(lines(row[2])).toEqual(SUB_ROWS.map((k) => t.settlementRow[k]));
        for (const cell of row.slice(3)) expect(lines(cell)).toHaveLength(4);
      }
      for (const a of ADVOCATES) {
        const figures = semiannual.rows.find((r) => r.advocateId === a.id)!;
        const row = rows.find((r) => cellText(r[1]) === a.fullName)!;
        const [given, persons, , ...rest] = row.slice(3).map(lines);
        expect(given).toEqual(
          [
            splitTotal(figures.consultationsGiven),
            figures.consultationsGiven.rural,
            figures.consultationsGiven.urban,
            figures.consultationsGiven.unstated,
          ].map(String),
        );
        // The persons' total is the distinct count, not the sum of the lines.
        expect(persons![0]).toBe(String(figures.personsTotal));
        const paid = rest.at(-1)!;
        expect(paid[1]).toBe(flat(formatMoney(figures.paidTiyn.rural, l)));
        const acceptedAll = rest[caseKinds.length]!;
        expect(acceptedAll[0]).toBe(
          String(caseKinds.reduce((s, k) => s + splitTotal(figures.accepted[k]), 0)),
        );
      }
      const total = body.at(-1)!;
      expect(cellText(total[1])).toBe(t.total);
      expect(lines(total[3])).toEqual(figureColumns(semiannual.totals, t, l)[0]!.map(flat));
    },
  );
});

describe('semiannual summary PDF (Node)', () => {
  mkdirSync(OUT_DIR, { recursive: true });
  it.each(['kk', 'ru'] as const)('renders real text (%s)', async (l) => {
    const t = reportTexts[l];
    const file = path.join(OUT_DIR, `report-semiannual-${l}.pdf`);
    writeFileSync(file, await renderPdf(semiannualSummaryDoc(input(l), l)));
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', file, file.slice(0, -4)]);
    const text = pdfText(file);
    expect(text).toContain(flat(t.semiannual.title));
    for (const a of ADVOCATES)
      for (const word of a.fullName.split(' ')) expect(text).toContain(word);
    expect(text).toContain(t.settlementRow.rural);
    expect(text).toContain(t.settlementRow.unstated);
    expect(text).toContain(flat(formatMoney(splitTotal(semiannual.totals.claimedTiyn), l)));
    expect(text).toContain('05.01.2027');
  });
});
