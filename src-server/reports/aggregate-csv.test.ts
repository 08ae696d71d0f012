import { describe, expect, it } from 'vitest';
import { aggregateCsv, csvField, csvTenge } from './aggregate-csv';
import { SAMPLE_SUMMARY as summary } from './aggregate.fixture';
import { aggregateLocales } from './aggregate-texts';

const lines = (csv: string) => csv.slice(1).split('\r\n').slice(0, -1);

describe('aggregateCsv', () => {
  it('is UTF-8 with a BOM, ";" separated, CRLF lines: a header, the offices, the total', () => {
    const csv = aggregateCsv(summary, 'kk');
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const rows = lines(csv);
    expect(rows).toHaveLength(1 + 3 + 1);
    // 2 office columns, advocates, 4 figures × (3 settlements + total), 2 claim figures × 2.
    const header = rows[0]!.split(';');
    expect(header).toHaveLength(2 + 1 + 16 + 4);
    expect(header.slice(0, 4)).toEqual([
      'Заң консультациясы',
      'Консультация идентификаторы',
      'Жазба енгізген адвокаттар',
      'Кеңес берілді: қала',
    ]);
    expect(header).toContain('Кеңес берілді: ауылдық елді мекен');
    expect(header).toContain('Ақы төлеуге ұсынылған өтініштер: сомасы, ₸');
  });

  it('writes the figures town, rural, not stated, total; claims as count and tenge', () => {
    const rows = lines(aggregateCsv(summary, 'ru'));
    expect(rows[1]!.split(';')).toEqual([
      '№1 заң консультациясы',
      'o-1',
      '2',
      ...['4', '2', '1', '7'],
      ...['3', '5', '0', '8'],
      ...['2', '4', '0', '6'],
      ...['1', '0', '0', '1'],
      ...['3', '1234567,89'],
      ...['1', '0,05'],
    ]);
    expect(rows[4]!.split(';').slice(0, 3)).toEqual(['Итого', '', '3']);
    expect(rows[4]!.split(';').slice(-4)).toEqual(['9', '3703703,67', '1', '0,05']);
    expect(rows[3]!.startsWith('Записи без юридической консультации;;1;')).toBe(true);
  });

  it('quotes and neutralises an office name that looks like a formula', () => {
    const rows = lines(aggregateCsv(summary, 'en'));
    expect(rows[2]!.startsWith(`"'=HYPERLINK(""x"";""y"")";o-2;0;`)).toBe(true);
    expect(rows[1]!).toContain(';1234567.89;');
  });

  it('has the same columns in every language', () => {
    const counts = aggregateLocales.map((l) => lines(aggregateCsv(summary, l))[0]!.split(';'));
    for (const header of counts) expect(header).toHaveLength(counts[0]!.length);
  });
});

describe('csvField and csvTenge', () => {
  it('guards formulas and quotes as the renderer’s CSV does', () => {
    expect(csvField('+7 701')).toBe("'+7 701");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@x')).toBe("'@x");
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('plain')).toBe('plain');
    expect(csvField(-3)).toBe('-3');
  });

  it('writes tiyn as tenge exactly, and refuses what is not whole tiyn', () => {
    expect(csvTenge(0, 'kk')).toBe('0,00');
    expect(csvTenge(100, 'ru')).toBe('1,00');
    expect(csvTenge(9_007_199_254_740_991, 'kk')).toBe('90071992547409,91');
    expect(() => csvTenge(1.5, 'kk')).toThrow(RangeError);
    expect(() => csvTenge(-1, 'kk')).toThrow(RangeError);
  });
});
