/**
 * What an advocate does in the browser preview around sync, by visible labels (Kazakh unless
 * said): a profile for a server account, a consultation in the register, signing in to the
 * office server, "Sync now" until the run is over.
 */
import type { Locator, Page } from 'playwright-core';
import type { Messages } from '../../../src-shared/i18n/en';
import { kk } from '../../../src-shared/i18n/kk';
import { readStore } from './idb';
import type { LiveAccount } from './live-server';
import { advocate, fillProfile, labelPattern } from './profile-fixture';
import { chooseSettlement } from './settlement';

/** Same-document navigation: the preview keeps the device token in memory only. */
export const go = (page: Page, hash: string) =>
  page.evaluate((h) => {
    location.hash = h;
  }, hash);

/** A field of the open dialog, by its label. */
export const dialogField = (page: Page, label: string) =>
  page.getByRole('dialog').getByLabel(labelPattern(label)).first();

/** First run: the profile of the person behind a server account (same name, same office). */
export async function createProfileFor(
  page: Page,
  account: LiveAccount,
  role: 'advocate' | 'head' = 'advocate',
): Promise<void> {
  await fillProfile(page, kk.profile.fields, { ...advocate, fullName: account.fullName });
  await page.getByRole('radio', { name: kk.roles[role], exact: true }).check();
  await page.getByRole('button', { name: kk.profile.start }).click();
  await page.getByTestId('profile-name').waitFor();
}

export interface ConsultationInput {
  fullName: string;
  iin: string;
  /** The issue area's label; the list's first one when not given. */
  area?: string;
  subject: string;
  content: string;
}

/** Fills the new-entry form's person and issue (the entry is not saved). */
export async function startConsultation(page: Page, c: ConsultationInput): Promise<void> {
  const f = kk.register.form;
  await go(page, '#/consultations');
  await page.getByRole('button', { name: kk.register.newEntry }).click();
  await page.getByRole('dialog').getByText(f.titleNew).waitFor();
  await chooseSettlement(page, kk);
  await dialogField(page, f.fullName).fill(c.fullName);
  await dialogField(page, f.iin).fill(c.iin);
  await dialogField(page, f.idType).fill('Жеке куәлік');
  await dialogField(page, f.issueArea).click();
  const options = page.getByRole('option');
  await (c.area ? options.getByText(c.area, { exact: true }) : options.first()).click();
  await dialogField(page, f.subject).fill(c.subject);
}

/** Writes a given consultation (09:00–09:30 today) and returns its id; the detail is closed. */
export async function writeConsultation(page: Page, c: ConsultationInput): Promise<string> {
  const f = kk.register.form;
  const before = new Set((await readStore<{ id: string }>(page, 'consultations')).map((r) => r.id));
  await startConsultation(page, c);
  await dialogField(page, f.content).fill(c.content);
  await dialogField(page, f.startedAt).fill('09:00');
  await dialogField(page, f.endedAt).fill('09:30');
  await page.getByRole('dialog').getByRole('button', { name: f.save }).click();
  await page.getByTestId('entry-detail').waitFor();
  const added = (await readStore<{ id: string }>(page, 'consultations')).filter(
    (r) => !before.has(r.id),
  );
  if (added.length !== 1) throw new Error(`expected one new consultation, found ${added.length}`);
  await page.keyboard.press('Escape');
  await page.getByTestId('entry-detail').waitFor({ state: 'detached' });
  return added[0]!.id;
}

/** Signs this laptop in (kk) with the preview's own address: /v1 is proxied to the server. */
export async function signIn(page: Page, serverUrl: string, account: LiveAccount): Promise<void> {
  await go(page, '#/sync');
  await page.getByRole('heading', { name: kk.sync.signInTitle }).waitFor();
  await page.getByLabel(labelPattern(kk.sync.serverUrl)).fill(serverUrl);
  await page.getByLabel(labelPattern(kk.sync.login)).fill(account.login);
  await page.getByLabel(labelPattern(kk.sync.password)).fill(account.password);
  await page.getByRole('button', { name: kk.sync.signIn }).click();
  await until(
    () => page.getByTestId('sync-user').innerText(),
    (v) => v === account.fullName,
  );
}

/**
 * Polls `read` until `ok` holds (20 s at most). Unlike expect.poll it also works in a
 * beforeAll, where a file sets up a laptop both of its tests use.
 */
export async function until<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + 20_000;
  let last: T | undefined;
  for (;;) {
    last = await read();
    if (ok(last)) return last;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}; last: ${String(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const lastSuccessAt = async (page: Page) =>
  (await readStore<{ lastSuccessAt?: string }>(page, 'syncState'))[0]?.lastSuccessAt ?? '';

/**
 * "Sync now" on the Sync page, in the language shown (`m`), and waits until a run that began
 * after the click has succeeded (the persisted last success moves) and nothing runs any more.
 */
export async function syncNow(page: Page, m: Messages = kk): Promise<void> {
  await go(page, '#/sync');
  const state = page.getByTestId('sync-state');
  // A run already under way would swallow the click (it only asks for one more run later).
  const idle = (v: string | null) => v !== m.sync.state.running;
  await until(() => state.textContent(), idle, 'no run under way');
  const before = await lastSuccessAt(page);
  await page.getByRole('button', { name: m.sync.syncNow }).click();
  await until(
    () => lastSuccessAt(page),
    (v) => v !== before,
    'a successful run',
  );
  await until(() => state.textContent(), idle, 'the run to end');
}

/** Switches the interface language with the header's switch. */
export async function switchLanguage(page: Page, to: 'kk' | 'ru'): Promise<void> {
  await page
    .getByText(to === 'kk' ? 'ҚАЗ' : 'РУС', { exact: true })
    .first()
    .click();
}

/** A record's sync badge status (`data-status`) inside `scope`: a register row, a header. */
export function badgeStatus(scope: Locator): Promise<string | null> {
  return scope.getByTestId('sync-badge').first().getAttribute('data-status', { timeout: 1000 });
}
