/**
 * `server:admin -- semiannual`: the collegium-wide summary from the command line, as a table or
 * CSV, against the registers of reports/aggregate.fixture.ts; bad arguments exit 2 before the
 * database is opened, an unknown collegium exits 1.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db/db';
import { COLLEGIUM, seedRegisters } from '../reports/aggregate.fixture';
import { useSyncTestDb } from '../sync/test-hooks';
import { AdminError, semiannualSummary } from './commands';
import { type CliIo, runCli } from './run';

let db: Db;
useSyncTestDb((opened) => {
  db = opened;
});
beforeEach(async () => {
  await seedRegisters(db);
});

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const written: string[] = [];
  let opened = false;
  const io: CliIo = {
    openDb: async () => {
      opened = true;
      // The CLI closes what it opens; hand it a db whose close does not end the file's.
      return { ...db, kind: db.kind, close: async () => undefined };
    },
    env: {},
    readPassword: async () => '',
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    write: (t) => written.push(t),
  };
  const code = await runCli(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n'), written: written.join(''), opened };
}

const args = ['semiannual', '--collegium', COLLEGIUM, '--year', '2026', '--half', '2'];

describe('semiannual command', () => {
  it('prints the table, in Kazakh unless asked otherwise', async () => {
    const kk = await cli(args);
    expect(kk.code).toBe(0);
    expect(kk.written).toBe('');
    expect(kk.out).toContain('Collegium: мемлекет кепілдік берген заң көмегі туралы жиынтық');
    expect(kk.out).toContain('office-1 (office-1)');
    // office-1's consultations given: town 1, rural 2, not stated 1, total 4 (the fixture's).
    expect(kk.out).toMatch(/Кеңес берілді +1 +2 +1 +4\n/);
    const ru = await cli([...args, '--lang', 'ru']);
    expect(ru.out).toMatch(/Консультаций дано +1 +2 +1 +4\n/);
    expect(ru.out).toContain('Адвокатов, внёсших записи: 5');
  });

  it('writes CSV as it is, CRLF and all', async () => {
    const r = await cli([...args, '--csv', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(r.written.startsWith('\ufeffLegal consultation office;Office id;')).toBe(true);
    const lines = r.written.split('\r\n');
    expect(lines).toHaveLength(1 + 2 + 1 + 1); // header, two offices, total, '' after the last CRLF
    // The total: no id, 5 advocates, consultations given town 3, rural 3, not stated 2, total 8.
    expect(lines[3]!.split(';').slice(0, 7)).toEqual(['Total', '', '5', '3', '3', '2', '8']);
    // Claims: 6 submitted for 22 223,44 ₸, 3 paid for 6 300,50 ₸.
    expect(lines[3]!.split(';').slice(-4)).toEqual(['6', '22223.44', '3', '6300.50']);
  });

  it('bad arguments exit 2 before the database is opened, saying what is wrong', async () => {
    const cases: [string[], RegExp][] = [
      [['semiannual', '--year', '2026', '--half', '2'], /^--collegium is required/],
      [['semiannual', '--collegium', COLLEGIUM, '--half', '2'], /^--year is required/],
      [['semiannual', '--collegium', COLLEGIUM, '--year', '26', '--half', '2'], /^--year must/],
      [['semiannual', '--collegium', COLLEGIUM, '--year', '2026', '--half', '3'], /^--half must/],
      [[...args, '--lang', 'de'], /^--lang must be one of kk, ru, en/],
      [[...args, '--csv=yes'], /--csv/],
    ];
    for (const [argv, message] of cases) {
      const r = await cli(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.opened, argv.join(' ')).toBe(false);
      expect(r.err.split('\n')[0], argv.join(' ')).toMatch(message);
    }
  });

  it('an unknown collegium or a year out of range is refused (exit 1)', async () => {
    const unknown = await cli([
      'semiannual',
      '--collegium',
      'nope',
      '--year',
      '2026',
      '--half',
      '1',
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toBe('Refused: No collegium with id nope');
    const early = await cli([
      'semiannual',
      '--collegium',
      COLLEGIUM,
      '--year',
      '1999',
      '--half',
      '1',
    ]);
    expect(early.code).toBe(1);
    expect(early.err).toMatch(/^Refused: year/);
    await expect(semiannualSummary(db, { collegiumId: ' ', year: 2026, half: 1 })).rejects.toThrow(
      AdminError,
    );
  });
});
