import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { verifyPassword } from '../auth/password';
import { migrate } from '../db/migrate';
import { openPglite } from '../db/pglite';
import { FAST_SCRYPT, type Fixture, fixture, PASSWORD } from '../test-support';
import {
  AdminError,
  createCollegium,
  createOffice,
  createUser,
  disableUser,
  formatListing,
  list,
  revokeDevice,
} from './commands';
import { type CliIo, runCli } from './run';

let f: Fixture;
beforeAll(async () => {
  f = await fixture();
});
afterAll(async () => {
  await f.db.close();
});
beforeEach(() => f.reset());

const user = (over: Partial<Parameters<typeof createUser>[1]> = {}) =>
  createUser(
    f.db,
    {
      login: 'aigerim',
      fullName: 'Айгерім Серікова',
      role: 'advocate',
      collegiumId: f.collegiumId,
      officeId: f.officeId,
      password: PASSWORD,
      ...over,
    },
    FAST_SCRYPT,
  );

describe('admin commands', () => {
  it('create a collegium and an office with UUIDv7 ids', async () => {
    const c = await createCollegium(f.db, { name: 'Жамбыл облысының адвокаттар алқасы' });
    expect(c.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const o = await createOffice(f.db, { collegiumId: c.id, name: 'Тараз қ. №3 ЗК' });
    const { rows } = await f.db.query('SELECT collegium_id, name FROM offices WHERE id = $1', [
      o.id,
    ]);
    expect(rows).toEqual([{ collegium_id: c.id, name: 'Тараз қ. №3 ЗК' }]);
  });

  it('refuses an office for a collegium that does not exist, and empty names', async () => {
    await expect(createOffice(f.db, { collegiumId: 'nope', name: 'X' })).rejects.toThrow(
      AdminError,
    );
    await expect(createCollegium(f.db, { name: '  ' })).rejects.toThrow(AdminError);
  });

  it('creates a user with a lower-cased login and a scrypt hash, never the password', async () => {
    const u = await user({ login: 'Aigerim.S' });
    expect(u.login).toBe('aigerim.s');
    const { rows } = await f.db.query<{ password_hash: string; disabled: boolean }>(
      'SELECT password_hash, disabled FROM users WHERE id = $1',
      [u.id],
    );
    expect(rows[0]!.password_hash).toMatch(/^scrypt\$/);
    expect(rows[0]!.password_hash).not.toContain(PASSWORD);
    expect(await verifyPassword(PASSWORD, rows[0]!.password_hash)).toBe(true);
    expect(rows[0]!.disabled).toBe(false);
  });

  it('refuses a missing or weak password', async () => {
    await expect(user({ password: '' })).rejects.toThrow(/password/i);
    await expect(user({ password: 'short1' })).rejects.toThrow(/too weak/);
    await expect(user({ password: 'Aigerim-2024-x' })).rejects.toThrow(/login/);
  });

  it('refuses a taken login (case-insensitively) and a malformed one', async () => {
    await user();
    await expect(user({ login: 'AIGERIM' })).rejects.toThrow(/taken/);
    await expect(user({ login: 'a b' })).rejects.toThrow(AdminError);
    await expect(user({ login: 'ай' })).rejects.toThrow(AdminError);
  });

  it('an advocate or head needs an office of their own collegium', async () => {
    await expect(user({ officeId: null })).rejects.toThrow(/needs --office/);
    await expect(user({ role: 'head', officeId: 'missing' })).rejects.toThrow(/No office/);
    const other = await createCollegium(f.db, { name: 'Другая коллегия' });
    const foreign = await createOffice(f.db, { collegiumId: other.id, name: 'Чужая ЮК' });
    await expect(user({ officeId: foreign.id })).rejects.toThrow(/another collegium/);
  });

  it('collegium staff have no office (decision: staff access is collegium-wide)', async () => {
    await expect(user({ role: 'staff' })).rejects.toThrow(/no office/);
    const s = await user({ role: 'staff', login: 'staffer', officeId: null });
    const { rows } = await f.db.query('SELECT office_id FROM users WHERE id = $1', [s.id]);
    expect(rows).toEqual([{ office_id: null }]);
  });

  it('disables a user by login or id; revokes a device once', async () => {
    const u = await user();
    expect(await disableUser(f.db, { user: 'AIGERIM' })).toEqual({ id: u.id });
    await expect(disableUser(f.db, { user: 'ghost' })).rejects.toThrow(AdminError);
    await f.db.query(
      "INSERT INTO devices (id, user_id, name, token_hash) VALUES ('d1', $1, 'laptop', 'h')",
      [u.id],
    );
    expect(await revokeDevice(f.db, { deviceId: 'd1' })).toEqual({
      id: 'd1',
      alreadyRevoked: false,
    });
    expect(await revokeDevice(f.db, { deviceId: 'd1' })).toEqual({
      id: 'd1',
      alreadyRevoked: true,
    });
    await expect(revokeDevice(f.db, { deviceId: 'd2' })).rejects.toThrow(AdminError);
  });

  it('lists everything without password or token hashes', async () => {
    const u = await user();
    await f.db.query(
      "INSERT INTO devices (id, user_id, name, token_hash) VALUES ('d1', $1, 'laptop', 'TOKENHASH')",
      [u.id],
    );
    const l = await list(f.db);
    expect(l.users).toEqual([expect.objectContaining({ login: 'aigerim', role: 'advocate' })]);
    expect(l.devices).toEqual([
      expect.objectContaining({ id: 'd1', userLogin: 'aigerim', revoked: false }),
    ]);
    const text = formatListing(l);
    expect(text).toContain('aigerim');
    expect(text).not.toMatch(/scrypt|TOKENHASH/);
    expect(JSON.stringify(l)).not.toMatch(/scrypt|TOKENHASH/);
  });
});

describe('runCli', () => {
  async function cli(argv: string[], env: NodeJS.ProcessEnv = {}, stdin = '') {
    const out: string[] = [];
    const err: string[] = [];
    let opened = false;
    const io: CliIo = {
      openDb: async () => {
        opened = true;
        // The CLI closes what it opens; hand it a db whose close does not end the fixture's.
        return { ...f.db, kind: f.db.kind, close: async () => undefined };
      },
      env,
      readPassword: async () => stdin,
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      write: (t) => out.push(t),
    };
    const code = await runCli(argv, io);
    return { code, out: out.join('\n'), err: err.join('\n'), opened };
  }

  it('creates the first collegium, office and head from the command line', async () => {
    const c = await cli(['create-collegium', '--name', 'Алқа']);
    expect(c.code).toBe(0);
    const collegiumId = /: (\S+)$/.exec(c.out)![1]!;
    const o = await cli(['create-office', '--collegium', collegiumId, '--name', 'ЗК №1']);
    expect(o.code).toBe(0);
    const officeId = /: (\S+)$/.exec(o.out)![1]!;
    const args = [
      'create-user',
      '--login',
      'bolat',
      '--full-name',
      'Болат Ахметов',
      '--role',
      'head',
      '--collegium',
      collegiumId,
      '--office',
      officeId,
    ];
    const viaEnv = await cli(args, { QORGAU_NEW_PASSWORD: PASSWORD });
    expect(viaEnv.code).toBe(0);
    expect(viaEnv.out).toMatch(/User created: .* \(login bolat\)/);
    const viaStdin = await cli([...args.slice(0, 2), 'bolat2', ...args.slice(3)], {}, PASSWORD);
    expect(viaStdin.code).toBe(0);
  });

  it('refuses a password on the command line (exit 2) and a missing one (exit 1)', async () => {
    const base = [
      'create-user',
      '--login',
      'x1234',
      '--full-name',
      'X',
      '--role',
      'staff',
      '--collegium',
      f.collegiumId,
    ];
    const onCli = await cli([...base, '--password', PASSWORD]);
    expect(onCli.code).toBe(2);
    expect(onCli.opened).toBe(false);
    const missing = await cli(base, {}, '');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/No password/);
  });

  it('usage errors exit 2 before touching the database; refusals exit 1', async () => {
    for (const argv of [
      [],
      ['frob'],
      ['create-office', '--name', 'x'],
      ['list', 'extra'],
      ['create-user', '--role', 'boss'],
    ]) {
      const r = await cli(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.opened).toBe(false);
    }
    expect((await cli(['--help'])).code).toBe(0);
    expect((await cli(['create-office', '--collegium', 'missing', '--name', 'x'])).code).toBe(1);
    expect((await cli(['list'])).code).toBe(0);
  });
});

describe('a fresh database', () => {
  it('the CLI functions work right after migrations', async () => {
    const db = await openPglite();
    await migrate(db);
    const c = await createCollegium(db, { name: 'A' });
    expect((await list(db)).collegiums).toEqual([{ id: c.id, name: 'A' }]);
    await db.close();
  });
});
