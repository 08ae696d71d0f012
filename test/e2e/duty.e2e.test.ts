/**
 * Duty schedules across laptops (issue 7) through a live office server of this file's own: the
 * head adds the office's synced advocates to the roster, makes December's schedules and
 * publishes them; Aigerim sees her days and answers «Қабылданды»; the head sees it, hands three
 * paper appointments on by queue, Aigerim accepts hers into her register, and the head saves
 * the fairness report as a PDF. kk and ru screens are photographed and looked at.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DutySchedule } from '../../src-shared/contracts/entities/duty-schedule';
import type { RosterMember } from '../../src-shared/contracts/entities/duty-roster';
import { kk } from '../../src-shared/i18n/kk';
import { ru } from '../../src-shared/i18n/ru';
import { seriousA11yViolations } from './support/a11y';
import { launch, openApp, OUTPUT_DIR, type AppPage } from './support/browser';
import { calmScreenshot } from './support/calm-screenshot';
import { readStore } from './support/idb';
import { pdfFirstPagePng, pdfText } from './support/pdf-text';
import { labelPattern } from './support/profile-fixture';
import { createProfileFor, go, signIn, switchLanguage, syncNow, until } from './support/sync-flow';
import { startSyncStack, type SyncStack } from './support/sync-stack';

const PDF_DIR = path.join(OUTPUT_DIR, 'pdf');
mkdirSync(PDF_DIR, { recursive: true });
const MONTH = '2026-12';
const d = kk.duty;

let stack: SyncStack;
let browser: Browser;
const contexts: AppPage[] = [];
let aigerim: AppPage;
let head: AppPage;

async function laptop(): Promise<AppPage> {
  const app = await openApp(browser, '', stack.baseUrl);
  contexts.push(app);
  return app;
}

const field = (page: Page, label: string) => page.getByLabel(labelPattern(label)).first();

async function pick(page: Page, label: string, option: string) {
  await field(page, label).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Reopens the duty page on a tab and month (the page reads them when it opens). */
