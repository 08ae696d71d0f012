import { describe, expect, it } from 'vitest';
import { SAMPLE_SUMMARY as summary } from './aggregate.fixture';
import { aggregateTable } from './aggregate-table';

describe('aggregateTable', () => {
  it('prints a block per office and the total, with the notes', () => {
    const text = aggregateTable(summary, 'ru');
    expect(text.split('\n')[0]).toBe(
      'Алматы облысының адвокаттар алқасы: сводка о гарантированной государством юридической помощи за 2-е полугодие 2026 г. (с 01.07.2026 по 31.12.2026)',
    );
    expect(text).toContain('№1 заң консультациясы (o-1)');
    expect(text).toContain('\nИтого\n  Адвокатов, внёсших записи: 3');
    expect(text).toMatch(/ {2}Консультаций дано +4 +2 +1 +7\n/);
    expect(text).toContain(
      'Подано заявлений на оплату: кол-во 9, сумма 3\u00a0703\u00a0703,67\u00a0₸',
    );
    expect(text).toContain('* Заявления на оплату');
    expect(text).toContain('Записи без юридической консультации');
  });

  it('lines the numbers up under their settlement headers', () => {
    const rows = aggregateTable(summary, 'kk').split('\n');
    const header = rows.find((r) => r.includes('ауылдық елді мекен'))!;
    const given = rows[rows.indexOf(header) + 1]!;
    // Each number ends where its header ends (right-aligned).
    for (const [word, value] of [
      ['қала', '4'],
      ['барлығы', '7'],
    ] as const) {
      const end = header.indexOf(word) + word.length;
      expect(given.slice(end - value.length, end)).toBe(value);
    }
  });
});
