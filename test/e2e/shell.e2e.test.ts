/**
 * The built renderer in real Chromium: first run, profile persisted in IndexedDB,
 * language kk → ru → en, accessibility, screenshots for a human to look at.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src-shared/i18n/en';
import { kk } from '../../src-shared/i18n/kk';
import { ru } from '../../src-shared/i18n/ru';
import { seriousA11yViolations } from './support/a11y';
import { launch, openApp, screenshot } from './support/browser';
import { unlock } from './support/lock-flow';
import { advocate, createProfile, fillProfile } from './support/profile-fixture';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function navLabels(page: Page) {
  return page.getByRole('navigation').first().getByRole('link').allInnerTexts();
}

async function switchLanguage(page: Page, short: 'ҚАЗ' | 'РУС' | 'ENG') {
  await page.getByText(short, { exact: true }).first().click();
}

describe('first run → shell, in Kazakh, Russian and English', () => {
  it('asks for the profile, validates it in Kazakh, saves it and keeps it across reloads', async () => {
    const { context, page, problems } = await openApp(browser);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).innerText())
      .toBe(kk.profile.firstRunTitle);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('kk');
    await screenshot(page, 'kk-first-run');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Empty form: every required field says so, in Kazakh.
    await page.getByRole('button', { name: kk.profile.start }).click();
    expect(
      await page.getByText(kk.validation.required, { exact: true }).count(),
    ).toBeGreaterThanOrEqual(6);

    // A wrong IIN check digit and a foreign phone number are named precisely.
    await fillProfile(page, kk.profile.fields, {
      ...advocate,
      iin: '900101300058',
      phone: '+7 901 123 45 67',
    });
    await page.getByRole('button', { name: kk.profile.start }).click();
    await expect.poll(() => page.getByText(kk.validation.iin.checksum).count()).toBe(1);
    expect(await page.getByText(kk.validation.phone).count()).toBe(1);
    await screenshot(page, 'kk-first-run-errors');

    await fillProfile(page, kk.profile.fields, { iin: advocate.iin, phone: advocate.phone });
    // A valid IIN is decoded back to the birth date it encodes (900101… → 01.01.1990).
    expect(
      await page.getByText(kk.profile.hints.iinDecoded.replace('{{date}}', '01.01.1990')).count(),
    ).toBe(1);
    await page.getByRole('button', { name: kk.profile.start }).click();
    await expect.poll(() => page.getByTestId('profile-name').innerText()).toBe(advocate.fullName);
    expect(await navLabels(page)).toEqual([
      kk.nav.eligibility,
      kk.nav.consultations,
      kk.nav.appointments,
      kk.nav.schedules,
      kk.nav.reports,
      kk.nav.sync,
      kk.nav.settings,
    ]);

    // A reload is a full lock (features/lock): the password opens the same profile again.
    await page.reload();
    await unlock(page);
    await expect.poll(() => page.getByTestId('profile-name').innerText()).toBe(advocate.fullName);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('switches kk → ru → en, remembers the choice, and passes axe in each', async () => {
    const { context, page, problems } = await openApp(browser);
    await createProfile(page);

    const catalogs = { kk, ru, en } as const;
    const shorts = { kk: 'ҚАЗ', ru: 'РУС', en: 'ENG' } as const;
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const m = catalogs[lang];
      await switchLanguage(page, shorts[lang]);
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
      // Reports (issue 8) open on the month at a glance, its tab selected.
      await page.goto(page.url().replace(/#.*$/, '') + '#/reports');
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).last().innerText())
        .toBe(m.fees.title);
      await page.getByTestId('month-panel').waitFor();
      expect(
        await page
          .getByRole('tab', { name: m.fees.report.tabs.month })
          .getAttribute('aria-selected'),
      ).toBe('true');
      expect(await navLabels(page)).toContain(m.nav.settings);
      await screenshot(page, `${lang}-shell`);
      expect(await seriousA11yViolations(page)).toEqual([]);

      await page.getByRole('link', { name: m.nav.settings }).click();
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).last().innerText())
        .toBe(m.settings.title);
      await screenshot(page, `${lang}-settings`);
      expect(await seriousA11yViolations(page)).toEqual([]);
    }

    // The last choice (en) survives a reload — the lock screen already speaks it — and so does
    // Russian chosen on the lock screen.
    await page.reload();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByText(en.vault.users.title, { exact: true }).waitFor();
    await switchLanguage(page, 'РУС');
    await page.reload();
    await page.getByText(ru.vault.users.title, { exact: true }).waitFor();
    await unlock(page);
    await expect.poll(() => navLabels(page)).toContain(ru.nav.settings);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the monthly report deadline from the working-day calendar', async () => {
    const { context, page, problems } = await openApp(browser);
    await createProfile(page);
    // The schedule deadline is the head's: test/e2e/duty.e2e.test.ts checks it on their page.
    for (const [hash, id] of [['#/reports', 'deadline-report']] as const) {
      await page.goto(page.url().replace(/#.*$/, '') + hash);
      const card = page.getByTestId(id);
      await card.waitFor();
      // "Мерзімі: 07.12.2026, дүйсенбі" or "Мерзімі — бүгін": a date from the calendar pack.
      expect(await card.innerText()).toMatch(/Мерзімі(: \d{2}\.\d{2}\.\d{4}, \S+| — бүгін)/);
      expect(await seriousA11yViolations(page)).toEqual([]);
    }
    await screenshot(page, 'kk-reports-deadline');
    await page.getByText('РУС', { exact: true }).first().click();
    await page.goto(page.url().replace(/#.*$/, '') + '#/reports');
    expect(await page.getByTestId('deadline-report').innerText()).toMatch(
      /Ежемесячный отчёт за \S+ \d{4}/,
    );
    await screenshot(page, 'ru-reports-deadline');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('draws Kazakh letters and ₸ with the bundled Noto Sans, and formats numbers the Kazakh way', async () => {
    const { context, page } = await openApp(browser);
    await createProfile(page);
    await page.goto(page.url().replace(/#.*$/, '') + '#/settings');
    const example = await page.getByTestId('format-example').innerText();
    expect(example).toMatch(/\d{2}\.\d{2}\.\d{4}/);
    expect(example).toMatch(/1\s234\s567,5/);
    expect(example).toMatch(/38\s920,00\s₸/);
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      const sample = 'ӘәҒғҚқҢңӨөҰұҮүҺһІі ₸';
      await document.fonts.load('16px "Noto Sans"', sample);
      return {
        available: document.fonts.check('16px "Noto Sans"', sample),
        loaded: [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family),
      };
    });
    expect(fonts.available).toBe(true);
    expect(fonts.loaded).toContain('Noto Sans');
    await context.close();
  });
});
