import { describe, expect, it } from 'vitest';
import { goalsOf, goalsTable } from './goals';

const sync = {
  pouch: {
    ratios: [
      { phase: 'A first sync', pouch: 'leveldb/idb', backend: 'postgres', wall: 3.4, bytes: 0.14 },
      { phase: 'A first sync', pouch: 'leveldb/idb', backend: 'pglite', wall: 0.62, bytes: 0.6 },
      { phase: 'B first pull', pouch: 'leveldb/idb', backend: 'pglite', wall: 9, bytes: 0.1 },
    ],
  },
};
const register = {
  options: { n: 100000, codec: 'encrypted' },
  search: { p95: 24.5 },
  plain: { search: { p95: 31 } },
};
const load = {
  days: [{ advocates: 5000, connections: 50, both: { rps: 1200.4, latency: { p99: 260 } } }],
};

describe('performance goals', () => {
  it('reads each goal from its part and judges it against the issue’s target', () => {
    const goals = goalsOf({ sync, register, load });
    expect(goals.map((g) => [g.measured, g.meets])).toEqual([
      ['×3.40', true],
      ['×0.14', true],
      ['×0.62', false],
      ['×0.60', false],
      ['24.5 ms', true],
      ['31.0 ms', false],
      ['1,200 req/s at p99 260 ms', false],
    ]);
    expect(goalsTable(goals)).toContain('| **misses** |');
  });

  it('says "not measured" rather than guessing', () => {
    const goals = goalsOf({
      register: { options: {}, search: {} },
      load: { days: [{ both: {} }] },
    });
    expect(goals.map((g) => [g.measured, g.meets])).toEqual([
      ['not measured', null],
      ['not measured', null],
    ]);
    expect(goalsOf({})).toEqual([]);
  });
});
