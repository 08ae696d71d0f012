import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { BackupError, type BackupErrorCode } from '../../src-shared/backup/backup-errors';
import { parseBackupFile, sealBackupFile } from '../../src-shared/backup/backup-file';
import { countsOf } from '../../src-shared/backup/backup-payload';
import {
  exportRecoveryPrivateKeyText,
  generateRecoveryKeyPair,
} from '../../src-shared/security/vault/recovery-key';
import { fromUtf8, utf8 } from '../../src-shared/security/vault/bytes';
import { AppDb } from '../db/app-db';
import { NOW, PASSWORD, laptop, laptopWith, userWithRegister } from './backup.fixture';
import { makeBackup } from './make-backup';
import type { BackupSecret } from './restore-common';
import { restoreAsNewUser, type NewUserDeps } from './restore-new-user';
import { restoreOverCurrent } from './restore-over-current';
import { readSnapshot } from './snapshot';

async function code(p: Promise<unknown>): Promise<BackupErrorCode> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(BackupError);
  return (err as BackupError).code;
}

const password: BackupSecret = { kind: 'password', password: PASSWORD };

/** A fresh laptop; after the attempt, it must still have no user and no register database. */
async function freshLaptopRefuses(
  bytes: Uint8Array,
  secret: BackupSecret,
  deps: Partial<NewUserDeps> = {},
): Promise<BackupErrorCode> {
  const l = laptop();
  await l.directory.list(); // the laptop's own directory database exists before the attempt
  const dbsBefore = await Dexie.getDatabaseNames();
  const result = await code(
    restoreAsNewUser({ file: parseBackupFile(bytes), secret, deps: { ...l.deps, ...deps } }),
  );
  expect((await l.directory.list()).users).toEqual([]);
  expect(await Dexie.getDatabaseNames()).toEqual(dbsBefore);
  expect(l.session.getSnapshot().status).toBe('loading');
  return result;
}

function editHeader(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const first = bytes.indexOf(0x0a);
  const second = bytes.indexOf(0x0a, first + 1);
  const header = fromUtf8(bytes.subarray(first + 1, second));
  expect(header).toContain(from);
  const edited = utf8(header.replace(from, to));
  const out = new Uint8Array(first + 1 + edited.length + bytes.length - second);
  out.set(bytes.subarray(0, first + 1));
  out.set(edited, first + 1);
  out.set(bytes.subarray(second), first + 1 + edited.length);
  return out;
}

