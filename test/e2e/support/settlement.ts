/**
 * Town or rural settlement (Rules cl. 5.4) on the open register form: a new consultation or
 * appointment must state it, so every flow that saves a new record chooses one here.
 */
import type { Page } from 'playwright-core';
import type { SettlementKind } from '../../../src-shared/contracts/entities/consultation';
import type { Messages } from '../../../src-shared/i18n/en';

/** The radio of one settlement kind in the open dialog. */
export const settlementRadio = (page: Page, m: Messages, kind: SettlementKind) =>
  page.getByRole('dialog').getByRole('radio', { name: m.fees.settlement[kind], exact: true });

export async function chooseSettlement(
  page: Page,
  m: Messages,
  kind: SettlementKind = 'urban',
): Promise<void> {
  await settlementRadio(page, m, kind).check();
}
