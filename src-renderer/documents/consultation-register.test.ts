/// <reference types="node" />
/* eslint-disable no-restricted-imports -- Node-only test: writes PDFs and runs pdftotext */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentTable, TableCell } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import {
  consultationInputSchema,
  type ConsultationEntry,
  type ConsultationInput,
} from '../../src-shared/contracts/entities/consultation';
import { iinCheckDigit } from '../../src-shared/domain/iin/iin';
import { consultationRegisterPackSchema } from '../../src-shared/rules/pack-schema';
import shippedPack from '../../src-shared/rules/packs/kz-consultation-register.json';
import { consultationRegisterDoc, type RegisterPrintInput } from './consultation-register';
import { hyphenate, proportionalWidths, wordWidth } from './doc-parts';
import { renderPdf } from './render-pdf.node';
import { flat, pdfText } from './pdf-text.node';

const OUT_DIR = path.resolve(import.meta.dirname, '../../test-output/pdf');
const pack = consultationRegisterPackSchema.parse(shippedPack);
const HASH = '9f2c4e1ab37d05c8e6f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70';

/** A valid IIN (born 1985, male) per seed: the check digit is computed, not made up. */
function iin(seed: number): string {
  for (let s = seed; ; s += 1000) {
    const first11 = `8503${String(10 + (s % 18))}3${String(s % 10000).padStart(4, '0')}`;
    const check = iinCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}

const minutes = (from: string, to: string) => {
  const m = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3));
  return from && to ? m(to) - m(from) : 0;
};

