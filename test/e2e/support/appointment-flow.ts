import type { Page } from 'playwright-core';
import type { SettlementKind } from '../../../src-shared/contracts/entities/consultation';
import type { Messages } from '../../../src-shared/i18n/en';
import { labelPattern } from './profile-fixture';
import { chooseSettlement } from './settlement';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The first field with this visible label (plus Mantine's required asterisk). */
export const field = (page: Page, label: string) => page.getByLabel(labelPattern(label)).first();

/** Picks an option of a Mantine select by the start of its text (pack options carry badges). */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  await field(page, label).click();
  await page
    .getByRole('option', { name: new RegExp(`^${esc(option)}`) })
    .first()
    .click();
}

/** Types a DD.MM.YYYY date into a date field and confirms it. */
export async function typeDate(page: Page, label: string, ddmmyyyy: string): Promise<void> {
  const input = field(page, label);
  await input.fill(ddmmyyyy);
  await input.press('Enter');
}

export interface Intake {
  decreeNumber: string;
  body: string;
  caseNumber: string;
  client: { fullName: string; iin: string };
  status: string;
  stage: string;
  opposing?: { fullName: string; iin: string; status: string }[];
  /** Town unless said (a new appointment must state one, Rules cl. 5.4). */
  settlement?: SettlementKind;
}

/** Fills the new-appointment form (EZK source, today's dates) by its visible labels. */
export async function fillIntake(page: Page, m: Messages, a: Intake): Promise<void> {
  const f = m.appointments.form;
  const dialog = page.getByRole('dialog');
  await chooseSettlement(page, m, a.settlement);
  await field(page, f.ezkNumber).fill(`EZK-${a.decreeNumber}`);
  await field(page, f.decreeNumber).fill(a.decreeNumber);
  await field(page, f.body).fill(a.body);
  await field(page, f.caseNumber).fill(a.caseNumber);
  await dialog.getByLabel(labelPattern(f.fullName)).first().fill(a.client.fullName);
  await dialog.getByLabel(labelPattern(f.iin)).first().fill(a.client.iin);
  await choose(page, f.status, a.status);
  await choose(page, f.stage, a.stage);
  for (const [i, p] of (a.opposing ?? []).entries()) {
    await dialog.getByRole('button', { name: f.addOpposing }).click();
    await field(page, `${f.fullName} (${i + 1})`).fill(p.fullName);
    await field(page, `${f.iin} (${i + 1})`).fill(p.iin);
    await choose(page, `${f.opposingStatus} (${i + 1})`, p.status);
  }
}

/** Runs the conflict check and records "no conflict" (explaining findings if any). */
export async function checkNoConflict(page: Page, m: Messages, why = ''): Promise<void> {
  const c = m.appointments.conflict;
  const section = page.getByTestId('conflict');
  await section.getByRole('button', { name: c.run }).click();
  await section.getByTestId('conflict-result').waitFor();
  const explanation = section.getByLabel(c.explanation);
  if (await explanation.count()) await explanation.fill(why || 'Бір клиент, келесі саты');
  await section.getByRole('button', { name: c.noConflict }).click();
  await section.getByTestId('conflict-recorded').waitFor();
}
