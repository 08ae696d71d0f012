import { describe, expect, it } from 'vitest';
import { sumCounters, zeroCounters } from './sum-counters';

describe('sumCounters', () => {
  it('adds every counter and route of the processes', () => {
    const a = {
      ...zeroCounters(),
      requests: 2,
      cpuMs: 10,
      peakRss: 100,
      byRoute: { 'POST /a 200': 2 },
    };
    const b = {
      ...zeroCounters(),
      requests: 3,
      cpuMs: 5,
      peakRss: 50,
      byRoute: { 'POST /a 200': 1, 'POST /b 200': 2 },
    };
    expect(sumCounters([a, b])).toMatchObject({
      requests: 5,
      cpuMs: 15,
      peakRss: 150,
      byRoute: { 'POST /a 200': 3, 'POST /b 200': 2 },
    });
    expect(sumCounters([])).toEqual(zeroCounters());
  });
});
