import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS } from './find-chromium';
import { createVaultUser, VAULT_USER, type VaultUser } from './lock-flow';

export const OUTPUT_DIR = path.resolve(import.meta.dirname, '../../../test-output');
export const SCREENSHOT_DIR = path.join(OUTPUT_DIR, 'screenshots');
mkdirSync(SCREENSHOT_DIR, { recursive: true });

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS });
}

export interface AppPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and CSP violations seen by the page: a clean app has none. */
  problems: string[];
  /** The vault user openApp created (to unlock again after a reload), or null. */
  vaultUser: VaultUser | null;
}

export interface OpenAppOptions {
  /**
   * The person created on the fresh laptop's lock screen before the test goes on (the app
   * mounts only once a vault is open); `null` leaves the page on the lock screen. Default
   * VAULT_USER.
   */
  vaultUser?: VaultUser | null;
  /** Installs Playwright's clock before the page loads (the idle lock is a timer). */
  clock?: boolean;
}

/**
 * A fresh profile (empty IndexedDB) in a laptop-sized window, with a vault user created and
 * the app open, unless `options` say otherwise; `baseUrl` is the run's preview unless a test
 * file serves one of its own (support/sync-stack.ts).
 */
export async function openApp(
  browser: Browser,
  hash = '',
  baseUrl = inject('baseUrl'),
  options: OpenAppOptions = {},
): Promise<AppPage> {
  const vaultUser = options.vaultUser === undefined ? VAULT_USER : options.vaultUser;
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    acceptDownloads: true,
    locale: 'kk-KZ',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  if (options.clock) await context.clock.install();
  await page.goto(`${baseUrl}${hash}`);
  if (vaultUser) {
    await page.getByTestId('lock-screen-create').waitFor();
    await createVaultUser(page, vaultUser);
  }
  return { context, page, problems, vaultUser };
}

/**
 * Waits for fonts and for drawers, modals and notifications to finish sliding in, so what is
 * looked at (a screenshot, axe's colours) is the settled screen. A transition can start a frame
 * or two after its element appears, so the page is asked again until none is running. Infinite
 * animations (spinners) never finish, so they are skipped; the wait is capped at 2 s.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    const frames = () =>
      new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null))));
    const deadline = Date.now() + 2000;
    while (Date.now() < deadline) {
      await frames();
      const running = document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined));
      if (running.length === 0) return;
      await Promise.race([
        Promise.all(running),
        new Promise((r) => setTimeout(r, deadline - Date.now())),
      ]);
    }
  });
}

/** A PNG of the whole page, or of the window only (`fullPage` false: a dialog as it is seen). */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  await settle(page);
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}
