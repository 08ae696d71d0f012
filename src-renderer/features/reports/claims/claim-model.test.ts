import { describe, expect, it } from 'vitest';
import {
  calculationOf,
  claimFields,
  feeLine,
} from '../../../../src-shared/domain/fees/claim-lifecycle.fixture';
import { mrpOn } from '../../../../src-shared/domain/calendar/mrp';
import type { FeeClaimFields } from '../../../../src-shared/contracts/entities/fee-claim';
import { packInForce } from '../../../../src-shared/rules/select-pack';
import { claimModel, entriesToOpen, otherWorkOf, type ClaimSubject } from './claim-model';
import { ADVOCATE, appointment, entry, packs, storedClaim, world } from './claims.fixture';

const TODAY = '2026-12-01';

const defenceFields = (over: Partial<FeeClaimFields> = {}): FeeClaimFields =>
  claimFields({
    period: { from: '2026-11-01', to: '2026-11-30' },
    workItemIds: ['w1', 'w2', 'w3'],
    feeCategoryId: 'fee.criminal.minor',
    basisDocument: {
      typeId: 'basis.pretrial-decree',
      number: '15',
      date: '2026-11-28',
      issuedBy: 'СУ',
    },
    ...over,
  });

const consultationFields = (ids: string[]): FeeClaimFields =>
  claimFields({
    kind: 'consultation',
    appointmentId: '',
    workItemIds: [],
    consultationIds: ids,
    basisDocument: {
      typeId: 'basis.consultation-act',
      number: '2026-11',
      date: '2026-11-30',
      issuedBy: '',
    },
  });

const draft = (fields: FeeClaimFields, over: Partial<ClaimSubject> = {}): ClaimSubject => ({
  id: 'new',
  advocateId: ADVOCATE,
  fields,
  state: 'draft',
  ...over,
});

/** Tiyn for `minutes` at a tier of the pack in force on `date`, as order 434 prices them. */
function expectedTiyn(minutes: number, tierId: string, date: string): number {
  const tariff = packInForce(packs.tariffs, 'tariff', date)!;
  const rate = tariff.tiers.find((t) => t.id === tierId)!.mrpPerHour;
  const mrp = mrpOn(packInForce(packs.mrp, 'mrp', date)!, date).amount;
  return Math.round((minutes * rate * mrp * 100) / 60);
}

