/// <reference types="node" />
/* eslint-disable no-restricted-imports -- Node-only test: writes PDFs and runs pdftotext */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  consultationInputSchema,
  type ConsultationEntry,
  type ConsultationInput,
} from '../../src-shared/contracts/entities/consultation';
import { iinCheckDigit } from '../../src-shared/domain/iin/iin';
import { actEntries, actOfWorkDoc, type ActInput } from './act-of-work';
import { actTexts } from './register-texts';
import { renderPdf } from './render-pdf.node';
import { flat, pdfText } from './pdf-text.node';

const OUT_DIR = path.resolve(import.meta.dirname, '../../test-output/pdf');

/** A valid IIN (born 1990, female) per seed: the check digit is computed, not made up. */
function iin(seed: number): string {
  for (let s = seed; ; s += 1000) {
    const first11 = `9007${String(10 + (s % 18))}4${String(s % 10000).padStart(4, '0')}`;
    const check = iinCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}

/** A stored entry, validated by the same schema the form uses. */
function entry(
  number: number,
  fullName: string,
  minutes: number,
  over: Partial<ConsultationInput> = {},
  version = 1,
): ConsultationEntry {
  const end = 9 * 60 + minutes;
  const clock = (m: number) =>
    `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const fields = consultationInputSchema.parse({
    appliedAt: `2026-11-${String(number - 5).padStart(2, '0')}T08:55`,
    language: 'ru',
    applicant: { fullName, iin: iin(number), identityDocument: { type: 'Удостоверение' } },
    categoryId: 'cons.26-2-1.pension',
    issue: { areaId: 'housing', subject: 'Выселение из единственного жилья' },
    form: 'oral',
    content: 'Разъяснены права нанимателя.',
    startedAt: minutes ? '09:00' : '',
    endedAt: minutes ? clock(end) : '',
    place: { kind: 'office' },
    status: 'given',
    ...over,
  } satisfies ConsultationInput);
  return {
    ...fields,
    id: `entry-${number}`,
    version,
    advocateId: 'advocate-1',
    year: 2026,
    number,
    durationMinutes: minutes,
    createdAt: '2026-11-05T04:40:00.000Z',
    updatedAt: '2026-11-05T04:40:00.000Z',
    ...(version > 1 ? { correctionReason: 'Уточнено время' } : {}),
  };
}

const none = { content: '' } as const;
/** Given: 12, 9, 14, 11 (45 + 75 + 30 + 60 = 210 min); the rest must not be counted. */
const entries: ConsultationEntry[] = [
  entry(12, 'Жұмабаева Гүлнәр Әбілқызы', 45),
  entry(9, 'Жұмабаев Ерғали Серікұлы', 75, {
    representedPerson: { fullName: 'Жұмабаева Әсем Ерғалиқызы', iin: iin(109) },
  }),
  entry(13, 'Оспанов Берік Нұрланұлы', 0, {
    ...none,
    status: 'deferred',
    appointmentAt: '2026-11-09T10:00',
  }),
  entry(10, 'Ким Виктор Сергеевич', 0, {
    ...none,
    status: 'refused',
    refusalGroundId: 'refusal.36-1.conflict',
  }),
  entry(14, 'Сейітқали Үміт Ғабитқызы', 30, { form: 'written' }, 2),
  entry(11, 'Һашимова Іңкәр Өмірзаққызы', 60, {
    place: { kind: 'person-location', address: 'Алматы, Абай даңғ. 10', reason: 'I топ' },
  }),
  entry(15, 'Петрова Анна Ивановна', 0, { ...none, status: 'withdrawn' }),
];

const month: ActInput = {
  period: { from: '2026-11-01', to: '2026-11-30' },
  entries,
  issueAreaLabel: () => ({ kk: 'Тұрғын үй құқығы', ru: 'Жилищное право' }),
  advocate: {
    fullName: 'Сәрсенбаев Нұрлан Қайратұлы',
    licenceNumber: '0001234',
    collegium: 'Алматы қалалық адвокаттар алқасы',
    office: '№ 5 заң консультациясы',
    iin: '850319301178',
  },
  actNumber: '2026-11',
  printedAt: '2026-12-01T10:15:00+05:00',
};
const represented = entries[1]!;
const single: ActInput = {
  ...month,
  period: { from: '2026-11-04', to: '2026-11-04' },
  entries: [represented],
  actNumber: '2026-11/9',
};

describe('actOfWorkDoc', () => {
  it('counts only given consultations, in register order', () => {
    expect(actEntries(entries).map((e) => e.number)).toEqual([9, 11, 12, 14]);
  });

  it.each([
    ['kk', 'Барлығы: 4 кеңес, жалпы уақыты 3 сағ 30 мин', 'Кезең: 01.11.2026 – 30.11.2026'],
    ['ru', 'Итого: 4 консультации, общее время 3 ч 30 мин', 'Период: с 01.11.2026 по 30.11.2026'],
  ] as const)('sums the month (%s)', (locale, totals, period) => {
    const t = actTexts[locale];
    const json = flat(JSON.stringify(actOfWorkDoc(month, locale)));
    expect(json).toContain(totals);
    expect(json).toContain(period);
    expect(json).toContain(t.title('2026-11'));
    expect(json).toContain(t.formDraft);
    expect(json).toContain(t.statement);
    // A month act: every row carries its own signature cell.
    expect(json).toContain(t.columns.signature);
    for (const name of ['Оспанов', 'Ким Виктор', 'Петрова']) expect(json).not.toContain(name);
    expect(json).toContain(`${t.iin} ${entries[0]!.applicant.iin}`);
    expect(json).toContain(flat(t.duration(75)));
  });

  it('has the person sign under a single-entry act', () => {
    const t = actTexts.ru;
    const json = flat(JSON.stringify(actOfWorkDoc(single, 'ru')));
    expect(json).not.toContain(t.columns.signature);
    expect(json).toContain('Дата: 04.11.2026');
    expect(json).toContain('Итого: 1 консультация, общее время 1 ч 15 мин');
    // The represented person received the help; their representative came and signs.
    expect(json).toContain('Жұмабаева Әсем Ерғалиқызы');
    expect(json).toContain('(представитель: Жұмабаев Ерғали Серікұлы)');
    expect(json).toContain(`"text":"${t.person}"`);
    expect(json).toContain('{"text":"Жұмабаев Ерғали Серікұлы","bold":true}');
  });

  it('formats durations', () => {
    const duration = (m: number, locale: 'kk' | 'ru') => flat(actTexts[locale].duration(m));
    expect(duration(75, 'kk')).toBe('1 сағ 15 мин');
    expect(duration(75, 'ru')).toBe('1 ч 15 мин');
    expect(duration(120, 'ru')).toBe('2 ч');
    expect(duration(45, 'kk')).toBe('45 мин');
    expect(actTexts.ru.totals(0, '0 мин')).toBe('Итого: 0 консультаций, общее время 0 мин');
  });
});

describe('act PDF (Node)', () => {
  mkdirSync(OUT_DIR, { recursive: true });

  it('renders the month act (kk)', async () => {
    const file = path.join(OUT_DIR, 'act-month-kk.pdf');
    writeFileSync(file, await renderPdf(actOfWorkDoc(month, 'kk')));
    const text = pdfText(file);
    expect(text).toContain('Орындалған жұмыстар актісі № 2026-11');
    // Names wrap inside their cell, so pdftotext may interleave them with the next column.
    for (const name of ['Гүлнәр', 'Әбілқызы', 'Һашимова', 'Іңкәр', 'Сейітқали', 'Үміт', 'Әсем'])
      expect(text).toContain(name);
    expect(text).not.toContain('Оспанов');
    expect(text).toContain('3 сағ 30 мин');
    expect(text).toContain('Бет 1 /');
  });

  it('renders a single-entry act (ru)', async () => {
    const file = path.join(OUT_DIR, 'act-single-ru.pdf');
    writeFileSync(file, await renderPdf(actOfWorkDoc(single, 'ru')));
    const text = pdfText(file);
    expect(text).toContain('Акт выполненных работ № 2026-11/9');
    expect(text).toContain('Жұмабаева Әсем Ерғалиқызы');
    expect(text).toContain(represented.representedPerson!.iin);
    expect(text).toContain('Лицо, получившее консультацию');
    expect(text).toContain('Стр. 1 из 1');
  });
});
