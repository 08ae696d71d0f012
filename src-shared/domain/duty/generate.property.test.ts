/**
 * Random offices (1–15 advocates, random schedules taken part in, random absences, some who
 * left), random months of 2025–2027 on the real calendar pack, random per-day numbers, with and
 * without weekend duty. The oracle recomputes eligibility and fair shares from the roster itself,
 * in its own exact fractions.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dutyKinds,
  rosterMemberRecordSchema,
  type DutyKind,
  type RosterMember,
} from '../../contracts/entities/duty-roster';
import { calendarPackSchema } from '../../rules/pack-schema';
import pack from '../../rules/packs/kz-calendar.json';
import { WorkingCalendar } from '../calendar/working-days';
import { generateSchedule } from './generate';
import { monthDays } from './month-days';
import type { ScheduleDay } from '../../contracts/entities/duty-schedule';
import type { GenerateInput } from './types';

const cal = new WorkingCalendar(calendarPackSchema.parse(pack));
const RUNS = { numRuns: 200 };

/** `date` shifted by `days` (UTC day arithmetic). */
function shift(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const absenceArb = fc.record({
  type: fc.constantFrom('suspension' as const, 'unavailable' as const),
  // Some absences start before the month or run past its end.
  start: fc.integer({ min: -10, max: 30 }),
  length: fc.integer({ min: 0, max: 20 }),
});
const memberArb = fc.record({
  kinds: fc.subarray([...dutyKinds], { minLength: 1 }),
  status: fc.constantFrom('active' as const, 'active' as const, 'active' as const, 'left' as const),
  absences: fc.array(absenceArb, { maxLength: 2 }),
});
const inputArb = fc.record({
  year: fc.integer({ min: 2025, max: 2027 }),
  month: fc.integer({ min: 1, max: 12 }),
  members: fc.array(memberArb, { minLength: 1, maxLength: 15 }),
  perDay: fc.record({
    pretrial: fc.integer({ min: 1, max: 3 }),
    court: fc.integer({ min: 1, max: 3 }),
    consultation: fc.integer({ min: 1, max: 3 }),
  }),
  weekendDuty: fc.boolean(),
});

type RawInput = typeof inputArb extends fc.Arbitrary<infer T> ? T : never;

function toInput(raw: RawInput): GenerateInput {
  const month = `${raw.year}-${String(raw.month).padStart(2, '0')}`;
  const first = `${month}-01`;
  const members: RosterMember[] = raw.members.map((m, i) =>
    rosterMemberRecordSchema.parse({
      id: `m${i + 1}`,
      version: 1,
      createdAt: '2025-01-01T00:00:00Z',
      updatedAt: '2025-01-01T00:00:00Z',
      headId: 'head',
      fullName: `Адвокат ${i + 1}`,
      phone: `+7 701 000 00 ${String(i).padStart(2, '0')}`,
      kinds: m.kinds,
      status: m.status,
      absences: m.absences.map((a, j) => ({
        id: `a${i}-${j}`,
        type: a.type,
        from: shift(first, a.start),
        to: shift(first, a.start + a.length),
        ground: 'other',
        reason: 'заявление',
      })),
    }),
  );
  return {
    month,
    days: monthDays(cal, month),
    members,
    settings: { weekendDuty: raw.weekendDuty, perDay: raw.perDay },
  };
}

/** The oracle's own reading of eligibility, written from the roster fields. */
function eligible(m: RosterMember, kind: DutyKind, date: string): boolean {
  return (
    m.status === 'active' &&
    m.kinds.includes(kind) &&
    m.absences.every((a) => date < a.from || date > a.to)
  );
}

/** An exact fraction [numerator, denominator > 0]: the oracle's own arithmetic. */
type Frac = readonly [bigint, bigint];
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
function addFrac([an, ad]: Frac, [bn, bd]: Frac): Frac {
  const [n, d] = [an * bd + bn * ad, ad * bd];
  const g = gcd(n, d);
  return [n / g, d / g];
}
const compareFrac = ([an, ad]: Frac, [bn, bd]: Frac) =>
  Number(an * bd - bn * ad > 0n) - Number(an * bd - bn * ad < 0n);
/** ⌊n/d⌋ as a number (bigint division truncates towards zero). */
const floorOf = ([n, d]: Frac) => Number(n / d) - Number(n < 0n && n % d !== 0n);

interface Step {
  entry: ScheduleDay;
  /** Fair share so far (the entry's day included) minus duties so far, in `kind`. */
  owed: (kind: DutyKind, id: string) => Frac;
  /** Who is already on duty that day in an earlier kind. */
  onDuty: ReadonlySet<string>;
}

/**
 * Replays the schedule as the oracle reads the rule: every covered day each advocate eligible
 * in a kind earns (duties filled ÷ advocates eligible) of a duty in it; each duty pays one off.
 */
function replay(input: GenerateInput, days: readonly ScheduleDay[], visit: (s: Step) => void) {
  const debts = new Map<string, Frac>();
  const owed = (kind: DutyKind, id: string): Frac => debts.get(`${kind}:${id}`) ?? [0n, 1n];
  const add = (kind: DutyKind, id: string, f: Frac) =>
    debts.set(`${kind}:${id}`, addFrac(owed(kind, id), f));
  for (const date of new Set(days.map((d) => d.date))) {
    for (const kind of dutyKinds) {
      const pool = input.members.filter((m) => eligible(m, kind, date));
      const filled = Math.min(input.settings.perDay[kind], pool.length);
      for (const m of pool) add(kind, m.id, [BigInt(filled), BigInt(pool.length)]);
    }
    const onDuty = new Set<string>();
    for (const entry of days.filter((d) => d.date === date)) {
      visit({ entry, owed, onDuty: new Set(onDuty) });
      for (const id of entry.memberIds) add(entry.kind, id, [-1n, 1n]);
      for (const id of entry.memberIds) onDuty.add(id);
    }
  }
}

describe('generateSchedule properties', () => {
  it('(a) covers every day that must be covered with perDay advocates, or reports a gap', () => {
    fc.assert(
      fc.property(inputArb, (raw) => {
        const input = toInput(raw);
        const { days, gaps } = generateSchedule(input);
        for (const day of input.days) {
          const entries = days.filter((d) => d.date === day.date);
          if (!day.working && !input.settings.weekendDuty) {
            expect(entries).toEqual([]);
            continue;
          }
          expect(entries.map((e) => e.kind)).toEqual([...dutyKinds]);
          for (const e of entries) {
            const needed = input.settings.perDay[e.kind];
            const available = input.members.filter((m) => eligible(m, e.kind, day.date)).length;
            const gap = gaps.find((g) => g.date === day.date && g.kind === e.kind);
            if (available >= needed) {
              expect(e.memberIds).toHaveLength(needed);
              expect(gap).toBeUndefined();
            } else {
              expect(e.memberIds).toHaveLength(available);
              expect(gap).toEqual({ date: day.date, kind: e.kind, needed, got: available });
            }
          }
        }
        expect(gaps.every((g) => days.some((d) => d.date === g.date && d.kind === g.kind))).toBe(
          true,
        );
      }),
      RUNS,
    );
  });

  it('(b) never schedules anyone absent, gone or not taking part in that kind', () => {
    fc.assert(
      fc.property(inputArb, (raw) => {
        const input = toInput(raw);
        const byId = new Map(input.members.map((m) => [m.id, m]));
        for (const d of generateSchedule(input).days) {
          for (const id of d.memberIds) {
            const m = byId.get(id);
            expect(m).toBeDefined();
            expect(eligible(m!, d.kind, d.date)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('(c) advocates eligible the whole month differ by at most one duty in each kind', () => {
    fc.assert(
      fc.property(inputArb, (raw) => {
        const input = toInput(raw);
        const first = input.days[0]!.date;
        const last = input.days.at(-1)!.date;
        const { days } = generateSchedule(input);
        for (const kind of dutyKinds) {
          const always = input.members.filter(
            (m) =>
              m.status === 'active' &&
              m.kinds.includes(kind) &&
              m.absences.every((a) => a.to < first || a.from > last),
          );
          if (always.length === 0) continue;
          const counts = always.map(
            (m) => days.filter((d) => d.kind === kind && d.memberIds.includes(m.id)).length,
          );
          expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
        }
      }),
      RUNS,
    );
  });

  it('(d) nobody is twice on the same day in the same kind', () => {
    fc.assert(
      fc.property(inputArb, (raw) => {
        for (const d of generateSchedule(toInput(raw)).days) {
          expect(new Set(d.memberIds).size).toBe(d.memberIds.length);
        }
      }),
      RUNS,
    );
  });

  it('(e) is deterministic: the same input gives the same schedule', () => {
    fc.assert(
      fc.property(inputArb, (raw) => {
        const a = generateSchedule(toInput(raw));
        const b = generateSchedule(JSON.parse(JSON.stringify(toInput(raw))) as GenerateInput);
        expect(b).toEqual(a);
      }),
      RUNS,
    );
  });

  it('(f) picks and queues by whole duties owed, and then those not yet on duty that day', () => {
    fc.assert(
      fc.property(inputArb, (raw) => {
        const input = toInput(raw);
        replay(input, generateSchedule(input).days, ({ entry, owed, onDuty }) => {
          const whole = (id: string) => floorOf(owed(entry.kind, id));
          for (let i = 1; i < entry.memberIds.length; i++) {
            const [prev, cur] = [entry.memberIds[i - 1]!, entry.memberIds[i]!];
            expect(whole(prev)).toBeGreaterThanOrEqual(whole(cur));
            if (whole(prev) === whole(cur) && onDuty.has(prev)) expect(onDuty.has(cur)).toBe(true);
          }
          // Nobody left out owes more whole duties than someone picked.
          const lowest = entry.memberIds.map(whole).reduce((a, b) => (b < a ? b : a), Infinity);
          for (const m of input.members) {
            if (eligible(m, entry.kind, entry.date) && !entry.memberIds.includes(m.id)) {
              expect(whole(m.id) <= lowest).toBe(true);
            }
          }
        });
      }),
      RUNS,
    );
  });

  it('(g) gives nobody a second duty on a day while someone free that day is at least as far behind', () => {
    // The case this guards: an advocate back from a suspension owes the same in all three
    // kinds; they must not take two of them on a day when a colleague with no duty that day
    // owes as much or more in that kind.
    fc.assert(
      fc.property(inputArb, (raw) => {
        const input = toInput(raw);
        const { days } = generateSchedule(input);
        replay(input, days, ({ entry, owed, onDuty }) => {
          const busy = new Set(
            days.filter((d) => d.date === entry.date).flatMap((d) => d.memberIds),
          );
          const free = input.members.filter(
            (m) => eligible(m, entry.kind, entry.date) && !busy.has(m.id),
          );
          for (const id of entry.memberIds.filter((id) => onDuty.has(id))) {
            for (const x of free) {
              expect(compareFrac(owed(entry.kind, x.id), owed(entry.kind, id))).toBeLessThan(0);
            }
          }
        });
      }),
      RUNS,
    );
  });
});
