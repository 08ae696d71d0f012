/**
 * The register end to end: eligibility → consultation deferred (appointment within 3 working
 * days, notice for the person) → given (a correction with a reason, history kept) → search →
 * the monthly register PDF in Kazakh and in Russian, read back with pdftotext.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kk } from '../../src-shared/i18n/kk';
import { ru } from '../../src-shared/i18n/ru';
import { seriousA11yViolations } from './support/a11y';
import { launch, OUTPUT_DIR, openApp, screenshot } from './support/browser';
import { runCheck } from './support/eligibility-flow';
import { pdfFirstPagePng, pdfText } from './support/pdf-text';
import { createProfile, labelPattern } from './support/profile-fixture';
import { chooseSettlement } from './support/settlement';

const PDF_DIR = path.join(OUTPUT_DIR, 'pdf');
mkdirSync(PDF_DIR, { recursive: true });
const flat = (s: string) => s.replaceAll('\u00a0', ' ');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function savePdf(page: Page, button: string, name: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const file = path.join(PDF_DIR, `${name}.pdf`);
  copyFileSync((await download.path())!, file);
  pdfFirstPagePng(file, path.join(PDF_DIR, name));
  return file;
}

const field = (page: Page, label: string) => page.getByLabel(labelPattern(label)).first();

describe('consultation register', () => {
  it('eligibility → deferred → given (correction) → search → monthly register PDF in kk and ru', async () => {
    const { context, page, problems } = await openApp(browser);
    await createProfile(page);

    await runCheck(page, kk, {
      iin: '480701301235',
      fullName: 'Жұмабаев Серік Қайратұлы',
      area: 'Зейнетақы мен жәрдемақы тағайындау',
      category:
        'Алимент, зейнетақы мен жәрдемақы, оңалту, босқын немесе қандас мәртебесі мәселелері бойынша жеке тұлғалар',
      evidence: ['Жеке басын куәландыратын құжат'],
    });
    await page.getByRole('button', { name: kk.eligibility.startConsultation }).click();

    // The new entry is pre-filled from the decision.
    const dialog = page.getByRole('dialog');
    await dialog.getByText(kk.register.form.titleNew).waitFor();
    expect(await field(page, kk.register.form.fullName).inputValue()).toBe(
      'Жұмабаев Серік Қайратұлы',
    );
    await field(page, kk.register.form.idType).fill('Жеке куәлік');
    await field(page, kk.register.form.subject).fill('Жасына байланысты зейнетақы тағайындау');
    // A new entry states where the aid is given (cl. 5.4): the first one has nothing to copy.
    await chooseSettlement(page, kk, 'rural');

    // Deferred: the next working day is proposed, and the notice for the person is written.
    await dialog.getByText(kk.register.statuses.deferred, { exact: true }).click();
    await dialog.getByRole('button', { name: kk.register.form.propose }).click();
    await expect
      .poll(() => page.getByTestId('deferral-notice').inputValue())
      .toContain('Жұмабаев Серік Қайратұлы, сізге тегін заң кеңесі');
    await screenshot(page, 'kk-register-deferred-form');
    await dialog.getByRole('button', { name: kk.register.form.save }).click();

    const detail = page.getByTestId('entry-detail');
    await detail.waitFor();
    expect(await detail.innerText()).toContain(kk.register.statuses.deferred);
    expect(await detail.innerText()).toContain(kk.fees.settlement.rural);

    // Given later: a correction with a reason; the history keeps both versions.
    await detail.getByRole('button', { name: kk.register.detail.markGiven }).click();
    await dialog.getByText(kk.register.form.titleCorrect.replace('{{number}}', '1')).waitFor();
    await field(page, kk.register.form.content).fill(
      'Зейнетақы тағайындау үшін құжаттар тізімі түсіндірілді.',
    );
    await field(page, kk.register.form.startedAt).fill('10:00');
    await field(page, kk.register.form.endedAt).fill('10:40');
    await dialog.getByRole('button', { name: kk.register.form.saveCorrection }).click();
    await expect
      .poll(() => page.getByTestId('entry-history').innerText())
      .toContain(kk.register.detail.markGivenReason);
    expect(await page.getByTestId('entry-history').innerText()).toContain(
      kk.register.statuses.deferred,
    );
    await screenshot(page, 'kk-register-entry-history');
    await page.keyboard.press('Escape');

    // The register lists it; search finds it by a name prefix and by IIN.
    await expect.poll(() => page.getByTestId('register-row').count()).toBe(1);
    await page.getByLabel(labelPattern(kk.register.search)).fill('жұмаб');
    await expect
      .poll(() => page.getByTestId('register-count').innerText())
      .toBe(kk.register.count.replace('{{count}}', '1'));
    await page.getByLabel(labelPattern(kk.register.search)).fill('480701301235');
    await expect
      .poll(() => page.getByTestId('register-count').innerText())
      .toBe(kk.register.count.replace('{{count}}', '1'));
    await page.getByLabel(labelPattern(kk.register.search)).fill('');
    await screenshot(page, 'kk-register');
    expect(await seriousA11yViolations(page)).toEqual([]);

    const kkPdf = flat(
      pdfText(
        await savePdf(
          page,
          kk.register.printRegister.replace('{{lang}}', 'ҚАЗ'),
          'register-kk-e2e',
        ),
      ),
    );
    expect(kkPdf).toContain('Жұмабаев');
    expect(kkPdf).toContain('480701301235');
    expect(kkPdf).toMatch(/Бет 1/);

    await page.getByText('РУС', { exact: true }).first().click();
    const ruPdf = flat(
      pdfText(
        await savePdf(
          page,
          ru.register.printRegister.replace('{{lang}}', 'РУС'),
          'register-ru-e2e',
        ),
      ),
    );
    expect(ruPdf).toContain('Жұмабаев');
    expect(ruPdf).toMatch(/Стр\. 1/);
    await screenshot(page, 'ru-register');
    expect(problems).toEqual([]);
    await context.close();
  });
});
