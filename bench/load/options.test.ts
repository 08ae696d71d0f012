import { describe, expect, it } from 'vitest';
import { parseLoadOptions, type LoadOptions } from './options';

const pg = { QORGAU_TEST_DATABASE_URL: 'postgres://postgres@127.0.0.1:1/postgres' };
const parse = (argv: string[], env: NodeJS.ProcessEnv = pg) =>
  parseLoadOptions(argv, env) as LoadOptions;

describe('parseLoadOptions', () => {
  it("defaults to issue 10's run on PostgreSQL", () => {
    const o = parse([]);
    expect(o).toMatchObject({
      advocates: 5000,
      offices: 250,
      history: 20,
      opsPerPush: 8,
      connections: [50],
      backend: 'postgres',
      poolMax: 10,
      workers: 1,
      echoes: true,
    });
    expect(o.pgUrl).toBe(pg.QORGAU_TEST_DATABASE_URL);
    expect(o.command).toBe('npx tsx bench/load.bench.ts');
  });

  it('takes a sweep of connections and the npm command', () => {
    const o = parse(['--connections=25,50, 100', '--no-echoes', '--out=x.json'], {
      ...pg,
      npm_lifecycle_event: 'bench:load',
    });
    expect(o.connections).toEqual([25, 50, 100]);
    expect(o.echoes).toBe(false);
    expect(o.out).toBe('x.json');
    expect(o.command).toBe(
      'npm run bench:load -- --connections=25,50, 100 --no-echoes --out=x.json',
    );
  });

  it('refuses what cannot run', () => {
    expect(() => parse([], {})).toThrow(/QORGAU_TEST_DATABASE_URL/);
    expect(() => parse(['--backend=pglite', '--workers=2'], {})).toThrow(/PostgreSQL/);
    expect(() => parse(['--advocates=10', '--offices=11'])).toThrow(/offices/);
    expect(() => parse(['--connections=0'])).toThrow(/connections/);
    expect(() => parse(['--bogus'])).toThrow(/unknown flag/);
    expect(parseLoadOptions(['--help'], {})).toBe('help');
  });

  it('runs on PGlite without a PostgreSQL', () => {
    const o = parse(['--backend=pglite', '--advocates=100', '--offices=5'], {});
    expect(o.backend).toBe('pglite');
    expect(o.pgUrl).toBeUndefined();
  });
});