async function openDuty(page: Page, query: string, title = d.title) {
  await go(page, '#/settings');
  await go(page, query ? `#/schedules?${query}` : '#/schedules');
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

beforeAll(async () => {
  stack = await startSyncStack();
  browser = await launch();
  const { accounts } = stack;
  aigerim = await laptop();
  await createProfileFor(aigerim.page, accounts.advocate);
  await signIn(aigerim.page, stack.syncServerUrl, accounts.advocate);
  await syncNow(aigerim.page);
  const daniyar = await laptop();
  await createProfileFor(daniyar.page, accounts.otherAdvocate);
  await signIn(daniyar.page, stack.syncServerUrl, accounts.otherAdvocate);
  await syncNow(daniyar.page);
  head = await laptop();
  await createProfileFor(head.page, accounts.head, 'head');
  await signIn(head.page, stack.syncServerUrl, accounts.head);
  await syncNow(head.page);
}, 120_000);

afterAll(async () => {
  for (const app of contexts) await app.context.close();
  await browser?.close();
  await stack?.close();
});

describe('duty schedules across the office', () => {
  it('the head makes and publishes December; Aigerim acknowledges; the head sees it', async () => {
    const { page } = head;
    await openDuty(page, 'tab=roster');
    await page.getByTestId('duty-roster-add-synced').click();
    await until(
      () => page.getByTestId('duty-roster-row').count(),
      (n) => n === 3,
      'three advocates on the roster',
    );
    expect.soft(await seriousA11yViolations(page)).toEqual([]);
    await calmScreenshot(page, 'kk-duty-roster');

    await page.getByRole('tab', { name: d.tabs.schedule }).click();
    // cl. 21: the deadline for next month's schedules, from the calendar pack.
    expect(await page.getByTestId('deadline-schedule').innerText()).toMatch(
      /Мерзімі(: \d{2}\.\d{2}\.\d{4}, \S+| — бүгін)/,
    );
    await field(page, d.schedule.perDay.replace('{{kind}}', d.kinds.pretrial)).fill('2');
    await page.getByTestId('schedule-create').click();
    await page.getByTestId('schedule-grid').waitFor();
    expect(await page.getByTestId('schedule-status').innerText()).toBe(d.schedule.draft);
    await page.getByTestId('schedule-publish').click();
    await until(
      () => page.getByTestId('schedule-status').innerText(),
      (s) => s.startsWith('Жарияланды'),
      'published',
    );
    expect.soft(await seriousA11yViolations(page)).toEqual([]);
    await calmScreenshot(page, 'kk-duty-schedule-published');
    await syncNow(page);

    // Aigerim: her days, then «Қабылданды» (cl. 22).
    const a = aigerim.page;
    await syncNow(a);
    await openDuty(a, '');
    const card = a.locator(`[data-testid="my-schedule"][data-month="${MONTH}"]`);
    await card.waitFor();
    expect(await card.getByTestId('ack-state').getAttribute('data-state')).toBe('never');
    expect(await card.getByTestId('my-duty-days').locator('tbody tr').count()).toBeGreaterThan(5);
    await calmScreenshot(a, 'kk-duty-mine-before-ack');
    await card.getByTestId('ack-button').click();
    await until(
      () => card.getByTestId('ack-state').getAttribute('data-state'),
      (s) => s === 'current',
      'acknowledged',
    );
    await syncNow(a);

    // The head sees who has acknowledged and who has not (in Russian).
    await syncNow(page);
    await switchLanguage(page, 'ru');
    await openDuty(page, `tab=schedule&month=${MONTH}`, ru.duty.title);
    const summary = page.getByTestId('ack-summary');
    await until(
      () => summary.innerText(),
      (s) => s.includes(ru.duty.acks.counts.replace('{{done}}', '1').replace('{{waiting}}', '2')),
      'one acknowledgment, two waiting',
    );
    expect(await summary.innerText()).toContain('«Қабылданды»');
    expect.soft(await seriousA11yViolations(page)).toEqual([]);
    await calmScreenshot(page, 'ru-duty-schedule-acks');
    await switchLanguage(page, 'kk');
    expect(aigerim.problems).toEqual([]);
  }, 120_000);

  it('the head hands three paper appointments on by queue; Aigerim accepts hers; fairness PDF', async () => {
    const { page } = head;
    const [schedule] = await readStore<DutySchedule>(page, 'dutySchedules');
    const members = await readStore<RosterMember>(page, 'rosterMembers');
    const her = members.find((m) => m.fullName === stack.accounts.advocate.fullName)!;
    // A pre-trial duty day of Aigerim's with a colleague on it too: the queue alternates.
    const day = schedule!.days.find(
      (x) => x.kind === 'pretrial' && x.memberIds.includes(her.id) && x.memberIds.length === 2,
    )!;
    const [y, m, dd] = day.date.split('-');
    const h = d.handover;

    await openDuty(page, 'tab=handover');
    for (const n of [1, 2, 3]) {
      await field(page, h.decreeNumber).fill(`${40 + n}`);
      await field(page, h.decreeDate).fill('24.11.2026');
      await page.keyboard.press('Tab');
      await field(page, h.body).fill('Алматы қ. ПД тергеу басқармасы');
      await field(page, h.caseNumber).fill(`26750003100012${n}`);
      await field(page, h.clientName).fill(
        `Күдікті ${['Асқаров Ерлан', 'Бекова Айжан', 'Нұров Тимур'][n - 1]}`,
      );
      await pick(page, h.status, 'Күдікті');
      await pick(page, h.stage, 'Сотқа дейінгі тергеп-тексеру');
      await field(page, h.dutyDate).fill(`${dd}.${m}.${y}`);
      await page.keyboard.press('Tab');
      await page.getByTestId('queue-preview').waitFor();
      await page.getByTestId('handover-confirm').click();
      await until(
        () => page.getByTestId('handover-list').locator('tbody tr').count(),
        (c) => c === n,
        `hand-over ${n}`,
      );
    }
    // Round robin within the day's list: the two on duty alternate (2 + 1).
    const handed = await page.getByTestId('handover-list').locator('tbody tr').allInnerTexts();
    const toHer = handed.filter((r) => r.includes(her.fullName)).length;
    expect([1, 2]).toContain(toHer);
    expect.soft(await seriousA11yViolations(page)).toEqual([]);
    await calmScreenshot(page, 'kk-duty-handovers');
    await syncNow(page);

    // Aigerim accepts the first one handed to her: it enters her defence register.
    const a = aigerim.page;
    await syncNow(a);
    await openDuty(a, '');
    const pending = a.getByTestId('pending-handover');
    await until(
      () => pending.count(),
      (c) => c === toHer,
      'her hand-overs',
    );
    await calmScreenshot(a, 'kk-duty-mine-handover');
    await pending.first().getByRole('button', { name: kk.duty.mine.handOvers.accept }).click();
    await until(
      () => pending.count(),
      (c) => c === toHer - 1,
      'accepted',
    );
    await until(
      async () => (await readStore<{ source: string }>(a, 'appointments')).length,
      (c) => c === 1,
      'the appointment in her register',
    );
    await syncNow(a);
    await syncNow(page);

    // The fairness report of December, on screen and as a PDF.
    await openDuty(page, `tab=fairness&month=${MONTH}`);
    const table = page.getByTestId('fairness-table');
    await until(
      () => table.innerText(),
      (s) => s.includes(her.fullName),
      'the table',
    );
    expect.soft(await seriousA11yViolations(page)).toEqual([]);
    await calmScreenshot(page, 'kk-duty-fairness');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: d.fairness.pdfKk }).click(),
    ]);
    const file = path.join(PDF_DIR, 'duty-fairness-kk.pdf');
    copyFileSync((await download.path())!, file);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    pdfFirstPagePng(file, path.join(PDF_DIR, 'duty-fairness-kk'));
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text).toContain('Джини');
    for (const member of members) expect(text).toContain(member.fullName.split(' ')[0]!);
    expect(head.problems).toEqual([]);
    expect(aigerim.problems).toEqual([]);
  }, 180_000);
});
