/**
 * The browser preview against a live office server (global-setup.ts starts it and proxies the
 * preview's `/v1` to it): an advocate writes a consultation, signs in (kk) and syncs, and the
 * record is checked on the server through a second device of hers; another laptop then changes
 * the same record, her own correction conflicts, and the quarantine and conflict lists say why
 * in kk and ru while the local row becomes the server's copy and the refused version stays;
 * finally she signs out. The three steps share one browser page, in order.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { conflictReason } from '../../src-shared/contracts/sync/rejections';
import { kk } from '../../src-shared/i18n/kk';
import { ru } from '../../src-shared/i18n/ru';
import { seriousA11yViolations } from './support/a11y';
import { launch, openApp, type AppPage } from './support/browser';
import { calmScreenshot } from './support/calm-screenshot';
import { readStore } from './support/idb';
import { validIin } from './support/iin-fixture';
import { advocate, fillProfile, labelPattern } from './support/profile-fixture';
import { correctionOp, pullAll, push, signInDevice, type DeviceSession } from './support/sync-api';

interface StoredRow extends Record<string, unknown> {
  id: string;
  version: number;
  advocateId: string;
  entryJson: string;
}
interface OutboxRow {
  opId: string;
  entity: string;
  entityId: string;
  state: string;
  record: StoredRow;
  rejection?: { code: string; reason: { kk: string; ru: string } };
}

const accounts = inject('syncAccounts');
const client = { fullName: 'Жұмабаев Серік Қайратұлы', iin: validIin('480701', '3') };
const FIRST_CONTENT = 'Зейнетақы тағайындау үшін құжаттар тізімі түсіндірілді.';
const OTHER_LAPTOP_CONTENT = 'Құжаттар тізімі мен өтініш беру мерзімі түсіндірілді.';
const MY_CORRECTION = 'Құжаттар тізімі түсіндірілді, өтініш үлгісі берілді.';

const contentOf = (row: { entryJson: string }) =>
  (JSON.parse(row.entryJson) as { content: string }).content;
const field = (page: Page, label: string) =>
  page.getByRole('dialog').getByLabel(labelPattern(label)).first();
/** Same-document navigation: the preview keeps the device token in memory only. */
const go = (page: Page, hash: string) =>
  page.evaluate((h) => {
    location.hash = h;
  }, hash);
const consultationsOn = async (session: DeviceSession) =>
  (await pullAll(session)).changes.filter((c) => c.entity === 'consultation');

let browser: Browser;
let app: AppPage;
/** The same advocate's second laptop, from Node. */
let otherLaptop: DeviceSession;
let entryId: string;

beforeAll(async () => {
  browser = await launch();
  app = await openApp(browser);
});
afterAll(async () => {
  await app?.context.close();
  await browser?.close();
});

