/** МРП (monthly calculation index) in force on a date, from the МРП rule pack. */
import { type MrpPack } from '../../rules/pack-schema';
import { isIsoDate } from '../dates/iso-date';

export interface MrpOnDate {
  amount: number;
  /** The pack item used, recorded with the calculation so it can be replayed. */
  itemId: string;
  verified: boolean;
}

/**
 * The value with the latest `effectiveFrom` on or before `date`. МРП can change in mid-year
 * (2022: 1 January and 1 April), so it is looked up by date, never by year.
 */
export function mrpOn(pack: MrpPack, date: string): MrpOnDate {
  if (!isIsoDate(date)) {
    throw new Error(`Invalid date ${JSON.stringify(date)}: expected a real date as YYYY-MM-DD`);
  }
  let best: MrpPack['values'][number] | undefined;
  for (const v of pack.values) {
    // ISO dates compare correctly as strings.
    if (v.effectiveFrom <= date && (!best || v.effectiveFrom > best.effectiveFrom)) best = v;
  }
  if (!best) throw new Error(`No МРП value in pack ${pack.id} v${pack.version} for ${date}`);
  return { amount: best.amount, itemId: best.id, verified: best.verified };
}
