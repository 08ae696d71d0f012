/// <reference types="node" />
/* eslint-disable no-restricted-imports -- Node-only test: writes PDFs and runs pdftotext */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Content, ContentSection, DynamicContent } from 'pdfmake/interfaces';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { noticeContent, noticeDoc, noticesBatchDoc } from './defence-notice';
import {
  appointment,
  defencePack,
  iin,
  kkAppointment,
  kkNotice,
  notice,
  noticeInput,
  ruAppointment,
  ruNotice,
} from './defence-test-data';
import { flat, pdfText } from './pdf-text.node';
import { renderPdf } from './render-pdf.node';

const OUT_DIR = path.resolve(import.meta.dirname, '../../test-output/pdf');
const kkInput = noticeInput(kkAppointment, kkNotice);
const ruInput = noticeInput(ruAppointment, ruNotice);
const unverified = { ...defencePack, notice: { ...defencePack.notice, verified: false } };

const footerOf = (doc: { footer?: unknown }, page = 1, pages = 1) =>
  flat(
    JSON.stringify((doc.footer as DynamicContent)(page, pages, { width: 0, height: 0 } as never)),
  );

const GOLDEN_DIR = path.resolve(import.meta.dirname, '../../test/fixtures');

/**
 * The definition as pdfmake gets it, with page 1 of 1's footer resolved, for the goldens;
 * formatted as the repository's Prettier would, so `npm run format:check` leaves them alone.
 */
async function golden(doc: ReturnType<typeof noticeDoc>, file: string): Promise<string> {
  const json = JSON.stringify({
    ...doc,
    footer: (doc.footer as DynamicContent)(1, 1, {} as never),
  });
  const config = await resolveConfig(path.join(GOLDEN_DIR, file));
  return format(json, { ...config, parser: 'json' });
}

