/**
 * Backup → wipe → restore → identical, in the browser preview: an advocate writes a
 * consultation and backs up (the preview's "folder" is a download); the laptop is lost — a new
 * browser profile with an empty IndexedDB stands for the new laptop; on its lock screen the
 * backup file is restored with the password; the restored store has the same rows, byte for
 * byte (every table, the same ciphertext), the same audit-chain head, and the app shows the entry.
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kk } from '../../src-shared/i18n/kk';
import { launch, openApp, screenshot, type AppPage } from './support/browser';
import { validIin } from './support/iin-fixture';
import { VAULT_USER, waitForApp } from './support/lock-flow';
import { createProfile } from './support/profile-fixture';
import { go, writeConsultation } from './support/sync-flow';

const client = {
  fullName: 'Сейітқазиева Мөлдір Ерланқызы',
  iin: validIin('850214', '4'),
  subject: 'Еңбекақыны өндіру',
  content: 'Жұмыс берушіге талап қою тәртібі түсіндірілді.',
};

/** Every store of the one register database of this page, as JSON text per table. */
async function dumpStore(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases())
      .map((d) => d.name ?? '')
      .filter((n) => n.startsWith('qorgau') && n !== 'qorgau-vaults');
    if (names.length !== 1)
      throw new Error(`expected one register database, found ${names.join(', ')}`);
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(names[0]!);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('open failed'));
    });
    const out: Record<string, string> = {};
    for (const table of [...db.objectStoreNames]) {
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const req = db.transaction(table, 'readonly').objectStore(table).getAll();
        req.onsuccess = () => resolve(req.result as unknown[]);
        req.onerror = () => reject(req.error ?? new Error('getAll failed'));
      });
      out[table] = JSON.stringify(rows);
    }
    db.close();
    return out;
  });
}

let browser: Browser;
let laptop: AppPage;
let file: string;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('backup and restore on a new laptop', () => {
  it('backs up an encrypted store to a file', async () => {
    laptop = await openApp(browser);
    const { page } = laptop;
    await createProfile(page);
    await writeConsultation(page, client);
    await go(page, '#/settings');
    await page.getByTestId('backup-choose-folder').click();
    await page.getByTestId('backup-now').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('backup-now').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^qorgau-[\w-]+\.qbak$/);
    file = path.join(
      mkdtempSync(path.join(tmpdir(), 'qorgau-backup-')),
      download.suggestedFilename(),
    );
    copyFileSync((await download.path())!, file);
    await page.getByTestId('backup-list').waitFor();
    await screenshot(page, 'kk-settings-backup');
  });

  it('restores it on a fresh laptop with the password: the same rows and audit head, the entry on screen', async () => {
    const before = await dumpStore(laptop.page);
    // Nothing can change the old laptop's store any more (the app is closed).
    await laptop.context.close();

    const fresh = await openApp(browser, '', undefined, { vaultUser: null });
    const { page } = fresh;
    await page.getByTestId('lock-restore-backup').click();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByTestId('backup-choose-file').click(),
    ]);
    await chooser.setFiles(file);
    await page.getByTestId('backup-file-summary').waitFor();
    await screenshot(page, 'kk-lock-restore');
    await page.getByTestId('backup-restore-password').fill('not the password at all');
    await page.getByTestId('backup-restore-submit').click();
    await page.getByTestId('backup-restore-error').waitFor();
    await page.getByTestId('backup-restore-password').fill(VAULT_USER.password);
    await page.getByTestId('backup-restore-submit').click();
    await waitForApp(page);

    const after = await dumpStore(page);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const table of Object.keys(before))
      expect([table, after[table]]).toEqual([table, before[table]]);
    const audit = JSON.parse(after['audit']!) as { hash: string }[];
    expect(audit.length).toBeGreaterThan(0);

    await go(page, '#/consultations');
    await page.getByText(client.fullName).first().waitFor();
    await go(page, '#/settings');
    await page.getByRole('button', { name: kk.settings.verify }).click();
    await expect
      .poll(async () => (await page.getByTestId('audit-verdict').innerText()).length)
      .toBeGreaterThan(0);
    // The verdict names the chain head: the same as the lost laptop's last audit entry.
    await expect
      .poll(() => page.locator('main').innerText())
      .toContain(audit.at(-1)!.hash.slice(0, 16));
    expect(fresh.problems).toEqual([]);
    await fresh.context.close();
  });
});
