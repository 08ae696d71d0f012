/**
 * Paid-time caps of order 1462 (as amended 15.09.2025): consultation time per person who applied,
 * and all paid time per calendar day. The caps are pack data (`TariffPack['caps']`, null before
 * they existed); this file only decides which minutes of which lines they cut.
 *
 * The rule, chosen to be deterministic and explainable on the claim:
 * - lines are taken in chronological order (date, start, ref: the caller sorts them), so the
 *   earliest work is paid first and the excess is cut from the later lines;
 * - the per-person cap is applied first, then the per-day cap counts what is left;
 * - each line is checked against the caps of its own tariff pack, but every paid minute counts
 *   towards the totals whatever pack priced it (the time was paid, so it uses up the day);
 * - minutes already paid in the advocate's other claims (`prior…`) are counted before any line.
 *   Prior per-person minutes have no date, so they count only for the `period` scope (the claim);
 *   the `entry` scope caps each consultation alone and the `day` scope each person's day.
 * - a line's day is its `date`: the day it started, as the work log records it.
 */
import type { TariffPack } from '../../rules/tariff-pack-schema';

export type Caps = NonNullable<TariffPack['caps']>;

export interface CapEntry {
  date: string;
  /** Minutes the line would pay before the caps (after the billing unit). */
  minutes: number;
  /** The person's key for a consultation, null for other work. */
  personKey: string | null;
  /** The caps of the line's tariff pack; null when that pack has none. */
  caps: Caps | null;
}

export interface CapCut {
  perPerson: number;
  perDay: number;
}

export interface PriorMinutes {
  byDay: Readonly<Record<string, number>>;
  byPerson: Readonly<Record<string, number>>;
}

function counter(): {
  get: (key: string) => number;
  add: (key: string, minutes: number) => void;
} {
  const m = new Map<string, number>();
  return {
    get: (key) => m.get(key) ?? 0,
    add: (key, minutes) => m.set(key, (m.get(key) ?? 0) + minutes),
  };
}

/** A prior count from the input, never negative (a typo must not raise the allowance). */
function prior(record: Readonly<Record<string, number>>, key: string): number {
  const v = Object.hasOwn(record, key) ? record[key] : 0;
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.floor(v) : 0;
}

/** How many minutes each entry loses to each cap; `entries` must already be in order. */
export function applyCaps(entries: readonly CapEntry[], priorMinutes: PriorMinutes): CapCut[] {
  const personPeriod = counter();
  const personDay = counter();
  const day = counter();
  return entries.map((e) => {
    let minutes = e.minutes;
    let perPerson = 0;
    if (e.personKey !== null) {
      const dayKey = `${e.personKey}\u0000${e.date}`;
      if (e.caps) {
        const used =
          e.caps.perPersonScope === 'period'
            ? prior(priorMinutes.byPerson, e.personKey) + personPeriod.get(e.personKey)
            : e.caps.perPersonScope === 'day'
              ? personDay.get(dayKey)
              : 0;
        const allowed = Math.max(0, e.caps.consultationMinutesPerPerson - used);
        perPerson = Math.max(0, minutes - allowed);
        minutes -= perPerson;
      }
      personPeriod.add(e.personKey, minutes);
      personDay.add(dayKey, minutes);
    }
    let perDay = 0;
    if (e.caps) {
      const used = prior(priorMinutes.byDay, e.date) + day.get(e.date);
      const allowed = Math.max(0, e.caps.minutesPerDay - used);
      perDay = Math.max(0, minutes - allowed);
      minutes -= perDay;
    }
    day.add(e.date, minutes);
    return { perPerson, perDay };
  });
}
