/**
 * The lines of a claim before pricing (calculate.ts): which register records become lines, and
 * in what order. The order is part of the result: caps pay the earliest work first, and a
 * replayed calculation must list the same lines in the same order.
 */
import type { FeeClaimInput, FeeExpenseInput, FeeLine, WorkRef } from './types';

/** A line before pricing: what the registers say. */
export interface Source {
  ref: WorkRef;
  kind: FeeLine['kind'];
  recordId: string;
  recordLabel: string;
  date: string;
  startedAt: string;
  endedAt: string;
  activityId: string;
  minutes: number;
  nightMinutes: number;
  nonWorkingDay: boolean;
  personKey: string | null;
  expense?: FeeExpenseInput;
}

/** Date, start, kind, ref: refs begin with the kind, so this is also date, start, ref. */
function compareSources(a: Source, b: Source): number {
  for (const [x, y] of [
    [a.date, b.date],
    [a.startedAt, b.startedAt],
    [a.kind, b.kind],
    [a.ref, b.ref],
  ] as const) {
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

export function sources(input: FeeClaimInput): Source[] {
  const out: Source[] = [];
  const base = { nightMinutes: 0, nonWorkingDay: false, personKey: null };
  const a = input.appointment;
  if (input.kind === 'defence' && a) {
    for (const id of new Set(input.workItemIds ?? [])) {
      const w = a.work.find((x) => x.id === id);
      // Unknown ids cannot be priced; withdrawn items are not paid (the validators name both).
      if (!w || w.withdrawn) continue;
      const common = {
        recordId: a.id,
        recordLabel: a.label,
        date: w.date,
        startedAt: w.startedAt,
        endedAt: w.endedAt,
        activityId: w.actionId,
        nonWorkingDay: w.nonWorkingDay,
        personKey: null,
      };
      out.push({
        ...common,
        ref: `work:${a.id}:${w.id}`,
        kind: 'work',
        minutes: w.minutes,
        nightMinutes: Math.min(w.nightMinutes, w.minutes),
      });
      if (w.travel?.minutes) {
        out.push({
          ...common,
          ref: `travel:${a.id}:${w.id}`,
          kind: 'travel',
          minutes: w.travel.minutes,
          nightMinutes: 0,
        });
      }
    }
  }
  if (input.kind === 'consultation') {
    for (const c of input.consultations ?? []) {
      if (c.status !== 'given') continue;
      out.push({
        ...base,
        ref: `consultation:${c.id}`,
        kind: 'consultation',
        recordId: c.id,
        recordLabel: c.label,
        date: c.date,
        startedAt: c.startedAt,
        endedAt: c.endedAt,
        activityId: 'consultation',
        minutes: c.minutes,
        personKey: c.personKey,
      });
    }
  }
  for (const e of input.expenses) {
    out.push({
      ...base,
      ref: `expense:${e.id}`,
      kind: 'expense',
      recordId: e.id,
      recordLabel: e.document?.number ?? '',
      date: e.date,
      startedAt: '',
      endedAt: '',
      activityId: e.typeId,
      minutes: 0,
      expense: e,
    });
  }
  const seen = new Set<string>();
  return out.filter((s) => !seen.has(s.ref) && seen.add(s.ref)).sort(compareSources);
}

export function emptyLine(s: Source): FeeLine {
  return {
    ref: s.ref,
    kind: s.kind,
    recordId: s.recordId,
    recordLabel: s.recordLabel,
    date: s.date,
    startedAt: s.startedAt,
    endedAt: s.endedAt,
    activityId: s.activityId,
    minutes: s.minutes,
    paidMinutes: 0,
    feeCategoryId: null,
    tierId: null,
    rateMrp: 0,
    parts: [],
    mrp: null,
    amountTiyn: 0,
    itemIds: [],
    unverifiedItemIds: [],
    tariffPack: null,
    mrpPack: null,
  };
}
