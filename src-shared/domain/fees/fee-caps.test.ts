import { describe, expect, it } from 'vitest';
import { applyCaps, type CapEntry, type Caps } from './fee-caps';

const caps = (perPersonScope: Caps['perPersonScope']): Caps => ({
  id: 'caps.test',
  source: { act: 'test' },
  verified: false,
  consultationMinutesPerPerson: 120,
  perPersonScope,
  minutesPerDay: 480,
});
const none = { byDay: {}, byPerson: {} };
const entry = (
  date: string,
  minutes: number,
  personKey: string | null,
  c: Caps | null,
): CapEntry => ({
  date,
  minutes,
  personKey,
  caps: c,
});

describe('applyCaps', () => {
  it('cuts per person over the claim (period), counting prior claims first', () => {
    const c = caps('period');
    const cuts = applyCaps(
      [
        entry('2026-02-10', 60, 'p', c),
        entry('2026-02-11', 60, 'p', c),
        entry('2026-02-11', 60, 'q', c),
      ],
      { byDay: {}, byPerson: { p: 30 } },
    );
    // p: 30 prior + 60 = 90, then 30 of 60 (30 cut); q untouched.
    expect(cuts).toEqual([
      { perPerson: 0, perDay: 0 },
      { perPerson: 30, perDay: 0 },
      { perPerson: 0, perDay: 0 },
    ]);
  });

  it('caps each entry alone under the entry scope, and each person-day under the day scope', () => {
    const twoDays = (c: Caps) =>
      applyCaps(
        [
          entry('2026-02-10', 100, 'p', c),
          entry('2026-02-10', 100, 'p', c),
          entry('2026-02-11', 150, 'p', c),
        ],
        { byDay: {}, byPerson: { p: 500 } },
      ).map((x) => x.perPerson);
    expect(twoDays(caps('entry'))).toEqual([0, 0, 30]);
    expect(twoDays(caps('day'))).toEqual([0, 80, 30]);
    expect(twoDays(caps('period'))).toEqual([100, 100, 150]);
  });

  it('applies the day cap after the per-person cap, to what is left', () => {
    const c = caps('period');
    const cuts = applyCaps([entry('2026-02-10', 200, 'p', c), entry('2026-02-10', 200, 'q', c)], {
      byDay: { '2026-02-10': 300 },
      byPerson: {},
    });
    // p: 200 → 120 by person (80 cut), then the day has 180 left: 120 fit. q: 120 by person, 60 left.
    expect(cuts).toEqual([
      { perPerson: 80, perDay: 0 },
      { perPerson: 80, perDay: 60 },
    ]);
  });

  it('counts uncapped lines towards the day and the person, but never cuts them', () => {
    const c = caps('period');
    const cuts = applyCaps(
      [
        entry('2026-02-10', 500, null, null),
        entry('2026-02-10', 60, null, c),
        entry('2026-02-10', 100, 'p', null),
        entry('2026-02-11', 60, 'p', c),
      ],
      none,
    );
    expect(cuts).toEqual([
      { perPerson: 0, perDay: 0 },
      { perPerson: 0, perDay: 60 },
      { perPerson: 0, perDay: 0 },
      { perPerson: 40, perDay: 0 },
    ]);
  });

  it('ignores prior counts that are negative or not numbers', () => {
    const c = caps('period');
    const cuts = applyCaps([entry('2026-02-10', 500, 'p', c)], {
      byDay: { '2026-02-10': -100 },
      byPerson: { p: Number.NaN },
    });
    expect(cuts).toEqual([{ perPerson: 380, perDay: 0 }]);
  });
});
