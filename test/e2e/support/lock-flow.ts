/**
 * The app lock in the browser preview (features/lock), by test ids so that it works in any
 * interface language: create the laptop's vault user, unlock after a reload, lock.
 */
import type { Page } from 'playwright-core';

/** A person on this laptop: the label the lock screen shows, and their password. */
export interface VaultUser {
  label: string;
  password: string;
}

/** The default user openApp creates: a name, and a phrase of several words as the advice says. */
export const VAULT_USER: VaultUser = {
  label: 'Гүлнәр',
  password: 'жаз сайын Сырдария тасиды',
};

/**
 * Resolves once no lock screen (nor the opening screen) is shown: the app has mounted. Fails
 * at once when the gate shows its failure screen instead (the store would not open).
 */
export async function waitForApp(page: Page): Promise<void> {
  const outcome = await page.waitForFunction(
    () => {
      if (document.querySelector('[data-testid="lock-failed"]')) return 'failed';
      const root = document.querySelector('#root');
      const locked = document.querySelector(
        '[data-testid^="lock-screen"], [data-testid="lock-opening"], [data-testid="lock-soft"]',
      );
      return root !== null && root.childElementCount > 0 && locked === null ? 'open' : false;
    },
    undefined,
    { timeout: 30_000 },
  );
  if ((await outcome.jsonValue()) === 'failed')
    throw new Error('the lock gate shows "could not be opened" (see the console of the page)');
}

/** Fills the create-user form shown now (first user, or "another person") and opens the app. */
export async function createVaultUser(page: Page, user: VaultUser = VAULT_USER): Promise<void> {
  const form = page.getByTestId('lock-create');
  await form.getByTestId('lock-label').fill(user.label);
  await form.getByTestId('lock-password').fill(user.password);
  await form.getByTestId('lock-password-confirm').fill(user.password);
  await form.getByTestId('lock-submit').click();
  await waitForApp(page);
}

/** On the lock screen's list: picks `user` and types the password (the app is not awaited). */
export async function typePassword(page: Page, user: VaultUser): Promise<void> {
  await page.getByTestId('lock-user').filter({ hasText: user.label }).click();
  await page.getByTestId('lock-password').fill(user.password);
  await page.getByTestId('lock-submit').click();
}

/** After a reload or a lock: picks `user` on the lock screen and opens the app. */
export async function unlock(page: Page, user: VaultUser = VAULT_USER): Promise<void> {
  await page.getByTestId('lock-screen-users').waitFor();
  await typePassword(page, user);
  await waitForApp(page);
}

/** The header's "Lock": the page reloads onto the list of users. */
export async function lockNow(page: Page): Promise<void> {
  await page.getByTestId('lock-now').click();
  await page.getByTestId('lock-screen-users').waitFor();
}

/** A reload is a full lock: reloads and unlocks again as `user`. */
export async function reloadAndUnlock(page: Page, user: VaultUser = VAULT_USER): Promise<void> {
  await page.reload();
  await unlock(page, user);
}
