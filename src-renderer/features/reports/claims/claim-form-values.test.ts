import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feeClaimInputSchema } from '../../../../src-shared/contracts/entities/fee-claim';
import { claimFields } from '../../../../src-shared/domain/fees/claim-lifecycle.fixture';
import {
  claimFieldOf,
  claimIssueFields,
  emptyClaimValues,
  liveFields,
  newExpense,
  tengeToTiyn,
  tiynToTenge,
  toClaimInput,
  typedNumber,
  valuesFromClaim,
  type ExpenseBasisOf,
} from './claim-form-values';

const basisOf: ExpenseBasisOf = (id) =>
  id === 'expense.transport' ? 'actual' : id === 'expense.per-diem' ? 'mrp-per-day' : undefined;

describe('tengeToTiyn', () => {
  it('takes the cents from the decimal text, not from a float product', () => {
    // 4850.10 * 100 is 485009.99999… in binary floating point.
    expect(tengeToTiyn(4850.1)).toBe(485_010);
    expect(tengeToTiyn(0.29)).toBe(29);
    expect(tengeToTiyn(12_345)).toBe(1_234_500);
    expect(tengeToTiyn(8_591_295_201.28)).toBe(859_129_520_128);
  });

  it('refuses more than two decimals and negative amounts (NaN: the schema names the field)', () => {
    expect(tengeToTiyn(1.005)).toBeNaN();
    expect(tengeToTiyn(-1)).toBeNaN();
    expect(tengeToTiyn(Number.POSITIVE_INFINITY)).toBeNaN();
  });

  it('round-trips every whole tiyn amount through the amount field', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (tiyn) => {
        expect(tengeToTiyn(tiynToTenge(tiyn))).toBe(tiyn);
      }),
    );
  });
});

describe('typedNumber', () => {
  it('reads a number field’s text as the advocate typed it', () => {
    expect(typedNumber(4850.1)).toBe(4850.1);
    expect(typedNumber('100000.00')).toBe(100_000);
    expect(typedNumber('100 000,50')).toBe(100_000.5);
    expect(typedNumber('12,')).toBe(12);
    expect(typedNumber('')).toBeNull();
    expect(typedNumber('12a')).toBeNaN();
  });

  it('sends a text amount in tiyn, and a bad one as an amount the schema refuses', () => {
    const row = (amount: string) => ({
      ...emptyClaimValues('defence'),
      expenses: [{ ...newExpense('e1', '2026-11-24'), typeId: 'expense.transport', amount }],
    });
    expect(toClaimInput(row('100000.00'), basisOf).expenses![0]!.amountTiyn).toBe(10_000_000);
    const bad = toClaimInput(row('1,2,3'), basisOf).expenses![0]!.amountTiyn;
    expect(feeClaimInputSchema.safeParse({ ...toClaimInput(row('1,2,3'), basisOf) }).success).toBe(
      false,
    );
    expect(bad).toBeLessThan(0);
  });
});

