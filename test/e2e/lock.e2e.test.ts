/**
 * The app lock on one village laptop, in Kazakh (each lock screen also in Russian): the first
 * person sets a password, writes a consultation and locks — the lock screen shows no client,
 * no profile; a wrong password is refused in kk and ru; the idle lock with a PIN (Playwright's
 * clock) counts the attempts left; a second person on the laptop has an empty register of
 * their own; the head creates the office recovery key (its PDF read back with pdftotext), the
 * advocate adds the public key, forgets the password and gets back in with the printed key.
 * Every lock screen is photographed in kk and ru and checked with axe.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Messages } from '../../src-shared/i18n/en';
import { kk } from '../../src-shared/i18n/kk';
import { ru } from '../../src-shared/i18n/ru';
import { officeKeyTexts } from '../../src-renderer/documents/office-recovery-key-texts';
import { seriousA11yViolations } from './support/a11y';
import { launch, openApp, screenshot } from './support/browser';
import { calmScreenshot } from './support/calm-screenshot';
import { validIin } from './support/iin-fixture';
import {
  createVaultUser,
  lockNow,
  typePassword,
  unlock,
  waitForApp,
  type VaultUser,
} from './support/lock-flow';
import { pdfText } from './support/pdf-text';
import { advocate, createProfile, fillProfile } from './support/profile-fixture';
import { saveDownload } from './support/report-flow';
import { go, switchLanguage, writeConsultation } from './support/sync-flow';

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k]));

const GULNAR: VaultUser = { label: 'Гүлнәр', password: 'жаз сайын Сырдария тасиды' };
const BEKZAT: VaultUser = { label: 'Бекзат', password: 'таудан аққан бұлақ суы' };
const MADINA: VaultUser = { label: 'Мәдина', password: 'меңгерушінің ұзын құпиясөзі' };
const PIN = '2468';
const client = {
  fullName: 'Тұрсынова Сәуле Бахытқызы',
  iin: validIin('640812', '4'),
  subject: 'Жалақы бойынша қарыз',
  content: 'Еңбек инспекциясына шағым жазу тәртібі түсіндірілді.',
};
/** What must never show while the laptop is locked: the client, the advocate's profile. */
const SECRETS = [client.fullName, client.iin, client.content, advocate.fullName, advocate.iin];

let browser: Browser;
/** The advocate's laptop, shared by the steps below (each step goes on from the last). */
let laptop: { context: BrowserContext; page: Page; problems: string[] };

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await laptop?.context.close();
  await browser?.close();
});

/** The whole page as text and as markup (hidden elements too): no secret in either. */
async function expectNothingPersonal(page: Page) {
  const text = await page.evaluate(() => document.body.innerText);
  const html = await page.content();
  for (const secret of SECRETS) {
    expect(text, secret).not.toContain(secret);
    expect(html, secret).not.toContain(secret);
  }
}

/** A lock screen in kk, then ru, photographed and checked with axe; back to kk. */
async function bothLanguages(page: Page, name: string, check?: (m: Messages) => Promise<void>) {
  for (const [lang, m] of [
    ['kk', kk],
    ['ru', ru],
  ] as const) {
    await switchLanguage(page, lang);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
    await check?.(m);
    await screenshot(page, `${lang}-lock-${name}`);
    expect(await seriousA11yViolations(page), `${lang}-lock-${name}`).toEqual([]);
  }
  await switchLanguage(page, 'kk');
}

const visible = (page: Page, text: string) =>
  page.getByText(text, { exact: true }).first().isVisible();

