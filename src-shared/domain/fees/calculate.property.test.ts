/**
 * Random claims (work across both editions, nights, non-working days, waiting, travel, withdrawn
 * and repeated items, consultations of a few people, expenses, prior claims) priced with the
 * shipped packs and with variants a collegium could load (surcharges multiplied, travel paid,
 * other billing units, other cap scopes). The invariants are the ones a justice body would check
 * on paper: the sums add up, nothing is negative, the caps hold, and the same claim always gives
 * the same calculation, which replays to itself.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WorkItem } from '../../contracts/entities/appointment';
import type { MrpPack } from '../../rules/pack-schema';
import { loadShippedPacks } from '../../rules/shipped-packs';
import type { TariffPack } from '../../rules/tariff-pack-schema';
import { nightMinutes } from '../appointments/work-time';
import { billedMinutes, calculateClaim } from './calculate';
import { replayCalculation } from './replay';
import type { FeeCalculation, FeeClaimInput, FeeConsultation, FeePacks } from './types';

const RUNS = { numRuns: 200 };
const shipped = loadShippedPacks();
const tariffs = shipped.filter((p): p is TariffPack => p.kind === 'tariff');
const mrp = shipped.filter((p): p is MrpPack => p.kind === 'mrp');
const v2 = tariffs.find((p) => p.version === 2)!;
const NIGHT = { from: '22:00', to: '06:00' };

const hhmm = (m: number) =>
  `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
/** A day around the edition switch (2025-10-05) or the first edition's start, or in 2026. */
const dayArb = fc.constantFrom(
  '2023-07-14',
  '2023-07-17',
  '2024-12-31',
  '2025-10-03',
  '2025-10-04',
  '2025-10-05',
  '2025-10-06',
  '2025-12-31',
  '2026-01-01',
  '2026-02-10',
  '2026-02-11',
);

const workArb = fc.record({
  date: dayArb,
  start: fc.integer({ min: 0, max: 1439 }),
  duration: fc.integer({ min: 1, max: 720 }),
  actionId: fc.constantFrom('action.interrogation', 'action.waiting', 'action.court-hearing'),
  nonWorkingDay: fc.boolean(),
  travel: fc.option(fc.integer({ min: 0, max: 240 }), { nil: undefined }),
  withdrawn: fc.boolean(),
});

const consultationArb = fc.record({
  date: dayArb,
  start: fc.integer({ min: 0, max: 1300 }),
  duration: fc.integer({ min: 1, max: 240 }),
  person: fc.constantFrom('p1', 'p2', 'p3'),
  status: fc.constantFrom('given', 'given', 'given', 'deferred', 'refused'),
});

const expenseArb = fc.record({
  date: dayArb,
  typeId: fc.constantFrom('expense.transport', 'expense.per-diem', 'expense.unknown'),
  amountTiyn: fc.integer({ min: 0, max: 10_000_000 }),
  days: fc.integer({ min: 0, max: 10 }),
});

const claimArb = fc.record({
  kind: fc.constantFrom('defence' as const, 'consultation' as const),
  caseKind: fc.constantFrom(
    'criminal' as const,
    'administrative-offence' as const,
    'civil' as const,
  ),
  stageId: fc.constantFrom('stage.pre-trial', 'stage.appeal', 'stage.first-instance'),
  grounds: fc.subarray(['upk-67-1-1', 'upk-67-1-2']),
  category: fc.constantFrom(
    '',
    'fee.criminal.especially-grave',
    'fee.criminal.grave-medium',
    'fee.criminal.minor',
    'fee.admin-offence',
  ),
  work: fc.array(workArb, { maxLength: 8 }),
  /** Indices into `work` (repeats allowed) plus an unknown id now and then. */
  claimed: fc.array(fc.integer({ min: 0, max: 8 }), { maxLength: 10 }),
  consultations: fc.array(consultationArb, { maxLength: 8 }),
  expenses: fc.array(expenseArb, { maxLength: 3 }),
  priorDay: fc.dictionary(dayArb, fc.integer({ min: 0, max: 600 }), { maxKeys: 3 }),
  priorPerson: fc.dictionary(fc.constantFrom('p1', 'p2'), fc.integer({ min: 0, max: 200 }), {
    maxKeys: 2,
  }),
});
type Raw = typeof claimArb extends fc.Arbitrary<infer T> ? T : never;

