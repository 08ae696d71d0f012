import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createOfficeKey,
  adoptOfficePublicKey,
  officePrivateKey,
  recoveryStatus,
} from './office-key';
import { VaultSession, type SessionDeps } from './session';
import { UserDirectory, UserDirectoryDb } from './user-directory';

let n = 0;
function harness() {
  const opened: { dbName: string; codecId: string }[] = [];
  const encrypted: string[] = [];
  const reload = vi.fn();
  const directory = new UserDirectory(new UserDirectoryDb(`vaults-test-${++n}`));
  const deps: SessionDeps = {
    directory,
    openStore: async (dbName, codec) => void opened.push({ dbName, codecId: codec.id }),
    encryptPlainStore: async (dbName) => void encrypted.push(dbName),
    reload,
    now: () => '2026-11-25T10:00:00.000Z',
    newId: () => `store-${++n}`,
    kdfIterations: 1000,
  };
  const fresh = () => new VaultSession(deps);
  return { deps, fresh, opened, encrypted, reload, directory };
}

describe('VaultSession', () => {
  let h: ReturnType<typeof harness>;
  beforeEach(() => {
    h = harness();
  });

  it('the first user adopts the existing database and encrypts it before the app opens', async () => {
    const s = h.fresh();
    await s.start();
    expect(s.getSnapshot()).toEqual({ status: 'locked', users: [], damaged: [] });
    await s.createUser({ label: '  Айгүл   Серікова ', password: 'таудағы қар ерімейді' });
    expect(h.encrypted).toEqual(['qorgau']);
    expect(h.opened).toEqual([{ dbName: 'qorgau', codecId: 'aes-gcm-v1' }]);
    const state = s.getSnapshot();
    expect(state.status).toBe('unlocked');
    expect(state.status === 'unlocked' && state.user.label).toBe('Айгүл Серікова');
    const [entry] = (await h.directory.list()).users;
    expect(entry?.storeState).toBe('encrypted');
  });

  it('a second user gets a database of their own, never encrypted-in-place', async () => {
    await h.fresh().createUser({ label: 'Бірінші', password: 'бірінші құпия сөз' });
    await h.fresh().createUser({ label: 'Второй', password: 'второй пароль длинный' });
    expect(h.encrypted).toEqual(['qorgau']);
    expect(h.opened[1]?.dbName).toMatch(/^qorgau-u-store-/);
  });

  it('refuses a short password and an empty name, and stores nothing', async () => {
    const s = h.fresh();
    await expect(s.createUser({ label: 'A', password: 'short' })).rejects.toMatchObject({
      code: 'weak-password',
    });
    await expect(
      s.createUser({ label: '   ', password: 'long enough phrase' }),
    ).rejects.toMatchObject({ code: 'bad-label' });
    expect((await h.directory.list()).users).toEqual([]);
  });

  it('a wrong password does not open; the right one does, in a new page life', async () => {
    await h.fresh().createUser({ label: 'Бөлат', password: 'дұрыс құпия сөз' });
    const [user] = (await h.directory.list()).users;
    const s = h.fresh();
    await s.start();
    await expect(s.unlockWithPassword(user!.storeId, 'қате құпия сөз')).rejects.toMatchObject({
      code: 'wrong-password',
    });
    expect(s.getSnapshot().status).toBe('locked');
    await s.unlockWithPassword(user!.storeId, 'дұрыс құпия сөз');
    expect(s.getSnapshot().status).toBe('unlocked');
  });

  it('the idle lock with a PIN keeps the session; five wrong PINs end it', async () => {
    const s = h.fresh();
    await s.createUser({ label: 'Бөлат', password: 'дұрыс құпия сөз' });
    await s.setPin('2468');
    s.idle();
    expect(s.getSnapshot()).toMatchObject({ status: 'soft-locked', attemptsLeft: 5 });
    await s.unlockWithPin('2468');
    expect(s.getSnapshot().status).toBe('unlocked');
    s.idle();
    for (let i = 0; i < 4; i++)
      await expect(s.unlockWithPin('0000')).rejects.toMatchObject({ code: 'wrong-pin' });
    expect(h.reload).not.toHaveBeenCalled();
    await s.unlockWithPin('0000');
    expect(h.reload).toHaveBeenCalledTimes(1);
    expect(() => s.current()).toThrow();
  });

  it('the idle lock without a PIN is a full lock (reload, keys forgotten)', async () => {
    const s = h.fresh();
    await s.createUser({ label: 'Бөлат', password: 'дұрыс құпия сөз' });
    s.idle();
    expect(h.reload).toHaveBeenCalledTimes(1);
    expect(() => s.current()).toThrow();
  });

  it('changing the password asks for the old one', async () => {
    const s = h.fresh();
    await s.createUser({ label: 'Бөлат', password: 'бірінші құпия сөз' });
    await expect(s.changePassword('не тот пароль', 'екінші құпия сөз')).rejects.toMatchObject({
      code: 'wrong-password',
    });
    await s.changePassword('бірінші құпия сөз', 'екінші құпия сөз');
    const [user] = (await h.directory.list()).users;
    const again = h.fresh();
    await expect(again.unlockWithPassword(user!.storeId, 'бірінші құпия сөз')).rejects.toThrow();
    await again.unlockWithPassword(user!.storeId, 'екінші құпия сөз');
  });

  it('office recovery: the head prints the key, the advocate adopts it, a forgotten password is recovered', async () => {
    const head = h.fresh();
    await head.createUser({ label: 'Меңгеруші', password: 'меңгерушінің құпиясы' });
    const key = await createOfficeKey(head);
    expect(key.privateText).toContain(key.keyId);
    expect(await officePrivateKey(head)).toMatchObject({ keyId: key.keyId });

    const advocate = h.fresh();
    await advocate.createUser({ label: 'Адвокат', password: 'адвокаттың құпиясы' });
    expect(recoveryStatus(advocate)).toEqual({ keyId: null, sealed: false });
    await expect(adoptOfficePublicKey(advocate, 'not a key')).rejects.toMatchObject({
      code: 'office-key-format',
    });
    await adoptOfficePublicKey(advocate, key.publicText);
    expect(recoveryStatus(advocate)).toEqual({ keyId: key.keyId, sealed: true });
    expect(await officePrivateKey(advocate)).toBeNull();
    const id = advocate.current().entry.storeId;

    const later = h.fresh();
    await expect(later.recover(id, 'garbage', 'жаңа құпия сөз бар')).rejects.toMatchObject({
      code: 'recovery-text-format',
    });
    const typo = key.privateText.replace(
      /CHECK: (\w)/,
      (_m, c: string) => `CHECK: ${c === 'a' ? 'b' : 'a'}`,
    );
    await expect(later.recover(id, typo, 'жаңа құпия сөз бар')).rejects.toMatchObject({
      code: 'recovery-text-checksum',
    });
    await later.recover(id, key.privateText, 'жаңа құпия сөз бар');
    expect(later.getSnapshot().status).toBe('unlocked');
    await expect(h.fresh().unlockWithPassword(id, 'адвокаттың құпиясы')).rejects.toMatchObject({
      code: 'wrong-password',
    });
    await h.fresh().unlockWithPassword(id, 'жаңа құпия сөз бар');
  });

  it('without the office key there is no recovery', async () => {
    const s = h.fresh();
    await s.createUser({ label: 'Адвокат', password: 'адвокаттың құпиясы' });
    const id = s.current().entry.storeId;
    const other = await createOfficeKey(s); // a key this vault is sealed for…
    const stranger = h.fresh();
    await stranger.createUser({ label: 'Басқа', password: 'басқа кеңсенің құпиясы' });
    const otherKey = await createOfficeKey(stranger); // …and one it is not
    await expect(
      h.fresh().recover(id, otherKey.privateText, 'жаңа құпия сөз бар'),
    ).rejects.toMatchObject({ code: 'wrong-recovery-key' });
    expect(other.keyId).not.toBe(otherKey.keyId);
  });
});
