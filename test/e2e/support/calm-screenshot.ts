import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { screenshot } from './browser';

/**
 * A screenshot of the page itself: the toasts closed (they cover the top right, where the
 * status badge is) and scrolled to the top (a full-page picture of a scrolled page draws the
 * fixed header over the middle of it). With a dialog open, `fullPage: false` takes the window
 * as the user sees it (a full-page picture would dim only its first screen). Returns the path.
 */
export async function calmScreenshot(
  page: Page,
  name: string,
  { fullPage = true }: { fullPage?: boolean } = {},
): Promise<string> {
  // Mantine's static class names; each toast has one button, its close button.
  const toasts = page.locator('.mantine-Notifications-root .mantine-Notification-root');
  await expect
    .poll(
      async () => {
        for (const toast of await toasts.all()) {
          await toast
            .getByRole('button')
            .click({ timeout: 1000 })
            .catch(() => undefined); // already leaving
        }
        return toasts.count();
      },
      { timeout: 15_000 },
    )
    .toBe(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  return screenshot(page, name, fullPage);
}
