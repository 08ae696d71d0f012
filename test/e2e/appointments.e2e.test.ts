/**
 * Defence appointments end to end, in Kazakh: intake from Е-Заң көмегі → conflict check (clean)
 * → accept → work log with a night-time action → notice of defence (PDF read back with
 * pdftotext) → body notified → completed → the next stage pre-filled and linked (cl. 4.3) →
 * a second client in the same case who was the other side: the check finds the conflict, with
 * a link, and the appointment is declined on the cl. 36 ground → two notices printed in one
 * PDF. Then the register in Russian.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kk } from '../../src-shared/i18n/kk';
import { ru } from '../../src-shared/i18n/ru';
import { seriousA11yViolations } from './support/a11y';
import { checkNoConflict, choose, field, fillIntake, typeDate } from './support/appointment-flow';
import { launch, OUTPUT_DIR, openApp, SCREENSHOT_DIR, screenshot } from './support/browser';
import { validIin } from './support/iin-fixture';
import { pdfFirstPagePng, pdfText } from './support/pdf-text';
import { createProfile, labelPattern } from './support/profile-fixture';
import { chooseSettlement, settlementRadio } from './support/settlement';

const PDF_DIR = path.join(OUTPUT_DIR, 'pdf');
mkdirSync(PDF_DIR, { recursive: true });
const flat = (s: string) => s.replaceAll('\u00a0', ' ');
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k]));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function savePdf(page: Page, button: string, name: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).first().click(),
  ]);
  const file = path.join(PDF_DIR, `${name}.pdf`);
  copyFileSync((await download.path())!, file);
  pdfFirstPagePng(file, path.join(PDF_DIR, name));
  return file;
}

const today = new Date();
const year = today.getFullYear();
const pad = (n: number) => String(n).padStart(2, '0');
const todayDmy = `${pad(today.getDate())}.${pad(today.getMonth() + 1)}.${year}`;

const client = { fullName: 'Әлиев Нұрлан Қайратұлы', iin: validIin('850312', '3') };
const victim = { fullName: 'Серікбаев Арман Болатұлы', iin: validIin('910524', '3') };
const caseNumber = '241500031000123';
const body = 'Қызылорда облысы ПД Жалағаш аудандық полиция бөлімі';

describe('defence appointments', () => {
  it('in Kazakh: intake → check → accept → night work → notice PDF → notified → completed → next stage → conflict → batch notices', async () => {
    const { context, page, problems } = await openApp(browser);
    await createProfile(page);
    const A = kk.appointments;

    await page.getByRole('link', { name: kk.nav.appointments }).click();
    await page.getByRole('heading', { name: A.title }).waitFor();
    await page.getByText(A.empty).waitFor();

    // ── 1. A new appointment from Е-Заң көмегі ──────────────────────────────────────────
    await page.getByRole('button', { name: A.newAppointment }).click();
    await page.getByRole('dialog').getByText(A.form.titleNew).waitFor();
    // The first appointment has no earlier one to take the settlement from: nothing is guessed.
    for (const kind of ['urban', 'rural'] as const)
      expect(await settlementRadio(page, kk, kind).isChecked()).toBe(false);
    await fillIntake(page, kk, {
      decreeNumber: '117',
      body,
      caseNumber,
      client,
      status: 'Күдікті',
      stage: 'Сотқа дейінгі тергеп-тексеру',
      opposing: [{ ...victim, status: 'Жәбірленуші' }],
      settlement: 'rural',
    });
    // The suspect's usual art. 26(3) category is proposed from the eligibility pack.
    expect(await field(page, A.form.category).inputValue()).toMatch(/Күдікті, айыпталушы/);
    await screenshot(page, 'kk-appointment-form');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('dialog').getByRole('button', { name: A.form.save }).click();

    const detail = page.getByTestId('appointment-detail');
    await detail.waitFor();
    await detail
      .getByRole('heading', { name: fill(A.detail.title, { number: 1, year }) })
      .waitFor();
    expect(await page.getByTestId('appointment-state').innerText()).toBe(A.states.received);
    // Not yet: the check comes first.
    expect(await page.getByTestId('accept-blockers').innerText()).toContain(
      A.decision.blockers['no-conflict-check'],
    );

    // ── 2. Conflict check: nothing found → no conflict ──────────────────────────────────
    const conflict = page.getByTestId('conflict');
    await conflict.getByRole('button', { name: A.conflict.run }).click();
    await expect.poll(() => conflict.innerText()).toContain(A.conflict.none);
    expect(flat(await conflict.innerText())).toContain(
      fill(A.conflict.compared, { appointments: 0, consultations: 0 }),
    );
    await conflict.getByRole('button', { name: A.conflict.noConflict }).click();
    await conflict.getByTestId('conflict-recorded').waitFor();

    // ── 3. Accept ───────────────────────────────────────────────────────────────────────
    await page.getByRole('button', { name: A.decision.accept }).click();
    await expect
      .poll(() => page.getByTestId('appointment-state').innerText())
      .toBe(A.states.accepted);

    // ── 5. Work log: a night interrogation past midnight ───────────────────────────────
    const work = page.getByTestId('work');
    await work.getByLabel(A.work.startedAt).fill('23:00');
    await work.getByLabel(A.work.endedAt).fill('01:30');
    await choose(page, A.work.action, 'Жауап алу');
    await expect
      .poll(() => work.getByTestId('work-flags-preview').innerText())
      .toContain(fill(A.work.night, { minutes: 150 }));
    await work.getByRole('button', { name: A.work.add }).click();
    await work.getByTestId('night-flag').waitFor();
    await work.screenshot({ path: path.join(SCREENSHOT_DIR, 'kk-appointment-work.png') });
    expect(flat(await work.getByTestId('work-total').innerText())).toBe(
      fill(A.work.total, { hours: '2,5' }),
    );

    // ── 4. Notice of defence, its PDF, the body notified ───────────────────────────────
    const notice = page.getByTestId('notice');
    expect(await notice.getByLabel(new RegExp(`^${A.notice.addressee}`)).inputValue()).toBe(body);
    await notice.getByRole('button', { name: A.notice.issue }).click();
    await notice.getByTestId('notice-item').waitFor();
    expect(await notice.getByTestId('notice-item').innerText()).toContain(`№ 1/${year}`);
    const noticePdf = flat(
      pdfText(await savePdf(page, fill(A.notice.savePdf, { lang: 'ҚАЗ' }), 'notice-kk-e2e')),
    );
    expect(noticePdf).toContain(caseNumber);
    expect(noticePdf).toContain('Әлиев');
    expect(noticePdf).toContain('Әбілқасымова');
    expect(noticePdf).toMatch(/№\s*1\b/);
    expect(noticePdf).toMatch(/[әғқңөұүһі]/i);

    await notice.getByRole('button', { name: A.notice.markNotified }).click();
    await notice.getByTestId('notifications').waitFor();
    expect(await notice.getByTestId('notifications').innerText()).toContain(body);
    await screenshot(page, 'kk-appointment-detail');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // ── 9. Completion ───────────────────────────────────────────────────────────────────
    const completion = page.getByTestId('completion');
    await completion
      .getByLabel(new RegExp(`^${A.completion.finalDocument}`))
      .fill('Істі сотқа жіберу туралы хаттама');
    await completion.getByRole('button', { name: A.completion.save }).click();
    await expect
      .poll(() => page.getByTestId('appointment-state').innerText())
      .toBe(A.states.completed);

    // ── 10. Next stage, pre-filled and linked (cl. 4.3) ────────────────────────────────
    await page
      .getByRole('button', { name: fill(A.next.register, { stage: 'Бірінші сатыдағы сот' }) })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(fill(A.form.titleNext, { caseNumber })).waitFor();
    expect(await field(page, A.form.caseNumber).inputValue()).toBe(caseNumber);
    expect(
      await dialog
        .getByLabel(new RegExp(`^${A.form.fullName}`))
        .first()
        .inputValue(),
    ).toBe(client.fullName);
    expect(await dialog.getByTestId('continuity-hint').innerText()).toContain(
      fill(A.continuity.linked, { number: 1, year }),
    );
    // The settlement is taken from the advocate's latest appointment (the first: rural).
    await expect.poll(() => settlementRadio(page, kk, 'rural').isChecked()).toBe(true);
    await screenshot(page, 'kk-appointment-next-stage');
    await field(page, A.form.decreeNumber).fill('2-45/26');
    await typeDate(page, A.form.decreeDate, todayDmy);
    await field(page, A.form.body).fill('Жалағаш аудандық соты');
    await dialog.getByRole('button', { name: A.form.save }).click();
    await detail
      .getByRole('heading', { name: fill(A.detail.title, { number: 2, year }) })
      .waitFor();
    expect(await page.getByTestId('continues-from').innerText()).toContain(`№ 1/${year}`);
    expect(await detail.innerText()).toContain(kk.fees.settlement.rural);
    await checkNoConflict(page, kk, 'Сол клиент, келесі саты (4.3-т.)');
    await page.getByRole('button', { name: A.decision.accept }).click();
    await expect
      .poll(() => page.getByTestId('appointment-state').innerText())
      .toBe(A.states.accepted);
    await page.getByTestId('notice').getByRole('button', { name: A.notice.issue }).click();
    await expect.poll(() => page.getByTestId('notice-item').innerText()).toContain(`№ 2/${year}`);

    // ── The victim now asks for a defender in the same case: a conflict ──────────────────
    await page.getByRole('link', { name: A.backToList }).click();
    await page.getByRole('button', { name: A.newAppointment }).click();
    await fillIntake(page, kk, {
      decreeNumber: '131',
      body,
      caseNumber,
      client: victim,
      status: 'Күдікті',
      stage: 'Сотқа дейінгі тергеп-тексеру',
      opposing: [{ ...client, status: 'Жәбірленуші' }],
    });
    await page.getByRole('dialog').getByRole('button', { name: A.form.save }).click();
    await detail
      .getByRole('heading', { name: fill(A.detail.title, { number: 3, year }) })
      .waitFor();
    await conflict.getByRole('button', { name: A.conflict.run }).click();
    await conflict.getByTestId('conflict-result').waitFor();
    const severe = conflict.locator('[data-testid="conflict-finding"][data-severity="conflict"]');
    expect(await severe.count()).toBeGreaterThan(0);
    const link = severe.first().getByTestId('conflict-link');
    expect(await link.getAttribute('href')).toMatch(/^#\/appointments\?id=/);
    expect(await severe.first().innerText()).toContain(A.conflict.severity.conflict);
    await screenshot(page, 'kk-appointment-conflict');
    await conflict.getByRole('button', { name: A.conflict.conflict }).click();
    const decline = page.getByTestId('decline-form');
    await decline.waitFor();
    await decline
      .getByLabel(new RegExp(`^${A.decision.details}`))
      .fill('Осы істе жәбірленуші тарапты қорғаймын.');
    await decline.getByRole('button', { name: A.decision.decline }).click();
    await expect
      .poll(() => page.getByTestId('appointment-state').innerText())
      .toBe(A.states.declined);
    // The link opens the record the conflict was found in.
    await link.click();
    await page.getByTestId('appointment-detail').getByText(client.fullName).first().waitFor();

    // ── The list: three entries; two notices printed in one PDF ─────────────────────────
    await page.getByRole('link', { name: A.backToList }).click();
    await expect.poll(() => page.getByTestId('appointment-row').count()).toBe(3);
    await page.getByRole('checkbox', { name: A.selectAll }).check();
    const batch = flat(
      pdfText(
        await savePdf(page, `${fill(A.printNotices, { count: 2 })} · ҚАЗ`, 'notices-batch-kk-e2e'),
      ),
    );
    expect(batch).toContain(caseNumber);
    expect(batch.match(/Әлиев/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'kk-appointments');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Search by a name prefix and by the case number written differently.
    await page.getByLabel(new RegExp(`^${A.search}`)).fill('серікб');
    await expect
      .poll(() => page.getByTestId('appointments-count').innerText())
      .toBe(fill(A.count, { count: 1 }));
    await page.getByLabel(new RegExp(`^${A.search}`)).fill('2415 0003 1000 123');
    await expect
      .poll(() => page.getByTestId('appointments-count').innerText())
      .toBe(fill(A.count, { count: 3 }));
    await page.getByLabel(new RegExp(`^${A.search}`)).fill('');

    // ── In Russian: the register, its PDF, an appointment's page ────────────────────────
    await page.getByText('РУС', { exact: true }).first().click();
    await page.getByRole('heading', { name: ru.appointments.title }).waitFor();
    const ruPdf = flat(
      pdfText(
        await savePdf(
          page,
          fill(ru.appointments.printRegister, { lang: 'РУС' }),
          'defence-register-ru-e2e',
        ),
      ),
    );
    expect(ruPdf).toContain('Әлиев');
    expect(ruPdf).toContain(caseNumber);
    await screenshot(page, 'ru-appointments');
    await page.getByTestId('appointment-open').first().click();
    await page.getByTestId('appointment-detail').waitFor();
    expect(await page.getByTestId('appointment-state').innerText()).toBe(
      ru.appointments.states.completed,
    );
    expect(await page.getByTestId('work').innerText()).toContain(
      fill(ru.appointments.work.night, { minutes: 150 }),
    );
    await screenshot(page, 'ru-appointment-detail');
    expect(await seriousA11yViolations(page)).toEqual([]);

    expect(problems).toEqual([]);
    await context.close();
  });

  it('in Russian: text pasted from Е-Заң көмегі fills the empty fields, then is saved', async () => {
    const { context, page, problems } = await openApp(browser);
    await createProfile(page);
    await page.getByText('РУС', { exact: true }).first().click();
    const R = ru.appointments;
    const F = R.form;
    await page.getByRole('link', { name: ru.nav.appointments }).click();
    await page.getByRole('button', { name: R.newAppointment }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(F.titleNew).waitFor();

    // What the advocate typed before pasting stays as typed.
    const typedBody = 'СУ ДП г. Алматы';
    await field(page, F.body).fill(typedBody);
    const paste = dialog.getByTestId('ezk-paste');
    await paste.getByRole('button', { name: F.paste.toggle }).click();
    const iin = validIin('920715', '4');
    await field(page, F.paste.text).fill(
      [
        'Уведомление о назначении защитника',
        'Номер заявки: 000451',
        `Постановление № 45 от ${todayDmy}`,
        'Орган, ведущий уголовный процесс: Медеуское РУП ДП г. Алматы',
        'Следователь: ст. лейтенант полиции Иванов И.И.',
        `Номер ЕРДР\t${caseNumber}`,
        'ФИО подзащитного',
        'Касымова Динара Ерлановна',
        `ИИН: ${iin}`,
        'Процессуальный статус: подозреваемая',
        'Квалификация: ч. 2 ст. 188 УК РК',
      ].join('\n'),
    );
    await paste.getByRole('button', { name: F.paste.fill }).click();
    const result = paste.getByTestId('ezk-paste-result');
    await result.waitFor();
    expect(await result.innerText()).toContain(F.paste.review);
    expect(await result.innerText()).toContain(fill(F.paste.kept, { fields: F.body }));
    expect(await result.innerText()).toContain(F.decreeDate);
    expect(await paste.getByTestId('ezk-paste-unknown').innerText()).toBe(
      'Уведомление о назначении защитника',
    );
    expect(await field(page, F.ezkNumber).inputValue()).toBe('000451');
    expect(await field(page, F.decreeNumber).inputValue()).toBe('45');
    expect(await field(page, F.decreeDate).inputValue()).toBe(todayDmy);
    expect(await field(page, F.body).inputValue()).toBe(typedBody);
    expect(await field(page, F.official).inputValue()).toBe(
      'Следователь ст. лейтенант полиции Иванов И.И.',
    );
    expect(await field(page, F.caseNumber).inputValue()).toBe(caseNumber);
    expect(await dialog.getByLabel(labelPattern(F.fullName)).first().inputValue()).toBe(
      'Касымова Динара Ерлановна',
    );
    expect(await dialog.getByLabel(labelPattern(F.iin)).first().inputValue()).toBe(iin);
    expect(await field(page, F.status).inputValue()).toBe('Подозреваемый');
    expect(await field(page, F.qualification).inputValue()).toBe('ч. 2 ст. 188 УК РК');
    await screenshot(page, 'ru-appointment-ezk-paste');
    await field(page, F.qualification).scrollIntoViewIfNeeded();
    await screenshot(page, 'ru-appointment-ezk-paste-fields');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The advocate reviews, picks the stage (not in the text) and the settlement, and saves.
    await choose(page, F.stage, 'Досудебное расследование');
    await chooseSettlement(page, ru);
    await dialog.getByRole('button', { name: F.save }).click();
    const detail = page.getByTestId('appointment-detail');
    await detail
      .getByRole('heading', { name: fill(R.detail.title, { number: 1, year }) })
      .waitFor();
    expect(await detail.innerText()).toContain('Касымова Динара Ерлановна');
    expect(problems).toEqual([]);
    await context.close();
  });
});
