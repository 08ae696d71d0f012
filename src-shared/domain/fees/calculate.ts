/**
 * The fee engine (docs/fees.md): prices a claim's work, consultations and expenses with the
 * tariff and МРП packs in force on each line's date. Pure and deterministic: the same input and
 * packs give the same lines in the same order, so a stored calculation can be replayed
 * (replay.ts). Every line records the pack versions and pack items its amount relies on.
 *
 * Rules as built (each is pack data except the order of operations):
 * 1. lines: a claimed, not withdrawn work item → a `work` line (+ a `travel` line when travel
 *    minutes were logged); a given consultation → a `consultation` line; an expense → an
 *    `expense` line. A ref that occurs twice (the same work item claimed twice) is one line.
 * 2. each line: the tariff pack in force on its date, the fee category (select-category.ts),
 *    the МРП of the date the pack's `mrpDate` rule names, the billing unit and rounding;
 * 3. caps (fee-caps.ts) in chronological order;
 * 4. parts at each factor priced in integer tiyn (money.ts), each part rounded once.
 * A line that cannot be priced stays on the claim with 0 paid minutes and 0 tiyn, and its
 * problem is reported; it does not use up a cap.
 */
import type { MrpPack, PackRef } from '../../rules/pack-schema';
import { packInForce } from '../../rules/select-pack';
import type { TariffPack, TariffTier } from '../../rules/tariff-pack-schema';
import { mrpOn } from '../calendar/mrp';
import { isIsoDate } from '../dates/iso-date';
import { billedMinutes, buildParts, factorsOf, type Factor } from './calculate-factors';
import { emptyLine, sources, type Source } from './calculate-sources';

export { billedMinutes } from './calculate-factors';
import { applyCaps, type CapCut } from './fee-caps';
import { perDayTiyn, sumTiyn } from './money';
import { feeCategoryFor, type CategoryFacts, type CategorySelection } from './select-category';
import type {
  FeeCalculation,
  FeeClaimInput,
  FeeExpenseInput,
  FeeLine,
  FeePacks,
  FeeProblem,
} from './types';

/** A priced time line waiting for the caps. */
interface Pending {
  line: FeeLine;
  pack: TariffPack;
  tier: TariffTier;
  mrpAmount: number;
  billed: number;
  /** Night minutes among the billed ones. */
  night: number;
  day: Factor;
  nightFactor: Factor;
  /** Item ids known before the caps (category, tier). */
  itemIds: string[];
  /** Relied on only when night minutes are paid (the surcharge combination rule). */
  nightItemIds: string[];
  personKey: string | null;
  mrpVerified: boolean;
}

function ref(p: { id: string; version: number }): PackRef {
  return { id: p.id, version: p.version };
}

/** The date whose МРП prices a line under the pack's `mrpDate` rule. */
function mrpDateOf(pack: TariffPack, line: FeeLine, input: FeeClaimInput): string {
  return pack.mrpDate.rule === 'application-date' ? input.applicationDate : line.date;
}

/** The МРП of `date` from the МРП pack in force on it, or null when none is known. */
function mrpFor(
  date: string,
  mrpPacks: readonly MrpPack[],
): { pack: MrpPack; amount: number; itemId: string; verified: boolean; date: string } | null {
  if (!isIsoDate(date)) return null;
  const mp = packInForce(mrpPacks, 'mrp', date);
  if (!mp || !mp.values.some((v) => v.effectiveFrom <= date)) return null;
  return { pack: mp, ...mrpOn(mp, date), date };
}