describe('noticeDoc', () => {
  it('matches the golden definition (kk)', async () => {
    const doc = noticeDoc({ ...kkInput, pack: unverified });
    await expect(await golden(doc, 'notice-doc.kk.json')).toMatchFileSnapshot(
      '../../test/fixtures/notice-doc.kk.json',
    );
  });

  it('matches the golden definition (ru)', async () => {
    const doc = noticeDoc({ ...ruInput, pack: unverified });
    await expect(await golden(doc, 'notice-doc.ru.json')).toMatchFileSnapshot(
      '../../test/fixtures/notice-doc.ru.json',
    );
  });

  it.each([
    [
      'kk',
      kkInput,
      [
        'Қорғау (өкілдік ету) туралы хабарлама',
        '15.11.2026 ж. № 37',
        'Кімге',
        'Алматы қаласы Полиция департаментінің Тергеу басқармасы',
        'Осы арқылы мен, адвокат Сәрсенбаев Нұрлан Қайратұлы,',
        'қорғауды (өкілдік етуді) өзіме қабылдағанымды хабарлаймын',
        '12.03.2010 ж. № 0001234',
        '+7 701 123 45 67',
        'Құдайбергенова Іңкәр Өмірзаққызы',
        kkAppointment.client.iin,
        'Күдікті',
        'Қылмыстық іс, СДТБТ № 261100031000123',
        'ҚК 188-бабының 2-бөлігі',
        'Сотқа дейінгі тергеп-тексеру',
        'Қылмыстық процесті жүргізетін орган',
        'Тағайындау туралы қаулы',
        '14.11.2026 ж. № 45',
        'тергеуші, полиция капитаны Һ. Ғ. Үсенов',
        '«Е-Заң көмегі» сұрауы',
        '№ 2026-004512',
        'ҚПК 68-бабының 8-бөлігі',
        'М.О.',
      ],
    ],
    [
      'ru',
      ruInput,
      [
        'Уведомление о защите (представительстве)',
        '№ 38 от 15.11.2026',
        'Кому',
        'Судье Медеуского районного суда г. Алматы Ғабдуллину Е. Ә.',
        'Настоящим уведомляю, что я, адвокат Сәрсенбаев Нұрлан Қайратұлы, принял(а) на себя защиту (представительство)',
        '№ 0001234 от 12.03.2010',
        'Член коллегии адвокатов',
        'Иванов Пётр Сергеевич',
        ruAppointment.client.iin,
        'Подсудимый',
        'Уголовное дело, ЕРДР № 261100031000777',
        'Орган, ведущий уголовный процесс',
        'Постановление о назначении',
        '№ 2-118/2026 от 13.11.2026',
        'Поручение',
        'Оспанова А. Б., заведующая юридической консультацией № 5, 15.11.2026 09:05, № 17',
        'ч. 8 ст. 68 УПК РК',
        'М.П.',
      ],
    ],
  ] as const)('says who, whom, in which case and on what ground (%s)', (locale, input, phrases) => {
    const doc = noticeDoc(input);
    const json = flat(JSON.stringify(doc.content));
    for (const p of phrases) expect(json).toContain(p);
    // Paper decrees have no EZK request, EZK ones no head's assignment.
    expect(json).not.toContain(locale === 'kk' ? 'Тапсырма' : 'Е-Заң көмегі');
    expect(doc.pageOrientation).toBeUndefined();
    expect(doc.pageSize).toBe('A4');
  });

  it('defaults to the appointment language, and prints in the other one when asked', () => {
    const ru = flat(JSON.stringify(noticeDoc(kkInput, 'ru').content));
    expect(ru).toContain('Уведомление о защите (представительстве)');
    expect(ru).toContain('Құдайбергенова Іңкәр Өмірзаққызы');
    expect(flat(JSON.stringify(noticeDoc(kkInput).content))).toContain('хабарлама');
  });

  it('says the form is our estimate only while the pack says it is not verified', () => {
    expect(footerOf(noticeDoc({ ...kkInput, pack: unverified }))).toContain(
      'ресми нысан (23.11.2018 ж. конференция шешіміне 2-қосымша) табылмады',
    );
    expect(footerOf(noticeDoc({ ...ruInput, pack: unverified }))).toContain(
      'официальная форма (прил. 2 к решению конференции 23.11.2018) не найдена',
    );
    const verified = { ...defencePack, notice: { ...defencePack.notice, verified: true } };
    const footer = footerOf(noticeDoc({ ...ruInput, pack: verified }));
    expect(footer).not.toContain('не найдена');
    expect(footer).toContain(`kz-defence-register@${defencePack.version}`);
    expect(footer).toContain('Qorgau, 16.11.2026');
    expect(footer).toContain('Стр. 1 из 1');
  });

  it('leaves out what the appointment does not have, and names non-criminal bodies right', () => {
    const civil = appointment(
      20,
      {
        caseKind: 'civil',
        caseNumber: '7599-26-00-2/1234',
        statusId: 'status.civil-defendant',
        stageId: 'stage.first-instance',
        qualification: '',
        categoryId: null,
        client: { fullName: 'Әбенова Сәуле Маратқызы', iin: '' },
        decree: {
          number: '12',
          date: '2026-11-10',
          body: 'Алмалинский районный суд',
          official: '',
        },
        ezkNumber: '',
      },
      {},
    );
    const input = {
      ...noticeInput(civil, notice(40, 'Алмалинский районный суд')),
      categoryLabel: null,
    };
    const kk = flat(JSON.stringify(noticeContent(input, 'kk')));
    expect(kk).toContain('Азаматтық іс, № 7599-26-00-2/1234');
    expect(kk).toContain('Іс бойынша іс жүргізуді жүргізетін орган');
    expect(kk).toContain('Тағайындау туралы қаулы (ұйғарым)');
    expect(kk).not.toContain('Саралау');
    expect(kk).not.toContain('Лауазымды адам');
    expect(kk).not.toContain('санаты');
    expect(kk).not.toContain('«Е-Заң көмегі» сұрауы');
    const ru = flat(JSON.stringify(noticeContent(input, 'ru')));
    expect(ru).toContain('Орган, ведущий производство по делу');
    expect(ru).toContain('Постановление (определение) о назначении');
  });
});

describe('noticesBatchDoc', () => {
  const third = noticeInput(
    appointment(14, { client: { fullName: 'Һашимов Ғалымжан Үмбетұлы', iin: iin(33) } }),
    notice(39, 'Алматы қаласы Полиция департаментінің Тергеу басқармасы'),
  );
  const inputs = [kkInput, ruInput, third];

  it('puts each notice in its own section (new page), each in its own language', () => {
    const doc = noticesBatchDoc(inputs);
    const sections = doc.content as ContentSection[];
    expect(sections).toHaveLength(3);
    const texts = sections.map((s) => flat(JSON.stringify(s.section as Content)));
    expect(texts[0]).toContain('Қорғау (өкілдік ету) туралы хабарлама');
    expect(texts[0]).toContain('15.11.2026 ж. № 37');
    expect(texts[1]).toContain('Уведомление о защите (представительстве)');
    expect(texts[1]).toContain('№ 38 от 15.11.2026');
    expect(texts[2]).toContain('Һашимов Ғалымжан Үмбетұлы');
    expect(texts[2]).toContain('15.11.2026 ж. № 39');
  });

  it('prints them all in one language when asked', () => {
    const sections = noticesBatchDoc(inputs, 'ru').content as ContentSection[];
    for (const s of sections) {
      expect(flat(JSON.stringify(s.section))).toContain('Уведомление о защите (представительстве)');
    }
  });
});

