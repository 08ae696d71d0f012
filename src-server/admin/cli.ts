/**
 * `npm run server:admin -- <command>`: create the collegium, offices and users; list; disable a
 * user; revoke a lost laptop; the collegium's semiannual summary. Opens the same database as
 * the server (config.ts) and applies migrations first, so it also works on a fresh data folder
 * before the server's first start.
 */
import { loadConfig } from '../config';
import { migrate } from '../db/migrate';
import { openConfiguredDb } from '../open-db';
import { readPasswordFromStdin } from './read-secret';
import { runCli } from './run';

void runCli(process.argv.slice(2), {
  openDb: async () => {
    const db = await openConfiguredDb(loadConfig().db);
    try {
      await migrate(db);
    } catch (error) {
      await db.close();
      throw error;
    }
    return db;
  },
  env: process.env,
  readPassword: () => readPasswordFromStdin(),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  write: (text) => process.stdout.write(text),
}).then((code) => {
  process.exitCode = code;
});
