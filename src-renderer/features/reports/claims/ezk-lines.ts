/**
 * "Copy lines for Е-Заң көмегі": the claim's calculation as a tab-separated table for the
 * clipboard, to paste into a spreadsheet or read from while retyping the application in the
 * system. One row per part paid at one factor (as the paper application prints it), so each row
 * is minutes × rate × factor × МРП; expenses and the totals follow. Plain text only: tabs and
 * line breaks inside a value would shift the columns, so they become spaces.
 */
import type { FeeCalculation, FeeLine } from '../../../../src-shared/domain/fees/types';

export interface EzkTextTools {
  /** Column headings, in the order of `EZK_COLUMNS`. */
  header: Record<(typeof EZK_COLUMNS)[number], string>;
  /** The action, "consultation" or expense type of a line, in the reader's language. */
  activity: (line: FeeLine) => string;
  /** Names of a part's surcharges and sub-rates, '' for none. */
  factors: (itemIds: readonly string[]) => string;
  date: (iso: string) => string;
  /** A decimal as written in the language ("2,2"). */
  decimal: (n: number) => string;
  /** Tiyn as "12 345,67" (no currency sign: the column says ₸). */
  money: (tiyn: number) => string;
  /** The total rows' labels. */
  totals: { fee: string; expenses: string; total: string };
}

export const EZK_COLUMNS = [
  'record',
  'date',
  'time',
  'activity',
  'minutes',
  'rate',
  'factor',
  'reason',
  'mrp',
  'amount',
] as const;

const clean = (s: string) => s.replace(/[\t\r\n]+/g, ' ').trim();

function rowsOf(line: FeeLine, tools: EzkTextTools): string[][] {
  const time = line.startedAt ? `${line.startedAt}–${line.endedAt}` : '';
  const base = [line.recordLabel, tools.date(line.date), time, tools.activity(line)];
  const mrp = line.mrp ? String(line.mrp.amount) : '';
  if (line.kind === 'expense')
    return [[...base, '', '', '', '', mrp, tools.money(line.amountTiyn)]];
  const rate = line.rateMrp > 0 ? tools.decimal(line.rateMrp) : '';
  // A line nothing is paid for (unpaid travel, capped away, not priced) still shows its time.
  if (line.parts.length === 0)
    return [[...base, String(line.minutes), rate, '', '', mrp, tools.money(0)]];
  return line.parts.map((p) => [
    ...base,
    String(p.minutes),
    rate,
    tools.decimal(p.factor),
    tools.factors(p.factorItemIds),
    mrp,
    tools.money(p.amountTiyn),
  ]);
}

export function ezkLinesText(calc: FeeCalculation, tools: EzkTextTools): string {
  const rows: string[][] = [EZK_COLUMNS.map((c) => tools.header[c])];
  for (const line of calc.lines) rows.push(...rowsOf(line, tools));
  const blank = EZK_COLUMNS.slice(1).map(() => '');
  const total = (label: string, tiyn: number) => [label, ...blank.slice(1), tools.money(tiyn)];
  rows.push(total(tools.totals.fee, calc.totals.feeTiyn));
  if (calc.totals.expensesTiyn > 0)
    rows.push(total(tools.totals.expenses, calc.totals.expensesTiyn));
  rows.push(total(tools.totals.total, calc.totals.totalTiyn));
  return rows.map((r) => r.map(clean).join('\t')).join('\n') + '\n';
}
