/**
 * Offline bundles through the screens (issue 9, docs/sync.md "Offline bundles"), with a live
 * office server of this file's own (its laptops must be the first of their accounts, and no
 * signing key may be registered yet). The head makes the office key; the advocate adds it, signs
 * in once at the office, then loses the server (every /v1 request fails, as in a village office)
 * and writes a consultation. She saves the waiting records on a "USB stick"; the head imports
 * the file — receipt on screen, printed in kk and ru — and imports it again: every record comes
 * back "received earlier" and the server holds each once. When she is back online her own sync
 * changes nothing either.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleReceiptTexts } from '../../src-renderer/documents/bundle-receipt-texts';
import { kk } from '../../src-shared/i18n/kk';
import { seriousA11yViolations } from './support/a11y';
import { launch, openApp, OUTPUT_DIR, type AppPage } from './support/browser';
import { calmScreenshot } from './support/calm-screenshot';
import { validIin } from './support/iin-fixture';
import { pdfText } from './support/pdf-text';
import { pullAll, signInDevice } from './support/sync-api';
import { createProfileFor, go, signIn, syncNow, writeConsultation } from './support/sync-flow';
import { startSyncStack, type SyncStack } from './support/sync-stack';

const BUNDLE_DIR = path.join(OUTPUT_DIR, 'bundle');
mkdirSync(BUNDLE_DIR, { recursive: true });

const client = {
  fullName: 'Тұрсынова Әсем Ерланқызы',
  iin: validIin('610304', '4'),
  subject: 'Жер учаскесіне құқық',
  content: 'Жер учаскесін ресімдеу тәртібі түсіндірілді.',
};

let stack: SyncStack;
let browser: Browser;
const contexts: AppPage[] = [];

async function laptop(): Promise<AppPage> {
  const app = await openApp(browser, '', stack.baseUrl);
  contexts.push(app);
  return app;
}

/** Clicks `click` and keeps the download it starts under test-output/bundle. */
async function download(page: Page, click: () => Promise<void>, name?: string): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = path.join(BUNDLE_DIR, name ?? d.suggestedFilename());
  copyFileSync((await d.path())!, file);
  return file;
}

/** The head's "Import a bundle": the button, then the file in the chooser it opens. */
async function importFile(page: Page, file: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByTestId('bundle-import-open').click(),
  ]);
  await chooser.setFiles(file);
}

const text = (page: Page, testId: string) => page.getByTestId(testId).innerText();

/** expect.poll waits 1 s by default: too short on a machine busy with a whole e2e run. */
const SLOW = { timeout: 15_000 };

beforeAll(async () => {
  stack = await startSyncStack();
  browser = await launch();
}, 60_000);

afterAll(async () => {
  for (const app of contexts) await app.context.close();
  await browser?.close();
  await stack?.close();
});

