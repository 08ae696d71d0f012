/**
 * Encryption at rest, proved on disk: after an advocate writes a consultation through the app
 * (browser preview, a persistent Chromium profile), Chromium's IndexedDB files hold neither the
 * client's name, nor the IIN, nor the advice — in any encoding Chromium may store a string in.
 *
 * The scan must be able to fail: a control record with the same shape (the entry as JSON) is
 * written in clear into another IndexedDB database of the same origin, and the same scan must
 * find it. Without that control, "found nothing" could just mean "cannot read these files".
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS } from './support/find-chromium';
import { filesUnder, scanFiles } from './support/disk-scan';
import { validIin } from './support/iin-fixture';
import { createVaultUser } from './support/lock-flow';
import { createProfile } from './support/profile-fixture';
import { writeConsultation } from './support/sync-flow';

const secret = {
  fullName: 'Тоқтарбаева Ләззат Серікқызы',
  iin: validIin('870315', '4'),
  subject: 'Мұраны қабылдау',
  content: 'Мұрагерлік құқығы туралы кеңес берілді, нотариусқа өтініш үлгісі жасалды.',
};
const control = {
  fullName: 'Жақыпбекова Әсел Маратқызы',
  iin: validIin('910822', '4'),
  content: 'Алимент өндіру туралы талап арыздың үлгісі түсіндірілді.',
};
const needles = (c: { fullName: string; iin: string; content: string }) => [
  c.fullName,
  c.fullName.split(' ')[0]!,
  c.iin,
  c.content,
];

let dir: string;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'qorgau-scan-'));
  context = await chromium.launchPersistentContext(dir, {
    executablePath: inject('chromiumPath'),
    args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 768 },
    locale: 'kk-KZ',
  });
  page = context.pages()[0] ?? (await context.newPage());
});
afterAll(async () => {
  await context?.close().catch(() => undefined);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function writeControlInClear(p: Page): Promise<void> {
  await p.evaluate(
    (c) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('scan-control', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('rows', { keyPath: 'id' });
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const tx = open.result.transaction('rows', 'readwrite');
          tx.objectStore('rows').put({
            id: 'control',
            entryJson: JSON.stringify({
              applicant: { fullName: c.fullName, iin: c.iin },
              content: c.content,
            }),
          });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('put failed'));
        };
      }),
    control,
  );
}

describe('encryption at rest on disk', () => {
  it('Chromium’s IndexedDB files hold no client name, IIN or advice — and the scan sees a control in clear', async () => {
    await page.goto(inject('baseUrl'));
    await createVaultUser(page);
    await createProfile(page);
    await writeConsultation(page, secret);
    // The entry is there for the advocate, decrypted.
    await page.getByText(secret.fullName).first().waitFor();
    await writeControlInClear(page);
    // Closing the browser flushes IndexedDB's log and tables to disk.
    await context.close();

    const idbDir = path.join(dir, 'Default', 'IndexedDB');
    const files = filesUnder(idbDir);
    expect(files.length).toBeGreaterThan(0);
    const controlHits = scanFiles(files, needles(control));
    // Every control value is found: the scan reads what Chromium wrote.
    expect(new Set(controlHits.map((h) => h.needle))).toEqual(new Set(needles(control)));

    expect(scanFiles(files, needles(secret))).toEqual([]);
    // The whole profile (caches, local storage, logs) is looked at too, for the record.
    const elsewhere = scanFiles(filesUnder(dir), needles(secret));
    expect(elsewhere.map((h) => path.relative(dir, h.file))).toEqual([]);
  });
});
