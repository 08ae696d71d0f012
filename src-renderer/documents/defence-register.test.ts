/// <reference types="node" />
/* eslint-disable no-restricted-imports -- Node-only test: writes PDFs and runs pdftotext */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentTable, TableCell } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import type { Appointment } from '../../src-shared/contracts/entities/appointment';
import { defenceRegisterDoc, type DefenceRegisterInput } from './defence-register';
import {
  advocate,
  appointment,
  AUDIT_HASH,
  defencePack as pack,
  iin,
  kkAppointment,
  PRINTED_AT,
  ruAppointment,
  workItem,
} from './defence-test-data';
import { flat, pdfText } from './pdf-text.node';
import { renderPdf } from './render-pdf.node';

const OUT_DIR = path.resolve(import.meta.dirname, '../../test-output/pdf');

const worked: Appointment = {
  ...kkAppointment,
  version: 3,
  work: [
    workItem('w1', '2026-11-15', 'action.interrogation', '10:00', '12:30'),
    // A night interrogation past midnight, on a Sunday.
    workItem('w2', '2026-11-15', 'action.confrontation', '22:30', '01:15', {
      nightMinutes: 165,
      nonWorkingDay: true,
    }),
    workItem('w3', '2026-11-14', 'action.detention', '19:00', '20:00'),
    workItem('w4', '2026-11-16', 'action.case-materials', '09:00', '17:00', {
      withdrawn: { at: '2026-11-16T18:00:00.000Z', reason: 'Қате енгізілген' },
    }),
  ],
};

/** Numbers 12–18 in shuffled order, plus a stale version: the printout puts them right. */
const appointments: Appointment[] = [
  appointment(
    16,
    { client: { fullName: 'Тоқтаров Әділет Серікұлы', iin: iin(16) } },
    {
      state: 'transferred',
      transfer: {
        toAdvocate: 'Ахметова Гүлнар Маратқызы',
        reasonId: 'replace.illness',
        note: '',
        permittedBy: 'Оспанова А. Б., заң консультациясының меңгерушісі',
        permittedAt: '2026-11-20T11:00',
        permission: 'Өкім № 44, 20.11.2026',
      },
    },
  ),
  { ...kkAppointment, version: 1 },
  worked,
  appointment(
    15,
    { client: { fullName: 'Ким Виктор Сергеевич', iin: iin(15) }, language: 'ru' },
    {
      state: 'declined',
      decision: {
        kind: 'declined',
        at: '2026-11-16T10:00',
        groundId: 'decline.36-1.conflict-of-interest',
        details: 'Ранее защищал потерпевшего по этому делу',
      },
    },
  ),
  {
    ...ruAppointment,
    state: 'completed',
    completion: {
      date: '2026-11-28',
      finalDocument: 'Приговор Медеуского районного суда г. Алматы',
      note: '',
    },
  },
  appointment(
    14,
    {
      caseKind: 'civil',
      caseNumber: '7599-26-00-2/1234',
      statusId: 'status.civil-defendant',
      stageId: 'stage.appeal',
      qualification: '',
      categoryId: null,
      client: { fullName: 'Әбенова Сәуле Маратқызы', iin: '' },
      previousAdvocate: 'Нұрпейісов Қанат Ерланұлы',
      replacementReasonId: 'replace.business-trip',
      note: 'Клиент шетелде',
    },
    {
      paidAdvocate: {
        fullName: 'Есенов Дәурен Асқарұлы',
        learnedAt: '2026-11-21T10:00',
        reason: '',
        clientInformedAt: '',
        clientChoice: 'undecided',
      },
    },
  ),
  appointment(
    17,
    { client: { fullName: 'Һашимова Үміт Ғабитқызы', iin: iin(17) } },
    {
      state: 'refused',
      clientRefusal: {
        at: '2026-11-22T15:00',
        form: 'written',
        reason: '',
        outcome: 'accepted',
        warnings: [],
      },
    },
  ),
  appointment(
    18,
    {
      source: 'paper',
      ezkNumber: '',
      client: { fullName: 'Сұлтанов Ерғали Бауыржанұлы', iin: iin(18) },
    },
    { state: 'received' },
  ),
];