describe('offline bundle', () => {
  it('advocate saves on a stick with no server; the head imports twice; nothing counts twice', async () => {
    const { accounts } = stack;

    // ── The head: the office key (its public half for the advocate), signed in ──────────
    const head = await laptop();
    const hp = head.page;
    await createProfileFor(hp, accounts.head, 'head');
    await go(hp, '#/settings');
    await hp.getByTestId('office-key-create').click();
    const dialog = hp.getByTestId('office-key-dialog');
    await dialog.waitFor();
    const publicText = (await dialog.getByTestId('office-key-public').innerText()).trim();
    await dialog.getByTestId('office-key-done').click();
    await signIn(hp, stack.syncServerUrl, accounts.head);

    // ── The advocate: the office key, one sign-in at the office, then no server ─────────
    const adv = await laptop();
    const ap = adv.page;
    await createProfileFor(ap, accounts.advocate);
    await go(ap, '#/settings');
    const office = ap.getByTestId('security-office');
    await office.getByTestId('office-key-paste').fill(publicText);
    await office.getByTestId('office-key-adopt').click();
    await expect
      .poll(() => office.getByTestId('office-status').getAttribute('data-sealed'), SLOW)
      .toBe('true');
    await signIn(ap, stack.syncServerUrl, accounts.advocate);
    await syncNow(ap);
    const waiting = ap.getByTestId('bundle-waiting');
    await expect.poll(() => waiting.getAttribute('data-count'), SLOW).toBe('0');
    await ap.getByTestId('bundle-export-save').click();
    await expect
      .poll(() => ap.getByTestId('bundle-export-result').getAttribute('data-status'), SLOW)
      .toBe('nothing-pending');

    // The village office: the server cannot be reached (the key registration fails too).
    await adv.context.route('**/v1/**', (route) => route.abort('internetdisconnected'));
    await writeConsultation(ap, client);
    await go(ap, '#/sync');
    await expect.poll(() => waiting.getAttribute('data-count'), SLOW).not.toBe('0');

    const bundleFile = await download(ap, () => ap.getByTestId('bundle-export-save').click());
    expect(path.basename(bundleFile)).toMatch(
      /^qorgau-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.qorgau-bundle$/,
    );
    const result = ap.getByTestId('bundle-export-result');
    await expect.poll(() => result.getAttribute('data-status'), SLOW).toBe('saved');
    // What the file carries: every record waiting here (the outbox may still have been filling
    // when the count first showed).
    const count = Number(await result.getAttribute('data-op-count'));
    expect(count).toBeGreaterThan(0);
    const keyId = /\b([0-9a-f]{4}(?:-[0-9a-f]{4}){3})\b/.exec(
      await text(ap, 'bundle-export-key'),
    )![1]!;
    // Sealed: nothing about the person is readable on the stick.
    const onStick = readFileSync(bundleFile, 'utf8');
    for (const secret of [client.fullName, client.iin, client.content])
      expect(onStick).not.toContain(secret);
    // Still waiting here until a sync or the head's import confirms it.
    await expect.poll(() => waiting.getAttribute('data-count'), SLOW).toBe(String(count));
    await calmScreenshot(ap, 'kk-sync-bundle-export');

    // ── The head imports it: a receipt, printed in Kazakh and Russian ───────────────────
    await syncNow(hp); // her profile reaches the head: the receipt names her
    await go(hp, '#/sync');
    await importFile(hp, bundleFile);
    const receipt = hp.getByTestId('bundle-receipt');
    await receipt.waitFor({ timeout: 30_000 });
    const bundleId = (await receipt.getAttribute('data-bundle-id'))!;
    expect(path.basename(bundleFile)).toContain(bundleId.slice(0, 8));
    expect(await text(hp, 'receipt-advocate')).toBe(accounts.advocate.fullName);
    expect(await text(hp, 'receipt-accepted')).toBe(String(count));
    expect(await text(hp, 'receipt-duplicate')).toBe('0');
    expect(await text(hp, 'receipt-rejected')).toBe('0');
    // Her key reached the server only now, with the file: the head compares the id with hers.
    const trust = await text(hp, 'receipt-signing-key');
    expect(trust).toContain(keyId);
    expect(trust).toContain(kk.bundleUi.receipt.keyFirstUse);
    expect.soft(await seriousA11yViolations(hp)).toEqual([]);
    await calmScreenshot(hp, 'kk-sync-bundle-receipt');

    for (const lang of ['kk', 'ru'] as const) {
      const label = lang === 'kk' ? kk.bundleUi.receipt.printKk : kk.bundleUi.receipt.printRu;
      const pdf = await download(
        hp,
        () => receipt.getByRole('button', { name: label }).click(),
        `bundle-receipt-${lang}.pdf`,
      );
      const flat = pdfText(pdf).replace(/\s+/g, ' ');
      expect(flat).toContain(bundleReceiptTexts[lang].title);
      expect(flat).toContain(bundleId);
      expect(flat).toContain(accounts.advocate.fullName);
    }

    // ── The same file again: everything "received earlier", nothing changes ─────────────
    await importFile(hp, bundleFile);
    await hp.getByTestId('receipt-all-duplicate').waitFor({ timeout: 30_000 });
    expect(await text(hp, 'receipt-duplicate')).toBe(String(count));
    expect(await text(hp, 'receipt-accepted')).toBe('0');

    const check = await signInDevice(accounts.advocate, 'e2e check', stack.syncDirectUrl);
    const consultations = (await pullAll(check)).changes.filter((c) => c.entity === 'consultation');
    expect(consultations).toHaveLength(1);
    expect(consultations[0]!.version).toBe(1);

    // ── Back online: her own sync finds it all there already ────────────────────────────
    await adv.context.unroute('**/v1/**');
    await syncNow(ap);
    await expect.poll(() => waiting.getAttribute('data-count'), SLOW).toBe('0');
    expect(await text(ap, 'sync-quarantined')).toBe('0');
    const after = (await pullAll(check)).changes.filter((c) => c.entity === 'consultation');
    expect(after.map((c) => c.version)).toEqual([1]);

    expect(head.problems).toEqual([]);
    // The advocate's page logged the requests the "village" refused; nothing else.
    expect(adv.problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to load/.test(p))).toEqual(
      [],
    );
  }, 240_000);
});