describe('restore as a new user refuses, and leaves nothing behind', () => {
  it('a wrong password, an edited header, a truncated or flipped file', async () => {
    const u = await userWithRegister();
    const { bytes, header } = await makeBackup(u.db, u, '0.9.0', NOW);
    const wrong: BackupSecret = { kind: 'password', password: 'not the password' };
    expect(await freshLaptopRefuses(bytes, wrong)).toBe('wrong-password');
    const n = header.counts['consultations'];
    const edited = editHeader(bytes, `"consultations":${n}`, `"consultations":${n! + 1}`);
    expect(await freshLaptopRefuses(edited, password)).toBe('tampered');
    expect(await freshLaptopRefuses(bytes.subarray(0, bytes.length - 100), password)).toBe(
      'tampered',
    );
    const flipped = bytes.slice();
    flipped[bytes.length - 200] = flipped[bytes.length - 200]! ^ 0x80;
    expect(await freshLaptopRefuses(flipped, password)).toBe('tampered');
    await u.db.delete();
  });

  it('a wrong, mistyped or missing office recovery key, and a weak new password', async () => {
    const u = await userWithRegister({ recovery: true });
    const plain = await userWithRegister();
    const { bytes } = await makeBackup(u.db, u, '0.9.0', NOW);
    const other = await exportRecoveryPrivateKeyText(await generateRecoveryKeyPair());
    const recovery = (recoveryText: string, newPassword = 'жаңа құпия сөз 2027'): BackupSecret => ({
      kind: 'recovery',
      recoveryText,
      newPassword,
    });
    expect(await freshLaptopRefuses(bytes, recovery(other))).toBe('wrong-recovery-key');
    const typo = u.recoveryText!.replace(
      /CHECK: (\w)/,
      (_, c: string) => `CHECK: ${c === 'a' ? 'b' : 'a'}`,
    );
    expect(await freshLaptopRefuses(bytes, recovery(typo))).toBe('recovery-text');
    expect(await freshLaptopRefuses(bytes, recovery(u.recoveryText!, 'қысқа'))).toBe(
      'weak-password',
    );
    const unsealed = await makeBackup(plain.db, plain, '0.9.0', NOW);
    expect(await freshLaptopRefuses(unsealed.bytes, recovery(u.recoveryText!))).toBe(
      'no-recovery-key',
    );
    await u.db.delete();
    await plain.db.delete();
  });

  it('a file from a newer version with a table this one does not know', async () => {
    const u = await userWithRegister();
    const { header } = await makeBackup(u.db, u, '0.9.0', NOW);
    const { tables } = await readSnapshot(u.db);
    const newer = { ...tables, futureRegister: [{ id: 'x' }] };
    const bytes = await sealBackupFile(
      { ...header, counts: countsOf(newer) },
      newer,
      u.vault.dataKey,
    );
    expect(await freshLaptopRefuses(bytes, password)).toBe('newer-version');
    await u.db.delete();
  });

  it('a store that reads back different, and a session that fails at the last step', async () => {
    const u = await userWithRegister();
    const { bytes } = await makeBackup(u.db, u, '0.9.0', NOW);
    const corrupting = (name: string) => {
      const db = new AppDb(name);
      // Stands for any storage fault: a row is not stored as given.
      db.consultations.hook('creating', (_key, row) => void (row.status = 'changed'));
      return db;
    };
    expect(await freshLaptopRefuses(bytes, password, { openDb: corrupting })).toBe('not-identical');
    // Written and verified, then the session fails to open it: the entry and database go too.
    const l = laptop();
    await l.directory.list();
    const dbsBefore = await Dexie.getDatabaseNames();
    const failing = {
      unlockWithPassword: () => Promise.reject(new Error('disk full')),
      recover: () => Promise.reject(new Error('disk full')),
    };
    await expect(
      restoreAsNewUser({
        file: parseBackupFile(bytes),
        secret: password,
        deps: { ...l.deps, session: failing },
      }),
    ).rejects.toThrow(/^disk full$/);
    expect((await l.directory.list()).users).toEqual([]);
    expect(await Dexie.getDatabaseNames()).toEqual(dbsBefore);
    await u.db.delete();
  });

  it('a person already on this laptop (restored over from their own Settings instead)', async () => {
    const u = await userWithRegister();
    const { bytes } = await makeBackup(u.db, u, '0.9.0', NOW);
    const l = await laptopWith(u);
    expect(
      await code(
        restoreAsNewUser({ file: parseBackupFile(bytes), secret: password, deps: l.deps }),
      ),
    ).toBe('already-here');
    await u.db.delete();
  });
});

describe('restore over the current user refuses, and changes nothing', () => {
  async function overCurrentRefuses(
    u: Awaited<ReturnType<typeof userWithRegister>>,
    bytes: Uint8Array,
    pw = PASSWORD,
  ): Promise<BackupErrorCode> {
    const l = await laptopWith(u);
    const rows = JSON.stringify((await readSnapshot(u.db)).tables);
    const dbsBefore = await Dexie.getDatabaseNames();
    let closed = false;
    const result = await code(
      restoreOverCurrent({
        source: l.session.current(),
        file: parseBackupFile(bytes),
        password: pw,
        deps: {
          save: (e) => l.session.save(e),
          closeCurrent: () => (closed = true),
          now: () => NOW,
        },
      }),
    );
    expect(closed).toBe(false);
    expect(await l.directory.get(u.entry.storeId)).toEqual(l.session.current().entry);
    expect(l.session.current().entry.dbName).toBe(u.db.name);
    expect(JSON.stringify((await readSnapshot(u.db)).tables)).toBe(rows);
    expect(await Dexie.getDatabaseNames()).toEqual(dbsBefore);
    return result;
  }

  it("another person's backup, a wrong password, an edited or truncated file", async () => {
    const u = await userWithRegister();
    const other = await userWithRegister();
    const mine = await makeBackup(u.db, u, '0.9.0', NOW);
    const theirs = await makeBackup(other.db, other, '0.9.0', NOW);
    expect(await overCurrentRefuses(u, theirs.bytes)).toBe('other-vault');
    expect(await overCurrentRefuses(u, mine.bytes, 'not the password')).toBe('wrong-password');
    const edited = editHeader(mine.bytes, '"label":"Арман С."', '"label":"Арман Б."');
    expect(await overCurrentRefuses(u, edited)).toBe('tampered');
    expect(await overCurrentRefuses(u, mine.bytes.subarray(0, mine.bytes.length - 1))).toBe(
      'tampered',
    );
    await u.db.delete();
    await other.db.delete();
  });
});
