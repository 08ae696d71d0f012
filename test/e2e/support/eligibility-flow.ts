import type { Page } from 'playwright-core';
import type { Messages } from '../../../src-shared/i18n/en';
import { labelPattern } from './profile-fixture';

export interface Applicant {
  iin: string;
  fullName: string;
  area: string;
  category: string;
  evidence: string[];
}

/** Walks the eligibility stepper with visible labels only, as an advocate would. */
export async function runCheck(
  page: Page,
  m: Messages,
  a: Applicant,
  beforeDecide?: () => Promise<void>,
) {
  await page.getByLabel(labelPattern(m.eligibility.iin)).first().fill(a.iin);
  await page.getByLabel(labelPattern(m.eligibility.fullName)).first().fill(a.fullName);
  await page.getByRole('button', { name: m.eligibility.next }).click();

  await page.getByLabel(labelPattern(m.eligibility.issueArea)).first().click();
  await page.getByRole('option', { name: a.area, exact: true }).click();
  await page.getByRole('radio', { name: a.category }).check();
  await page.getByRole('button', { name: m.eligibility.next }).click();

  for (const e of a.evidence) await page.getByRole('checkbox', { name: e }).check();
  if (beforeDecide) await beforeDecide();
  await page.getByRole('button', { name: m.eligibility.decide }).click();
  await page.getByTestId('decision-card').waitFor();
}