describe('sync with a live office server', () => {
  it('sends a consultation written offline; the server holds exactly that record', async () => {
    const { page } = app;
    // Her profile on this laptop: the same person as her account on the server.
    await fillProfile(page, kk.profile.fields, {
      ...advocate,
      fullName: accounts.advocate.fullName,
    });
    await page.getByRole('button', { name: kk.profile.start }).click();
    await page.getByTestId('profile-name').waitFor();

    // One consultation in the register, before the laptop has ever seen a server.
    await go(page, '#/consultations');
    await page.getByRole('button', { name: kk.register.newEntry }).click();
    await page.getByRole('dialog').getByText(kk.register.form.titleNew).waitFor();
    const f = kk.register.form;
    await field(page, f.fullName).fill(client.fullName);
    await field(page, f.iin).fill(client.iin);
    await field(page, f.idType).fill('Жеке куәлік');
    await field(page, f.issueArea).click();
    await page.getByRole('option').first().click();
    await field(page, f.subject).fill('Жасына байланысты зейнетақы тағайындау');
    await field(page, f.content).fill(FIRST_CONTENT);
    await field(page, f.startedAt).fill('09:00');
    await field(page, f.endedAt).fill('09:30');
    await page.getByRole('dialog').getByRole('button', { name: f.save }).click();
    await page.getByTestId('entry-detail').waitFor();
    const [written] = await readStore<StoredRow>(page, 'consultations');
    expect(written).toBeDefined();
    entryId = written!.id;
    await page.keyboard.press('Escape');

    // Sign in (kk) with the preview's own address: /v1 is proxied to the office server.
    await go(page, '#/sync');
    await page.getByRole('heading', { name: kk.sync.signInTitle }).waitFor();
    await page.getByLabel(labelPattern(kk.sync.serverUrl)).fill(inject('syncServerUrl'));
    await page.getByLabel(labelPattern(kk.sync.login)).fill(accounts.advocate.login);
    await page.getByLabel(labelPattern(kk.sync.password)).fill(accounts.advocate.password);
    await page.getByRole('button', { name: kk.sync.signIn }).click();
    await expect
      .poll(() => page.getByTestId('sync-user').innerText(), { timeout: 20_000 })
      .toBe(accounts.advocate.fullName);

    await page.getByRole('button', { name: kk.sync.syncNow }).click();
    // Done when the run has pulled too: the scheduler is idle and a success is recorded. (The
    // badge is upper-cased by CSS, so its text, not its rendering, is compared.)
    await expect.poll(() => page.getByTestId('sync-state').textContent()).toBe(kk.sync.state.idle);
    await expect
      .poll(() => page.getByTestId('sync-last-success').innerText())
      .not.toBe(kk.sync.never);
    expect(await page.getByTestId('sync-pending').innerText()).toBe('0');
    expect(await page.getByTestId('sync-quarantined').innerText()).toBe('0');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await calmScreenshot(page, 'kk-sync-signed-in');

    // On the server, seen by another device of the same advocate: exactly this record, owned
    // by her server account (the laptop adopted that identity on signing in).
    otherLaptop = await signInDevice(accounts.advocate, 'Екінші ноутбук (e2e)');
    const [local] = await readStore<StoredRow>(page, 'consultations');
    const onServer = await consultationsOn(otherLaptop);
    expect(onServer).toHaveLength(1);
    expect(onServer[0]).toMatchObject({ entityId: entryId, version: 1 });
    expect(onServer[0]!.ownerId).toBe(otherLaptop.userId);
    expect(local!.advocateId).toBe(otherLaptop.userId);
    expect(onServer[0]!.record).toEqual(local);
    expect(contentOf(onServer[0]!.record as StoredRow)).toBe(FIRST_CONTENT);

    // The office's head reads it too; another advocate of the office does not.
    const head = await signInDevice(accounts.head, 'Меңгерушінің компьютері (e2e)');
    expect((await consultationsOn(head)).map((c) => c.entityId)).toEqual([entryId]);
    const colleague = await signInDevice(accounts.otherAdvocate, 'Әріптестің ноутбугы (e2e)');
    expect(await consultationsOn(colleague)).toEqual([]);
    expect(app.problems).toEqual([]);
  });

  it('keeps both versions of a conflict and says why in kk and ru', async () => {
    const { page } = app;
    // The other laptop corrects the record first, built on the server's current version.
    const [current] = await consultationsOn(otherLaptop);
    const theirs = correctionOp('consultation', current!, (record) => ({
      ...record,
      entryJson: JSON.stringify({
        ...(JSON.parse(record['entryJson'] as string) as object),
        content: OTHER_LAPTOP_CONTENT,
      }),
      correctionReason: 'Екінші ноутбукта толықтырылды',
    }));
    const pushed = await push(otherLaptop, [theirs]);
    expect(pushed.results[0]).toMatchObject({ outcome: 'accepted', version: 2 });

    // This laptop has not pulled it yet and corrects its own copy (v1 → v2).
    await go(page, `#/consultations?entry=${entryId}`);
    const detail = page.getByTestId('entry-detail');
    await detail.getByRole('button', { name: kk.register.detail.correct }).click();
    await page
      .getByRole('dialog')
      .getByText(kk.register.form.titleCorrect.replace('{{number}}', '1'))
      .waitFor();
    await field(page, kk.register.form.content).fill(MY_CORRECTION);
    await field(page, kk.register.form.correctionReason).fill('Өтініш үлгісі берілді');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: kk.register.form.saveCorrection })
      .click();
    await expect
      .poll(() => page.getByTestId('entry-history').innerText())
      .toContain('Өтініш үлгісі берілді');
    await page.keyboard.press('Escape');

    await go(page, '#/sync');
    await page.getByRole('button', { name: kk.sync.syncNow }).click();
    await expect.poll(() => page.getByTestId('sync-quarantined').innerText()).toBe('1');
    await expect.poll(() => page.getByTestId('sync-pending').innerText()).toBe('0');
    const quarantine = page.getByTestId('quarantine-list');
    const conflicts = page.getByTestId('conflict-list');
    await expect.poll(() => quarantine.innerText()).toContain(conflictReason.kk);
    await expect.poll(() => conflicts.innerText()).toContain(kk.sync.conflictKinds.server);
    expect(await conflicts.getByRole('row').count()).toBe(2); // header + one conflict
    await calmScreenshot(page, 'kk-sync-conflict');

    // The local row is now the server's copy; the refused correction is kept, not lost.
    const [serverCopy] = await consultationsOn(otherLaptop);
    const [local] = await readStore<StoredRow>(page, 'consultations');
    expect(local).toEqual(serverCopy!.record);
    expect(contentOf(local!)).toBe(OTHER_LAPTOP_CONTENT);
    const refused = (await readStore<OutboxRow>(page, 'outbox')).filter(
      (o) => o.state === 'rejected',
    );
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({
      entity: 'consultation',
      entityId: entryId,
      rejection: { code: 'conflict', reason: { kk: conflictReason.kk } },
    });
    expect(contentOf(refused[0]!.record)).toBe(MY_CORRECTION);
    // The server kept it too, beside its own version.
    const serverConflicts = (await pullAll(otherLaptop)).conflicts;
    expect(serverConflicts).toHaveLength(1);
    expect(contentOf(serverConflicts[0]!.theirs as StoredRow)).toBe(MY_CORRECTION);
    expect(contentOf(serverConflicts[0]!.ours as StoredRow)).toBe(OTHER_LAPTOP_CONTENT);
    expect(await readStore(page, 'syncConflicts')).toHaveLength(1);

    await page.getByText('РУС', { exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: ru.sync.title }).waitFor();
    await expect.poll(() => quarantine.innerText()).toContain(conflictReason.ru);
    await expect.poll(() => conflicts.innerText()).toContain(ru.sync.conflictKinds.server);
    await calmScreenshot(page, 'ru-sync-conflict');
    expect(app.problems).toEqual([]);
  });

  it('signs out back to the sign-in form, keeping the records', async () => {
    const { page } = app;
    await page.getByRole('button', { name: ru.sync.signOut }).click();
    await page.getByRole('heading', { name: ru.sync.signInTitle }).waitFor();
    expect(await page.getByTestId('sync-user').count()).toBe(0);
    // Signing out forgets the server, not the registers or the refused version.
    expect(await readStore(page, 'consultations')).toHaveLength(1);
    await expect
      .poll(() => page.getByTestId('quarantine-list').innerText())
      .toContain(conflictReason.ru);
    expect(app.problems).toEqual([]);
  });
});
