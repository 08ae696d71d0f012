/**
 * Paid-time caps (order 1462 as amended 15.09.2025, from the register pack): at most
 * `perPersonMinutes` of paid consultation per person who applied, `perDayMinutes` per
 * calendar day. Exceeding is *warned*, never blocked: the advocate may still consult,
 * but the excess will not be paid.
 */
export interface TimeRecord {
  id: string;
  iin: string;
  date: string;
  minutes: number;
}

export interface CapWarning {
  kind: 'per-person' | 'per-day';
  usedMinutes: number;
  capMinutes: number;
}

export function capWarnings(
  entry: TimeRecord,
  others: readonly TimeRecord[],
  caps: { perPersonMinutes: number; perDayMinutes: number },
): CapWarning[] {
  const rest = others.filter((o) => o.id !== entry.id);
  const person =
    entry.minutes + rest.filter((o) => o.iin === entry.iin).reduce((s, o) => s + o.minutes, 0);
  const day =
    entry.minutes + rest.filter((o) => o.date === entry.date).reduce((s, o) => s + o.minutes, 0);
  const out: CapWarning[] = [];
  if (person > caps.perPersonMinutes)
    out.push({ kind: 'per-person', usedMinutes: person, capMinutes: caps.perPersonMinutes });
  if (day > caps.perDayMinutes)
    out.push({ kind: 'per-day', usedMinutes: day, capMinutes: caps.perDayMinutes });
  return out;
}
