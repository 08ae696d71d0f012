/**
 * The office across laptops, through a live office server of this file's own (the laptops
 * here must be the first ones of their accounts, whatever ran before): the head's office view
 * (roster, combined registers, a record read-only, one advocate's register printed as an office
 * copy) and cl. 42 across the office (a colleague's consultation to the same person on the same
 * issue is named in the entry form and in the eligibility check). Each user has a browser
 * context of their own; the advocate's laptop is set up once, before both tests.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../src-shared/domain/dates/iso-date';
import { formatDate } from '../../src-shared/i18n/format';
import { kk } from '../../src-shared/i18n/kk';
import { ru } from '../../src-shared/i18n/ru';
import { registerTexts } from '../../src-renderer/documents/register-texts';
import { seriousA11yViolations } from './support/a11y';
import { launch, openApp, OUTPUT_DIR, type AppPage } from './support/browser';
import { calmScreenshot } from './support/calm-screenshot';
import { validIin } from './support/iin-fixture';
import { pdfFirstPagePng, pdfText } from './support/pdf-text';
import { labelPattern } from './support/profile-fixture';
import {
  createProfileFor,
  dialogField,
  go,
  signIn,
  startConsultation,
  switchLanguage,
  syncNow,
  writeConsultation,
} from './support/sync-flow';
import { startSyncStack, type SyncStack } from './support/sync-stack';

const PDF_DIR = path.join(OUTPUT_DIR, 'pdf');
mkdirSync(PDF_DIR, { recursive: true });
const flat = (s: string) => s.replaceAll('\u00a0', ' ').replace(/\s+/g, ' ');

const PENSION = 'Зейнетақы мен жәрдемақы тағайындау';
/** Aigerim's own client. */
const herClient = {
  fullName: 'Жұмабаев Серік Қайратұлы',
  iin: validIin('480701', '3'),
  area: PENSION,
  subject: 'Жасына байланысты зейнетақы тағайындау',
  content: 'Зейнетақы тағайындау үшін құжаттар тізімі түсіндірілді.',
};
/** A person Daniyar advised first, who then comes to Aigerim on the same issue. */
const person = {
  fullName: 'Оспанова Роза Кенжеқызы',
  iin: validIin('550512', '4'),
  area: PENSION,
  subject: 'Мүгедектік бойынша жәрдемақы',
  content: 'Жәрдемақы тағайындау тәртібі түсіндірілді.',
};

let stack: SyncStack;
let browser: Browser;
const contexts: AppPage[] = [];
/** Aigerim's laptop: her profile, one consultation, signed in and synced. */
let aigerim: AppPage;

async function laptop(): Promise<AppPage> {
  const app = await openApp(browser, '', stack.baseUrl);
  contexts.push(app);
  return app;
}

