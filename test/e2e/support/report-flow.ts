/**
 * What test/e2e/reports.e2e.test.ts does around the reports, by visible labels (Kazakh): a
 * consultation written into the register with its times, a document saved from a button, and
 * the fee a defence claim must come to — computed from the shipped pack files, never read off
 * the screen.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { WorkItem } from '../../../src-shared/contracts/entities/appointment';
import { kk } from '../../../src-shared/i18n/kk';
import mrpPack from '../../../src-shared/rules/packs/kz-mrp.json';
import tariff2023 from '../../../src-shared/rules/packs/kz-sgla-tariff.2023.json';
import tariff2025 from '../../../src-shared/rules/packs/kz-sgla-tariff.2025.json';
import { OUTPUT_DIR } from './browser';
import { pdfFirstPagePng } from './pdf-text';
import { dialogField, startConsultation, type ConsultationInput } from './sync-flow';

export const PDF_DIR = path.join(OUTPUT_DIR, 'pdf');
mkdirSync(PDF_DIR, { recursive: true });

/** Clicks the button and keeps what it downloads as test-output/pdf/`name` (a PDF's page 1 as PNG too). */
export async function saveDownload(page: Page, button: string, name: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).first().click(),
  ]);
  const file = path.join(PDF_DIR, name);
  copyFileSync((await download.path())!, file);
  if (name.endsWith('.pdf')) pdfFirstPagePng(file, file.replace(/\.pdf$/, ''));
  return file;
}

/**
 * A consultation saved to the register: given between `from` and `to` today, or deferred to
 * the next working day the form proposes. The entry's detail is closed afterwards.
 */
export async function writeEntry(
  page: Page,
  c: Omit<ConsultationInput, 'content'> & ({ from: string; to: string } | { deferred: true }),
): Promise<void> {
  const f = kk.register.form;
  const dialog = page.getByRole('dialog');
  await startConsultation(page, { ...c, content: '' });
  if ('deferred' in c) {
    await dialog.getByText(kk.register.statuses.deferred, { exact: true }).click();
    await dialog.getByRole('button', { name: f.propose }).click();
  } else {
    await dialogField(page, f.content).fill('Құжаттар тізімі түсіндірілді.');
    await dialogField(page, f.startedAt).fill(c.from);
    await dialogField(page, f.endedAt).fill(c.to);
  }
  await dialog.getByRole('button', { name: f.save }).click();
  await page.getByTestId('entry-detail').waitFor();
  await page.keyboard.press('Escape');
  await page.getByTestId('entry-detail').waitFor({ state: 'detached' });
}

/**
 * The fee of work items under a fee category, as the shipped packs price it (order 434 as the
 * tariff pack has it): the category's tier in МРП an hour, the МРП of the work's day, the night
 * and day-off surcharges by the pack's combination rule, each part at one factor rounded half up
 * to the tiyn once (minutes × rate × factor × МРП ÷ 60, in tiyn).
 */
export function expectedFeeTiyn(
  categoryId: string,
  work: readonly Pick<WorkItem, 'date' | 'minutes' | 'nightMinutes' | 'nonWorkingDay'>[],
): number {
  let total = 0;
  for (const w of work) {
    const tariff = [tariff2023, tariff2025].find(
      (p) => p.effectiveFrom <= w.date && (p.effectiveTo === null || w.date <= p.effectiveTo),
    )!;
    if (tariff.billing.unitMinutes !== 1) throw new Error('the test prices exact minutes only');
    const category = tariff.feeCategories.find((c) => c.id === categoryId)!;
    const rate = tariff.tiers.find((t) => t.id === category.tierId)!.mrpPerHour;
    const surcharge = (kind: string) => tariff.surcharges.find((s) => s.kind === kind)!.factor;
    const combine = (fs: number[]) =>
      tariff.surchargeCombination.rule === 'multiply'
        ? fs.reduce((a, b) => a * b, 1)
        : Math.max(1, ...fs);
    const mrp = mrpPack.values.filter((v) => v.effectiveFrom <= w.date).at(-1)!.amount;
    const off = w.nonWorkingDay ? [surcharge('non-working-day')] : [];
    const parts = new Map<number, number>();
    const add = (factor: number, minutes: number) =>
      minutes > 0 && parts.set(factor, (parts.get(factor) ?? 0) + minutes);
    add(combine(off), w.minutes - w.nightMinutes);
    add(combine([...off, surcharge('night')]), w.nightMinutes);
    for (const [factor, minutes] of parts) {
      const units = minutes * Math.round(rate * 100) * Math.round(factor * 100) * mrp;
      total += Math.floor((2 * units + 6000) / 12000);
    }
  }
  return total;
}