const variantArb = fc.record({
  rule: fc.constantFrom('highest' as const, 'multiply' as const),
  travelPaid: fc.boolean(),
  travelFactor: fc.constantFrom(0.5, 1, 1.35),
  unit: fc.constantFrom(1, 15, 30, 60),
  rounding: fc.constantFrom('exact' as const, 'up' as const, 'nearest' as const),
  scope: fc.constantFrom('entry' as const, 'day' as const, 'period' as const),
  mrpDate: fc.constantFrom('work-date' as const, 'application-date' as const),
});
type Variant = typeof variantArb extends fc.Arbitrary<infer T> ? T : never;
/** The variant is drawn as a small record (readable in a counterexample) and built here. */
const packsArb = fc.option(variantArb, { nil: null });
function packsOf(v: Variant | null): FeePacks {
  if (!v) return { tariffs, mrp };
  const variant: TariffPack = {
    ...v2,
    surchargeCombination: { ...v2.surchargeCombination, rule: v.rule },
    travelTime: { ...v2.travelTime, paid: v.travelPaid, factor: v.travelFactor },
    billing: { ...v2.billing, unitMinutes: v.unit, rounding: v.rounding },
    caps: v2.caps && { ...v2.caps, perPersonScope: v.scope },
    mrpDate: { ...v2.mrpDate, rule: v.mrpDate },
  };
  return { tariffs: tariffs.map((t) => (t.version === 2 ? variant : t)), mrp };
}