async function savePdf(page: Page, button: string, name: string): Promise<string> {
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

beforeAll(async () => {
  stack = await startSyncStack();
  browser = await launch();
  aigerim = await laptop();
  const { page } = aigerim;
  await createProfileFor(page, stack.accounts.advocate);
  await writeConsultation(page, herClient);
  await signIn(page, stack.syncServerUrl, stack.accounts.advocate);
  await syncNow(page);
  expect(await page.getByTestId('sync-quarantined').innerText()).toBe('0');
}, 90_000);

afterAll(async () => {
  for (const app of contexts) await app.context.close();
  await browser?.close();
  await stack?.close();
});

describe('the office across laptops', () => {
  it("the head sees the office's registers read-only and prints one advocate's", async () => {
    const { accounts } = stack;
    const her = accounts.advocate.fullName;
    // An advocate's laptop has no office view.
    const nav = (page: Page) =>
      page.getByRole('navigation').getByRole('link', { name: kk.nav.office });
    expect(await nav(aigerim.page).count()).toBe(0);

    const head = await laptop();
    const { page } = head;
    await createProfileFor(page, accounts.head, 'head');
    expect(await nav(page).count()).toBe(0); // not before signing in with a head's account
    await signIn(page, stack.syncServerUrl, accounts.head);
    await syncNow(page);
    await nav(page).waitFor();
    await nav(page).click();
    await page.getByRole('heading', { level: 1, name: kk.office.title }).waitFor();

    // The roster: the head first (marked "you"), then Aigerim with her consultation this month.
    const roster = page.getByTestId('office-roster-row');
    await expect.poll(() => roster.count()).toBeGreaterThanOrEqual(2);
    expect(await roster.first().innerText()).toContain(accounts.head.fullName);
    expect(await roster.first().innerText()).toContain(kk.office.roster.you);
    const herLine = roster.filter({ hasText: her });
    expect(await herLine.getByRole('cell').nth(1).innerText()).toBe('1');
    expect.soft(await seriousA11yViolations(page)).toEqual([]);
    await calmScreenshot(page, 'kk-office-roster');

    // The combined registers name whose record each line is.
    const lines = page.getByTestId('office-register-row');
    const herEntry = lines.filter({ hasText: herClient.fullName });
    await herEntry.waitFor();
    expect(await herEntry.innerText()).toContain(her);

    // Her register alone, printed: an office copy, printed by the head.
    await herLine.getByRole('button', { name: her }).click();
    await expect
      .poll(() => page.getByTestId('office-register-count').innerText())
      .toBe(kk.office.registers.count.replace('{{count}}', '1'));
    const text = flat(
      pdfText(
        await savePdf(
          page,
          kk.office.print.button.replace('{{lang}}', 'ҚАЗ'),
          'office-register-kk-e2e',
        ),
      ),
    );
    expect(text).toContain(her);
    // The name may wrap inside its column; the IIN does not.
    expect(text).toContain('Жұмабаев Серік');
    expect(text).toContain(herClient.iin);
    expect(text).toContain(flat(registerTexts.kk.officeCopy(accounts.head.fullName)));

    // One record, read-only: whose it is, and no correcting or printing an act.
    await herEntry.click();
    const record = page.getByTestId('office-record');
    await record.getByTestId('entry-detail').waitFor();
    expect(await record.innerText()).toContain(kk.office.detail.advocate.replace('{{name}}', her));
    expect(await record.getByTestId('not-own-record').innerText()).toBe(kk.office.readOnly);
    expect(await record.getByRole('button', { name: kk.register.detail.correct }).count()).toBe(0);
    expect(await record.getByRole('button').allInnerTexts()).toEqual([]);
    expect.soft(await seriousA11yViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => record.count()).toBe(0);

    await switchLanguage(page, 'ru');
    await page.getByRole('heading', { level: 1, name: ru.office.title }).waitFor();
    await page.getByTestId('office-registers').getByText(ru.office.registers.title).waitFor();
    expect(await herEntry.innerText()).toContain(her);
    expect.soft(await seriousA11yViolations(page)).toEqual([]);
    await calmScreenshot(page, 'ru-office-registers');
    expect(head.problems).toEqual([]);
  });

  it("cl. 42: a colleague's consultation to the same person is named in the form and the check", async () => {
    const { accounts } = stack;
    const colleague = accounts.otherAdvocate.fullName;
    const daniyar = await laptop();
    await createProfileFor(daniyar.page, accounts.otherAdvocate);
    await writeConsultation(daniyar.page, person);
    await signIn(daniyar.page, stack.syncServerUrl, accounts.otherAdvocate);
    await syncNow(daniyar.page);
    expect(await daniyar.page.getByTestId('sync-quarantined').innerText()).toBe('0');

    // Aigerim's laptop learns of it at its next sync (an aid mark: which colleague, when, the area — not the person's name nor the advice).
    const { page } = aigerim;
    await syncNow(page);
    const givenBy = kk.aidMarks.givenBy
      .replace('{{advocate}}', colleague)
      .replace('{{date}}', formatDate(todayIso(), 'kk'));

    await startConsultation(page, person);
    const repeats = page.getByRole('dialog').getByTestId('office-repeats');
    await repeats.waitFor();
    expect(await repeats.innerText()).toContain(kk.aidMarks.entryRepeat);
    expect(await repeats.innerText()).toContain(givenBy);
    expect.soft(await seriousA11yViolations(page)).toEqual([]);
    await repeats.scrollIntoViewIfNeeded();
    await calmScreenshot(page, 'kk-office-repeat', { fullPage: false });
    // Another issue area: not the same issue, no warning.
    await dialogField(page, kk.register.form.issueArea).click();
    await page.getByRole('option').filter({ hasNotText: PENSION }).first().click();
    await expect.poll(() => repeats.count()).toBe(0);
    await page.keyboard.press('Escape');

    // The eligibility check offers it as a possible repeat, saying who gave it.
    await go(page, '#/eligibility');
    await page.getByLabel(labelPattern(kk.eligibility.iin)).first().fill(person.iin);
    await page.getByLabel(labelPattern(kk.eligibility.fullName)).first().fill(person.fullName);
    await page.getByRole('button', { name: kk.eligibility.next }).click();
    await page.getByLabel(labelPattern(kk.eligibility.issueArea)).first().click();
    await page.getByRole('option', { name: PENSION, exact: true }).click();
    await page
      .getByRole('radio', {
        name: 'Алимент, зейнетақы мен жәрдемақы, оңалту, босқын немесе қандас мәртебесі мәселелері бойынша жеке тұлғалар',
      })
      .check();
    await page.getByRole('button', { name: kk.eligibility.next }).click();
    const same = page.getByRole('checkbox', { name: new RegExp(`^${kk.eligibility.repeatSame}`) });
    await expect.poll(() => same.count()).toBe(1);
    const label = await page.getByText(new RegExp(`^${kk.eligibility.repeatSame}`)).innerText();
    expect(label).toContain(givenBy);
    expect(await page.getByText(kk.aidMarks.asOfSync).count()).toBe(1);
    expect(aigerim.problems).toEqual([]);
    expect(daniyar.problems).toEqual([]);
  });
});
