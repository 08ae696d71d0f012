import { describe, expect, it } from 'vitest';
import { caseKinds } from '../../src-shared/contracts/entities/appointment';
import { splitTotal } from '../../src-shared/domain/reports/semiannual-summary';
import { CSV_SEPARATOR } from './fairness-csv';
import { csvHours, csvTenge, officeMonthCsv, semiannualCsv } from './report-csv';
import { officeMonth, semiannual } from './report-test-data';
import { reportTexts } from './report-texts';

/** Fields of each line; no field in these files holds the separator or a quote. */
const table = (csv: string) =>
  csv
    .replace(/^\ufeff/, '')
    .split('\r\n')
    .filter(Boolean)
    .map((l) => l.split(CSV_SEPARATOR));

describe('csv numbers', () => {
  it('writes tenge from tiyn with a comma and no grouping', () => {
    expect(csvTenge(1_234_567)).toBe('12345,67');
    expect(csvTenge(5)).toBe('0,05');
    expect(csvTenge(0)).toBe('0,00');
    expect(csvTenge(-150)).toBe('-1,50');
    // Beyond float-exact tenge: still the stored tiyn.
    expect(csvTenge(900_719_925_474_099)).toBe('9007199254740,99');
    expect(() => csvTenge(1.5)).toThrow(RangeError);
  });

  it('writes hours with two decimals', () => {
    expect(csvHours(150)).toBe('2,50');
    expect(csvHours(20)).toBe('0,33');
    expect(csvHours(0)).toBe('0,00');
    expect(csvHours(61)).toBe('1,02');
  });
});

describe('semiannualCsv', () => {
  it.each(['kk', 'ru'] as const)('is UTF-8 with a BOM, ";" and CRLF (%s)', (l) => {
    const csv = semiannualCsv(semiannual, l);
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it.each(['kk', 'ru'] as const)('has four lines per advocate and for the office (%s)', (l) => {
    const t = reportTexts[l];
    const [header, ...rows] = table(semiannualCsv(semiannual, l));
    expect(header).toHaveLength(3 + 3 + caseKinds.length + 1 + 4);
    expect(header).toContain(`${t.semiannual.accepted}: ${t.caseKinds.criminal}`);
    expect(rows).toHaveLength((semiannual.rows.length + 1) * 4);
    for (const row of rows) expect(row).toHaveLength(header!.length);
    const office = rows.slice(-4);
    expect(office.map((r) => r[2])).toEqual([
      t.settlementRow.total,
      t.settlementRow.rural,
      t.settlementRow.urban,
      t.settlementRow.unstated,
    ]);
    const totals = semiannual.totals;
    const col = (name: string) => header!.indexOf(name);
    expect(office[0]![col(t.semiannual.columns.consultations)]).toBe(
      String(splitTotal(totals.consultationsGiven)),
    );
    expect(office[1]![col(t.semiannual.columns.consultations)]).toBe(
      String(totals.consultationsGiven.rural),
    );
    expect(office[0]![col(t.semiannual.columns.persons)]).toBe(String(totals.personsTotal));
    expect(office[0]![col(t.semiannual.columns.claimed)]).toBe(
      csvTenge(splitTotal(totals.claimedTiyn)),
    );
    expect(office[3]![col(t.semiannual.columns.paid)]).toBe(csvTenge(totals.paidTiyn.unstated));
    // The advocates' lines add up to the office's, column by column (persons apart).
    const sums = (line: number, c: number) =>
      rows
        .slice(0, -4)
        .filter((_, i) => i % 4 === line)
        .reduce((a, r) => a + Number(r[c]!.replace(',', '.')), 0);
    const claimed = col(t.semiannual.columns.claimed);
    expect(sums(1, claimed)).toBeCloseTo(Number(office[1]![claimed]!.replace(',', '.')), 2);
  });
});

describe('officeMonthCsv', () => {
  it('has a line per advocate, then the totals', () => {
    const t = reportTexts.ru;
    const [header, ...rows] = table(officeMonthCsv(officeMonth, 'ru'));
    expect(header).toHaveLength(10);
    expect(header).toContain(`${t.officeSummary.columns.workTime}, ч`);
    expect(rows).toHaveLength(officeMonth.rows.length + 1);
    expect(rows.slice(0, -1).map((r) => r[0])).toEqual(
      rows.slice(0, -1).map((_, i) => String(i + 1)),
    );
    const last = rows.at(-1)!;
    expect(last.slice(0, 2)).toEqual(['', t.total]);
    expect(last[8]).toBe(csvTenge(officeMonth.totals.claimedTiyn));
    expect(last[7]).toBe(csvHours(officeMonth.totals.workMinutes));
  });

  it('keeps a name that looks like a formula from running', () => {
    const rows = [{ ...officeMonth.rows[0]!, fullName: '=HYPERLINK("x")' }];
    const csv = officeMonthCsv({ ...officeMonth, rows }, 'kk');
    expect(csv).toContain(`;"'=HYPERLINK(""x"")";`);
  });
});
