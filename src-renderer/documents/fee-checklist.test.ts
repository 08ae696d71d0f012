/// <reference types="node" />
/* eslint-disable no-restricted-imports -- Node-only test: writes PDFs, runs pdftotext and pdftoppm */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { amountInWords } from '../../src-shared/i18n/amount-in-words';
import { formatTenge } from '../../src-shared/i18n/money';
import { feeChecklistDoc } from './fee-checklist';
import { applicationInput, consultationClaim, defenceClaim, tariff2025 } from './fee-test-data';
import { feeTexts } from './fee-texts';
import { flat, pdfText } from './pdf-text.node';
import { renderPdf } from './render-pdf.node';

const OUT_DIR = path.resolve(import.meta.dirname, '../../test-output/pdf');
const json = (x: unknown) => flat(JSON.stringify(x));
const locales = ['kk', 'ru'] as const;

describe('feeChecklistDoc', () => {
  it.each(locales)('lists the defence attachments and the expense document (%s)', (locale) => {
    const c = feeTexts[locale].checklist;
    const text = json(feeChecklistDoc(applicationInput(defenceClaim), locale));
    expect(text).toContain(c.title);
    expect(text).toContain(flat(c.subtitle('7/2026')));
    expect(text).toContain(flat(formatTenge(defenceClaim.calculation.totals.totalTiyn, locale)));
    for (const a of tariff2025.attachments) {
      if (a.service === 'consultation') expect(text).not.toContain(a.label[locale]);
      else expect(text).toContain(a.label[locale]);
    }
    expect(text).toContain(`{"text":"${c.expenses}","colSpan":4`);
    expect(text).toContain('0045871');
    expect(text).not.toContain(c.noDocument);
    // Every box is empty: the sheet is for ticking by hand.
    expect(text).not.toContain('polyline');
  });

  it('flags an expense whose type needs a document the claim does not name', () => {
    const [expense] = defenceClaim.expenses;
    const claim = { ...defenceClaim, expenses: [{ ...expense!, document: undefined }] };
    const text = json(feeChecklistDoc(applicationInput(claim), 'ru'));
    expect(text).toContain(feeTexts.ru.checklist.noDocument);
  });

  it('has no expense section for a consultation claim without expenses', () => {
    const c = feeTexts.kk.checklist;
    const text = json(feeChecklistDoc(applicationInput(consultationClaim), 'kk'));
    expect(text).toContain(c.kinds.consultation);
    expect(text).not.toContain(`{"text":"${c.expenses}","colSpan":4`);
    for (const a of tariff2025.attachments.filter((x) => x.service === 'consultation'))
      expect(text).toContain(a.label.kk);
  });
});

describe('fee checklist PDF (Node)', () => {
  mkdirSync(OUT_DIR, { recursive: true });

  it.each(locales)('renders one page with the total in words (%s)', async (locale) => {
    const file = path.join(OUT_DIR, `fee-checklist-defence-${locale}.pdf`);
    writeFileSync(file, await renderPdf(feeChecklistDoc(applicationInput(defenceClaim), locale)));
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
    const text = pdfText(file);
    const total = defenceClaim.calculation.totals.totalTiyn;
    expect(text).toContain(feeTexts[locale].checklist.title);
    expect(text).toContain(amountInWords(total, locale));
    expect(text).toContain('₸');
    expect(text).toContain(feeTexts[locale].page(1, 1));
  });
});
