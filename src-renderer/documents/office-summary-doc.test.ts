/// <reference types="node" />
/* eslint-disable no-restricted-imports -- Node-only test: writes PDFs and runs pdftotext */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Content, ContentTable, TableCell } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../src-shared/i18n/money';
import { compareNames } from './duty-texts';
import { officeSummaryDoc, sortedByName, type OfficeSummaryDocInput } from './office-summary-doc';
import { flat, pdfText } from './pdf-text.node';
import { renderPdf } from './render-pdf.node';
import {
  ADVOCATES,
  COLLEGIUM,
  HEAD,
  OFFICE,
  officeMonth,
  PRINTED_AT,
  UNKNOWN_ADVOCATE,
} from './report-test-data';
import { reportTexts } from './report-texts';

const OUT_DIR = path.resolve(import.meta.dirname, '../../test-output/pdf');
const input: OfficeSummaryDocInput = {
  summary: officeMonth,
  collegium: COLLEGIUM,
  office: OFFICE,
  headName: HEAD,
  printedAt: PRINTED_AT,
};
const cellText = (c: TableCell | undefined) => flat((c as { text?: string }).text ?? '');
function table(doc: ReturnType<typeof officeSummaryDoc>): ContentTable['table'] {
  return (doc.content as Content[]).find(
    (c): c is ContentTable => typeof c === 'object' && c !== null && 'table' in c,
  )!.table;
}

describe('officeSummaryDoc', () => {
  it.each(['kk', 'ru'] as const)('prints a row per advocate, alphabetically (%s)', (l) => {
    const t = reportTexts[l];
    const doc = officeSummaryDoc(input, l);
    expect(doc.pageOrientation).toBe('landscape');
    const { body, headerRows } = table(doc);
    expect(headerRows).toBe(2);
    const rows = body.slice(2, -1);
    const names = rows.map((r) => cellText(r[1]));
    const known = ADVOCATES.map((a) => a.fullName).sort(compareNames);
    expect(names).toEqual([...known, t.unknownAdvocate(UNKNOWN_ADVOCATE)]);
    for (const r of officeMonth.rows) {
      const row = rows.find((cells) =>
        cellText(cells[1]).startsWith(r.fullName ?? t.unknownAdvocate(r.advocateId)),
      )!;
      expect(row.slice(2).map(cellText)).toEqual(
        [
          String(r.consultationsGiven),
          String(r.persons),
          t.duration(r.consultationMinutes),
          String(r.appointmentsReceived),
          String(r.appointmentsAccepted),
          t.duration(r.workMinutes),
          formatMoney(r.claimedTiyn, l),
          formatMoney(r.paidTiyn, l),
        ].map(flat),
      );
    }
    const total = body.at(-1)!;
    expect(cellText(total[1])).toBe(t.total);
    expect(cellText(total[2])).toBe(String(officeMonth.totals.consultationsGiven));
    expect(cellText(total[9])).toBe(flat(formatMoney(officeMonth.totals.paidTiyn, l)));
    const text = flat(JSON.stringify(doc));
    expect(text).toContain(flat(t.formDraftOffice));
    expect(text).toContain(flat(t.officeSummary.title));
    expect(text).toContain(flat(t.officeSummary.personsNote));
    expect(text).toContain(HEAD);
  });

  it('counts a person once in the totals, so the totals row may be less than the sum', () => {
    const sum = officeMonth.rows.reduce((a, r) => a + r.persons, 0);
    expect(officeMonth.totals.persons).toBeLessThanOrEqual(sum);
    const total = table(officeSummaryDoc(input, 'ru')).body.at(-1)!;
    expect(cellText(total[3])).toBe(String(officeMonth.totals.persons));
  });

  it('sorts unknown advocates last, by id', () => {
    const rows = [
      { advocateId: 'b', fullName: null },
      { advocateId: 'x', fullName: 'Ұлан' },
      { advocateId: 'a', fullName: null },
      { advocateId: 'y', fullName: 'Әлия' },
    ];
    expect(sortedByName(rows).map((r) => r.advocateId)).toEqual(['y', 'x', 'a', 'b']);
  });
});

describe('office summary PDF (Node)', () => {
  mkdirSync(OUT_DIR, { recursive: true });
  it.each(['kk', 'ru'] as const)('renders real text (%s)', async (l) => {
    const t = reportTexts[l];
    const file = path.join(OUT_DIR, `report-office-month-${l}.pdf`);
    writeFileSync(file, await renderPdf(officeSummaryDoc(input, l)));
    const text = pdfText(file);
    for (const a of ADVOCATES) expect(text).toContain(a.fullName);
    expect(text).toContain(t.monthYear(11, 2026).replace(/\s/g, ' '));
    expect(text).toContain(flat(formatMoney(officeMonth.totals.claimedTiyn, l)));
  });
});
