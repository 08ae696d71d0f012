import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addEchoes, echoesAbove, pruneEchoes } from './echo-ranges';

describe('echo ranges', () => {
  it('merges adjacent and overlapping revisions into sorted ranges', () => {
    expect(addEchoes([], [3, 1, 2, 7, 9, 8, 5])).toEqual([
      [1, 3],
      [5, 5],
      [7, 9],
    ]);
    expect(addEchoes([[1, 3]], [4, 6])).toEqual([
      [1, 4],
      [6, 6],
    ]);
    expect(addEchoes([[10, 20]], [15])).toEqual([[10, 20]]);
  });

  it('keeps the lowest ranges when over the cap (a pull consumes from below)', () => {
    expect(addEchoes([], [1, 3, 5, 7], 2)).toEqual([
      [1, 1],
      [3, 3],
    ]);
  });

  it('covers exactly the revisions added (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 200 }), { maxLength: 80 }), (revs) => {
        const ranges = addEchoes([], revs, 1000);
        const covered = new Set<number>();
        for (const [lo, hi] of ranges) for (let r = lo; r <= hi; r++) covered.add(r);
        expect([...covered].sort((a, b) => a - b)).toEqual(
          [...new Set(revs)].sort((a, b) => a - b),
        );
        for (let i = 1; i < ranges.length; i++)
          expect(ranges[i]![0]).toBeGreaterThan(ranges[i - 1]![1] + 1);
      }),
    );
  });

  it('a pull uses and keeps only the ranges above its revision', () => {
    const r = addEchoes([], [1, 2, 5, 6, 9]);
    expect(echoesAbove(r, 2)).toEqual([
      [5, 6],
      [9, 9],
    ]);
    expect(pruneEchoes(r, 5)).toEqual([
      [5, 6],
      [9, 9],
    ]);
    expect(pruneEchoes(r, 9)).toEqual([]);
  });
});