/** A stored entry, validated by the same schema the form uses. */
function entry(
  number: number,
  fullName: string,
  over: Partial<ConsultationInput> = {},
  version = 1,
): ConsultationEntry {
  const fields = consultationInputSchema.parse({
    appliedAt: '2026-11-05T09:40',
    language: 'kk',
    applicant: {
      fullName,
      iin: iin(number),
      identityDocument: { type: 'Жеке куәлік', number: `04${number}1237`, date: '2019-04-12' },
    },
    categoryId: 'cons.26-2-2.disability',
    issue: { areaId: 'pension-benefits', subject: 'Мүгедектік жәрдемақысын қайта есептеу' },
    form: 'oral',
    content: 'Әлеуметтік кодекстің нормалары түсіндірілді, арыз үлгісі берілді.',
    startedAt: '09:45',
    endedAt: '10:30',
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
    durationMinutes: minutes(fields.startedAt, fields.endedAt),
    createdAt: '2026-11-05T04:40:00.000Z',
    updatedAt: '2026-11-05T04:40:00.000Z',
    ...(version > 1 ? { correctionReason: 'ЖСН қате енгізілген' } : {}),
  };
}

const notGiven = { startedAt: '', endedAt: '', content: '' } as const;
/** Numbers 17–23 in shuffled order: the printout, not the caller, puts them in order. */
const entries: ConsultationEntry[] = [
  entry(21, 'Жұмабаева Гүлнәр Әбілқызы'),
  entry(17, 'Жұмабаев Ерғали Серікұлы', {
    representedPerson: { fullName: 'Жұмабаева Әсем Ерғалиқызы', iin: iin(117) },
    startedAt: '14:00',
    endedAt: '15:15',
  }),
  entry(19, 'Оспанов Берік Нұрланұлы', {
    ...notGiven,
    status: 'deferred',
    appointmentAt: '2026-11-06T10:00',
  }),
  entry(18, 'Ким Виктор Сергеевич', {
    ...notGiven,
    status: 'refused',
    refusalGroundId: 'refusal.36-1.conflict',
    categoryId: null,
  }),
  entry(
    22,
    'Сейітқали Үміт Ғабитқызы',
    { form: 'written', startedAt: '11:00', endedAt: '11:30', note: 'Жазбаша жауап берілді' },
    2,
  ),
  entry(20, 'Һашимова Іңкәр Өмірзаққызы', {
    place: { kind: 'person-location', address: 'Алматы, Абай даңғ. 10, 5 п.', reason: 'I топ' },
    startedAt: '16:00',
    endedAt: '17:00',
  }),
  entry(23, 'Петрова Анна Ивановна', { ...notGiven, status: 'withdrawn' }),
];

const input: RegisterPrintInput = {
  month: '2026-11',
  entries,
  pack,
  issueAreaLabel: () => ({ kk: 'Зейнетақы және жәрдемақы', ru: 'Пенсии и пособия' }),
  categoryLabel: (id) =>
    id ? { kk: 'I және II топтағы мүгедектер', ru: 'Лица с инвалидностью I и II групп' } : null,
  advocate: {
    fullName: 'Сәрсенбаев Нұрлан Қайратұлы',
    licenceNumber: '0001234',
    collegium: 'Алматы қалалық адвокаттар алқасы',
    office: '№ 5 заң консультациясы',
  },
  auditHead: { hash: HASH, count: 1234 },
  printedAt: '2026-12-01T10:15:00+05:00',
};

const texts = (row: TableCell[]) => row.map((c) => flat(JSON.stringify(c)));
function registerTable(doc: ReturnType<typeof consultationRegisterDoc>): ContentTable {
  const content = doc.content as unknown[];
  return content.find((c): c is ContentTable => typeof c === 'object' && !!c && 'table' in c)!;
}

describe('consultationRegisterDoc', () => {
  it.each(['kk', 'ru'] as const)('prints the pack columns and sorted rows (%s)', (locale) => {
    const doc = consultationRegisterDoc(input, locale);
    expect(doc.pageOrientation).toBe('landscape');
    const { table } = registerTable(doc);
    expect(table.headerRows).toBe(1);
    const [header, ...rows] = table.body;
    // Long header words are hyphenated to fit ("продолжи-\nтельность"); the words stay.
    const unhyphenated = (c: TableCell) => (c as { text: string }).text.replace(/-\n/g, '');
    expect(header!.map(unhyphenated)).toEqual(pack.columns.map((c) => c.label[locale]));
    expect(rows.map((r) => (r[0] as { text: string }).text)).toEqual([
      '17',
      '18',
      '19',
      '20',
      '21',
      '22',
      '23',
    ]);
    const json = flat(JSON.stringify(doc));
    for (const e of entries) expect(json).toContain(e.applicant.iin);
    expect(json).not.toContain('•');
  });

  it('writes each cell in words (kk)', () => {
    const { table } = registerTable(consultationRegisterDoc(input, 'kk'));
    const byNumber = new Map(table.body.slice(1).map((r) => [JSON.stringify(r[0]), texts(r)]));
    const row = (n: number) =>
      byNumber.get(JSON.stringify({ text: String(n), alignment: 'center' }))!;
    expect(row(21).join()).toContain('05.11.2026 09:40');
    expect(row(21).join()).toContain('09:45–10:30, 45 мин');
    expect(row(21).join()).toContain('Кеңес берілді');
    expect(row(21).join()).toContain('Жеке куәлік № 04211237, 12.04.2019');
    expect(row(21).join()).toContain('Кеңседе');
    expect(row(17).join()).toContain(
      'Жұмабаева Әсем Ерғалиқызы\\n(өкілі: Жұмабаев Ерғали Серікұлы)',
    );
    expect(row(18).join()).toContain('Бас тартылды');
    expect(row(18).join()).toContain('"—"');
    expect(row(19).join()).toContain('Кейінге қалдырылды, қабылдау уақыты: 06.11.2026 10:00');
    expect(row(20).join()).toContain('Адамның тұрған жерінде: Алматы, Абай даңғ. 10, 5 п. (I топ)');
    expect(row(22).join()).toContain('Кеңес берілді · түзетілген (v2)');
    expect(row(22).join()).toContain('Түзету себебі: ЖСН қате енгізілген');
    expect(row(22).join()).toContain('Жазбаша');
    expect(row(23).join()).toContain('Өтініш қайтарып алынды');
  });

  it.each([
    ['kk', 'Тізілімде 7 жазба бар, № 17–23', '2026 жылғы қараша айы', 'Бет 2 / 3', '(1234 жазба)'],
    ['ru', 'В журнале 7 записей, № 17–23', 'за ноябрь 2026 г.', 'Стр. 2 из 3', '(1234 записи)'],
  ] as const)('certifies the count and the audit head (%s)', (locale, cert, month, page, count) => {
    const doc = consultationRegisterDoc(input, locale);
    const json = flat(JSON.stringify(doc));
    expect(json).toContain(cert);
    expect(json).toContain(month);
    expect(json).toContain(`${HASH.slice(0, 16)}… ${count}`);
    expect(json).not.toContain(HASH.slice(0, 17));
    expect(json).toContain(locale === 'kk' ? 'ресми нысанмен әлі' : 'не сверен с официальной');
    expect(json).toContain(locale === 'kk' ? '45 мин"' : '45 мин."');
    const footer = flat(JSON.stringify((doc.footer as (p: number, n: number) => unknown)(2, 3)));
    expect(footer).toContain(page);
    expect(footer).toContain('Qorgau · kz-consultation-register v1');
  });

  it.each([
    ['kk', 'Кеңсе серверіндегі көшірме, басып шығарған: Ахметов Болат'],
    ['ru', 'Копия с сервера консультации, распечатал(а): Ахметов Болат'],
  ] as const)("names an office copy instead of this device's audit head (%s)", (locale, copy) => {
    // A head prints another advocate's register: the head's audit log does not cover it.
    const { auditHead: _own, ...heading } = input;
    void _own;
    const doc = consultationRegisterDoc(
      { ...heading, officeCopy: { printedBy: 'Ахметов Болат' } },
      locale,
    );
    const json = flat(JSON.stringify(doc));
    expect(json).toContain(copy);
    expect(json).toContain('Сәрсенбаев Нұрлан Қайратұлы');
    expect(json).not.toContain(HASH.slice(0, 16));
    expect(json).not.toContain(locale === 'kk' ? 'Аудит журналының' : 'Хэш журнала аудита');
  });

  it('prints an empty month with its certification, and no note once all columns are verified', () => {
    const verified = { ...pack, columns: pack.columns.map((c) => ({ ...c, verified: true })) };
    const json = JSON.stringify(
      consultationRegisterDoc({ ...input, entries: [], pack: verified }, 'kk'),
    );
    expect(json).toContain('Жазбалар жоқ');
    expect(json).toContain('Тізілімде жазба жоқ');
    expect(json).not.toContain('ресми нысанмен әлі');
  });

  it('gives each column its share, but never less than its longest word', () => {
    const widths = proportionalWidths([1, 2, 1], 400, [0, 0, 150]);
    expect(widths).toEqual([250 / 3, 500 / 3, 150].map((w) => expect.closeTo(w)));
    expect(proportionalWidths([1, 1], 100, [80, 80])).toEqual([50, 50]);
    // An IIN keeps its width when the needs overflow; the others give way.
    expect(proportionalWidths([1, 1, 1], 100, [60, 60, 20], [true])).toEqual([60, 30, 10]);
    const { table } = registerTable(consultationRegisterDoc(input, 'ru'));
    const iinWidth = table.widths![pack.columns.findIndex((c) => c.key === 'iin')] as number;
    expect(iinWidth).toBeGreaterThanOrEqual(wordWidth('(850327300173)', 8));
    const total = (table.widths as number[]).reduce((a, w) => a + w, 0);
    expect(total + 14 * 4.5).toBeCloseTo(841.89 - 44);
  });

  it('hyphenates a header word between syllables', () => {
    expect(hyphenate('Начало, окончание, продолжительность', 45, 8)).toBe(
      'Начало, оконча-\nние, продолжи-\nтельность',
    );
    expect(hyphenate('ЖСН', 10, 8)).toBe('ЖСН');
  });
});

describe('register PDF (Node)', () => {
  mkdirSync(OUT_DIR, { recursive: true });

  it.each(['kk', 'ru'] as const)('renders real text (%s)', async (locale) => {
    const file = path.join(OUT_DIR, `register-${locale}.pdf`);
    writeFileSync(file, await renderPdf(consultationRegisterDoc(input, locale)));
    const text = pdfText(file);
    expect(text).toContain(locale === 'kk' ? 'есепке алу тізілімі' : 'правового консультирования');
    for (const e of entries) expect(text).toContain(e.applicant.iin);
    for (const name of ['Гүлнәр', 'Әбілқызы', 'Һашимова', 'Іңкәр', 'Сейітқали', 'Үміт'])
      expect(text).toContain(name);
    expect(text).toMatch(/ 17 .* 23 /);
    expect(text).toContain(locale === 'kk' ? 'Бет 1 /' : 'Стр. 1 из');
  });

  it('renders 500 rows over many pages with the header on each', async () => {
    const many = Array.from({ length: 500 }, (_, i) =>
      entry(i + 1, `Сынақ Адам ${i + 1}`, { content: `Кеңес ${i + 1}: құқықтар түсіндірілді.` }),
    );
    const started = performance.now();
    const pdf = await renderPdf(consultationRegisterDoc({ ...input, entries: many }, 'kk'));
    const ms = Math.round(performance.now() - started);
    console.log(`register: 500 rows rendered in ${ms} ms`);
    const file = path.join(OUT_DIR, 'register-500-kk.pdf');
    writeFileSync(file, pdf);
    const text = pdfText(file);
    const pages = Number(/Бет 1 \/ (\d+)/.exec(text)?.[1]);
    expect(pages).toBeGreaterThan(10);
    expect(text).toContain(`Бет ${pages} / ${pages}`);
    // The header row repeats: its last column's label is printed once per page.
    expect(text.split('Ескерту').length - 1).toBe(pages);
    expect(text).toContain('Тізілімде 500 жазба бар, № 1–500');
    expect(ms).toBeLessThan(20_000);
  }, 60_000);
});
