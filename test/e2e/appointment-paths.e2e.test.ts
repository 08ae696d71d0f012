/**
 * Defence appointments off the main path, in Russian, on one advocate's profile:
 * a paper decree that cannot be accepted until the head assigns it (cl. 10, 17); a work item
 * withdrawn with a reason (kept, struck through, out of the total); the client's refusal of a
 * minor's defender (UPK 69(2), 67(1)(2)) recorded as not accepted; a paid advocate with the
 * cl. 44–46 checklist and the list's reminder (cl. 45); a transfer that needs the head's
 * permission (cl. 27(2)). Each case is its own appointment; the profile is shared for speed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ru } from '../../src-shared/i18n/ru';
import { seriousA11yViolations } from './support/a11y';
import {
  checkNoConflict,
  choose,
  field,
  fillIntake,
  type Intake,
} from './support/appointment-flow';
import { launch, openApp, SCREENSHOT_DIR, screenshot } from './support/browser';
import { validIin } from './support/iin-fixture';
import { createProfile, labelPattern } from './support/profile-fixture';
import { chooseSettlement } from './support/settlement';

const R = ru.appointments;
const flat = (s: string) => s.replaceAll('\u00a0', ' ');
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k]));
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface PackItem {
  id: string;
  label: { kk: string; ru: string };
}
const pack = JSON.parse(
  readFileSync(
    path.resolve(import.meta.dirname, '../../src-shared/rules/packs/kz-defence-register.json'),
    'utf8',
  ),
) as {
  mandatoryGrounds: PackItem[];
  refusalNotAccepted: { id: string; whenGrounds: string[]; warning: { ru: string } }[];
  paidAdvocateSteps: (PackItem & { doneWhen: string })[];
};
const minorGround = pack.mandatoryGrounds.find((g) => g.id === 'upk-67-1-2')!;
const minorWarning = pack.refusalNotAccepted.find((w) => w.whenGrounds.includes(minorGround.id))!;

const today = new Date();
const year = today.getFullYear();
const pad = (n: number) => String(n).padStart(2, '0');
const todayDmy = `${pad(today.getDate())}.${pad(today.getMonth() + 1)}.${year}`;
const body = 'Следственное управление ДП Кызылординской области';

/** An EZK intake in Russian with its own case and client, so no check finds another. */
const intake = (n: number, fullName: string, iin: string): Intake => ({
  decreeNumber: `5${n}`,
  body,
  caseNumber: `24150003100050${n}`,
  client: { fullName, iin },
  status: 'Подозреваемый',
  stage: 'Досудебное расследование',
});

let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: string[];

