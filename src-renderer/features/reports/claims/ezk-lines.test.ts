import { describe, expect, it } from 'vitest';
import { calculationOf, feeLine } from '../../../../src-shared/domain/fees/claim-lifecycle.fixture';
import { EZK_COLUMNS, ezkLinesText, type EzkTextTools } from './ezk-lines';

const tools: EzkTextTools = {
  header: Object.fromEntries(
    EZK_COLUMNS.map((c) => [c, c.toUpperCase()]),
  ) as EzkTextTools['header'],
  activity: (l) => `act:${l.activityId}`,
  factors: (ids) => ids.join('+'),
  date: (iso) => iso.split('-').reverse().join('.'),
  decimal: (n) => String(n).replace('.', ','),
  money: (t) => (t / 100).toFixed(2).replace('.', ','),
  totals: { fee: 'FEE', expenses: 'EXP', total: 'TOTAL' },
};

const rows = (text: string) =>
  text
    .trimEnd()
    .split('\n')
    .map((r) => r.split('\t'));

describe('ezkLinesText', () => {
  const night = feeLine('work:a1:w1', {
    recordLabel: '12/2026',
    startedAt: '21:10',
    endedAt: '00:40',
    minutes: 210,
    rateMrp: 2.2,
    mrp: { amount: 4325, itemId: 'mrp.2026', date: '2026-12-14' },
    parts: [
      { minutes: 50, factor: 1, factorItemIds: [], amountTiyn: 792_917 },
      { minutes: 160, factor: 1.5, factorItemIds: ['surcharge.night'], amountTiyn: 3_806_000 },
    ],
    amountTiyn: 4_598_917,
  });
  const travel = feeLine('travel:a1:w1', { minutes: 60, parts: [], amountTiyn: 0 });
  const expense = feeLine('expense:e1', {
    activityId: 'expense.transport',
    recordLabel: '',
    amountTiyn: 485_000,
  });
  const calc = calculationOf([night, travel, expense]);

  it('has one row per part, so each row is minutes × rate × factor × МРП', () => {
    const r = rows(ezkLinesText(calc, tools));
    expect(r[0]).toEqual(EZK_COLUMNS.map((c) => c.toUpperCase()));
    expect(r[1]).toEqual([
      '12/2026',
      '24.11.2026',
      '21:10–00:40',
      'act:interrogation',
      '50',
      '2,2',
      '1',
      '',
      '4325',
      '7929,17',
    ]);
    expect(r[2]!.slice(4)).toEqual(['160', '2,2', '1,5', 'surcharge.night', '4325', '38060,00']);
  });

  it('shows unpaid time and expenses, then the totals', () => {
    const r = rows(ezkLinesText(calc, tools));
    expect(r[3]!.slice(4, 7)).toEqual(['60', '', '']);
    expect(r[3]!.at(-1)).toBe('0,00');
    expect(r[4]!.slice(0, 5)).toEqual(['', '24.11.2026', '', 'act:expense.transport', '']);
    expect(r[4]!.at(-1)).toBe('4850,00');
    expect(r.slice(5).map((x) => [x[0], x.at(-1)])).toEqual([
      ['FEE', (calc.totals.feeTiyn / 100).toFixed(2).replace('.', ',')],
      ['EXP', '4850,00'],
      ['TOTAL', (calc.totals.totalTiyn / 100).toFixed(2).replace('.', ',')],
    ]);
    for (const row of r) expect(row).toHaveLength(EZK_COLUMNS.length);
  });

  it('keeps the columns when a name has a tab or a line break', () => {
    const text = ezkLinesText(calculationOf([night]), { ...tools, activity: () => 'a\tb\nc' });
    expect(rows(text)[1]![3]).toBe('a b c');
    expect(rows(text).every((row) => row.length === EZK_COLUMNS.length)).toBe(true);
  });

  it('leaves out the expenses total when there are none', () => {
    expect(rows(ezkLinesText(calculationOf([night]), tools)).map((x) => x[0])).not.toContain('EXP');
  });
});
