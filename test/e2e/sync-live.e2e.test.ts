/**
 * The browser preview against a live office server (global-setup.ts starts it and proxies the
 * preview's `/v1` to it): an advocate writes a consultation, signs in (kk) and syncs, and the
 * record is checked on the server through a second device of hers, its register badge saying
 * "accepted"; another laptop then changes the same record, her own correction is "local" until
 * it conflicts, and the quarantine and conflict lists say why in kk and ru while the local row
 * becomes the server's copy and the refused version stays; she compares the two versions side by
 * side and applies hers again, which the server then holds, with the conflict resolved; finally
 * she signs out. The steps share one browser page, in order.
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
import {
  badgeStatus,
  createProfileFor,
  dialogField as field,
  go,
  signIn,
  switchLanguage,
  syncNow,
  writeConsultation,
} from './support/sync-flow';
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
  rejection?: { code: string; reason: { kk: string; ru: string }; resolvedAt?: string };
}

const accounts = inject('syncAccounts');
const client = { fullName: 'Жұмабаев Серік Қайратұлы', iin: validIin('480701', '3') };
const FIRST_CONTENT = 'Зейнетақы тағайындау үшін құжаттар тізімі түсіндірілді.';
const OTHER_LAPTOP_CONTENT = 'Құжаттар тізімі мен өтініш беру мерзімі түсіндірілді.';
const MY_CORRECTION = 'Құжаттар тізімі түсіндірілді, өтініш үлгісі берілді.';

/** The content of a record in the wire form (the server's, in clear). */
const contentOf = (row: { entryJson: string }) =>
  (JSON.parse(row.entryJson) as { content: string }).content;
/**
 * A row without what differs between the laptop's at-rest form and the wire form (issue 9):
 * the sealed entry (`q1.…` ciphertext here, JSON on the server) and the lookup keys (keyed
 * blind indexes here, plain on the server). What is left must be equal.
 */
const unsealed = (row: Record<string, unknown>) => {
  const { entryJson: _sealed, iinKey: _iin, searchKeys: _search, ...rest } = row;
  return rest;
};
/** At rest, the entry is ciphertext: neither the content nor the client's name in clear. */
const expectSealed = (row: { entryJson: string }) => {
  expect(row.entryJson).toMatch(/^q1\./);
  expect(row.entryJson).not.toContain(client.fullName);
};
/** What the laptop shows of the entry (the stored row is ciphertext): its detail's text. */
async function shownEntry(page: Page): Promise<string> {
  await go(page, `#/consultations?entry=${entryId}`);
  const text = await page.getByTestId('entry-detail').innerText();
  await page.keyboard.press('Escape');
  return text;
}
const consultationsOn = async (session: DeviceSession) =>
  (await pullAll(session)).changes.filter((c) => c.entity === 'consultation');
