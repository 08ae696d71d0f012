/**
 * Factors and parts of a time line (calculate.ts): the billing unit, the surcharges and activity
 * rates of the tariff pack, and how a line's paid minutes split into parts priced at one factor.
 */
import type { TariffPack } from '../../rules/tariff-pack-schema';
import type { Source } from './calculate-sources';
import { multiplyFactors, priceTiyn } from './money';
import type { FeePart } from './types';

/** A factor applied to the tier's rate and the pack items that made it. */
export interface Factor {
  factor: number;
  itemIds: string[];
}

export const ONE: Factor = { factor: 1, itemIds: [] };

/** Minutes paid for `minutes` of work under the pack's billing unit (per line). */
export function billedMinutes(minutes: number, billing: TariffPack['billing']): number {
  const u = billing.unitMinutes;
  if (billing.rounding === 'up') return Math.ceil(minutes / u) * u;
  // 'nearest': half a unit rounds up (30 of 60 minutes is an hour).
  if (billing.rounding === 'nearest') return Math.floor((2 * minutes + u) / (2 * u)) * u;
  return minutes;
}

/** Night and non-working-day surcharges meeting on the same minutes, by the pack's rule. */
function combine(pack: TariffPack, surcharges: TariffPack['surcharges']): Factor {
  if (surcharges.length === 0) return ONE;
  if (pack.surchargeCombination.rule === 'multiply') {
    return {
      factor: multiplyFactors(surcharges.map((s) => s.factor)),
      itemIds: surcharges.map((s) => s.id),
    };
  }
  // 'highest': the first of the highest (the non-working-day one is listed first, so on a tie
  // the night part prices like the rest of the holiday and the two parts merge).
  const best = surcharges.reduce((a, b) => (b.factor > a.factor ? b : a));
  return { factor: best.factor, itemIds: [best.id] };
}

function times(f: Factor, factor: number, itemId: string): Factor {
  return { factor: multiplyFactors([f.factor, factor]), itemIds: [...f.itemIds, itemId] };
}

/**
 * The factors of the day and night parts of a time line. `nightItemIds` are items the line
 * relies on only when some night minutes are paid (the rule combining two surcharges).
 * - work: the non-working-day surcharge on the whole item, the night surcharge on its night
 *   part, the two combined by the pack's rule, then the activity rate (waiting) on everything;
 * - travel: the pack's travel factor, with the non-working-day surcharge when the item's day is
 *   one; no night part (the road time is not clocked) and no activity rate (it rates the action);
 * - consultation: the tier's rate as it is (the register records no night or holiday flag).
 */
export function factorsOf(
  pack: TariffPack,
  s: Source,
): { day: Factor; night: Factor; nightItemIds: string[] } {
  const nwd = s.nonWorkingDay ? pack.surcharges.filter((x) => x.kind === 'non-working-day') : [];
  if (s.kind === 'travel') {
    const day = times(combine(pack, nwd), pack.travelTime.factor, pack.travelTime.id);
    return { day, night: day, nightItemIds: [] };
  }
  if (s.kind !== 'work') return { day: ONE, night: ONE, nightItemIds: [] };
  const nightRate = pack.surcharges.filter((x) => x.kind === 'night');
  let day = combine(pack, nwd);
  let night = combine(pack, [...nwd, ...nightRate]);
  const nightItemIds = nwd.length > 0 && nightRate.length > 0 ? [pack.surchargeCombination.id] : [];
  const activity = pack.activityRates.find((r) => r.actionId === s.activityId);
  if (activity) {
    day = times(day, activity.factor, activity.id);
    night = times(night, activity.factor, activity.id);
  }
  return { day, night, nightItemIds };
}

/**
 * The parts of a line that pays `paid` minutes, `night` of them (at most) at night. The caps cut
 * a line's minutes from its day part first and its night part last: the work log records how
 * many minutes of an item fell at night, not where, so "the latest minutes" cannot be told
 * apart, and keeping the night part whole as long as possible is one fixed rule (the billing
 * unit's rounding adds to or takes from the day part the same way). Parts at the same factor
 * merge (night on a holiday under 'highest' prices like the rest of the holiday); each part is
 * rounded to the tiyn once, and the line is the sum of its parts.
 */
export function buildParts(
  paid: number,
  nightMinutes: number,
  day: Factor,
  night: Factor,
  rateMrp: number,
  mrpAmount: number,
): FeePart[] {
  const nightPaid = Math.min(nightMinutes, paid);
  const parts: FeePart[] = [];
  for (const [minutes, f] of [
    [paid - nightPaid, day],
    [nightPaid, night],
  ] as const) {
    if (minutes === 0) continue;
    const same = parts.find((x) => x.factor === f.factor);
    if (same) {
      same.minutes += minutes;
      same.factorItemIds = [...new Set([...same.factorItemIds, ...f.itemIds])];
    } else {
      parts.push({ minutes, factor: f.factor, factorItemIds: [...f.itemIds], amountTiyn: 0 });
    }
  }
  for (const part of parts) {
    part.amountTiyn = priceTiyn(part.minutes, rateMrp, part.factor, mrpAmount);
  }
  return parts;
}
