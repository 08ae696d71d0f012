import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  officeLoadReport,
  officeLoadSchema,
  officeRequestSchema,
  rankOffices,
  type OfficeLoad,
} from './office-rule';

const office = (
  officeId: string,
  name: string,
  territories: string[],
  specialisations: OfficeLoad['specialisations'],
  activeAdvocates: number,
  appointmentsThisMonth: number,
): OfficeLoad => ({
  officeId,
  name,
  territories,
  specialisations,
  activeAdvocates,
  appointmentsThisMonth,
});

// An Almaty collegium: four offices serve Almaly district, one Bostandyk; o5 has nobody left.
const offices = [
  office('o6', 'ЮК № 6 Алмалы', ['Алмалинский район'], ['criminal'], 3, 9), // 3 per advocate
  office('o2', 'ЮК № 2 Алмалы', [' алмалинский   РАЙОН '], ['civil'], 4, 4), // 1
  office('o5', 'ЮК № 5 Алмалы', ['Алмалинский район'], ['criminal'], 0, 0),
  office('o3', 'ЮК № 3 Бостандык', ['Бостандыкский район'], ['criminal', 'juvenile'], 3, 1), // 1/3
  office('o4', 'ЮК № 4 Алмалы', ['Алмалинский район', 'Жетысуский район'], ['criminal'], 6, 12), // 2
  office('o1', 'ЮК № 1 Алмалы', ['Алмалинский район'], ['criminal', 'civil'], 5, 10), // 2
];
const request = { territory: 'Алмалинский район', specialisation: 'criminal' as const };

describe('rankOffices', () => {
  const ranked = rankOffices(offices, request);
  const summary = ranked.map((r) => [r.officeId, r.rank, r.reasons, r.noActiveAdvocates]);

  it('puts territory first, then specialisation, then the lowest load per advocate, then the name', () => {
    expect(summary).toEqual([
      ['o1', 1, ['territory-match', 'specialisation-match', 'lowest-load'], false],
      ['o4', 2, ['territory-match', 'specialisation-match', 'lowest-load'], false],
      ['o6', 3, ['territory-match', 'specialisation-match'], false],
      // Alone in its group: its place is owed to the territory, not to its low load.
      ['o2', 4, ['territory-match'], false],
      ['o3', 5, ['specialisation-match'], false],
      ['o5', 6, ['territory-match', 'specialisation-match'], true],
    ]);
  });

  it('reports each office’s load per advocate', () => {
    const load = Object.fromEntries(ranked.map((r) => [r.officeId, r.loadPerAdvocate]));
    expect(load).toEqual({ o1: 2, o4: 2, o6: 3, o2: 1, o3: 1 / 3, o5: null });
  });

  it('matches nothing by territory when the request has none, and ranks by load then', () => {
    const byLoad = rankOffices(offices, { territory: ' ' });
    expect(byLoad.map((r) => r.officeId)).toEqual(['o3', 'o2', 'o1', 'o4', 'o6', 'o5']);
    expect(byLoad[0]!.reasons).toEqual(['lowest-load']);
    expect(byLoad.every((r) => !r.reasons.includes('territory-match'))).toBe(true);
  });

  it('compares loads as exact fractions and names in natural order', () => {
    const tie = rankOffices(
      [
        office('b', 'ЮК № 10', ['Сарыарка'], [], 6, 2),
        office('a', 'ЮК № 9', ['Сарыарка'], [], 3, 1),
      ],
      { territory: 'Сарыарка' },
    );
    expect(tie.map((r) => r.name)).toEqual(['ЮК № 9', 'ЮК № 10']);
    expect(tie.map((r) => r.reasons)).toEqual([
      ['territory-match', 'lowest-load'],
      ['territory-match', 'lowest-load'],
    ]);
  });

  it('does not depend on the order the offices are given in', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(offices, { minLength: offices.length }), (shuffled) => {
        expect(rankOffices(shuffled, request)).toEqual(ranked);
      }),
    );
  });

  it('validates offices and requests arriving from outside', () => {
    expect(officeLoadSchema.safeParse(offices[0]).success).toBe(true);
    expect(officeLoadSchema.safeParse({ ...offices[0], activeAdvocates: -1 }).success).toBe(false);
    expect(officeLoadSchema.safeParse({ ...offices[0], specialisations: ['tax'] }).success).toBe(
      false,
    );
    expect(officeRequestSchema.parse({ territory: ' Алмалы ' })).toEqual({ territory: 'Алмалы' });
  });
});

describe('officeLoadReport', () => {
  it('gives each office its load per advocate and the spread over staffed offices', () => {
    const { rows, spread } = officeLoadReport(offices);
    expect(rows.map((r) => [r.officeId, r.loadPerAdvocate])).toEqual([
      ['o6', 3],
      ['o2', 1],
      ['o5', null],
      ['o3', 1 / 3],
      ['o4', 2],
      ['o1', 2],
    ]);
    // Loads 1/3, 1, 2, 2, 3: ordered pair differences 76/3, n = 5, sum 25/3 → 76 / 250.
    expect(spread.min).toBeCloseTo(1 / 3, 12);
    expect(spread.max).toBe(3);
    expect(spread.spread).toBeCloseTo(8 / 3, 12);
    expect(spread.gini).toBeCloseTo(0.304, 12);
  });

  it('is empty for no offices', () => {
    expect(officeLoadReport([])).toEqual({
      rows: [],
      spread: { min: 0, max: 0, spread: 0, gini: 0 },
    });
  });
});
