import { describe, expect, it } from 'vitest';
import { parseArgs } from './cli.mjs';

describe('register bench flags', () => {
  it('defaults to 100 000 entries, encrypted as shipped', () => {
    const o = parseArgs([]);
    expect(o).toMatchObject({ n: 100_000, scan: 20, batch: 5_000, codec: 'encrypted', out: null });
    expect(o.codecs).toEqual(['encrypted']);
    expect(o.noticesOnly).toBe(false);
  });

  it('reads every flag, npm’s "--" and underscores in numbers', () => {
    const o = parseArgs([
      '--',
      '--n=5_000',
      '--scan=10',
      '--batch=1000',
      '--codec=plain',
      '--out=x/r.json',
    ]);
    expect(o).toMatchObject({ n: 5000, scan: 10, batch: 1000, codec: 'plain', out: 'x/r.json' });
    expect(o.codecs).toEqual(['plain']);
    expect(parseArgs(['--notices-only']).noticesOnly).toBe(true);
    expect(parseArgs(['--help']).help).toBe(true);
  });

  it('runs encrypted first when both codecs are asked for', () => {
    expect(parseArgs(['--codec=both']).codecs).toEqual(['encrypted', 'plain']);
  });

  it('refuses what it does not know instead of ignoring a typo', () => {
    expect(() => parseArgs(['--n=0'])).toThrow(/positive integer/);
    expect(() => parseArgs(['--n=1.5'])).toThrow(/positive integer/);
    expect(() => parseArgs(['--codec=aes'])).toThrow(/--codec/);
    expect(() => parseArgs(['--out=r.txt'])).toThrow(/\.json/);
    expect(() => parseArgs(['--records=5'])).toThrow(/unknown flag/);
    expect(() => parseArgs(['fast'])).toThrow(/unknown argument/);
  });
});
