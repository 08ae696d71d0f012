import { describe, expect, it } from 'vitest';
import { parseMachineCpu, parseProcStat, treeDelta } from './proc-cpu';

describe('parseProcStat', () => {
  it('reads ppid and user + system time past a name with spaces and parentheses', () => {
    const line =
      '4242 (postgres: post (x) 1) S 4000 4000 4000 0 -1 4194560 900 0 0 0 150 50 0 0 20 0 1 0 12345 0 0';
    expect(parseProcStat(line, 100)).toEqual({ pid: 4242, ppid: 4000, cpuMs: 2000 });
  });
});

describe('parseMachineCpu', () => {
  it('counts everything but idle and iowait as busy', () => {
    const text = 'cpu  100 10 50 800 40 0 5 5 0 0\ncpu0 1 2 3 4\n';
    expect(parseMachineCpu(text, 100)).toEqual({ busyMs: 1700, totalMs: 10100 });
  });
});

describe('treeDelta', () => {
  it('sums what the processes alive at the end used, new ones from zero', () => {
    const a = new Map([
      [1, 100],
      [2, 50],
    ]);
    const b = new Map([
      [1, 180],
      [3, 30],
    ]);
    expect(treeDelta(a, b)).toBe(110);
  });
});