describe('the app lock on a shared laptop', () => {
  it('the first person sets a password: guidance, errors in kk and ru, then the profile', async () => {
    laptop = await openApp(browser, '', undefined, { vaultUser: null, clock: true });
    const { page } = laptop;
    await page.getByTestId('lock-screen-create').waitFor();
    await bothLanguages(page, 'create', async (m) => {
      expect(await visible(page, m.vault.create.titleFirst)).toBe(true);
      expect(await visible(page, m.vault.create.warning)).toBe(true);
    });

    // Two different passwords: said under the repetition; the name stays, passwords go.
    const form = page.getByTestId('lock-create');
    await form.getByTestId('lock-label').fill(GULNAR.label);
    await form.getByTestId('lock-password').fill(GULNAR.password);
    await form.getByTestId('lock-password-confirm').fill(`${GULNAR.password}!`);
    await form.getByTestId('lock-submit').click();
    await expect.poll(() => visible(page, kk.vault.errors.mismatch)).toBe(true);
    expect(await form.getByTestId('lock-label').inputValue()).toBe(GULNAR.label);
    expect(await form.getByTestId('lock-password').inputValue()).toBe('');
    // Too short.
    await form.getByTestId('lock-password').fill('қысқа');
    await form.getByTestId('lock-password-confirm').fill('қысқа');
    await form.getByTestId('lock-submit').click();
    await expect.poll(() => visible(page, kk.vault.errors['weak-password'])).toBe(true);
    // Not an office key.
    await form.getByTestId('lock-office-key').fill('кілт емес');
    await form.getByTestId('lock-password').fill(GULNAR.password);
    await form.getByTestId('lock-password-confirm').fill(GULNAR.password);
    await form.getByTestId('lock-submit').click();
    await expect.poll(() => visible(page, kk.vault.errors['office-key-format'])).toBe(true);
    await form.getByTestId('lock-office-key').fill('');

    await createVaultUser(page, GULNAR);
    await createProfile(page);
  });

  it('locked, the laptop shows only the chosen names; a wrong password is refused in kk and ru', async () => {
    const { page } = laptop;
    await writeConsultation(page, client);
    await lockNow(page);
    await expectNothingPersonal(page);
    expect(await page.getByTestId('lock-user').allInnerTexts()).toEqual([
      expect.stringContaining(GULNAR.label),
    ]);
    await bothLanguages(page, 'users', async (m) => {
      expect(await visible(page, m.vault.users.title)).toBe(true);
    });

    await typePassword(page, { ...GULNAR, password: 'бұл басқа құпиясөз' });
    await expect.poll(() => visible(page, kk.vault.errors['wrong-password'])).toBe(true);
    expect(await page.getByTestId('lock-password').inputValue()).toBe('');
    await expectNothingPersonal(page);
    // The message follows the language switch (it is kept as a code, not as text).
    await bothLanguages(page, 'password', async (m) => {
      expect(await visible(page, m.vault.errors['wrong-password'])).toBe(true);
    });

    await page.getByTestId('lock-password').fill(GULNAR.password);
    await page.getByTestId('lock-submit').click();
    await waitForApp(page);
    await go(page, '#/consultations');
    await expect
      .poll(() => page.getByTestId('register-row').filter({ hasText: client.fullName }).count())
      .toBe(1);
  });

  it('after a pause with a PIN set, the PIN screen counts the attempts left', async () => {
    const { page } = laptop;
    await go(page, '#/settings');
    const pin = page.getByTestId('security-pin');
    await pin.getByTestId('security-pin-new').fill(PIN);
    await pin.getByTestId('security-pin-confirm').fill(PIN);
    await pin.getByTestId('security-pin-set').click();
    await expect
      .poll(() => page.getByTestId('pin-status').innerText())
      .toBe(kk.vault.security.pin.isSet);
    // The pointer off the button: a hovered light button is Mantine's paler tint (theme.ts).
    await page.mouse.move(0, 0);
    await calmScreenshot(page, 'kk-settings-security');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Nine quiet minutes do not lock (the default is ten); one more does.
    await go(page, '#/consultations');
    await page.getByTestId('register-table').waitFor();
    await page.clock.fastForward('09:00');
    expect(await page.getByTestId('lock-soft').count()).toBe(0);
    await page.clock.fastForward('01:30');
    await page.getByTestId('lock-soft').waitFor();
    await expectNothingPersonal(page);
    expect(await page.getByTestId('lock-user-label').innerText()).toBe(GULNAR.label);

    await page.getByTestId('lock-pin').fill('0000');
    await page.getByTestId('lock-submit').click();
    await expect.poll(() => visible(page, kk.vault.errors['wrong-pin'])).toBe(true);
    await bothLanguages(page, 'pin', async (m) => {
      const left = fill(m.vault.softLock.attemptsLeft, { count: 4 });
      expect(await visible(page, left)).toBe(true);
    });

    await page.getByTestId('lock-pin').fill(PIN);
    await page.getByTestId('lock-submit').click();
    await page.getByTestId('register-row').filter({ hasText: client.fullName }).waitFor();

    // A forgotten PIN: the password ends the idle lock too.
    await page.clock.fastForward('10:30');
    await page.getByTestId('lock-soft').waitFor();
    await page.getByTestId('lock-switch-mode').click();
    await page.getByTestId('lock-password').fill(GULNAR.password);
    await page.getByTestId('lock-submit').click();
    await page.getByTestId('register-row').filter({ hasText: client.fullName }).waitFor();
  });

  it('a second person on the laptop has an empty register of their own', async () => {
    const { page } = laptop;
    await lockNow(page);
    await page.getByTestId('lock-another').click();
    await page.getByTestId('lock-screen-create').waitFor();
    expect(await visible(page, kk.vault.create.titleAnother)).toBe(true);
    await createVaultUser(page, BEKZAT);
    // Their own database: the first-run screen again, then nothing in the register.
    await fillProfile(page, kk.profile.fields, {
      ...advocate,
      fullName: 'Сейітов Бекзат Нұрланұлы',
      iin: validIin('880515', '3'),
    });
    await page.getByRole('button', { name: kk.profile.start }).click();
    await page.getByTestId('profile-name').waitFor();
    await go(page, '#/consultations');
    await page.getByText(kk.register.empty, { exact: true }).waitFor();
    expect(await page.getByTestId('register-row').count()).toBe(0);
    expect(await page.evaluate(() => document.body.innerText)).not.toContain(client.fullName);

    await lockNow(page);
    expect(await page.getByTestId('lock-user').allInnerTexts()).toEqual([
      expect.stringContaining(BEKZAT.label),
      expect.stringContaining(GULNAR.label),
    ]);
    expect(laptop.problems).toEqual([]);
  });

  it('the head makes the office key; the advocate adds it, forgets the password and recovers', async () => {
    // ── The head's laptop: the key, its sheet (kk and ru), the public key file ──────────
    const head = await openApp(browser, '', undefined, { vaultUser: MADINA });
    const hp = head.page;
    await fillProfile(hp, kk.profile.fields, { ...advocate, fullName: 'Сейтқалиева Мәдина' });
    await hp.getByRole('radio', { name: kk.roles.head, exact: true }).check();
    await hp.getByRole('button', { name: kk.profile.start }).click();
    await hp.getByTestId('profile-name').waitFor();
    await go(hp, '#/settings');
    const status = hp.getByTestId('office-status');
    expect(await status.getAttribute('data-sealed')).toBe('false');
    await hp.getByTestId('office-key-create').click();
    const dialog = hp.getByTestId('office-key-dialog');
    await dialog.waitFor();
    const shown = await dialog.getByTestId('office-key-private').innerText();
    const keyId = /KEY ID: (\S+)/.exec(shown)![1]!;
    await calmScreenshot(hp, 'kk-settings-office-key', { fullPage: false });
    expect(await seriousA11yViolations(hp)).toEqual([]);

    const sheets: Record<'kk' | 'ru', string> = { kk: '', ru: '' };
    for (const lang of ['kk', 'ru'] as const) {
      const label =
        lang === 'kk' ? kk.vault.security.newKey.printKk : kk.vault.security.newKey.printRu;
      sheets[lang] = pdfText(await saveDownload(hp, label, `office-recovery-key-${lang}.pdf`));
      const flat = sheets[lang].replace(/\s+/g, ' ');
      expect(flat).toContain(officeKeyTexts[lang].title);
      expect(flat).toContain(keyId);
      expect(flat).toContain(officeKeyTexts[lang].steps[4].slice(0, 40));
    }
    // What the head will type from paper: the sheet's key block, line by line.
    const lines = sheets.kk.split('\n').map((l) => l.trim().replace(/\s+/g, ' '));
    const from = lines.findIndex((l) => l === 'QORGAU RECOVERY KEY v1');
    const to = lines.findIndex((l) => l.startsWith('CHECK:'));
    expect(from).toBeGreaterThanOrEqual(0);
    const typed = lines
      .slice(from, to + 1)
      .filter(Boolean)
      .join('\n');
    expect(typed.replace(/\s+/g, '')).toBe(shown.replace(/\s+/g, ''));

    const publicFile = await saveDownload(
      hp,
      kk.vault.security.newKey.savePublic,
      'qorgau-office-key.txt',
    );
    const publicText = readFileSync(publicFile, 'utf8').trim();
    expect(publicText).toBe((await dialog.getByTestId('office-key-public').innerText()).trim());
    await dialog.getByTestId('office-key-done').click();
    await expect.poll(() => status.getAttribute('data-sealed')).toBe('true');
    expect(await status.innerText()).toContain(keyId);
    expect(head.problems).toEqual([]);
    await head.context.close();

    // ── The advocate adds the public key ──────────────────────────────────────────────
    const { page } = laptop;
    await unlock(page, GULNAR);
    await go(page, '#/settings');
    const office = page.getByTestId('security-office');
    await office.getByTestId('office-key-paste').fill(publicText);
    await office.getByTestId('office-key-adopt').click();
    await expect
      .poll(() => office.getByTestId('office-status').getAttribute('data-sealed'))
      .toBe('true');
    expect(await office.getByTestId('office-status').innerText()).toContain(keyId);
    // A key already named here is not replaced without asking.
    await office.getByTestId('office-key-paste').fill(publicText);
    await office.getByTestId('office-key-adopt').click();
    await page.getByText(kk.vault.security.office.replaceTitle).waitFor();
    await page.getByRole('button', { name: kk.vault.security.office.cancel }).click();

    // ── A forgotten password: the head types the printed key ─────────────────────────
    await lockNow(page);
    await page.getByTestId('lock-user').filter({ hasText: GULNAR.label }).click();
    await page.getByTestId('lock-forgot').click();
    await page.getByTestId('lock-screen-recover').waitFor();
    await expectNothingPersonal(page);
    const NEW_PASSWORD = 'күз келді құстар ұшты';
    // One letter wrong: the check line says so, and the typed block stays for correcting.
    const typoLines = typed.split('\n');
    const body = typoLines[2]!; // the first line of groups, after the header and the key id
    typoLines[2] = `${body[0] === 'A' ? 'B' : 'A'}${body.slice(1)}`;
    const typo = typoLines.join('\n');
    await page.getByTestId('lock-recovery-text').fill(typo);
    await page.getByTestId('lock-password').fill(NEW_PASSWORD);
    await page.getByTestId('lock-password-confirm').fill(NEW_PASSWORD);
    await page.getByTestId('lock-submit').click();
    await expect.poll(() => visible(page, kk.vault.errors['recovery-text-checksum'])).toBe(true);
    expect(await page.getByTestId('lock-recovery-text').inputValue()).toBe(typo);
    await bothLanguages(page, 'recover', async (m) => {
      expect(await visible(page, m.vault.recover.title)).toBe(true);
    });

    await page.getByTestId('lock-recovery-text').fill(typed);
    await page.getByTestId('lock-password').fill(NEW_PASSWORD);
    await page.getByTestId('lock-password-confirm').fill(NEW_PASSWORD);
    await page.getByTestId('lock-submit').click();
    await waitForApp(page);
    await go(page, '#/consultations');
    await page.getByTestId('register-row').filter({ hasText: client.fullName }).waitFor();

    // The old password no longer opens; the new one does.
    await lockNow(page);
    await typePassword(page, GULNAR);
    await expect.poll(() => visible(page, kk.vault.errors['wrong-password'])).toBe(true);
    await page.getByTestId('lock-password').fill(NEW_PASSWORD);
    await page.getByTestId('lock-submit').click();
    await waitForApp(page);
    expect(laptop.problems).toEqual([]);
  });
});