describe('notice PDF (Node)', () => {
  mkdirSync(OUT_DIR, { recursive: true });

  it.each([
    ['kk', kkInput, 'Қорғау (өкілдік ету) туралы хабарлама', '15.11.2026 ж. № 37', 'Бет 1 / 1'],
    [
      'ru',
      ruInput,
      'Уведомление о защите (представительстве)',
      '№ 38 от 15.11.2026',
      'Стр. 1 из 1',
    ],
  ] as const)('renders real text on one page (%s)', async (locale, input, title, number, page) => {
    const file = path.join(OUT_DIR, `notice-${locale}.pdf`);
    writeFileSync(file, await renderPdf(noticeDoc({ ...input, pack: unverified })));
    const text = pdfText(file);
    expect(text).toContain(title);
    expect(text).toContain(number);
    expect(text).toContain(page);
    expect(text).toContain(input.appointment.client.iin);
    expect(text).toContain(input.appointment.caseNumber);
    expect(text).toContain('Сәрсенбаев Нұрлан Қайратұлы');
    expect(text).toContain(locale === 'kk' ? 'табылмады' : 'не найдена');
    // The Kazakh letters, in the names as typed and (kk) in the fixed wording.
    if (locale === 'kk') {
      for (const letter of ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і'])
        expect(text.toLowerCase()).toContain(letter);
      for (const name of ['Құдайбергенова Іңкәр Өмірзаққызы', 'Һ. Ғ. Үсенов', 'хабарлаймын'])
        expect(text).toContain(name);
    } else {
      for (const name of ['Ғабдуллину Е. Ә.', 'судья Ғабдуллин Е. Ә.', 'Алматы қалалық'])
        expect(text).toContain(name);
    }
  });

  it('renders a batch of three, one page each, numbered per notice', async () => {
    const third = noticeInput(
      appointment(14, {
        client: { fullName: 'Һашимов Ғалымжан Үмбетұлы', iin: iin(33) },
        language: 'kk',
      }),
      notice(39, 'Алматы қаласы Полиция департаментінің Тергеу басқармасы'),
    );
    const file = path.join(OUT_DIR, 'notices-batch.pdf');
    writeFileSync(file, await renderPdf(noticesBatchDoc([kkInput, ruInput, third])));
    const text = pdfText(file);
    expect(text.match(/Бет 1 \/ 1/g)).toHaveLength(2);
    expect(text.match(/Стр\. 1 из 1/g)).toHaveLength(1);
    expect(text).toContain('№ 37 хабарлама');
    expect(text).toContain('Уведомление № 38');
    expect(text).toContain('№ 39 хабарлама');
    expect(text).toContain('Һашимов Ғалымжан Үмбетұлы');
    // Three notices, three pages, in order.
    const order = ['15.11.2026 ж. № 37', '№ 38 от 15.11.2026', '15.11.2026 ж. № 39'].map((s) =>
      text.indexOf(s),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('numbers the pages of a notice that runs over a page on its own', async () => {
    const long = {
      ...kkInput,
      notice: {
        ...kkNotice,
        addressee: Array.from({ length: 40 }, () => 'Тергеу басқармасы').join(' '),
      },
      appointment: {
        ...kkInput.appointment,
        qualification: Array.from({ length: 60 }, (_, i) => `ҚК ${100 + i}-бабы`).join(', '),
      },
    };
    const file = path.join(OUT_DIR, 'notices-batch-long.pdf');
    writeFileSync(file, await renderPdf(noticesBatchDoc([long, ruInput])));
    const text = pdfText(file);
    expect(text).toContain('№ 37 хабарлама · Бет 1 / 2');
    expect(text).toContain('№ 37 хабарлама · Бет 2 / 2');
    expect(text).toContain('Уведомление № 38 · Стр. 1 из 1');
  });
});
