/**
 * A full eligibility check in Kazakh and in Russian: decision, citations, unverified marks,
 * the explanation PDF (text extracted with pdftotext), the once-per-issue check, and
 * loading rule pack files.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kk } from '../../src-shared/i18n/kk';
import { ru } from '../../src-shared/i18n/ru';
import v2 from '../../src-shared/rules/packs/kz-sgla-eligibility.v2.json';
import { seriousA11yViolations } from './support/a11y';
import { launch, OUTPUT_DIR, openApp, screenshot } from './support/browser';
import { runCheck } from './support/eligibility-flow';
import { pdfFirstPagePng, pdfText } from './support/pdf-text';
import { createProfile } from './support/profile-fixture';

const PDF_DIR = path.join(OUTPUT_DIR, 'pdf');
const flat = (s: string) => s.replaceAll('\u00a0', ' ');
mkdirSync(PDF_DIR, { recursive: true });

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function withProfile() {
  const app = await openApp(browser);
  await createProfile(app.page);
  return app;
}

async function downloadPdf(page: Page, button: string, name: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const file = path.join(PDF_DIR, `${name}.pdf`);
  copyFileSync((await download.path())!, file);
  expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  pdfFirstPagePng(file, path.join(PDF_DIR, name));
  return file;
}

const pensioner = {
  iin: '480701301235',
  fullName: 'Жұмабаев Серік Қайратұлы',
};

describe('eligibility check', () => {
  it('in Kazakh: an entitled pensioner, cited rules, unverified marks, PDF; then the repeat is caught', async () => {
    const { context, page, problems } = await withProfile();
    await page.getByRole('heading', { name: kk.eligibility.title }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await runCheck(page, kk, {
      ...pensioner,
      area: 'Зейнетақы мен жәрдемақы тағайындау',
      category:
        'Алимент, зейнетақы мен жәрдемақы, оңалту, босқын немесе қандас мәртебесі мәселелері бойынша жеке тұлғалар',
      evidence: ['Жеке басын куәландыратын құжат'],
    });
    expect(await page.getByTestId('decision-outcome').innerText()).toBe(
      kk.eligibility.outcome.eligible,
    );
    const citations = (await page.getByTestId('trace-citation').allInnerTexts()).map(flat);
    expect(citations).toContain('№ 176-VI Заң, 26-бап, 2-тармақ, 1) тармақша');
    expect(citations).toContain('РАА Ережесі (19.02.2024), 42-тармақ');
    expect(
      await page.getByTestId('decision-card').getByTestId('unverified-badge').count(),
    ).toBeGreaterThan(0);
    expect(await page.getByTestId('decision-pack').innerText()).toContain('kz-sgla-eligibility');
    await screenshot(page, 'kk-eligibility-result');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(problems).toEqual([]);

    const file = await downloadPdf(page, kk.eligibility.printKk, 'explanation-kk-eligible');
    const text = flat(pdfText(file));
    expect(text).toMatch(/[әғқңөұүһі]/);
    expect(text).toContain(pensioner.fullName);
    expect(text).not.toContain(pensioner.iin); // masked on paper
    expect(text).toContain('26-бап');

    // Same person, same issue area: the earlier (recorded) aid is offered as a possible repeat.
    await page.getByRole('button', { name: kk.eligibility.newCheck }).click();
    await runCheck(
      page,
      kk,
      {
        ...pensioner,
        area: 'Зейнетақы мен жәрдемақы тағайындау',
        category:
          'Алимент, зейнетақы мен жәрдемақы, оңалту, босқын немесе қандас мәртебесі мәселелері бойынша жеке тұлғалар',
        evidence: ['Жеке басын куәландыратын құжат'],
      },
      async () => {
        const same = page.getByRole('checkbox', {
          name: new RegExp(`^${kk.eligibility.repeatSame}`),
        });
        expect(await same.count()).toBe(1);
        await same.check();
      },
    );
    expect(await page.getByTestId('decision-outcome').innerText()).toBe(
      kk.eligibility.outcome['not-eligible'],
    );
    expect(await page.getByTestId('decision-card').innerText()).toContain(
      'Сол бір мәселе бойынша заң көмегі бұрын көрсетілген',
    );
    await screenshot(page, 'kk-eligibility-repeat');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('in Russian: no category → legal information only, with the ground explained in the PDF', async () => {
    const { context, page, problems } = await withProfile();
    await page.getByText('РУС', { exact: true }).first().click();
    await page.getByRole('heading', { name: ru.eligibility.title }).waitFor();
    await runCheck(page, ru, {
      iin: '751120400126',
      fullName: 'Иванова Мария Петровна',
      area: 'Жилищные вопросы',
      category: ru.eligibility.categoryNone,
      evidence: [],
    });
    expect(await page.getByTestId('decision-outcome').innerText()).toBe(
      ru.eligibility.outcome['refer-to-legal-information'],
    );
    const citations = (await page.getByTestId('trace-citation').allInnerTexts()).map(flat);
    expect(citations).toContain('Правила РКА от 19.02.2024, п. 38, пп. 1)');
    expect(citations).toContain('Закон № 176-VI, ст. 26, п. 1');
    await screenshot(page, 'ru-eligibility-result');
    expect(await seriousA11yViolations(page)).toEqual([]);

    const file = await downloadPdf(
      page,
      ru.eligibility.printRu,
      'explanation-ru-legal-information',
    );
    const text = flat(pdfText(file));
    expect(text).toContain('Иванова Мария Петровна');
    expect(text).toContain('п. 38');
    expect(text).toMatch(/правов(ую|ой|ая) информаци/i);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a bad rule pack file is refused with a reason in Kazakh; a corrected version is installed and used', async () => {
    const { context, page } = await withProfile();
    await page.goto(page.url().replace(/#.*$/, '') + '#/settings');
    const table = page.getByTestId('packs-table');
    await table.waitFor();
    const before = await table.innerText();

    const input = page.locator('input[type=file]');
    await input.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          ...v2,
          version: 3,
          categories: [{ ...v2.categories[0], evidence: ['nothing'] }],
        }),
      ),
    });
    await page.getByText(kk.packs.kept).waitFor();
    expect(await page.getByText(/Топтамада қайшылық бар: categories\.0\.evidence\.0/).count()).toBe(
      1,
    );
    expect(await table.innerText()).toBe(before);
    await screenshot(page, 'kk-settings-pack-refused');

    await input.setInputFiles({
      name: 'corrected.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          ...v2,
          version: 3,
          effectiveFrom: '2026-01-01',
          publisher: 'Қызылорда облыстық адвокаттар алқасы',
        }),
      ),
    });
    await page
      .getByText(
        kk.packs.loaded.replace('{{id}}', 'kz-sgla-eligibility').replace('{{version}}', '3'),
      )
      .waitFor();
    await expect.poll(() => table.innerText()).toContain('kz-sgla-eligibility v3');
    await screenshot(page, 'kk-settings-packs');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The corrected pack is what the next decision uses.
    await page.goto(page.url().replace(/#.*$/, '') + '#/eligibility');
    await runCheck(page, kk, {
      ...pensioner,
      area: 'Алимент өндіріп алу',
      category:
        'Алимент, зейнетақы мен жәрдемақы, оңалту, босқын немесе қандас мәртебесі мәселелері бойынша жеке тұлғалар',
      evidence: ['Жеке басын куәландыратын құжат'],
    });
    expect(await page.getByTestId('decision-pack').innerText()).toContain('3');
    await context.close();
  });
});