describe('claimModel: a draft', () => {
  it('prices the chosen work live, without the withdrawn item, at the chosen category’s tier', () => {
    const m = claimModel(draft(defenceFields()), world(), packs, TODAY);
    expect(m.frozen).toBe(false);
    expect(m.calculation.lines.map((l) => l.ref)).toEqual(['work:a1:w1', 'work:a1:w2']);
    const tier = packInForce(packs.tariffs, 'tariff', '2026-11-24')!.feeCategories.find(
      (c) => c.id === 'fee.criminal.minor',
    )!.tierId;
    expect(m.calculation.lines.map((l) => l.amountTiyn)).toEqual([
      expectedTiyn(90, tier, '2026-11-24'),
      expectedTiyn(60, tier, '2026-11-26'),
    ]);
    // The withdrawn item is still named by the checks, as the error to fix.
    expect(m.issues.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual([
      'withdrawn-work',
    ]);
  });

  it('counts the filing deadline from the basis document with the pack’s months', () => {
    const m = claimModel(draft(defenceFields()), world(), packs, TODAY);
    const months = m.tariff!.claimDeadline.months;
    expect(m.due).toBe(`2026-${String(11 + months).padStart(2, '0')}-28`);
  });

  it('checks against the advocate’s other claims and other work of the day', () => {
    const other = storedClaim({ id: 'c-other', workItemIds: ['w1'] });
    const sameTime = entry('c9', 9, { date: '2026-11-24', start: '10:30', end: '11:00' });
    const m = claimModel(
      draft(defenceFields({ workItemIds: ['w1'] })),
      world({ claims: [other], entries: [sameTime] }),
      packs,
      TODAY,
    );
    expect(m.issues.map((i) => i.code).sort()).toEqual(['duplicate-across-claims', 'overlap']);
  });

  it('says which record is missing instead of pricing a smaller claim', () => {
    const m = claimModel(draft(defenceFields({ appointmentId: 'gone' })), world(), packs, TODAY);
    expect(m.missing?.recordId).toBe('gone');
    expect(m.input).toBeNull();
    expect(m.calculation.lines).toEqual([]);
    expect(m.issues).toEqual([]);
  });
});

describe('claimModel: the per-person cap of earlier claims', () => {
  it('counts an earlier claim’s consultations by the rows’ person keys, without decoding them', () => {
    const earlier = entry('c1', 1, { date: '2026-11-03' });
    const now = entry('c2', 2, { date: '2026-11-20' });
    const cap = packInForce(packs.tariffs, 'tariff', '2026-11-20')!.caps!;
    const before = cap.consultationMinutesPerPerson - 20;
    const ready = storedClaim({
      id: 'c-ready',
      kind: 'consultation',
      state: 'ready',
      appointmentId: '',
      workItemIds: [],
      consultationIds: ['c1'],
      calculation: calculationOf([
        feeLine('consultation:c1', { recordId: 'c1', date: '2026-11-03', paidMinutes: before }),
      ]),
    });
    const m = claimModel(
      draft(consultationFields(['c2'])),
      world({ claims: [ready], entries: [now], rowsOnly: [earlier] }),
      packs,
      TODAY,
    );
    const [line] = m.calculation.lines;
    expect(line!.paidMinutes).toBe(20);
    expect(line!.cappedBy).toEqual({ perPerson: now.durationMinutes - 20 });
  });
});

describe('claimModel: ready and later', () => {
  const frozen = calculationOf([feeLine('work:a1:w1', { amountTiyn: 123_456 })]);

  it('shows the frozen calculation, never a new one', () => {
    const m = claimModel(
      draft(defenceFields({ workItemIds: ['w1'] }), { state: 'ready', calculation: frozen }),
      world(),
      packs,
      TODAY,
    );
    expect(m.frozen).toBe(true);
    expect(m.calculation).toBe(frozen);
  });

  it('is checked while ready, not once filed (then it is the justice body’s)', () => {
    const fields = defenceFields({
      basisDocument: { typeId: '', number: '', date: '', issuedBy: '' },
    });
    const ready = claimModel(
      draft(fields, { state: 'ready', calculation: frozen }),
      world(),
      packs,
      TODAY,
    );
    expect(ready.issues.map((i) => i.code)).toContain('basis-missing');
    const filed = claimModel(
      draft(fields, { state: 'submitted', calculation: frozen, submissionDate: '2026-11-30' }),
      world(),
      packs,
      TODAY,
    );
    expect(filed.issues).toEqual([]);
  });

  it('judges lateness by the filing date once filed, by today before', () => {
    const fields = defenceFields({ workItemIds: ['w1'] });
    const late = (state: ClaimSubject['state'], submissionDate?: string) =>
      claimModel(
        draft(fields, { state, calculation: frozen, submissionDate }),
        world(),
        packs,
        '2027-03-01',
      ).issues.some((i) => i.code === 'late');
    expect(late('ready')).toBe(true);
    expect(late('ready', '2026-12-01')).toBe(false);
  });
});

describe('entriesToOpen and otherWorkOf', () => {
  const e = [
    entry('c1', 1, { date: '2026-11-24' }),
    entry('c2', 2, { date: '2026-11-25' }),
    entry('c3', 3, { date: '2026-11-24', status: 'refused' }),
    entry('c4', 4, { date: '2026-12-02' }),
  ];
  const w = world({ entries: e });

  it('decodes a defence claim’s given entries on its work days only', () => {
    expect(entriesToOpen(defenceFields({ workItemIds: ['w1'] }), w)).toEqual(['c1']);
  });

  it('decodes a consultation claim’s own entries and its period’s', () => {
    expect(entriesToOpen(consultationFields(['c4']), w)).toEqual(['c1', 'c2', 'c3', 'c4']);
  });

  it('lists the other work of the claim’s days: appointments’ and given consultations’', () => {
    const a2 = appointment({ id: 'a2', number: 13 });
    const other = otherWorkOf(
      defenceFields({ workItemIds: ['w1'] }),
      world({ appointments: [appointment(), a2], entries: e }),
    );
    expect(other.map((o) => `${o.ref} ${o.recordLabel}`).sort()).toEqual([
      'consultation:c1 1/2026',
      'work:a1:w1 12/2026',
      'work:a2:w1 13/2026',
    ]);
  });
});