beforeAll(async () => {
  browser = await launch();
  ({ context, page, problems } = await openApp(browser));
  await createProfile(page);
  await page.getByText('РУС', { exact: true }).first().click();
  await page.getByRole('link', { name: ru.nav.appointments }).click();
  await page.getByRole('heading', { name: R.title }).waitFor();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

const detail = () => page.getByTestId('appointment-detail');
const state = () => page.getByTestId('appointment-state').innerText();
const history = () => page.getByTestId('history').innerText();

/**
 * Closes the notifications, as the advocate would: they sit top right, over the list's
 * "Новое назначение" button, until they close by themselves (4 s; errors never).
 */
async function dismissNotifications(): Promise<void> {
  const close = page
    .locator('.mantine-Notification-root')
    .getByRole('button', { name: ru.common.close });
  // Three are shown at a time; closing them brings the queued ones.
  for (let round = 0; round < 5 && (await close.count()) > 0; round++) {
    const buttons = await close.elementHandles();
    for (const b of buttons) await b.click();
    await Promise.all(buttons.map((b) => b.waitForElementState('hidden')));
  }
  expect(await close.count()).toBe(0);
}

/** The list page (hash navigation: the same document, the same database). */
async function toList(): Promise<void> {
  await page.goto(`${inject('baseUrl')}#/appointments`);
  await page.getByRole('heading', { name: R.title }).waitFor();
  await dismissNotifications();
}

/** The register number shown in the detail's heading ("Назначение № 3/2026" → 3). */
async function shownNumber(): Promise<number> {
  const heading = await detail().getByRole('heading', { level: 1 }).innerText();
  const m = new RegExp(`№ (\\d+)/${year}`).exec(heading);
  if (!m) throw new Error(`no number in heading "${heading}"`);
  return Number(m[1]);
}

/** Saves the open intake form and waits for the new appointment's page. */
async function saveIntake(client: string): Promise<number> {
  await page.getByRole('dialog').getByRole('button', { name: R.form.save }).click();
  await detail().waitFor();
  await detail().getByText(client).first().waitFor();
  expect(await state()).toBe(R.states.received);
  return shownNumber();
}

/** A new EZK appointment, checked (clean) and accepted; returns its number. */
async function newAccepted(a: Intake, beforeSave?: () => Promise<void>): Promise<number> {
  await toList();
  await page.getByRole('button', { name: R.newAppointment }).click();
  await page.getByRole('dialog').getByText(R.form.titleNew).waitFor();
  await fillIntake(page, ru, a);
  await beforeSave?.();
  const number = await saveIntake(a.client.fullName);
  await checkNoConflict(page, ru);
  await page.getByRole('button', { name: R.decision.accept }).click();
  await expect.poll(state).toBe(R.states.accepted);
  return number;
}

/** The reminders strip on the list (empty when there is none). */
async function reminders(): Promise<string> {
  const strip = page.getByTestId('appointment-reminders');
  await page.getByTestId('appointments-count').waitFor();
  return (await strip.count()) ? flat(await strip.innerText()) : '';
}

/** The error message Mantine ties to a field through aria-describedby ('' when none). */
async function fieldError(input: Locator): Promise<string> {
  return input.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter((id) => id.endsWith('-error'))
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}

describe('appointment paths (Russian UI)', () => {
  it('paper decree: saved unassigned → reminder → accept refused until the head’s assignment (cl. 10, 17)', async () => {
    const client = 'Жумабеков Ерлан Маратович';
    await toList();
    await page.getByRole('button', { name: R.newAppointment }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(R.form.titleNew).waitFor();
    await dialog.getByText(R.sources.paper, { exact: true }).click();
    await dialog.getByText(R.form.paperHint).waitFor();
    // A paper decree has no Е-Заң көмегі request number.
    expect(await dialog.getByLabel(labelPattern(R.form.ezkNumber)).count()).toBe(0);
    await field(page, R.form.decreeNumber).fill('1-14/26');
    await field(page, R.form.body).fill(body);
    await field(page, R.form.caseNumber).fill('241500031000601');
    await dialog.getByLabel(labelPattern(R.form.fullName)).first().fill(client);
    await dialog.getByLabel(labelPattern(R.form.iin)).first().fill(validIin('880214', '3'));
    await choose(page, R.form.status, 'Подозреваемый');
    await choose(page, R.form.stage, 'Досудебное расследование');
    await chooseSettlement(page, ru);
    const number = await saveIntake(client);
    const label = `${number}/${year}`;
    expect(await page.getByTestId('accept-blockers').innerText()).toContain(
      R.decision.blockers['paper-not-assigned'],
    );

    // The list reminds that it is not assigned, and the reminder leads to it.
    await toList();
    const notAssigned = fill(R.reminders.notAssigned, { number: label, client });
    expect(await reminders()).toContain(notAssigned);
    await page.getByRole('link', { name: notAssigned }).click();
    await detail().getByText(client).first().waitFor();

    // A clean conflict check is not enough: the assignment is missing.
    await checkNoConflict(page, ru);
    const blockers = page.getByTestId('accept-blockers');
    await expect
      .poll(() => blockers.innerText())
      .not.toContain(R.decision.blockers['no-conflict-check']);
    expect(await blockers.innerText()).toContain(R.decision.blockers['paper-not-assigned']);
    const accept = page.getByRole('button', { name: R.decision.accept });
    expect(await accept.isDisabled()).toBe(true);
    await accept.click({ force: true });
    expect(await state()).toBe(R.states.received);
    // From the top, so the fixed header and navbar sit where they belong in the full page.
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'ru-appointment-paper');

    // The head's assignment: who and when.
    const assignment = page.getByTestId('assignment');
    await assignment.getByLabel(labelPattern(R.form.assignedBy)).fill('Сейтказиева А. Б.');
    await assignment.getByLabel(labelPattern(R.form.assignmentNumber)).fill('17');
    const when = `${R.form.assignedAt}: `;
    const date = await assignment.getByLabel(labelPattern(`${when}${R.form.date}`)).inputValue();
    const time = await assignment.getByLabel(labelPattern(`${when}${R.form.time}`)).inputValue();
    expect(date).toBe(todayDmy);
    await assignment.getByRole('button', { name: R.assignment.save }).click();
    const recorded = `${fill(R.detail.assignment, { by: 'Сейтказиева А. Б.', at: `${date} ${time}` })} · № 17`;
    await expect.poll(() => assignment.innerText()).toContain(recorded);
    expect(await page.getByTestId('appointment-intake').innerText()).toContain(recorded);
    expect(await page.getByTestId('accept-blockers').count()).toBe(0);

    await accept.click();
    await expect.poll(state).toBe(R.states.accepted);
    expect(await history()).toContain(R.history.actions.assign);
    expect(await history()).toContain(R.history.actions.accept);
    await toList();
    expect(await reminders()).not.toContain(notAssigned);
    expect(await reminders()).toContain(fill(R.reminders.noNotice, { number: label, client }));
    expect(problems).toEqual([]);
  });

  it('work log: a withdrawn item stays, struck through, out of the total; history has the step', async () => {
    await newAccepted(intake(2, 'Оспанов Данияр Серикович', validIin('870405', '3')));
    const work = page.getByTestId('work');
    const log = async (from: string, to: string) => {
      await work.getByLabel(labelPattern(R.work.startedAt)).fill(from);
      await work.getByLabel(labelPattern(R.work.endedAt)).fill(to);
      await work.getByRole('button', { name: R.work.add }).click();
      // Saved: the form clears its times.
      await expect
        .poll(() => work.getByLabel(labelPattern(R.work.startedAt)).inputValue())
        .toBe('');
    };
    await choose(page, R.work.action, 'Допрос');
    await log('09:00', '10:30');
    await log('11:00', '12:00');
    const rows = work.getByTestId('work-row');
    await expect.poll(() => rows.count()).toBe(2);
    expect(flat(await work.getByTestId('work-total').innerText())).toBe(
      fill(R.work.total, { hours: '2,5' }),
    );

    // Withdraw the first: the reason is required.
    const first = rows.filter({ hasText: '09:00–10:30' });
    await first.getByRole('button', { name: R.work.withdraw, exact: true }).click();
    const modal = page.getByRole('dialog');
    await modal.getByText(R.work.withdrawConfirm).first().waitFor();
    const confirm = modal.getByRole('button', { name: R.work.withdrawConfirm });
    await confirm.click();
    const reason = modal.getByLabel(labelPattern(R.work.withdrawReason));
    await expect.poll(() => fieldError(reason)).toBe(ru.validation.required);
    expect(await first.getAttribute('data-withdrawn')).toBe('false');
    const why = 'Допрос перенесён, действие не состоялось';
    await reason.fill(why);
    await confirm.click();
    await modal.waitFor({ state: 'hidden' });

    await expect.poll(() => first.getAttribute('data-withdrawn')).toBe('true');
    expect(await rows.count()).toBe(2);
    expect(await first.innerText()).toContain(fill(R.work.withdrawn, { reason: why }));
    const struck = await first
      .locator('td')
      .first()
      .evaluate((td) => getComputedStyle(td).textDecorationLine);
    expect(struck).toBe('line-through');
    expect(await first.getByRole('button', { name: R.work.withdraw, exact: true }).count()).toBe(0);
    const kept = rows.filter({ hasText: '11:00–12:00' });
    expect(await kept.getAttribute('data-withdrawn')).toBe('false');
    expect(flat(await work.getByTestId('work-total').innerText())).toBe(
      fill(R.work.total, { hours: '1' }),
    );
    expect(await history()).toContain(R.history.actions['withdraw-work']);
    expect((await history()).split(R.history.actions.work).length - 1).toBe(2);
    expect(problems).toEqual([]);
  });

  it('client refusal of a minor’s defender (UPK 69): warnings shown, "not accepted" keeps the defence', async () => {
    const client = 'Касенов Арман Ерикович';
    await newAccepted(intake(3, client, validIin('090817', '5')), async () => {
      // The mandatory grounds are folded; unfold and mark "minor" (UPK 67(1)(2)).
      const dialog = page.getByRole('dialog');
      const toggle = dialog.getByRole('button', {
        name: fill(R.form.mandatoryCount, { count: 0 }),
      });
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      await toggle.click();
      await dialog.getByRole('checkbox', { name: minorGround.label.ru }).check();
      await dialog.getByText(fill(R.form.mandatoryCount, { count: 1 })).waitFor();
    });
    expect(await page.getByTestId('appointment-intake').innerText()).toContain(
      minorGround.label.ru,
    );

    const section = page.getByTestId('refusal');
    await section.getByRole('button', { name: R.refusal.record }).click();
    const form = page.getByTestId('refusal-form');
    await form.waitFor();
    const warnings = form.getByTestId('refusal-warnings');
    expect(await warnings.innerText()).toContain(R.refusal.warningsTitle);
    expect(flat(await warnings.innerText())).toContain(flat(minorWarning.warning.ru));
    expect(await warnings.locator('li').count()).toBe(1);
    expect(await form.innerText()).toContain(R.refusal.moneyNote);
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: path.join(SCREENSHOT_DIR, 'ru-appointment-refusal.png') });
    expect(await seriousA11yViolations(page)).toEqual([]);

    await form.getByLabel(labelPattern(R.refusal.reason)).fill('Говорит, что защитник не нужен');
    await choose(page, R.refusal.outcome, R.refusal.outcomes['not-accepted']);
    await form.getByRole('button', { name: R.refusal.save }).click();
    await form.waitFor({ state: 'hidden' });
    const recorded = `${R.refusal.forms.written} · ${R.refusal.outcomes['not-accepted']}`;
    await expect.poll(() => section.innerText()).toContain(recorded);
    expect(await section.innerText()).toContain('Говорит, что защитник не нужен');
    expect(await state()).toBe(R.states.accepted);
    expect(await history()).toContain(R.history.actions.refusal);
    // The defence goes on: work can still be logged.
    expect(
      await page.getByTestId('work').getByRole('button', { name: R.work.add }).isEnabled(),
    ).toBe(true);
    expect(problems).toEqual([]);
  });

  it('paid advocate (cl. 44–46): checklist marks what is done; the list reminds until the client is informed', async () => {
    const client = 'Ахметова Салтанат Нурлановна';
    const number = await newAccepted(intake(4, client, validIin('950309', '4')));
    const paidReminder = fill(R.reminders.paidNotInformed, { number: `${number}/${year}`, client });
    const section = page.getByTestId('paid-advocate');
    await section.getByRole('button', { name: R.paid.record }).click();
    const form = page.getByTestId('paid-form');
    await form.getByLabel(labelPattern(R.paid.fullName)).fill('Ибраев Канат Болатович');
    await form.getByLabel(labelPattern(R.paid.reason)).fill('Родственники заключили соглашение');
    const learned = `${R.paid.learnedAt}: `;
    const learnedDate = await form
      .getByLabel(labelPattern(`${learned}${R.form.date}`))
      .inputValue();
    const learnedTime = await form
      .getByLabel(labelPattern(`${learned}${R.form.time}`))
      .inputValue();
    await form.getByRole('button', { name: R.paid.save, exact: true }).click();
    await form.waitFor({ state: 'hidden' });
    await expect
      .poll(() => section.innerText())
      .toContain(`Ибраев Канат Болатович · ${learnedDate} ${learnedTime}`);
    expect(await section.innerText()).toContain(
      `${R.paid.clientInformedAt}: ${R.paid.notInformed}`,
    );

    const stepDone = async (doneWhen: string) => {
      const s = pack.paidAdvocateSteps.find((x) => x.doneWhen === doneWhen)!;
      const item = section.locator('li').filter({ hasText: s.label.ru });
      expect(await item.count()).toBe(1);
      return (await item.getByLabel(R.paid.stepDone).count()) === 1;
    };
    expect(await stepDone('reason-found')).toBe(true);
    expect(await stepDone('paid-advocate-recorded')).toBe(true);
    expect(await stepDone('client-informed')).toBe(false);
    expect(await stepDone('notified')).toBe(false);
    expect(flat(await section.innerText())).toContain(paidReminder);
    expect(await history()).toContain(R.history.actions['paid-advocate']);

    await toList();
    expect(await reminders()).toContain(paidReminder);
    await page.getByRole('link', { name: paidReminder }).click();
    await detail().getByText(client).first().waitFor();

    // The client is told of the right to refuse SGLA: the step is done, the reminder goes.
    await section.getByRole('button', { name: R.paid.update }).click();
    const informed = `${R.paid.clientInformedAt}: `;
    const informedDate = form.getByLabel(labelPattern(`${informed}${R.form.date}`));
    await informedDate.fill(todayDmy);
    await informedDate.press('Enter');
    await form.getByLabel(labelPattern(`${informed}${R.form.time}`)).fill(learnedTime);
    await choose(page, R.paid.clientChoice, R.paid.choices['keeps-sgla']);
    await form.getByRole('button', { name: R.paid.save, exact: true }).click();
    await form.waitFor({ state: 'hidden' });
    await expect
      .poll(() => section.innerText())
      .toContain(`${R.paid.clientInformedAt}: ${todayDmy} ${learnedTime}`);
    expect(await section.innerText()).toContain(R.paid.choices['keeps-sgla']);
    expect(await stepDone('client-informed')).toBe(true);
    expect(flat(await section.innerText())).not.toContain(paidReminder);
    await toList();
    expect(await reminders()).not.toContain(paidReminder);
    expect(problems).toEqual([]);
  });

  it('transfer (cl. 27(2)): refused without the head’s permission, then transferred and closed to work', async () => {
    const client = 'Тлеубаев Нурсултан Асканович';
    await newAccepted(intake(5, client, validIin('830622', '3')));
    const work = page.getByTestId('work');
    await work.getByLabel(labelPattern(R.work.startedAt)).fill('14:00');
    await work.getByLabel(labelPattern(R.work.endedAt)).fill('15:00');
    await choose(page, R.work.action, 'Ознакомление с материалами дела');
    await work.getByRole('button', { name: R.work.add }).click();
    await expect.poll(() => work.getByTestId('work-row').count()).toBe(1);

    const section = page.getByTestId('transfer');
    await section.getByRole('button', { name: R.transfer.record }).click();
    const form = page.getByTestId('transfer-form');
    await form.waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    const to = 'Бекова Айгерим Сапаровна';
    await form.getByLabel(labelPattern(R.transfer.toAdvocate)).fill(to);
    await choose(page, R.transfer.reason, 'Болезнь адвоката');
    const save = form.getByRole('button', { name: R.transfer.save, exact: true });
    await save.click();
    const permittedBy = form.getByLabel(labelPattern(R.transfer.permittedBy));
    const permission = form.getByLabel(labelPattern(R.transfer.permission));
    await expect.poll(() => fieldError(permittedBy)).toBe(ru.validation.required);
    expect(await fieldError(permission)).toBe(ru.validation.required);
    expect(await permittedBy.getAttribute('aria-invalid')).toBe('true');
    expect(await fieldError(form.getByLabel(labelPattern(R.transfer.toAdvocate)))).toBe('');
    expect(await state()).toBe(R.states.accepted);
    expect(await history()).not.toContain(R.history.actions.transfer);

    await permittedBy.fill('Заведующий консультацией Мусин Р. Т.');
    await permission.fill('Распоряжение № 5 от ' + todayDmy);
    const when = `${R.transfer.permittedAt}: `;
    const date = await form.getByLabel(labelPattern(`${when}${R.form.date}`)).inputValue();
    const time = await form.getByLabel(labelPattern(`${when}${R.form.time}`)).inputValue();
    await save.click();
    await expect.poll(state).toBe(R.states.transferred);
    expect(await section.innerText()).toContain(
      fill(R.transfer.recorded, {
        to,
        by: 'Заведующий консультацией Мусин Р. Т.',
        at: `${date} ${time}`,
      }),
    );
    expect(await section.innerText()).toContain(`Болезнь адвоката · Распоряжение № 5`);
    expect(await history()).toContain(R.history.actions.transfer);

    // Nothing more is offered: the work log stays readable but takes no new items.
    expect(await work.getByTestId('work-row').count()).toBe(1);
    const gone = [
      R.work.add,
      R.work.withdraw,
      R.transfer.record,
      R.refusal.record,
      R.paid.record,
      R.notice.issue,
      R.completion.save,
      R.detail.correct,
    ];
    for (const name of gone)
      expect(
        await detail()
          .getByRole('button', { name: new RegExp(`^${esc(name)}$`) })
          .count(),
        name,
      ).toBe(0);
    expect(await work.getByTestId('work-form').count()).toBe(0);
    // Once transferred, the permission form has nothing left to do: it should close and its
    // "Передать" button should go (pressing it now only brings "Назначение закрыто").
    expect(await form.count(), 'the transfer form stays open after the transfer').toBe(0);
    expect(
      await section.getByRole('button', { name: R.transfer.save, exact: true }).count(),
      '"Передать" is still offered after the transfer',
    ).toBe(0);
    expect(problems).toEqual([]);
  });
});
