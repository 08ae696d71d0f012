import type { Page } from 'playwright-core';
import { kk } from '../../../src-shared/i18n/kk';

/** A valid profile; the IIN's check digit is correct (see iin.test.ts). */
export const advocate = {
  fullName: 'Әбілқасымова Гүлнәр Серікқызы',
  iin: '900101300057',
  phone: '8 701 234 56 78',
  licenceNumber: '17012345',
  licenceDate: '14.03.2017',
  collegium: 'Қызылорда облыстық адвокаттар алқасы',
  office: 'Жалағаш аудандық заң консультациясы',
};

/** A field's accessible name is its label plus Mantine's required-asterisk. */
export function labelPattern(label: string): RegExp {
  return new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?$`);
}

/** Fills the profile form by its labels in the current language. */
export async function fillProfile(
  page: Page,
  labels: Record<keyof typeof advocate, string>,
  values: Partial<typeof advocate> = advocate,
): Promise<void> {
  for (const [field, value] of Object.entries(values) as [keyof typeof advocate, string][]) {
    const input = page.getByLabel(labelPattern(labels[field]));
    await input.fill(value);
    if (field === 'licenceDate') await input.press('Enter');
  }
}

/** First run in Kazakh: fills and saves the profile, waits for the shell. */
export async function createProfile(page: Page): Promise<void> {
  await fillProfile(page, kk.profile.fields);
  await page.getByRole('button', { name: kk.profile.start }).click();
  await page.getByTestId('profile-name').waitFor();
}
