/**
 * What the golden cases do not show line by line: the pack items and unverified items recorded,
 * the packs used, which input is ignored, and how unpriced lines behave. Amounts here are worked
 * out by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import type { WorkItem } from '../../contracts/entities/appointment';
import type { MrpPack } from '../../rules/pack-schema';
import { loadShippedPacks } from '../../rules/shipped-packs';
import type { TariffPack } from '../../rules/tariff-pack-schema';
import { billedMinutes, calculateClaim } from './calculate';
import type { FeeClaimInput, FeePacks } from './types';

const shipped = loadShippedPacks();
const packs: FeePacks = {
  tariffs: shipped.filter((p): p is TariffPack => p.kind === 'tariff'),
  mrp: shipped.filter((p): p is MrpPack => p.kind === 'mrp'),
};

function item(id: string, date: string, start: string, end: string, extra: Partial<WorkItem> = {}) {
  const [sh, sm] = start.split(':').map(Number) as [number, number];
  const [eh, em] = end.split(':').map(Number) as [number, number];
  return {
    id,
    date,
    actionId: 'action.interrogation',
    startedAt: start,
    endedAt: end,
    note: '',
    minutes: eh * 60 + em - (sh * 60 + sm),
    nightMinutes: 0,
    nonWorkingDay: false,
    calendarPack: null,
    loggedAt: `${date}T20:00:00.000Z`,
    ...extra,
  } satisfies WorkItem;
}

function defence(work: WorkItem[], more: Partial<FeeClaimInput> = {}): FeeClaimInput {
  return {
    kind: 'defence',
    appointment: {
      id: 'a1',
      label: '12/2026',
      caseKind: 'criminal',
      stageId: 'stage.pre-trial',
      statusId: 'status.suspect',
      mandatoryGrounds: [],
      decreeDate: '2023-01-01',
      receivedDate: '2023-01-01',
      endDate: null,
      work,
    },
    workItemIds: work.map((w) => w.id),
    feeCategoryId: 'fee.criminal.grave-medium',
    expenses: [],
    applicationDate: '2026-03-01',
    priorPaidMinutesByDay: {},
    priorPersonMinutes: {},
    ...more,
  };
}

describe('calculateClaim: what a line relies on', () => {
  it('records the pack items of a line and which of them are unverified', () => {
    // 2024 under the 2023 edition: tier II's number is confirmed, its category is not.
    const calc = calculateClaim(defence([item('w1', '2024-03-12', '10:00', '11:00')]), packs);
    const line = calc.lines[0]!;
    expect(line.itemIds).toEqual([
      'fee.criminal.grave-medium',
      'tier.2',
      'billing.exact-minutes',
      'mrp-date.work-date',
      'mrp.2024',
    ]);
    expect(line.unverifiedItemIds).toEqual([
      'fee.criminal.grave-medium',
      'billing.exact-minutes',
      'mrp-date.work-date',
    ]);
    expect(line.mrp).toEqual({ amount: 3692, itemId: 'mrp.2024', date: '2024-03-12' });
    expect(line.tariffPack).toEqual({ id: 'kz-sgla-tariff', version: 1 });
    expect(line.mrpPack).toEqual({ id: 'kz-mrp', version: 1 });
  });

  it('lists the packs used once, sorted, and the unverified items of all lines', () => {
    const calc = calculateClaim(
      defence([
        item('w1', '2025-10-06', '10:00', '11:00'),
        item('w2', '2024-03-12', '10:00', '11:00'),
        item('w3', '2025-10-07', '10:00', '11:00'),
      ]),
      packs,
    );
    expect(calc.packs).toEqual([
      { id: 'kz-mrp', version: 1 },
      { id: 'kz-sgla-tariff', version: 1 },
      { id: 'kz-sgla-tariff', version: 2 },
    ]);
    // tier.2 is unverified in the 2025 edition only; the union says so once.
    expect(calc.unverifiedItemIds).toEqual(
      [...new Set(calc.lines.flatMap((l) => l.unverifiedItemIds))].sort(),
    );
    expect(calc.unverifiedItemIds).toContain('tier.2');
    expect(calc.lines[0]!.unverifiedItemIds).not.toContain('tier.2');
  });

  it('names the cap only on the lines it cut, and the combination rule only when night is paid', () => {
    const calc = calculateClaim(
      defence(
        [
          // Saturday 14.03.2026, 21:00–23:00, 60 night minutes; the day has 420 prior minutes.
          item('w1', '2026-03-14', '21:00', '23:00', { nightMinutes: 60, nonWorkingDay: true }),
        ],
        { priorPaidMinutesByDay: { '2026-03-14': 420 } },
      ),
      packs,
    );
    const line = calc.lines[0]!;
    // 60 of 120 paid; the cut takes the day part, so the night minutes (and the rule) remain.
    expect(line.paidMinutes).toBe(60);
    expect(line.itemIds).toContain('caps.order-1462-2025');
    expect(line.itemIds).toContain('surcharge-combination.highest');
    const uncut = calculateClaim(
      defence([item('w1', '2026-03-14', '10:00', '11:00', { nonWorkingDay: true })]),
      packs,
    ).lines[0]!;
    expect(uncut.itemIds).not.toContain('caps.order-1462-2025');
    expect(uncut.itemIds).not.toContain('surcharge-combination.highest');
    expect(uncut.itemIds).not.toContain('surcharge.night');
  });
});

describe('calculateClaim: what is left out', () => {
  it('prices only the work of a defence claim and only the consultations of a consultation claim', () => {
    const consultation = {
      id: 'c1',
      label: '7/2026',
      date: '2026-02-10',
      startedAt: '10:00',
      endedAt: '11:00',
      minutes: 60,
      status: 'given',
      personKey: 'k1',
    };
    const d = calculateClaim(
      defence([item('w1', '2026-02-10', '12:00', '13:00')], { consultations: [consultation] }),
      packs,
    );
    expect(d.lines.map((l) => l.ref)).toEqual(['work:a1:w1']);
    const c = calculateClaim(
      {
        ...defence([item('w1', '2026-02-10', '12:00', '13:00')]),
        kind: 'consultation',
        consultations: [consultation],
      },
      packs,
    );
    expect(c.lines.map((l) => l.ref)).toEqual(['consultation:c1']);
    expect(c.lines[0]!.recordLabel).toBe('7/2026');
  });

  it('skips work item ids the appointment does not have', () => {
    const calc = calculateClaim(
      defence([item('w1', '2026-02-10', '10:00', '11:00')], { workItemIds: ['w1', 'gone'] }),
      packs,
    );
    expect(calc.lines.map((l) => l.ref)).toEqual(['work:a1:w1']);
  });

  it('reports a missing tariff pack once per work item, not again for its travel', () => {
    const calc = calculateClaim(
      defence([
        item('w1', '2023-07-10', '10:00', '11:00', { travel: { destination: 'X', minutes: 30 } }),
      ]),
      packs,
    );
    expect(calc.lines.map((l) => [l.ref, l.amountTiyn])).toEqual([
      ['travel:a1:w1', 0],
      ['work:a1:w1', 0],
    ]);
    expect(calc.problems).toEqual([
      { code: 'no-tariff-pack', ref: 'work:a1:w1', date: '2023-07-10' },
    ]);
  });

  it('reports a missing category on every line it leaves unpriced, and they use up no cap', () => {
    const calc = calculateClaim(
      defence(
        [item('w1', '2026-02-10', '08:00', '17:00'), item('w2', '2026-02-10', '17:00', '18:00')],
        { feeCategoryId: '' },
      ),
      packs,
    );
    expect(calc.problems.map((p) => [p.code, p.ref])).toEqual([
      ['category-needed', 'work:a1:w1'],
      ['category-needed', 'work:a1:w2'],
    ]);
    expect(calc.totals).toEqual({
      minutes: 600,
      paidMinutes: 0,
      feeTiyn: 0,
      expensesTiyn: 0,
      totalTiyn: 0,
    });
    expect(calc.lines.every((l) => l.cappedBy === undefined)).toBe(true);
  });

  it('names the date whose МРП is missing: the application date under that rule', () => {
    const v2 = packs.tariffs.find((p) => p.version === 2)!;
    const byApplication: FeePacks = {
      ...packs,
      tariffs: [{ ...v2, mrpDate: { ...v2.mrpDate, rule: 'application-date' } }],
    };
    // The shipped МРП pack starts in 2019: an application dated 2018 has no МРП.
    const calc = calculateClaim(
      defence([item('w1', '2026-02-10', '10:00', '11:00')], { applicationDate: '2018-12-31' }),
      byApplication,
    );
    expect(calc.problems).toEqual([{ code: 'no-mrp', ref: 'work:a1:w1', date: '2018-12-31' }]);
    expect(calc.lines[0]).toMatchObject({ tierId: 'tier.2', paidMinutes: 0, amountTiyn: 0 });
  });

  it('pays 0 for an expense amount or day count that is not a whole number ≥ 0', () => {
    const calc = calculateClaim(
      defence([], {
        expenses: [
          { id: 'e1', typeId: 'expense.transport', date: '2026-02-10', amountTiyn: -5 },
          { id: 'e2', typeId: 'expense.per-diem', date: '2026-02-10', days: 1.5 },
          { id: 'e3', typeId: 'expense.transport', date: '2026-02-10' },
        ],
      }),
      packs,
    );
    expect(calc.lines.map((l) => l.amountTiyn)).toEqual([0, 0, 0]);
  });

  it('gives an expense line its document number and its type as the activity', () => {
    const calc = calculateClaim(
      defence([], {
        expenses: [
          {
            id: 'e1',
            typeId: 'expense.transport',
            date: '2026-02-10',
            amountTiyn: 150000,
            document: { number: 'АВ-17', date: '2026-02-10' },
          },
        ],
      }),
      packs,
    );
    expect(calc.lines[0]).toMatchObject({
      kind: 'expense',
      recordId: 'e1',
      recordLabel: 'АВ-17',
      activityId: 'expense.transport',
      itemIds: ['expense.transport'],
      amountTiyn: 150000,
    });
  });
});

describe('billedMinutes', () => {
  const unit = (unitMinutes: number, rounding: 'exact' | 'up' | 'nearest') => ({
    id: 'b',
    source: { act: 'test' },
    verified: false,
    unitMinutes,
    rounding,
  });
  it('keeps exact minutes, rounds up to the unit, or to the nearest unit with half up', () => {
    expect(billedMinutes(61, unit(60, 'exact'))).toBe(61);
    expect(billedMinutes(61, unit(60, 'up'))).toBe(120);
    expect(billedMinutes(60, unit(60, 'up'))).toBe(60);
    expect(billedMinutes(0, unit(60, 'up'))).toBe(0);
    expect(billedMinutes(29, unit(60, 'nearest'))).toBe(0);
    expect(billedMinutes(30, unit(60, 'nearest'))).toBe(60);
    expect(billedMinutes(89, unit(60, 'nearest'))).toBe(60);
    expect(billedMinutes(90, unit(60, 'nearest'))).toBe(120);
    expect(billedMinutes(7, unit(15, 'nearest'))).toBe(0);
    expect(billedMinutes(8, unit(15, 'nearest'))).toBe(15);
  });
});