/** Price a time line up to the caps; a problem and a 0 line when it cannot be priced. */
function priceTime(
  s: Source,
  input: FeeClaimInput,
  packs: FeePacks,
  categoryOf: (pack: TariffPack) => CategorySelection,
  problems: FeeProblem[],
): Pending | FeeLine {
  const line = emptyLine(s);
  const pack = packInForce(packs.tariffs, 'tariff', s.date);
  if (!pack) {
    // An unpaid travel line repeats its work line's problem; the work line reports it.
    if (s.kind !== 'travel') problems.push({ code: 'no-tariff-pack', ref: s.ref, date: s.date });
    return line;
  }
  line.tariffPack = ref(pack);
  if (s.kind === 'travel' && !pack.travelTime.paid) {
    // Shown with its time so the claim is complete, but not paid: the pack item says why.
    return withItems(line, pack, [pack.travelTime.id], null);
  }
  const sel = categoryOf(pack);
  if (!sel.ok) {
    problems.push(
      sel.code === 'category-needed'
        ? { code: sel.code, ref: s.ref, candidates: sel.candidates }
        : { code: sel.code, ref: s.ref, categoryId: sel.categoryId },
    );
    return line;
  }
  line.feeCategoryId = sel.category.id;
  line.tierId = sel.tier.id;
  line.rateMrp = sel.tier.mrpPerHour;
  const mrpDate = mrpDateOf(pack, line, input);
  const mrp = mrpFor(mrpDate, packs.mrp);
  if (!mrp) {
    problems.push({ code: 'no-mrp', ref: s.ref, date: mrpDate });
    return withItems(line, pack, [sel.category.id, sel.tier.id, pack.mrpDate.id], null);
  }
  line.mrp = { amount: mrp.amount, itemId: mrp.itemId, date: mrp.date };
  line.mrpPack = ref(mrp.pack);
  const billed = billedMinutes(s.minutes, pack.billing);
  const f = factorsOf(pack, s);
  return {
    line,
    pack,
    tier: sel.tier,
    mrpAmount: mrp.amount,
    billed,
    night: Math.min(s.nightMinutes, billed),
    day: f.day,
    nightFactor: f.night,
    itemIds: [sel.category.id, sel.tier.id],
    nightItemIds: f.nightItemIds,
    personKey: s.personKey,
    mrpVerified: mrp.verified,
  };
}

/**
 * An amount or a day count as entered, or 0 when missing or not a whole number ≥ 0: the claim
 * form validates them (fee-claim.ts), and the engine never throws on a draft being typed.
 */
function wholeOrZero(n: number | undefined): number {
  return n !== undefined && Number.isSafeInteger(n) && n >= 0 ? n : 0;
}

function priceExpense(
  s: Source & { expense: FeeExpenseInput },
  input: FeeClaimInput,
  packs: FeePacks,
  problems: FeeProblem[],
): FeeLine {
  const line = emptyLine(s);
  const pack = packInForce(packs.tariffs, 'tariff', s.date);
  if (!pack) {
    problems.push({ code: 'no-tariff-pack', ref: s.ref, date: s.date });
    return line;
  }
  line.tariffPack = ref(pack);
  const type = pack.expenseTypes.find((t) => t.id === s.expense.typeId);
  if (!type) {
    problems.push({ code: 'unknown-expense-type', ref: s.ref, typeId: s.expense.typeId });
    return line;
  }
  if (type.basis === 'actual') {
    line.amountTiyn = wholeOrZero(s.expense.amountTiyn);
    return withItems(line, pack, [type.id], null);
  }
  const mrpDate = mrpDateOf(pack, line, input);
  const mrp = mrpFor(mrpDate, packs.mrp);
  if (!mrp) {
    problems.push({ code: 'no-mrp', ref: s.ref, date: mrpDate });
    return withItems(line, pack, [type.id, pack.mrpDate.id], null);
  }
  line.mrp = { amount: mrp.amount, itemId: mrp.itemId, date: mrp.date };
  line.mrpPack = ref(mrp.pack);
  // tariff-integrity.ts requires mrpPerDay for this basis.
  line.amountTiyn = perDayTiyn(wholeOrZero(s.expense.days), type.mrpPerDay ?? 0, mrp.amount);
  return withItems(line, pack, [type.id, pack.mrpDate.id, mrp.itemId], mrp);
}

/** Every item of a tariff pack by id, to tell which of a line's items are unverified. */
const verifiedCache = new WeakMap<TariffPack, Map<string, boolean>>();
function verifiedOf(pack: TariffPack): Map<string, boolean> {
  let m = verifiedCache.get(pack);
  if (!m) {
    const items: { id: string; verified: boolean }[] = [
      pack.mrpDate,
      pack.billing,
      ...pack.tiers,
      ...pack.feeCategories,
      ...pack.surcharges,
      pack.surchargeCombination,
      ...pack.activityRates,
      pack.travelTime,
      ...pack.expenseTypes,
      ...(pack.caps ? [pack.caps] : []),
    ];
    m = new Map(items.map((i) => [i.id, i.verified]));
    verifiedCache.set(pack, m);
  }
  return m;
}

function withItems(
  line: FeeLine,
  pack: TariffPack,
  ids: string[],
  mrp: { itemId: string; verified: boolean } | null,
): FeeLine {
  const v = verifiedOf(pack);
  line.itemIds = [...new Set(ids)];
  line.unverifiedItemIds = line.itemIds.filter((id) =>
    mrp && id === mrp.itemId ? !mrp.verified : v.get(id) === false,
  );
  return line;
}