function inputOf(r: Raw): FeeClaimInput {
  const work: WorkItem[] = r.work.map((w, i) => {
    const startedAt = hhmm(w.start);
    const endedAt = hhmm(w.start + w.duration);
    return {
      id: `w${i}`,
      date: w.date,
      actionId: w.actionId,
      startedAt,
      endedAt,
      note: '',
      ...(w.travel !== undefined ? { travel: { destination: 'X', minutes: w.travel } } : {}),
      minutes: w.duration,
      nightMinutes: nightMinutes(startedAt, endedAt, NIGHT),
      nonWorkingDay: w.nonWorkingDay,
      calendarPack: null,
      loggedAt: `${w.date}T23:00:00.000Z`,
      ...(w.withdrawn ? { withdrawn: { at: `${w.date}T23:30:00.000Z`, reason: 'x' } } : {}),
    };
  });
  const consultations: FeeConsultation[] = r.consultations.map((c, i) => ({
    id: `c${i}`,
    label: `${i + 1}/2026`,
    date: c.date,
    startedAt: hhmm(c.start),
    endedAt: hhmm(c.start + c.duration),
    minutes: c.duration,
    status: c.status,
    personKey: c.person,
  }));
  return {
    kind: r.kind,
    appointment: {
      id: 'a1',
      label: '1/2026',
      caseKind: r.caseKind,
      stageId: r.stageId,
      statusId: 'status.suspect',
      mandatoryGrounds: r.grounds,
      decreeDate: '2023-07-01',
      receivedDate: '2023-07-01',
      endDate: null,
      work,
    },
    workItemIds: r.claimed.map((i) => `w${i}`),
    consultations,
    feeCategoryId: r.category,
    expenses: r.expenses.map((e, i) => ({ id: `e${i}`, ...e })),
    applicationDate: '2026-02-12',
    priorPaidMinutesByDay: r.priorDay,
    priorPersonMinutes: r.priorPerson,
  };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function packOf(packs: FeePacks, ref: { id: string; version: number } | null) {
  return packs.tariffs.find((p) => ref && p.id === ref.id && p.version === ref.version) ?? null;
}

describe('calculateClaim — properties', () => {
  it('adds up: totals are the sums of the lines, parts the sums of their line', () => {
    fc.assert(
      fc.property(claimArb, packsArb, (raw, variant) => {
        const packs = packsOf(variant);
        const calc = calculateClaim(inputOf(raw), packs);
        const time = calc.lines.filter((l) => l.kind !== 'expense');
        const expenses = calc.lines.filter((l) => l.kind === 'expense');
        expect(calc.totals.feeTiyn).toBe(sum(time.map((l) => l.amountTiyn)));
        expect(calc.totals.expensesTiyn).toBe(sum(expenses.map((l) => l.amountTiyn)));
        expect(calc.totals.totalTiyn).toBe(calc.totals.feeTiyn + calc.totals.expensesTiyn);
        expect(calc.totals.minutes).toBe(sum(calc.lines.map((l) => l.minutes)));
        expect(calc.totals.paidMinutes).toBe(sum(calc.lines.map((l) => l.paidMinutes)));
        for (const l of time) {
          expect(sum(l.parts.map((p) => p.minutes))).toBe(l.paidMinutes);
          expect(sum(l.parts.map((p) => p.amountTiyn))).toBe(l.amountTiyn);
          expect(new Set(l.parts.map((p) => p.factor)).size).toBe(l.parts.length);
          for (const p of l.parts) expect(p.minutes).toBeGreaterThan(0);
        }
        for (const l of expenses) expect(l.parts).toEqual([]);
      }),
      RUNS,
    );
  });

  it('pays no more than the billed minutes, and exactly them less what the caps cut', () => {
    fc.assert(
      fc.property(claimArb, packsArb, (raw, variant) => {
        const packs = packsOf(variant);
        const calc = calculateClaim(inputOf(raw), packs);
        for (const l of calc.lines) {
          expect(Number.isSafeInteger(l.amountTiyn) && l.amountTiyn >= 0).toBe(true);
          expect(l.paidMinutes).toBeGreaterThanOrEqual(0);
          const pack = packOf(packs, l.tariffPack);
          if (l.kind === 'expense' || !pack) continue;
          const billed = billedMinutes(l.minutes, pack.billing);
          if (pack.billing.rounding === 'exact')
            expect(l.paidMinutes).toBeLessThanOrEqual(l.minutes);
          // Lines that could not be priced (a problem, unpaid travel) pay nothing at all.
          if (l.mrp === null || l.tierId === null) {
            expect([l.paidMinutes, l.amountTiyn, l.cappedBy]).toEqual([0, 0, undefined]);
            continue;
          }
          const cut = (l.cappedBy?.perPerson ?? 0) + (l.cappedBy?.perDay ?? 0);
          expect(l.paidMinutes + cut).toBe(billed);
        }
      }),
      RUNS,
    );
  });

  it('keeps each capped day within its cap, prior claims included', () => {
    fc.assert(
      fc.property(claimArb, packsArb, (raw, variant) => {
        const packs = packsOf(variant);
        const input = inputOf(raw);
        const calc = calculateClaim(input, packs);
        const byDay = new Map<string, number>();
        for (const l of calc.lines) byDay.set(l.date, (byDay.get(l.date) ?? 0) + l.paidMinutes);
        for (const [date, paid] of byDay) {
          const caps = packs.tariffs.find(
            (p) => p.effectiveFrom <= date && (p.effectiveTo === null || date <= p.effectiveTo),
          )?.caps;
          if (!caps) continue;
          const prior = input.priorPaidMinutesByDay[date] ?? 0;
          expect(paid).toBeLessThanOrEqual(Math.max(0, caps.minutesPerDay - prior));
        }
      }),
      RUNS,
    );
  });

  it('is deterministic: the same claim in any order gives the same calculation', () => {
    fc.assert(
      fc.property(claimArb, packsArb, fc.integer(), (raw, variant, seed) => {
        const packs = packsOf(variant);
        const input = inputOf(raw);
        const a = calculateClaim(input, packs);
        expect(calculateClaim(input, packs)).toEqual(a);
        // Shuffle what the claim lists; ids stay the same, so the lines must too.
        const rot = <T>(xs: readonly T[]) => {
          const k = xs.length === 0 ? 0 : Math.abs(seed) % xs.length;
          return [...xs.slice(k), ...xs.slice(0, k)];
        };
        const shuffled: FeeClaimInput = {
          ...input,
          workItemIds: rot(input.workItemIds ?? []),
          consultations: rot(input.consultations ?? []),
          expenses: rot(input.expenses),
        };
        expect(calculateClaim(shuffled, packs)).toEqual(a);
        const refs = a.lines.map((l) => [l.date, l.startedAt, l.kind, l.ref].join('\u0000'));
        expect(refs).toEqual([...refs].sort());
        expect(new Set(a.lines.map((l) => l.ref)).size).toBe(a.lines.length);
      }),
      RUNS,
    );
  });

  it('replays a stored calculation to itself, and every problem names an unpaid line', () => {
    fc.assert(
      fc.property(claimArb, packsArb, (raw, variant) => {
        const packs = packsOf(variant);
        const input = inputOf(raw);
        const calc = calculateClaim(input, packs);
        const stored = JSON.parse(JSON.stringify(calc)) as FeeCalculation;
        expect(replayCalculation(input, stored, packs)).toEqual({ same: true, differences: [] });
        for (const p of calc.problems) {
          const line = calc.lines.find((l) => l.ref === p.ref);
          expect(line?.amountTiyn).toBe(0);
        }
      }),
      RUNS,
    );
  });
});
