import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { parseBackupFile } from '../../src-shared/backup/backup-file';
import { AppDb } from '../db/app-db';
import { verifyAuditLog } from '../db/audit-log';
import { encryptingCodec } from '../db/encrypting-codec';
import { consultationInput } from '../../src-shared/contracts/entities/consultation.fixture';
import {
  NOW,
  PASSWORD,
  laptop,
  laptopWith,
  readRecords,
  reposOver,
  userWithRegister,
} from './backup.fixture';
import { makeBackup } from './make-backup';
import { restoreAsNewUser } from './restore-new-user';
import { restoreOverCurrent } from './restore-over-current';
import { readSnapshot, summarizeStore } from './snapshot';

describe('backup → wipe → restore', () => {
  it('restores as a new user on a fresh laptop: the same counts, audit head and records', async () => {
    const u = await userWithRegister();
    const before = await summarizeStore(u.db);
    const chain = await verifyAuditLog(u.db);
    const records = await readRecords(u.repos, u.ids);
    const rows = JSON.stringify((await readSnapshot(u.db)).tables);
    expect(records.c1?.content).toBe('Талап арыз үлгісі берілді.');
    expect(before.counts).toMatchObject({ consultations: 2, appointments: 1, feeClaims: 1 });

    const made = await makeBackup(u.db, u, '0.9.0', NOW);
    expect(made.fileName).toMatch(/^qorgau-[0-9a-f]{10}-20261125-100000\.qbak$/);
    expect(made.header.counts).toEqual(before.counts);
    expect(made.header.auditHead).toEqual(before.auditHead);
    expect(chain.intact && made.header.auditHead.lastHash === chain.head).toBe(true);
    // The file carries no client's name or IIN: those are ciphertext inside the payload.
    const text = new TextDecoder('utf-8', { fatal: false }).decode(made.bytes);
    for (const secret of ['Серікбаев', '900101300057', 'Омаров', 'Талап арыз'])
      expect(text).not.toContain(secret);

    await u.db.delete(); // the laptop is gone
    expect(await Dexie.exists(u.db.name)).toBe(false);

    const l = laptop();
    const result = await restoreAsNewUser({
      file: parseBackupFile(made.bytes),
      secret: { kind: 'password', password: PASSWORD },
      deps: l.deps,
    });
    expect(result).toMatchObject({
      mode: 'new-user',
      identical: true,
      storeId: u.entry.storeId,
      label: 'Арман С.',
      counts: before.counts,
      auditHead: before.auditHead,
      records: Object.values(before.counts).reduce((a, b) => a + b, 0),
    });
    // The app is open on the restored user's own database, as after a normal unlock.
    const dbName = (await l.directory.get(u.entry.storeId))!.dbName;
    expect(dbName).toMatch(/^qorgau-u-store-/);
    expect(l.opened).toEqual([dbName]);
    expect(l.session.getSnapshot()).toMatchObject({
      status: 'unlocked',
      user: { label: 'Арман С.' },
    });
    expect(await l.directory.get(u.entry.storeId)).toMatchObject({
      dbName,
      storeState: 'encrypted',
    });

    const restored = new AppDb(dbName);
    expect(JSON.stringify((await readSnapshot(restored)).tables)).toBe(rows);
    expect(await verifyAuditLog(restored)).toEqual(chain);
    const repos = reposOver(restored, l.session.current().codec);
    expect(await readRecords(repos, u.ids)).toEqual(records);
    restored.close();
  });

  it('restores over the same user: later changes are gone, the backup is back identical', async () => {
    const u = await userWithRegister();
    const made = await makeBackup(u.db, u, '0.9.0', NOW);
    const before = await summarizeStore(u.db);
    const records = await readRecords(u.repos, u.ids);
    const l = await laptopWith(u);

    const later = await u.repos.consultations.create(consultationInput(), 'adv-A');
    await u.db.feeClaims.clear(); // and something lost besides
    expect((await summarizeStore(u.db)).counts).not.toEqual(before.counts);

    const result = await restoreOverCurrent({
      source: l.session.current(),
      file: parseBackupFile(made.bytes),
      password: PASSWORD,
      deps: { save: (e) => l.session.save(e), closeCurrent: () => u.db.close(), now: () => NOW },
    });
    expect(result).toMatchObject({ mode: 'over-current', identical: true, counts: before.counts });
    // The entry now names the restored database; the replaced one is gone.
    const entry = (await l.directory.get(u.entry.storeId))!;
    expect(entry.dbName).not.toBe(u.db.name);
    expect(entry.record).toEqual(u.entry.record);
    expect(await Dexie.exists(u.db.name)).toBe(false);

    const restored = new AppDb(entry.dbName);
    expect(await summarizeStore(restored)).toEqual(before);
    const repos = reposOver(restored, encryptingCodec(u.vault));
    expect(await repos.consultations.get(later.id)).toBeUndefined();
    expect(await readRecords(repos, u.ids)).toEqual(records);
    // New records continue the chain from the restored head with the next number: no gap
    // that the chain check would read as deleted entries.
    await repos.consultations.create(consultationInput(), 'adv-A');
    expect(await verifyAuditLog(restored)).toMatchObject({ intact: true });
    expect((await restored.audit.toArray()).at(-1)?.seq).toBe((before.auditHead.lastSeq ?? 0) + 1);
    await restored.delete();
  });

  it('restores with the office recovery key on a new laptop, under a new password', async () => {
    const u = await userWithRegister({ recovery: true });
    const made = await makeBackup(u.db, u, '0.9.0', NOW);
    const records = await readRecords(u.repos, u.ids);
    await u.db.delete();

    const l = laptop();
    const result = await restoreAsNewUser({
      file: parseBackupFile(made.bytes),
      secret: {
        kind: 'recovery',
        recoveryText: u.recoveryText!,
        newPassword: 'жаңа құпия сөз 2027',
      },
      deps: l.deps,
    });
    expect(result.identical).toBe(true);
    expect(l.session.getSnapshot().status).toBe('unlocked');
    const restored = new AppDb(l.opened[0]!);
    expect(await readRecords(reposOver(restored, l.session.current().codec), u.ids)).toEqual(
      records,
    );
    restored.close();
    // The old password no longer opens this laptop's entry; the new one does.
    const entry = await l.directory.get(u.entry.storeId);
    const { unlockWithPassword } = await import('../../src-shared/security/vault/vault');
    await expect(unlockWithPassword(entry!.record, PASSWORD)).rejects.toThrow(/wrong-password/);
    const vault = await unlockWithPassword(entry!.record, 'жаңа құпия сөз 2027');
    expect(encryptingCodec(vault).id).toBe('aes-gcm-v1');
  });
});
