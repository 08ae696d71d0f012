import { describe, expect, it } from 'vitest';
import { packInForce } from '../../../../src-shared/rules/select-pack';
import {
  basisOptions,
  categoryChoice,
  claimDue,
  claimPackDate,
  claimTariff,
  dueStatus,
  SOON_DAYS,
} from './claim-packs';
import { appointment, packs } from './claims.fixture';

const tariff = packInForce(packs.tariffs, 'tariff', '2026-11-24')!;

describe('the pack a claim is checked with', () => {
  it('is the one in force on the basis document’s date, else on the period’s end', () => {
    const period = { from: '2025-09-01', to: '2025-09-30' };
    const doc = { typeId: '', number: '', date: '', issuedBy: '' };
    expect(claimPackDate({ period, basisDocument: doc }, '2026-01-01')).toBe('2025-09-30');
    const later = { ...doc, date: '2025-10-10' };
    expect(claimPackDate({ period, basisDocument: later }, '2026-01-01')).toBe('2025-10-10');
    // The two shipped editions meet on 05.10.2025: each date gets its own.
    expect(claimTariff({ period, basisDocument: doc }, packs.tariffs, 'x')?.version).toBe(
      packInForce(packs.tariffs, 'tariff', '2025-09-30')!.version,
    );
    expect(claimTariff({ period, basisDocument: later }, packs.tariffs, 'x')?.version).toBe(
      packInForce(packs.tariffs, 'tariff', '2025-10-10')!.version,
    );
  });
});

describe('basisOptions', () => {
  it('offers the documents of the claim’s service, case kind and stage', () => {
    const ids = (
      a: Parameters<typeof basisOptions>[2],
      kind: 'defence' | 'consultation' = 'defence',
    ) => basisOptions(tariff, kind, a).map((b) => b.id);
    const expected = (caseKind: string, stageId: string) =>
      tariff.basisDocuments
        .filter(
          (b) =>
            b.service === 'defence' &&
            (!b.caseKinds || b.caseKinds.includes(caseKind as never)) &&
            (!b.stageIds || b.stageIds.includes(stageId)),
        )
        .map((b) => b.id);
    expect(ids({ caseKind: 'criminal', stageId: 'stage.pre-trial' })).toEqual(
      expected('criminal', 'stage.pre-trial'),
    );
    expect(ids({ caseKind: 'civil', stageId: 'stage.appeal' })).toEqual(
      expected('civil', 'stage.appeal'),
    );
    expect(ids({ caseKind: 'criminal', stageId: 'stage.pre-trial' })).not.toEqual(
      ids({ caseKind: 'criminal', stageId: 'stage.appeal' }),
    );
    expect(ids(undefined, 'consultation')).toEqual(
      tariff.basisDocuments.filter((b) => b.service === 'consultation').map((b) => b.id),
    );
    expect(basisOptions(null, 'defence', undefined)).toEqual([]);
  });
});

describe('categoryChoice', () => {
  it('asks for a choice only when no automatic category applies', () => {
    const choice = categoryChoice(tariff, appointment());
    expect(choice.kind).toBe('choose');
    if (choice.kind !== 'choose') return;
    const chosen = tariff.feeCategories.filter(
      (c) =>
        c.service === 'defence' &&
        c.selection === 'chosen' &&
        (c.when.caseKinds ?? ['criminal']).includes('criminal'),
    );
    expect(choice.options.map((o) => o.category.id)).toEqual(chosen.map((c) => c.id));
    for (const o of choice.options) expect(o.tier.id).toBe(o.category.tierId);
  });

  it('shows the highest automatic tier when the recorded facts decide', () => {
    const auto = tariff.feeCategories.filter(
      (c) => c.selection === 'automatic' && c.when.stageIds?.includes('stage.appeal'),
    );
    const choice = categoryChoice(tariff, appointment({ stageId: 'stage.appeal' }));
    expect(choice.kind).toBe('automatic');
    if (choice.kind === 'automatic')
      expect(auto.map((c) => c.id)).toContain(choice.option.category.id);
  });

  it('has nothing to offer without a pack or an appointment', () => {
    expect(categoryChoice(null, appointment()).kind).toBe('none');
    expect(categoryChoice(tariff, undefined).kind).toBe('none');
  });
});

describe('the deadline', () => {
  it('is so many months of the pack after the basis document', () => {
    const months = { claimDeadline: { ...tariff.claimDeadline, months: 2 } };
    expect(claimDue('2026-12-31', months)).toBe('2027-02-28');
    expect(claimDue('', months)).toBeNull();
    expect(claimDue('2026-12-31', null)).toBeNull();
  });

  it('is late the day after, and soon within the reminder days', () => {
    expect(dueStatus('2026-12-10', '2026-12-11')).toBe('late');
    expect(dueStatus('2026-12-10', '2026-12-10')).toBe('soon');
    const add = (d: number) => `2026-12-${String(10 - d).padStart(2, '0')}`;
    expect(dueStatus('2026-12-10', add(SOON_DAYS))).toBe('soon');
    expect(dueStatus('2026-12-10', add(SOON_DAYS + 1))).toBe('ok');
    expect(dueStatus(null, '2026-12-10')).toBeNull();
  });
});
