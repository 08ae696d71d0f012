/**
 * The admin CLI's argument parsing and output; the work is in commands.ts. Exit codes:
 * 0 done, 1 refused or failed (unknown id, weak password, taken login…), 2 usage error.
 */
import { parseArgs } from 'node:util';
import type { Db } from '../db/db';
import { serverRoles, type ServerRole } from '../auth/principal';
import {
  AdminError,
  createCollegium,
  createOffice,
  createUser,
  disableUser,
  formatListing,
  list,
  revokeDevice,
  semiannualSummary,
} from './commands';
import { aggregateCsv } from '../reports/aggregate-csv';
import { aggregateTable } from '../reports/aggregate-table';
import { aggregateLocales, type AggregateLocale } from '../reports/aggregate-texts';

export interface CliIo {
  openDb: () => Promise<Db>;
  env: NodeJS.ProcessEnv;
  readPassword: () => Promise<string>;
  out: (line: string) => void;
  err: (line: string) => void;
  /** Text exactly as given (no line end added): the CSV, whose lines end in CRLF. */
  write: (text: string) => void;
}

export const usage = `Qorgau server admin — npm run server:admin -- <command> [options]

  create-collegium --name <name>
  create-office    --collegium <id> --name <name>
  create-user      --login <login> --full-name <name> --role advocate|head|staff
                   --collegium <id> [--office <id>]      (advocate and head need --office;
                                                          staff have none)
                   The password is read from QORGAU_NEW_PASSWORD or standard input,
                   never from the command line.
  list             collegiums, offices, users and devices (no secrets)
  disable-user     --user <id or login>
  revoke-device    --device <id>
  semiannual       --collegium <id> --year <YYYY> --half 1|2 [--csv] [--lang kk|ru|en]
                   The collegium's semiannual summary on SGLA (Rules cl. 5.4), per office,
                   town / rural settlement / not stated, from the registers' plain index
                   fields only (no personal data). A table, or with --csv a CSV for Excel
                   (UTF-8 BOM, ';', CRLF): npm run --silent server:admin -- ... --csv > f.csv
                   Language: --lang, default kk.

Database: DATABASE_URL (PostgreSQL) or QORGAU_DATA_DIR (PGlite folder, default ./server-data),
the same as the server. With PGlite, stop the server first (one process per folder).`;

const options = {
  name: { type: 'string' },
  collegium: { type: 'string' },
  office: { type: 'string' },
  login: { type: 'string' },
  'full-name': { type: 'string' },
  role: { type: 'string' },
  user: { type: 'string' },
  device: { type: 'string' },
  year: { type: 'string' },
  half: { type: 'string' },
  csv: { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

class UsageError extends Error {}

function need(values: Record<string, unknown>, key: string): string {
  const v = values[key];
  if (typeof v !== 'string' || v.trim() === '') throw new UsageError(`--${key} is required`);
  return v;
}

export async function runCli(argv: string[], io: CliIo): Promise<0 | 1 | 2> {
  if (argv.some((a) => a === '--password' || a.startsWith('--password='))) {
    io.err(
      'Passwords are never taken on the command line: set QORGAU_NEW_PASSWORD or pipe it to standard input.',
    );
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const command = positionals[0];
  if (values.help || !command) {
    (command || values.help ? io.out : io.err)(usage);
    return values.help ? 0 : 2;
  }
  if (positionals.length > 1) {
    io.err(`Unexpected argument: ${positionals[1]}\n\n${usage}`);
    return 2;
  }

  let db: Db | undefined;
  try {
    // Check the arguments before opening the database (and before asking for a password).
    const run = prepare(command, values, io);
    db = await io.openDb();
    await run(db);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${usage}`);
      return 2;
    }
    if (error instanceof AdminError) {
      io.err(`Refused: ${error.message}`);
      return 1;
    }
    io.err(`Failed: ${(error as Error).message}`);
    return 1;
  } finally {
    await db?.close().catch(() => undefined);
  }
}

function prepare(
  command: string,
  values: Record<string, unknown>,
  io: CliIo,
): (db: Db) => Promise<void> {
  switch (command) {
    case 'create-collegium': {
      const name = need(values, 'name');
      return async (db) => {
        const { id } = await createCollegium(db, { name });
        io.out(`Collegium created: ${id}`);
      };
    }
    case 'create-office': {
      const collegiumId = need(values, 'collegium');
      const name = need(values, 'name');
      return async (db) => {
        const { id } = await createOffice(db, { collegiumId, name });
        io.out(`Office created: ${id}`);
      };
    }
    case 'create-user': {
      const login = need(values, 'login');
      const fullName = need(values, 'full-name');
      const role = need(values, 'role');
      if (!serverRoles.includes(role as ServerRole)) {
        throw new UsageError(`--role must be one of ${serverRoles.join(', ')}`);
      }
      const collegiumId = need(values, 'collegium');
      const officeId = typeof values.office === 'string' ? values.office : null;
      return async (db) => {
        const password = io.env.QORGAU_NEW_PASSWORD || (await io.readPassword());
        if (!password)
          throw new AdminError('No password given (QORGAU_NEW_PASSWORD or standard input).');
        const u = await createUser(db, {
          login,
          fullName,
          role: role as ServerRole,
          collegiumId,
          officeId,
          password,
        });
        io.out(`User created: ${u.id} (login ${u.login})`);
      };
    }
    case 'list':
      return async (db) => io.out(formatListing(await list(db)));
    case 'disable-user': {
      const user = need(values, 'user');
      return async (db) => {
        const { id } = await disableUser(db, { user });
        io.out(`User disabled: ${id}`);
      };
    }
    case 'revoke-device': {
      const deviceId = need(values, 'device');
      return async (db) => {
        const r = await revokeDevice(db, { deviceId });
        io.out(r.alreadyRevoked ? `Device ${r.id} was already revoked` : `Device revoked: ${r.id}`);
      };
    }
    case 'semiannual': {
      const collegiumId = need(values, 'collegium');
      const year = need(values, 'year');
      if (!/^\d{4}$/.test(year)) throw new UsageError('--year must be a year, e.g. 2026');
      const half = need(values, 'half');
      if (half !== '1' && half !== '2') throw new UsageError('--half must be 1 or 2');
      const lang = typeof values.lang === 'string' ? values.lang : 'kk';
      if (!(aggregateLocales as readonly string[]).includes(lang)) {
        throw new UsageError(`--lang must be one of ${aggregateLocales.join(', ')}`);
      }
      const locale = lang as AggregateLocale;
      return async (db) => {
        const summary = await semiannualSummary(db, {
          collegiumId,
          year: Number(year),
          half: half === '1' ? 1 : 2,
        });
        if (values.csv === true) io.write(aggregateCsv(summary, locale));
        else io.out(aggregateTable(summary, locale));
      };
    }
    default:
      throw new UsageError(`Unknown command: ${command}`);
  }
}