describe('toClaimInput', () => {
  it('gives back a stored claim’s fields unchanged (form ↔ schema)', () => {
    const stored = claimFields({
      feeCategoryId: 'fee.criminal.minor',
      note: 'Ескертпе',
      expenses: [
        {
          id: 'e1',
          typeId: 'expense.transport',
          date: '2026-11-24',
          description: 'Алматы – Қонаев',
          amountTiyn: 485_010,
          document: { number: '0045871', date: '2026-11-24' },
        },
        { id: 'e2', typeId: 'expense.per-diem', date: '2026-11-25', days: 2 },
      ],
    });
    const again = feeClaimInputSchema.parse(toClaimInput(valuesFromClaim(stored), basisOf));
    expect(again).toEqual(stored);
  });

  it('sends only the selection of the claim’s own kind', () => {
    const v = {
      ...emptyClaimValues('consultation'),
      appointmentId: 'a1',
      workItemIds: ['w1'],
      feeCategoryId: 'fee.criminal.minor',
      consultationIds: ['c1'],
    };
    const input = toClaimInput(v, basisOf);
    expect(input).toMatchObject({ appointmentId: '', workItemIds: [], feeCategoryId: '' });
    expect(input.consultationIds).toEqual(['c1']);
    const defence = toClaimInput({ ...v, kind: 'defence' }, basisOf);
    expect(defence).toMatchObject({
      appointmentId: 'a1',
      workItemIds: ['w1'],
      consultationIds: [],
    });
  });

  it('keeps only the quantity the expense type is paid by', () => {
    const row = { ...newExpense('e1', '2026-11-24'), amount: 100 as const, days: 3 as const };
    const [ticket] = toClaimInput(
      { ...emptyClaimValues('defence'), expenses: [{ ...row, typeId: 'expense.transport' }] },
      basisOf,
    ).expenses!;
    expect(ticket).toMatchObject({ amountTiyn: 10_000 });
    expect(ticket).not.toHaveProperty('days');
    const [perDiem] = toClaimInput(
      { ...emptyClaimValues('defence'), expenses: [{ ...row, typeId: 'expense.per-diem' }] },
      basisOf,
    ).expenses!;
    expect(perDiem).toMatchObject({ days: 3 });
    expect(perDiem).not.toHaveProperty('amountTiyn');
    // A type not chosen yet: whatever was typed is kept.
    const [untyped] = toClaimInput(
      { ...emptyClaimValues('defence'), expenses: [row] },
      basisOf,
    ).expenses!;
    expect(untyped).toMatchObject({ amountTiyn: 10_000, days: 3 });
  });
});

describe('liveFields', () => {
  it('prices what is typed: rows without a type and amounts that are not whole tiyn are left out', () => {
    const v = {
      ...emptyClaimValues('defence'),
      expenses: [
        { ...newExpense('e1', '2026-11-24'), typeId: 'expense.transport', amount: 1.005 },
        { ...newExpense('e2', '2026-11-24'), amount: 50 },
        { ...newExpense('e3', '2026-11-24'), typeId: 'expense.per-diem', days: 2 as const },
      ],
      basisDocument: { typeId: '', number: '  12 ', date: '', issuedBy: '' },
    };
    const f = liveFields(v, basisOf);
    expect(f.expenses.map((e) => e.id)).toEqual(['e1', 'e3']);
    expect(f.expenses[0]).not.toHaveProperty('amountTiyn');
    expect(f.expenses[1]).toMatchObject({ days: 2 });
    expect(f.basisDocument.number).toBe('12');
  });
});

describe('claimFieldOf', () => {
  it.each([
    [['period', 'to'], 'period.to'],
    [['basisDocument', 'number'], 'basisDocument.number'],
    [['expenses', 2, 'amountTiyn'], 'expenses.2.amount'],
    [['expenses', 0, 'document', 'date'], 'expenses.0.documentDate'],
    [['expenses', 0, 'document', 'number'], 'expenses.0.documentNumber'],
    [['expenses'], 'expenses'],
    [['appointmentId'], 'appointmentId'],
    [['somethingNew'], 'note'],
  ] as const)('%j → %s', (path, field) => {
    expect(claimFieldOf(path)).toBe(field);
  });

  const issuesOf = (v: ReturnType<typeof emptyClaimValues>) => {
    const r = feeClaimInputSchema.safeParse(toClaimInput(v, basisOf));
    expect(r.success).toBe(false);
    return claimIssueFields(r.error!.issues);
  };

  it('puts a bad expense row’s issues on its fields, as message keys', () => {
    const row = { ...newExpense('e1', 'nope'), typeId: 'expense.transport', amount: 1.005 };
    expect(
      issuesOf({ ...emptyClaimValues('defence'), appointmentId: 'a1', expenses: [row] }),
    ).toEqual({
      'period.from': 'validation.date',
      'period.to': 'validation.date',
      'expenses.0.date': 'validation.date',
      'expenses.0.amount': 'validation.amount',
    });
  });

  it('puts the claim-level rules on the fields they are about', () => {
    const v = { ...emptyClaimValues('defence'), period: { from: '2026-11-30', to: '2026-11-01' } };
    expect(issuesOf(v)).toEqual({
      'period.to': 'validation.periodOrder',
      appointmentId: 'validation.required',
    });
  });
});
