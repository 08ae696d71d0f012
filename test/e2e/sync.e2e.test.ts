/**
 * The Sync page in the browser preview without a server: the sign-in form in Kazakh and
 * Russian, its validation, and a refused connection said in words. Signing in against a real
 * server is sync-live.e2e.test.ts.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kk } from '../../src-shared/i18n/kk';
import { ru } from '../../src-shared/i18n/ru';
import { seriousA11yViolations } from './support/a11y';
import { launch, openApp, screenshot } from './support/browser';
import { createProfile, labelPattern } from './support/profile-fixture';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('sync page', () => {
  it('signs in from a form in kk and ru and says why it could not connect', async () => {
    const { context, page, problems } = await openApp(browser);
    await createProfile(page);
    await page.goto(page.url().replace(/#.*$/, '') + '#/sync');
    await page.getByRole('heading', { level: 1, name: kk.sync.title }).waitFor();
    await page.getByRole('heading', { name: kk.sync.signInTitle }).waitFor();
    // The device name has a sensible default: the advocate's name.
    expect(await page.getByLabel(labelPattern(kk.sync.deviceName)).inputValue()).toContain(
      kk.sync.deviceNameDefault.replace(' {{name}}', '').replace('{{name}}', ''),
    );
    expect(await page.getByText(kk.sync.quarantineEmpty).count()).toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'kk-sync-sign-in');

    // A plain-http internet address and empty fields are refused before anything is sent.
    await page.getByLabel(labelPattern(kk.sync.serverUrl)).fill('http://sync.example.kz');
    await page.getByRole('button', { name: kk.sync.signIn }).click();
    await expect.poll(() => page.getByText(kk.sync.badUrl).count()).toBe(1);
    expect(await page.getByText(kk.validation.required, { exact: true }).count()).toBe(2);
    expect(problems).toEqual([]);

    // Nothing listens on this port: "no connection", in words, in Russian too.
    await page.getByText('РУС', { exact: true }).first().click();
    await page.getByRole('heading', { name: ru.sync.signInTitle }).waitFor();
    await page.getByLabel(labelPattern(ru.sync.serverUrl)).fill('http://127.0.0.1:9');
    await page.getByLabel(labelPattern(ru.sync.login)).fill('gulnar');
    await page.getByLabel(labelPattern(ru.sync.password)).fill('Secret-pass-1');
    await page.getByRole('button', { name: ru.sync.signIn }).click();
    await expect
      .poll(() => page.getByTestId('sign-in-problem').innerText(), { timeout: 20_000 })
      .toContain(ru.sync.problems.offline);
    await screenshot(page, 'ru-sync-sign-in-offline');
    await context.close();
  });
});
