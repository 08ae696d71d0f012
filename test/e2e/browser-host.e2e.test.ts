/** The browser test host answers the same window.api contract as Electron main. */
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kk } from '../../src-shared/i18n/kk';
import { launch, openApp } from './support/browser';
import { advocate, createProfile } from './support/profile-fixture';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface HostLog {
  channel: string;
  action: string;
  detail: string;
}

describe('browser test host', () => {
  it('saves diagnostics as a download without personal data, and verifies the audit chain', async () => {
    const { context, page, problems } = await openApp(browser);
    await createProfile(page);
    await page.goto(page.url().replace(/#.*$/, '') + '#/settings');

    await page.getByRole('button', { name: kk.settings.verify }).click();
    await expect
      .poll(() => page.getByTestId('audit-verdict').innerText())
      .toBe(kk.settings.chainIntact.replace('{{count}}', '1'));

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: kk.settings.exportDiagnostics }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^qorgau-diagnostics-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await readFile((await download.path())!, 'utf8');
    const diag = JSON.parse(text);
    expect(diag).toMatchObject({
      app: { name: 'Qorgau', host: 'browser' },
      // The register is encrypted (issue 9): the codec of the unlocked vault, not 'identity'.
      codec: 'aes-gcm-v1',
      counts: { profile: 1, outboxPending: 1, audit: 1 },
      auditChain: { intact: true, count: 1 },
    });
    for (const secret of [advocate.iin, advocate.fullName, '7012345678'])
      expect(text).not.toContain(secret);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('blocks and logs external links, and validates arguments like Electron main', async () => {
    const { context, page } = await openApp(browser);
    const results = await page.evaluate(async () => {
      const api = window.api!;
      return {
        info: await api.app.info(),
        link: await api.shell.openExternal({ url: 'https://adilet.zan.kz/' }),
        badLink: await api.shell.openExternal({ url: 'file:///etc/passwd' }),
        notPdf: await api.files.savePdf({
          suggestedName: 'x',
          bytes: new TextEncoder().encode('<html>'),
        }),
        badName: await api.files.saveFile({
          suggestedName: '../../x',
          kind: 'txt',
          bytes: new TextEncoder().encode('x'),
        }),
        log: (window as unknown as { __qorgauBrowserHost: { log: HostLog[] } }).__qorgauBrowserHost
          .log,
      };
    });
    expect(results.info).toMatchObject({ ok: true, value: { host: 'browser', name: 'Qorgau' } });
    expect(results.link).toEqual({ ok: true, value: { opened: false } });
    expect(results.badLink).toMatchObject({ ok: false, error: { code: 'unsafeUrl' } });
    expect(results.notPdf).toMatchObject({ ok: false, error: { code: 'invalidArgs' } });
    expect(results.badName).toMatchObject({ ok: false, error: { code: 'invalidArgs' } });
    expect(results.log).toContainEqual({
      channel: 'shell.openExternal',
      action: 'blocked',
      detail: 'https://adilet.zan.kz/',
    });
    await context.close();
  });
});