/** The line after the caps: its parts, paid minutes, amount and the items it relies on. */
function finish(p: Pending, cut: CapCut): FeeLine {
  const { line, pack, tier, mrpAmount } = p;
  const paid = p.billed - cut.perPerson - cut.perDay;
  const parts = buildParts(paid, p.night, p.day, p.nightFactor, tier.mrpPerHour, mrpAmount);
  line.parts = parts;
  line.paidMinutes = paid;
  line.amountTiyn = sumTiyn(parts.map((x) => x.amountTiyn));
  if (cut.perPerson > 0 || cut.perDay > 0) {
    line.cappedBy = {
      ...(cut.perPerson > 0 ? { perPerson: cut.perPerson } : {}),
      ...(cut.perDay > 0 ? { perDay: cut.perDay } : {}),
    };
  }
  const ids = [
    ...p.itemIds,
    ...(Math.min(p.night, paid) > 0 ? p.nightItemIds : []),
    ...parts.flatMap((x) => x.factorItemIds),
    pack.billing.id,
    ...(line.cappedBy && pack.caps ? [pack.caps.id] : []),
    pack.mrpDate.id,
    line.mrp?.itemId ?? '',
  ].filter((id) => id !== '');
  const mrp = line.mrp ? { itemId: line.mrp.itemId, verified: p.mrpVerified } : null;
  return withItems(line, pack, ids, mrp);
}

function uniqueRefs(refs: (PackRef | null)[]): PackRef[] {
  const m = new Map<string, PackRef>();
  for (const r of refs) if (r) m.set(`${r.id}\u0000${r.version}`, r);
  return [...m.values()].sort((a, b) =>
    a.id === b.id ? a.version - b.version : a.id < b.id ? -1 : 1,
  );
}

export function calculateClaim(input: FeeClaimInput, packs: FeePacks): FeeCalculation {
  const a = input.appointment;
  const facts: CategoryFacts =
    input.kind === 'defence' && a
      ? {
          service: 'defence',
          caseKind: a.caseKind,
          stageId: a.stageId,
          statusId: a.statusId,
          mandatoryGrounds: a.mandatoryGrounds,
        }
      : {
          service: 'consultation',
          caseKind: null,
          stageId: '',
          statusId: '',
          mandatoryGrounds: [],
        };
  const selections = new Map<TariffPack, CategorySelection>();
  const categoryOf = (pack: TariffPack): CategorySelection => {
    let s = selections.get(pack);
    if (!s) {
      s = feeCategoryFor(pack, facts, input.feeCategoryId || undefined);
      selections.set(pack, s);
    }
    return s;
  };

  const problems: FeeProblem[] = [];
  const priced = sources(input).map((s) =>
    s.expense
      ? priceExpense({ ...s, expense: s.expense }, input, packs, problems)
      : priceTime(s, input, packs, categoryOf, problems),
  );
  const pending = priced.filter((p): p is Pending => 'billed' in p);
  const cuts = applyCaps(
    pending.map((p) => ({
      date: p.line.date,
      minutes: p.billed,
      personKey: p.personKey,
      caps: p.pack.caps,
    })),
    { byDay: input.priorPaidMinutesByDay, byPerson: input.priorPersonMinutes },
  );
  const cutOf = new Map(pending.map((p, i) => [p, cuts[i]!]));
  const lines = priced.map((p) => ('billed' in p ? finish(p, cutOf.get(p)!) : p));

  const timeLines = lines.filter((l) => l.kind !== 'expense');
  const feeTiyn = sumTiyn(timeLines.map((l) => l.amountTiyn));
  const expensesTiyn = sumTiyn(lines.filter((l) => l.kind === 'expense').map((l) => l.amountTiyn));
  return {
    lines,
    problems,
    totals: {
      minutes: lines.reduce((n, l) => n + l.minutes, 0),
      paidMinutes: lines.reduce((n, l) => n + l.paidMinutes, 0),
      feeTiyn,
      expensesTiyn,
      totalTiyn: sumTiyn([feeTiyn, expensesTiyn]),
    },
    packs: uniqueRefs(lines.flatMap((l) => [l.tariffPack, l.mrpPack])),
    unverifiedItemIds: [...new Set(lines.flatMap((l) => l.unverifiedItemIds))].sort(),
  };
}
