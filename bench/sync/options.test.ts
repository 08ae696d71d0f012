import { describe, expect, it } from 'vitest';
import { parseOptions } from './options';

describe('sync bench options', () => {
  it('defaults meet issue 6: 50 000 records, 100 changed, PostgreSQL when the script gives one', () => {
    const o = parseOptions([], { QORGAU_TEST_DATABASE_URL: 'postgres://x@127.0.0.1:1/postgres' });
    expect(o).toMatchObject({ records: 50_000, changed: 100, users: 500, durationS: 20 });
    expect(o.backends).toEqual(['pglite', 'postgres']);
    expect(o.throughputBackends).toEqual(['postgres']);
    const alone = parseOptions([], {});
    expect(alone.backends).toEqual(['pglite']);
    expect(alone.throughputBackends).toEqual(['pglite']);
  });

  it('reads flags and refuses what it cannot run', () => {
    const o = parseOptions(
      ['--records=2000', '--duration=5', '--throughput=none', '--cpu-prof'],
      {},
    );
    expect(o).toMatchObject({ records: 2000, durationS: 5, throughputBackends: [], cpuProf: true });
    expect(() => parseOptions(['--backends=postgres'], {})).toThrow(/QORGAU_TEST_DATABASE_URL/);
    expect(() => parseOptions(['--records=0'], {})).toThrow(/records/);
    expect(() => parseOptions(['--recrods=5'], {})).toThrow(/unknown flag/);
    expect(parseOptions([], { npm_lifecycle_event: 'bench:sync' }).command).toBe(
      'npm run bench:sync',
    );
    expect(parseOptions(['--records=9'], {}).command).toBe(
      'npx tsx bench/sync.bench.ts --records=9',
    );
    // Never more corrections than records to correct.
    expect(parseOptions(['--records=50'], {}).changed).toBe(45);
    expect(parseOptions(['--out=x/sync.json'], {}).out).toBe('x/sync.json');
    expect(parseOptions([], {}).out).toBeUndefined();
    expect(() => parseOptions(['--out=x/sync.md'], {})).toThrow(/\.json/);
  });

  it('runs PouchDB side by side unless told not to', () => {
    expect(parseOptions([], {}).pouch).toEqual([
      { server: 'leveldb', client: 'idb' },
      { server: 'memory', client: 'memory' },
    ]);
    expect(parseOptions(['--pouch=leveldb/memory'], {}).pouch).toEqual([
      { server: 'leveldb', client: 'memory' },
    ]);
    expect(parseOptions(['--pouch=none'], {}).pouch).toEqual([]);
    expect(parseOptions(['--no-first-sync'], {}).pouch).toEqual([]);
    expect(() => parseOptions(['--pouch=couchdb/idb'], {})).toThrow(/--pouch/);
  });
});