const input: DefenceRegisterInput = {
  month: '2026-11',
  appointments,
  pack,
  advocate,
  auditHead: { hash: AUDIT_HASH, count: 1234 },
  printedAt: PRINTED_AT,
};

function registerTable(doc: ReturnType<typeof defenceRegisterDoc>): ContentTable {
  const content = doc.content as unknown[];
  return content.find((c): c is ContentTable => typeof c === 'object' && !!c && 'table' in c)!;
}
const unhyphenated = (s: string) => s.replace(/-\n/g, '');
const rowText = (row: TableCell[]) => unhyphenated(flat(JSON.stringify(row)).replace(/\\n/g, '\n'));

describe('defenceRegisterDoc', () => {
  it.each(['kk', 'ru'] as const)('prints the pack columns and sorted rows (%s)', (locale) => {
    const doc = defenceRegisterDoc(input, locale);
    expect(doc.pageOrientation).toBe('landscape');
    const { table } = registerTable(doc);
    expect(table.headerRows).toBe(1);
    const [header, ...rows] = table.body;
    expect(header!.map((c) => unhyphenated((c as { text: string }).text))).toEqual(
      pack.columns.map((c) => c.label[locale]),
    );
    expect(rows.map((r) => (r[0] as { text: string }).text)).toEqual([
      '12',
      '13',
      '14',
      '15',
      '16',
      '17',
      '18',
    ]);
  });

  it('lists the work done with night and non-working-day marks, and the total (ru)', () => {
    const { table } = registerTable(defenceRegisterDoc(input, 'ru'));
    const row12 = flat(rowText(table.body[1]!));
    expect(row12).toContain('14.11.2026 Участие при задержании; 19:00–20:00, 1 ч');
    expect(row12).toContain('15.11.2026 Допрос; 10:00–12:30, 2 ч 30 мин');
    expect(row12).toContain(
      '15.11.2026 Очная ставка; 22:30–01:15, 2 ч 45 мин (ночное 2 ч 45 мин, нерабочий день)',
    );
    // The withdrawn item is not claimed.
    expect(row12).not.toContain('Ознакомление');
    expect(row12).toContain('Итого: 6 ч 15 мин (3 действия); в т. ч. ночное время: 2 ч 45 мин');
    // In date order: the detention of the 14th first.
    expect(row12.indexOf('14.11.2026 Участие')).toBeLessThan(row12.indexOf('15.11.2026 Допрос'));
    expect(row12).toContain('В производстве');
  });

  it.each([
    [
      'kk',
      [
        ['13', '28.11.2026 аяқталды: Приговор Медеуского районного суда г. Алматы'],
        [
          '15',
          '16.11.2026 қабылдаудан бас тартылды: Мүдделер қақтығысы (Заңның 33-бабының 8-тармағы)',
        ],
        [
          '16',
          'Ахметова Гүлнар Маратқызы адвокатқа берілді, рұқсат берген: Оспанова А. Б., заң консультациясының меңгерушісі, 20.11.2026',
        ],
        ['17', '22.11.2026 адамның қорғаушыдан (өкілден) бас тартуы қабылданды'],
        ['18', 'Шешім қабылданбаған'],
        ['14', 'Алдыңғы сатыдағы адвокат: Нұрпейісов Қанат Ерланұлы (Адвокаттың іссапарға шығуы)'],
        ['14', 'Келісім бойынша адвокат: Есенов Дәурен Асқарұлы'],
        ['14', 'ЖСН көрсетілмеген'],
        ['14', 'Азаматтық іс № 7599-26-00-2/1234'],
        ['12', 'Қылмыстық іс СДТБТ № 261100031000123'],
        ['12', '«Е-Заң көмегі» № 2026-004512'],
        [
          '13',
          'Қағаз түрінде, тапсырды: Оспанова А. Б., заведующая юридической консультацией № 5, 15.11.2026 09:05',
        ],
      ],
    ],
    [
      'ru',
      [
        ['13', 'Завершено 28.11.2026: Приговор Медеуского районного суда г. Алматы'],
        ['15', 'Отказано в принятии 16.11.2026: Конфликт интересов (п. 8 ст. 33 Закона)'],
        ['16', 'Передано адвокату Ахметова Гүлнар Маратқызы с разрешения: Оспанова А. Б.'],
        ['17', 'Отказ лица от защитника (представителя) принят 22.11.2026'],
        ['18', 'Решение не принято'],
        ['13', 'постановление № 2-118/2026 от 13.11.2026'],
        ['13', 'Уголовное дело ЕРДР № 261100031000777'],
        ['14', 'ИИН не указан'],
      ],
    ],
  ] as const)('shows how each participation ended (%s)', (locale, expected) => {
    const { table } = registerTable(defenceRegisterDoc(input, locale));
    const byNumber = new Map(
      table.body.slice(1).map((r) => [(r[0] as { text: string }).text, flat(rowText(r))]),
    );
    for (const [n, text] of expected) expect(byNumber.get(n)).toContain(text);
  });

  it.each([
    ['kk', 'Тізілімде 7 жазба бар, № 12–18', '2026 жылғы қараша айы', '(1234 жазба)'],
    ['ru', 'В журнале 7 записей, № 12–18', 'за ноябрь 2026 г.', '(1234 записи)'],
  ] as const)('certifies the count and the audit head (%s)', (locale, cert, month, count) => {
    const doc = defenceRegisterDoc(input, locale);
    const json = flat(JSON.stringify(doc));
    expect(json).toContain(cert);
    expect(json).toContain(month);
    expect(json).toContain(`${AUDIT_HASH.slice(0, 16)}… ${count}`);
    expect(json).not.toContain(AUDIT_HASH.slice(0, 17));
    const footer = flat(JSON.stringify((doc.footer as (p: number, n: number) => unknown)(1, 2)));
    expect(footer).toContain(`Qorgau · kz-defence-register v${pack.version}`);
  });

  it("names an office copy instead of this device's audit head", () => {
    const { auditHead: _own, ...heading } = input;
    void _own;
    const doc = defenceRegisterDoc(
      { ...heading, officeCopy: { printedBy: 'Ахметов Болат' } },
      'ru',
    );
    const json = flat(JSON.stringify(doc));
    expect(json).toContain('Копия с сервера консультации, распечатал(а): Ахметов Болат');
    expect(json).not.toContain(AUDIT_HASH.slice(0, 16));
  });

  it('prints an empty month with its certification', () => {
    const json = JSON.stringify(defenceRegisterDoc({ ...input, appointments: [] }, 'ru'));
    expect(json).toContain('Записей нет');
    expect(json).toContain('В журнале записей нет');
  });

  it('never splits a case number or an IIN', () => {
    const { table } = registerTable(defenceRegisterDoc(input, 'kk'));
    const json = JSON.stringify(table.body);
    expect(json).toContain('261100031000123');
    for (const a of appointments) if (a.client.iin) expect(json).toContain(a.client.iin);
    const total = (table.widths as number[]).reduce((s, w) => s + w, 0);
    expect(total + pack.columns.length * 4.5).toBeCloseTo(841.89 - 44);
  });
});

describe('defence register PDF (Node)', () => {
  mkdirSync(OUT_DIR, { recursive: true });

  it.each(['kk', 'ru'] as const)('renders real text (%s)', async (locale) => {
    const file = path.join(OUT_DIR, `defence-register-${locale}.pdf`);
    writeFileSync(file, await renderPdf(defenceRegisterDoc(input, locale)));
    const text = pdfText(file);
    expect(text).toContain(
      locale === 'kk' ? 'есепке алу тізілімі' : 'в виде защиты и представительства',
    );
    for (const a of appointments) if (a.client.iin) expect(text).toContain(a.client.iin);
    for (const name of ['Құдайбергенова', 'Іңкәр', 'Өмірзаққызы', 'Һашимова', 'Үміт', 'Ғабитқызы'])
      expect(text).toContain(name);
    expect(text).toContain('261100031000123');
    expect(text).toContain(locale === 'kk' ? 'Барлығы: 6 сағ 15 мин' : 'Итого: 6 ч 15 мин');
    expect(text).toContain(locale === 'kk' ? 'Бет 1 /' : 'Стр. 1 из');
  });
});
