/**
 * Opens the configured database for the server or the admin CLI.
 *
 * PGlite is one process's database: two processes opening the same folder would corrupt it.
 * So the data folder holds the PGlite files in `pglite/` and a `server.lock` with the owner's
 * pid, taken exclusively; the second opener (say, the admin CLI while the server runs) is
 * refused with a message instead. A lock left by a crashed process is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DbConfig } from './config';
import type { Db } from './db/db';
import { openPglite } from './db/pglite';
import { openPostgres } from './db/postgres';

export class DbLockedError extends Error {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else — still alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function takeLock(file: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
        throw new DbLockedError(
          `The data folder is in use by process ${pid} (${file}). PGlite allows one process at a time: stop the server before running the admin CLI, or use PostgreSQL (DATABASE_URL).`,
        );
      }
      rmSync(file, { force: true }); // stale: its owner is gone
    }
  }
  throw new DbLockedError(`Could not lock ${file}`);
}

export async function openConfiguredDb(config: DbConfig): Promise<Db> {
  if (config.kind === 'postgres') return openPostgres(config.url);
  mkdirSync(config.dataDir, { recursive: true });
  const release = takeLock(path.join(config.dataDir, 'server.lock'));
  try {
    const db = await openPglite(path.join(config.dataDir, 'pglite'));
    return {
      ...db,
      close: async () => {
        try {
          await db.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