/** The register row's and the open entry's badge, once both say the same. */
const badges = async (page: Page) => {
  const row = await badgeStatus(page.getByTestId('register-row'));
  const header = await badgeStatus(page.getByTestId('entry-detail'));
  return row === header ? row : `row ${row}, header ${header}`;
};

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
    await createProfileFor(page, accounts.advocate);

    // One consultation in the register, before the laptop has ever seen a server: no badge,
    // since there is no server to wait for.
    entryId = await writeConsultation(page, {
      ...client,
      subject: 'Жасына байланысты зейнетақы тағайындау',
      content: FIRST_CONTENT,
    });
    expect(await page.getByTestId('register-row').getByTestId('sync-badge').count()).toBe(0);

    await signIn(page, inject('syncServerUrl'), accounts.advocate);
    await syncNow(page);
    // The scheduler is idle and a success is recorded. (The badge is upper-cased by CSS, so its
    // text, not its rendering, is compared.)
    await expect.poll(() => page.getByTestId('sync-state').textContent()).toBe(kk.sync.state.idle);
    expect(await page.getByTestId('sync-last-success').innerText()).not.toBe(kk.sync.never);
    expect(await page.getByTestId('sync-pending').innerText()).toBe('0');
    expect(await page.getByTestId('sync-quarantined').innerText()).toBe('0');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await calmScreenshot(page, 'kk-sync-signed-in');

    // The register says the server holds it: in the row and in the entry's header.
    await go(page, `#/consultations?entry=${entryId}`);
    await expect.poll(() => badges(page), { timeout: 5000 }).toBe('accepted');

    // On the server, seen by another device of the same advocate: exactly this record, owned
    // by her server account (the laptop adopted that identity on signing in).
    otherLaptop = await signInDevice(accounts.advocate, 'Екінші ноутбук (e2e)');
    const [local] = await readStore<StoredRow>(page, 'consultations');
    const onServer = await consultationsOn(otherLaptop);
    expect(onServer).toHaveLength(1);
    expect(onServer[0]).toMatchObject({ entityId: entryId, version: 1 });
    expect(onServer[0]!.ownerId).toBe(otherLaptop.userId);
    expect(local!.advocateId).toBe(otherLaptop.userId);
    // The server holds the wire form of the laptop's row: the same record, in clear there,
    // sealed at rest here.
    expect(unsealed(onServer[0]!.record)).toEqual(unsealed(local!));
    expectSealed(local!);
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
    // Saved here, not sent yet (the scheduler waits 5 s after a write before it syncs).
    await expect.poll(() => badges(page), { timeout: 3000 }).toBe('local');
    await page.keyboard.press('Escape');

    await syncNow(page);
    await expect.poll(() => page.getByTestId('sync-quarantined').innerText()).toBe('1');
    await expect.poll(() => page.getByTestId('sync-pending').innerText()).toBe('0');
    // Not "up to date" while a refused change waits for her.
    await expect
      .poll(() => page.getByTestId('sync-state').textContent())
      .toBe(kk.sync.state.attention);
    const quarantine = page.getByTestId('quarantine-list');
    const conflicts = page.getByTestId('conflict-list');
    await expect.poll(() => quarantine.innerText()).toContain(conflictReason.kk);
    // Her own conflict is listed once, with the refused change, not again under "Conflicts".
    await expect
      .poll(() => page.getByText(kk.sync.conflictsEmpty, { exact: true }).count())
      .toBe(1);
    expect(await conflicts.count()).toBe(0);
    // The refused version in words, not the code ("conflict") or "v2 · conflict".
    expect(await quarantine.innerText()).toContain(
      kk.sync.refusedVersion.replace('{{version}}', '2'),
    );
    await calmScreenshot(page, 'kk-sync-conflict');

    // The local row is now the server's copy; the refused correction is kept, not lost.
    const [serverCopy] = await consultationsOn(otherLaptop);
    const [local] = await readStore<StoredRow>(page, 'consultations');
    expect(unsealed(local!)).toEqual(unsealed(serverCopy!.record));
    expectSealed(local!);
    expect(await shownEntry(page)).toContain(OTHER_LAPTOP_CONTENT);
    await go(page, '#/sync');
    const refused = (await readStore<OutboxRow>(page, 'outbox')).filter(
      (o) => o.state === 'rejected',
    );
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({
      entity: 'consultation',
      entityId: entryId,
      rejection: { code: 'conflict', reason: { kk: conflictReason.kk } },
    });
    // The refused correction is kept sealed too (its words are compared in the next step).
    expectSealed(refused[0]!.record);
    // The server kept it too, beside its own version.
    const serverConflicts = (await pullAll(otherLaptop)).conflicts;
    expect(serverConflicts).toHaveLength(1);
    expect(contentOf(serverConflicts[0]!.theirs as StoredRow)).toBe(MY_CORRECTION);
    expect(contentOf(serverConflicts[0]!.ours as StoredRow)).toBe(OTHER_LAPTOP_CONTENT);
    expect(await readStore(page, 'syncConflicts')).toHaveLength(1);

    // The register says so, and the entry's header links to the Sync page.
    await go(page, `#/consultations?entry=${entryId}`);
    await expect.poll(() => badges(page), { timeout: 5000 }).toBe('rejected');
    expect(
      await page.getByTestId('entry-detail').getByTestId('sync-badge').getAttribute('href'),
    ).toBe('#/sync');
    await page.keyboard.press('Escape');

    await go(page, '#/sync');
    await switchLanguage(page, 'ru');
    await page.getByRole('heading', { level: 1, name: ru.sync.title }).waitFor();
    await expect.poll(() => quarantine.innerText()).toContain(conflictReason.ru);
    await expect
      .poll(() => page.getByText(ru.sync.conflictsEmpty, { exact: true }).count())
      .toBe(1);
    await calmScreenshot(page, 'ru-sync-conflict');
    expect(app.problems).toEqual([]);
  });

  it('compares both versions side by side and applies hers again; the server takes it', async () => {
    const { page } = app;
    const dialog = page.getByRole('dialog');
    const compare = async (m: typeof kk) => {
      await page
        .getByTestId('quarantine-list')
        .getByRole('button', { name: m.sync.conflict.details })
        .click();
      await dialog.getByTestId('conflict-detail').waitFor();
      // The field that differs, labelled in words and marked, with both values.
      const content = dialog
        .locator('tr[data-differs]')
        .filter({ has: page.getByText(m.sync.conflict.fields.content, { exact: true }) });
      const cells = await content.getByRole('cell').allInnerTexts();
      expect(cells).toEqual([MY_CORRECTION, OTHER_LAPTOP_CONTENT]);
      expect(await content.textContent()).toContain(m.sync.conflict.differs);
      const heads = await dialog
        .getByTestId('conflict-diff')
        .getByRole('columnheader')
        .allInnerTexts();
      // Both sides are v2 (each built on v1): the time of each change tells them apart.
      const when = / · \d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/;
      expect(heads).toHaveLength(3);
      expect(heads[0]).toBe(m.sync.conflict.field);
      expect(heads[1]!.startsWith(`${m.sync.conflict.mine} · v2 · `)).toBe(true);
      expect(heads[2]!.startsWith(`${m.sync.conflict.server} · v2 · `)).toBe(true);
      expect(heads[1]).toMatch(when);
      expect(heads[2]).toMatch(when);
      expect(await dialog.innerText()).toContain(m.sync.conflict.situation.conflict);
      // Her own edit of an existing entry: keep the server's, or apply hers again.
      const actions = dialog.getByTestId('conflict-actions').getByRole('button');
      expect(await actions.allInnerTexts()).toEqual([
        m.sync.conflict.actions.keepServer,
        m.sync.conflict.actions.reapply,
      ]);
      // Soft: a contrast defect is reported without hiding what the rest of the test finds.
      expect.soft(await seriousA11yViolations(page)).toEqual([]);
    };

    await switchLanguage(page, 'kk');
    await page.getByRole('heading', { level: 1, name: kk.sync.title }).waitFor();
    await compare(kk);
    await calmScreenshot(page, 'kk-sync-conflict-detail', { fullPage: false });
    await dialog.getByRole('button', { name: kk.sync.conflict.close }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    await switchLanguage(page, 'ru');
    await page.getByRole('heading', { level: 1, name: ru.sync.title }).waitFor();
    await compare(ru);
    await calmScreenshot(page, 'ru-sync-conflict-detail', { fullPage: false });

    await dialog.getByRole('button', { name: ru.sync.conflict.actions.reapply }).click();
    // The dialog now shows the case resolved, waiting to tell the server; no actions left.
    await dialog.getByTestId('conflict-resolved').waitFor();
    expect(await dialog.getByTestId('conflict-resolved').innerText()).toContain(
      ru.sync.conflict.resolutions.reapplied,
    );
    expect(await dialog.getByTestId('conflict-actions').count()).toBe(0);
    await dialog.getByRole('button', { name: ru.sync.conflict.close }).click();

    // Out of "needs attention", into "Resolved"; nothing deleted.
    await page.getByText(ru.sync.quarantineEmpty).waitFor();
    await page.getByText(ru.sync.conflictsEmpty).waitFor();
    expect(await page.getByTestId('sync-quarantined').innerText()).toBe('0');
    const resolved = page.getByTestId('resolved-list');
    expect(await resolved.getByRole('row').count()).toBe(2); // header + the case
    expect(await resolved.innerText()).toContain(ru.sync.conflict.resolutions.reapplied);
    const outbox = await readStore<OutboxRow>(page, 'outbox');
    const kept = outbox.filter((o) => o.state === 'rejected');
    expect(kept).toHaveLength(1);
    expect(kept[0]!.rejection?.resolvedAt).toBeTruthy();
    expectSealed(kept[0]!.record);
    // Her content again, as a new correction on the server's version, not sent yet.
    expect(outbox.filter((o) => o.state === 'pending')).toHaveLength(1);
    const [written] = await readStore<StoredRow>(page, 'consultations');
    expect(written!.version).toBe(3);
    expect(await shownEntry(page)).toContain(MY_CORRECTION);
    await go(page, '#/sync');

    await syncNow(page, ru);
    await expect.poll(() => page.getByTestId('sync-state').textContent()).toBe(ru.sync.state.idle);
    expect(await page.getByTestId('sync-pending').innerText()).toBe('0');

    // The server holds her content as the latest version, and the conflict is resolved there:
    // her other laptop pulls it resolved.
    const [onServer] = await consultationsOn(otherLaptop);
    expect(onServer).toMatchObject({ entityId: entryId, version: 3 });
    expect(contentOf(onServer!.record as StoredRow)).toBe(MY_CORRECTION);
    const [local] = await readStore<StoredRow>(page, 'consultations');
    expect(unsealed(local!)).toEqual(unsealed(onServer!.record));
    expectSealed(local!);
    const serverConflicts = (await pullAll(otherLaptop)).conflicts;
    expect(serverConflicts).toHaveLength(1);
    expect(serverConflicts[0]!.resolvedAt).toBeTruthy();

    // The resolved case still opens, read-only.
    await resolved.getByRole('button', { name: ru.sync.conflict.details }).click();
    await dialog.getByTestId('conflict-resolved').waitFor();
    expect(await dialog.getByTestId('conflict-actions').count()).toBe(0);
    await dialog.getByRole('button', { name: ru.sync.conflict.close }).click();

    // The register no longer says "rejected".
    await go(page, `#/consultations?entry=${entryId}`);
    await expect.poll(() => badges(page), { timeout: 5000 }).toBe('accepted');
    await page.keyboard.press('Escape');
    expect(app.problems).toEqual([]);
  });

  it('signs out back to the sign-in form, keeping the records', async () => {
    const { page } = app;
    await go(page, '#/sync');
    await page.getByRole('button', { name: ru.sync.signOut }).click();
    await page.getByRole('heading', { name: ru.sync.signInTitle }).waitFor();
    expect(await page.getByTestId('sync-user').count()).toBe(0);
    // Signing out forgets the server, not the registers or the refused version.
    expect(await readStore(page, 'consultations')).toHaveLength(1);
    await expect
      .poll(() => page.getByTestId('resolved-list').innerText())
      .toContain(ru.sync.conflict.resolutions.reapplied);
    expect(
      (await readStore<OutboxRow>(page, 'outbox')).filter((o) => o.state === 'rejected'),
    ).toHaveLength(1);
    expect(app.problems).toEqual([]);
  });
});
