/// <reference types="node" />
/* eslint-disable no-restricted-imports -- Node-only test: writes PDFs, runs pdftotext and pdftoppm */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Content, ContentTable, TableCell } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { amountInWords } from '../../src-shared/i18n/amount-in-words';
import { formatTenge } from '../../src-shared/i18n/money';
import { feeApplicationDoc } from './fee-application';
import {
  applicationInput,
  consultationClaim,
  defenceCase,
  defenceClaim,
  longClaim,
  tariff2025,
} from './fee-test-data';
import { feeTexts } from './fee-texts';
import { flat, pdfText } from './pdf-text.node';
import { renderPdf } from './render-pdf.node';

const OUT_DIR = path.resolve(import.meta.dirname, '../../test-output/pdf');

/** The work table's body rows (the 8-column table), without its header. */
function workRows(doc: ReturnType<typeof feeApplicationDoc>): TableCell[][] {
  const table = (doc.content as Content[]).find(
    (c): c is ContentTable =>
      typeof c === 'object' && 'table' in c && c.table?.widths?.length === 8,
  );
  return table!.table.body.slice(1);
}
/** A cell's text, parts and stacked lines joined by spaces. */
function cellText(cell: unknown): string {
  if (typeof cell === 'string') return flat(cell);
  if (Array.isArray(cell)) return cell.map(cellText).filter(Boolean).join(' ');
  if (cell && typeof cell === 'object') {
    const c = cell as { text?: unknown; stack?: unknown };
    return cellText(c.stack ?? c.text ?? '');
  }
  return '';
}
const json = (x: unknown) => flat(JSON.stringify(x));
const locales = ['kk', 'ru'] as const;

describe('the hand-worked sample claims', () => {
  it.each([
    ['defence', defenceClaim],
    ['consultation', consultationClaim],
  ] as const)(
    '%s: every part is minutes × rate × МРП × factor, rounded to the tiyn',
    (_, claim) => {
      const calc = claim.calculation;
      for (const line of calc.lines.filter((l) => l.kind !== 'expense')) {
        for (const p of line.parts) {
          const exact = (p.minutes / 60) * line.rateMrp * line.mrp!.amount * p.factor * 100;
          expect(Math.abs(p.amountTiyn - exact)).toBeLessThanOrEqual(0.5 + 1e-6);
        }
      }
      const lineSum = calc.lines.reduce((s, l) => s + l.amountTiyn, 0);
      expect(calc.totals.totalTiyn).toBe(lineSum);
      expect(calc.totals.feeTiyn + calc.totals.expensesTiyn).toBe(calc.totals.totalTiyn);
    },
  );
});

