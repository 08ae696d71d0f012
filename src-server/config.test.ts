import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, describeDb, loadConfig } from './config';
import { DbLockedError, openConfiguredDb } from './open-db';

describe('loadConfig', () => {
  it('defaults: loopback:8787, PGlite in ./server-data', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 8787, host: '127.0.0.1', logLevel: 'info', trustProxy: false });
    expect(c.db).toEqual({ kind: 'pglite', dataDir: path.resolve('server-data') });
  });

  it('DATABASE_URL selects PostgreSQL; an empty one means unset', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://q:secret@db:5432/qorgau' }).db).toEqual({
      kind: 'postgres',
      url: 'postgres://q:secret@db:5432/qorgau',
    });
    expect(loadConfig({ DATABASE_URL: '' }).db.kind).toBe('pglite');
    expect(describeDb({ kind: 'postgres', url: 'postgres://q:secret@db:5432/qorgau' })).toBe(
      'PostgreSQL at db:5432/qorgau',
    );
  });

  it('refuses bad values loudly', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
    expect(loadConfig({ PORT: '9000', TRUST_PROXY: '1', LOG_LEVEL: 'debug' })).toMatchObject({
      port: 9000,
      trustProxy: true,
      logLevel: 'debug',
    });
  });
});

describe('openConfiguredDb (PGlite folder)', () => {
  it('one process per folder: a live lock refuses, a stale one is taken over', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qorgau-db-'));
    try {
      // A lock held by another live process (our parent stands in for it).
      writeFileSync(path.join(dir, 'server.lock'), String(process.ppid));
      await expect(openConfiguredDb({ kind: 'pglite', dataDir: dir })).rejects.toThrow(
        DbLockedError,
      );
      // A lock left by a process that is gone.
      writeFileSync(path.join(dir, 'server.lock'), '999999999');
      const db = await openConfiguredDb({ kind: 'pglite', dataDir: dir });
      expect((await db.query<{ n: number }>('SELECT 1 AS n')).rows).toEqual([{ n: 1 }]);
      await db.close();
      // Released on close: it opens again.
      const again = await openConfiguredDb({ kind: 'pglite', dataDir: dir });
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
