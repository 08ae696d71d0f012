import { describe, expect, it } from 'vitest';
import { calculationOf, feeLine } from '../../../../src-shared/domain/fees/claim-lifecycle.fixture';
import { packInForce } from '../../../../src-shared/rules/select-pack';
import { claimListRow } from './claim-list';
import { appointment, packs, storedClaim } from './claims.fixture';

const months = packInForce(packs.tariffs, 'tariff', '2026-11-20')!.claimDeadline.months;
const due = `2026-${String(11 + months).padStart(2, '0')}-20`;
const frozen = calculationOf([feeLine('work:a1:w1', { amountTiyn: 250_000 })]);

describe('claimListRow', () => {
  it('shows a draft’s live estimate and its deadline', () => {
    const row = claimListRow(storedClaim(), appointment(), packs.tariffs, '2026-11-21', 99_900);
    expect(row).toMatchObject({
      label: '1/2026',
      totalTiyn: 99_900,
      estimate: true,
      due,
      dueStatus: 'ok',
      appointment: { id: 'a1', label: '12/2026', caseKind: 'criminal' },
    });
  });

  it('shows the frozen total once ready, and the deadline in red when near', () => {
    const ready = storedClaim({ state: 'ready', calculation: frozen });
    const row = claimListRow(ready, appointment(), packs.tariffs, due, 1);
    expect(row).toMatchObject({ totalTiyn: 250_000, estimate: false, dueStatus: 'soon' });
  });

  it('drops the deadline once filed, and adds up the payments', () => {
    const paid = storedClaim({
      state: 'partly-paid',
      calculation: frozen,
      submission: { date: '2026-11-25', channel: 'ezk', ezkNumber: '' },
      payments: [
        { date: '2026-12-01', amountTiyn: 100_000, reason: 'x' },
        { date: '2026-12-05', amountTiyn: 50_000, reason: '' },
      ],
    });
    const row = claimListRow(paid, undefined, packs.tariffs, '2027-06-01');
    expect(row).toMatchObject({ due: null, dueStatus: null, paidTiyn: 150_000 });
    expect(row.appointment).toBeUndefined();
  });

  it('has no total for a draft that could not be priced', () => {
    expect(
      claimListRow(storedClaim(), undefined, packs.tariffs, '2026-11-21').totalTiyn,
    ).toBeNull();
  });
});