describe('feeApplicationDoc', () => {
  it.each(locales)(
    'has the title, the request and the total in figures and words (%s)',
    (locale) => {
      const t = feeTexts[locale];
      const doc = feeApplicationDoc(applicationInput(defenceClaim), locale);
      const text = json(doc);
      const total = defenceClaim.calculation.totals.totalTiyn;
      expect(text).toContain(`"text":"${t.title}"`);
      expect(text).toContain(t.subtitle);
      expect(text).toContain(flat(`${t.total}: ${formatTenge(total, locale)}`));
      expect(text).toContain(` (${amountInWords(total, locale)})`);
      expect(text).toContain(flat(t.paperOnly));
      expect(text).toContain(defenceCase.clientName);
      expect(text).toContain(defenceCase.stage[locale]);
      expect(doc.info?.title).toBe(t.named('7/2026'));
    },
  );

  it('prints the night part of a line as its own row, named by the pack', () => {
    const doc = feeApplicationDoc(applicationInput(defenceClaim), 'ru');
    const text = json(doc);
    const night = tariff2025.surcharges.find((s) => s.kind === 'night')!;
    const holiday = tariff2025.surcharges.find((s) => s.kind === 'non-working-day')!;
    expect(text).toContain(night.label.ru);
    expect(text).toContain(holiday.label.ru);
    // The interrogation's two parts, 50 min at 1 and 160 min at 1,5, each with its amount.
    const rows = workRows(doc).map((row) => row.map(cellText));
    const first = rows.findIndex((r) => r[0] === '1');
    expect(rows[first]!.slice(1)).toEqual([
      '14.12.2026 21:10–00:40',
      'Допрос',
      '50',
      '2,2',
      '1',
      '4 325',
      '7 929,17',
    ]);
    expect(rows[first + 1]).toEqual([
      '',
      '',
      night.label.ru,
      '160',
      '2,2',
      '1,5',
      '4 325',
      '38 060,00',
    ]);
    // The category and tier the 2,2 МРП rate comes from.
    expect(text).toContain('II уровень, 2,2 МРП в час');
  });

  it('ticks the attachments of the claim’s service and lists the expense documents', () => {
    const text = json(feeApplicationDoc(applicationInput(defenceClaim), 'ru'));
    for (const a of tariff2025.attachments) {
      const applies = a.service === 'defence' || a.service === 'both';
      if (applies) expect(text).toContain(a.label.ru);
      else expect(text).not.toContain(a.label.ru);
    }
    expect(text).toContain('Транспортные расходы: № 0045871 от 15.12.2026');
    // The travel line: shown, not paid.
    const travel = workRows(feeApplicationDoc(applicationInput(defenceClaim), 'ru'))
      .map((row) => row.map(cellText))
      .find((r) => r[2]!.includes(feeTexts.ru.travel))!;
    expect(travel.slice(2)).toEqual([
      `Свидание с подзащитным, содержащимся под стражей (ИВС, СИЗО) ${feeTexts.ru.travel} затрачено: 60 мин`,
      '0',
      '2,2',
      '—',
      '4 325',
      '0,00',
    ]);
  });

  it('says when the amounts rest on unverified pack items, and only then', () => {
    const withNote = json(feeApplicationDoc(applicationInput(defenceClaim), 'kk'));
    const n = defenceClaim.calculation.unverifiedItemIds.length;
    expect(n).toBeGreaterThan(0);
    expect(withNote).toContain(feeTexts.kk.unverified(n));
    const checked = { ...defenceClaim.calculation, unverifiedItemIds: [] };
    const claim = { ...defenceClaim, calculation: checked };
    const without = json(feeApplicationDoc(applicationInput(claim), 'kk'));
    expect(without).not.toContain('Тексерілмеген');
    // The packs used are named with their versions.
    expect(without).toContain(`${tariff2025.id}, ${tariff2025.version}-нұсқа`);
  });

  it('marks a draft, whose figures may still change', () => {
    const draft = { ...defenceClaim, state: 'draft' as const };
    expect(feeApplicationDoc(applicationInput(draft), 'kk').watermark).toMatchObject({
      text: feeTexts.kk.draft,
    });
    expect(feeApplicationDoc(applicationInput(defenceClaim), 'kk').watermark).toBeUndefined();
  });

  it('prints a field of the pack it does not know as a blank to fill in', () => {
    const extra = {
      ...tariff2025.applicationFields[0]!,
      id: 'field.bank',
      label: { kk: 'Банк деректемелері (ЖСК)', ru: 'Банковские реквизиты (ИИК)' },
    };
    const tariff = { ...tariff2025, applicationFields: [...tariff2025.applicationFields, extra] };
    const text = json(feeApplicationDoc(applicationInput(defenceClaim, { tariff }), 'ru'));
    expect(text).toContain('"text":"Банковские реквизиты (ИИК)"');
  });

  it('names the consultation entries and the cap that cut one of them', () => {
    const text = json(feeApplicationDoc(applicationInput(consultationClaim), 'kk'));
    expect(text).toContain(flat(feeTexts.kk.consultation('9/2026')));
    expect(text).toContain(flat(feeTexts.kk.cappedPerPerson(30)));
    expect(text).toContain(feeTexts.kk.consultationPersons(5));
    expect(text).toContain(`${feeTexts.kk.fields.expenses}: ${feeTexts.kk.noExpenses}`);
  });
});

/** Page count and one page's text, via poppler. */
const pageCount = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
const pageText = (file: string, page: number) =>
  flat(
    execFileSync(
      'pdftotext',
      ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-'],
      {
        encoding: 'utf8',
      },
    ),
  );
/** Page 1 as a PNG next to the PDF, to be looked at (test-output/pdf/<name>-1.png). */
const firstPagePng = (file: string) =>
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '80',
    '-f',
    '1',
    '-l',
    '1',
    file,
    file.replace(/\.pdf$/, ''),
  ]);

describe('fee application PDF (Node)', () => {
  mkdirSync(OUT_DIR, { recursive: true });

  it.each([
    ['defence', defenceClaim],
    ['consultation', consultationClaim],
  ] as const)('renders the %s application in kk and ru', async (name, claim) => {
    for (const locale of locales) {
      const file = path.join(OUT_DIR, `fee-application-${name}-${locale}.pdf`);
      writeFileSync(file, await renderPdf(feeApplicationDoc(applicationInput(claim), locale)));
      firstPagePng(file);
      const text = pdfText(file);
      const total = claim.calculation.totals.totalTiyn;
      expect(text).toContain(feeTexts[locale].title);
      expect(text).toContain(amountInWords(total, locale));
      expect(text).toContain(flat(formatTenge(total, locale)));
      expect(text).toContain('₸');
    }
  });

  it('repeats the table header on every page of a 60-line claim', async () => {
    const file = path.join(OUT_DIR, 'fee-application-long-ru.pdf');
    const claim = longClaim(60);
    writeFileSync(file, await renderPdf(feeApplicationDoc(applicationInput(claim), 'ru')));
    const pages = pageCount(file);
    expect(pages).toBeGreaterThan(1);
    const header = feeTexts.ru.columns.work;
    let tablePages = 0;
    for (let p = 1; p <= pages; p += 1) {
      const text = pageText(file, p);
      // Every page with table rows on it (a date in December) starts them under the header.
      if (/\d\d\.12\.2026 \d\d:\d\d/.test(text)) {
        tablePages += 1;
        expect(text).toContain(header);
      }
    }
    expect(tablePages).toBeGreaterThan(1);
    expect(pdfText(file)).toContain(amountInWords(claim.calculation.totals.totalTiyn, 'ru'));
  });
});
