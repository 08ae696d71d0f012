/**
 * The app lock: who is signed in on this laptop and whether their keys are in memory.
 *
 * States: `locked` (the lock screen: the directory's user cards, nothing else), `opening`
 * (a vault is open and the register database is being prepared — the one-time encryption of
 * a pre-encryption store happens here), `unlocked` (the app), `soft-locked` (the idle lock of
 * a user with a PIN: keys stay in memory, the app is unmounted, the PIN or password ends it).
 *
 * Why a full lock reloads the page (`reload`): it is the only way to be sure that no decrypted
 * value, cached query or key object survives in this renderer; the next user starts clean.
 * Why the password is needed after every start: the PIN never unwraps a key (pin.ts).
 */
import { kdfIsOutdated } from '../../src-shared/security/vault/kdf';
import {
  changePassword as rewrapPassword,
  createVault,
  lockVault,
  unlockWithPassword as openWithPassword,
  unlockWithRecovery,
  type UnlockedVault,
} from '../../src-shared/security/vault/vault';
import { importRecoveryPrivateKeyText } from '../../src-shared/security/vault/recovery-key';
import type { VaultKey } from '../../src-shared/security/vault/webcrypto';
import type { FieldCodec } from '../db/field-codec';
import { encryptingCodec } from '../db/encrypting-codec';
import { makePinVerifier, pinMatches, PIN_PATTERN } from './pin';
import { asSessionError, checkNewPassword, SessionError } from './session-errors';
import {
  cardOf,
  DEFAULT_IDLE_MINUTES,
  MAX_PIN_ATTEMPTS,
  type UserCard,
  type UserEntry,
} from './user-entry';
import type { UserDirectory } from './user-directory';

export type SessionState =
  | { status: 'loading' }
  | { status: 'locked'; users: UserCard[]; damaged: string[] }
  | { status: 'opening'; user: UserCard; encrypting: boolean }
  | { status: 'unlocked'; user: UserCard; idleMinutes: number }
  | { status: 'soft-locked'; user: UserCard; attemptsLeft: number };

export interface SessionDeps {
  directory: UserDirectory;
  /** Opens the user's register database with their codec (once per page life). */
  openStore: (dbName: string, codec: FieldCodec) => Promise<void>;
  /** Encrypts a pre-encryption store in place (restartable); called before the app mounts. */
  encryptPlainStore: (dbName: string, codec: FieldCodec) => Promise<void>;
  /** Drops everything in memory: location.reload() in the app. */
  reload: () => void;
  now: () => string;
  newId: () => string;
  /** Tests only; production uses the vault's default (600 000). */
  kdfIterations?: number;
}

export interface OpenSession {
  entry: UserEntry;
  vault: UnlockedVault;
  codec: FieldCodec;
}

export class VaultSession {
  private state: SessionState = { status: 'loading' };
  private open: OpenSession | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly deps: SessionDeps) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SessionState => this.state;

  private set(next: SessionState): void {
    this.state = next;
    for (const l of this.listeners) l();
  }

  /** The lock screen's list of users. */
  async start(): Promise<void> {
    const { users, damaged } = await this.deps.directory.list();
    this.set({ status: 'locked', users: users.map(cardOf), damaged });
  }

  /** The open user's keys, for backups and bundles; throws while locked. */
  current(): OpenSession {
    if (!this.open || this.state.status === 'locked') throw new SessionError('not-unlocked');
    return this.open;
  }

  async createUser(input: {
    label: string;
    password: string;
    recoveryPublicKey?: VaultKey;
    officeKey?: UserEntry['officeKey'];
  }): Promise<void> {
    const label = input.label.trim().replace(/\s+/g, ' ');
    if (label.length === 0 || label.length > 80) throw new SessionError('bad-label');
    checkNewPassword(input.password);
    const storeId = this.deps.newId();
    const { dbName, adoptsExisting } = await this.deps.directory.databaseForNewUser(storeId);
    const { record, vault } = await createVault(input.password, {
      ...(input.recoveryPublicKey ? { recoveryPublicKey: input.recoveryPublicKey } : {}),
      ...(this.deps.kdfIterations ? { iterations: this.deps.kdfIterations } : {}),
    });
    const entry: UserEntry = {
      storeId,
      label,
      dbName,
      createdAt: this.deps.now(),
      record,
      storeState: adoptsExisting ? 'plain' : 'encrypted',
      idleMinutes: DEFAULT_IDLE_MINUTES,
      ...(input.officeKey ? { officeKey: input.officeKey } : {}),
    };
    await this.deps.directory.add(entry);
    await this.enter(entry, vault);
  }

  async unlockWithPassword(storeId: string, password: string): Promise<void> {
    const entry = await this.entry(storeId);
    let vault: UnlockedVault;
    try {
      vault = await openWithPassword(entry.record, password);
    } catch (e) {
      throw asSessionError(e);
    }
    let next = entry;
    // An old vault (fewer PBKDF2 iterations) is re-wrapped at today's strength while the
    // password is at hand; the data key does not change, so nothing else is rewritten.
    if (kdfIsOutdated(entry.record.kdf) && !this.deps.kdfIterations) {
      next = { ...entry, record: await rewrapPassword(vault, entry.record, password) };
      await this.deps.directory.put(next);
    }
    await this.enter(next, vault);
  }

  /**
   * After a forgotten password: the office recovery key text opens the vault, and the user
   * sets a new password at once (the old one is no longer needed, and no longer works).
   */
  async recover(storeId: string, recoveryText: string, newPassword: string): Promise<void> {
    checkNewPassword(newPassword);
    const entry = await this.entry(storeId);
    let vault: UnlockedVault;
    try {
      const key = await importRecoveryPrivateKeyText(recoveryText);
      vault = await unlockWithRecovery(entry.record, key);
    } catch (e) {
      throw asSessionError(e);
    }
    const record = await rewrapPassword(vault, entry.record, newPassword, this.iterations());
    const next = { ...entry, record };
    await this.deps.directory.put(next);
    await this.enter(next, vault);
  }

  private iterations() {
    return this.deps.kdfIterations ? { iterations: this.deps.kdfIterations } : {};
  }

  private async entry(storeId: string): Promise<UserEntry> {
    const entry = await this.deps.directory.get(storeId);
    if (!entry) throw new SessionError('no-user');
    return entry;
  }

  private async enter(entry: UserEntry, vault: UnlockedVault): Promise<void> {
    const codec = encryptingCodec(vault);
    this.set({ status: 'opening', user: cardOf(entry), encrypting: entry.storeState === 'plain' });
    let next: UserEntry = { ...entry, lastUnlockAt: this.deps.now() };
    if (entry.storeState === 'plain') {
      // Before the app mounts: no screen ever reads a half-encrypted store. If the laptop
      // dies midway, the entry is still 'plain' and the next unlock simply continues.
      await this.deps.encryptPlainStore(entry.dbName, codec);
      next = { ...next, storeState: 'encrypted' };
    }
    await this.deps.directory.put(next);
    await this.deps.openStore(entry.dbName, codec);
    this.open = { entry: next, vault, codec };
    this.set({ status: 'unlocked', user: cardOf(next), idleMinutes: next.idleMinutes });
  }

  /** The idle timeout: a soft lock when the user has a PIN, else a full lock. */
  idle(): void {
    if (this.state.status !== 'unlocked' || !this.open) return;
    if (this.open.entry.pin)
      this.set({ status: 'soft-locked', user: this.state.user, attemptsLeft: MAX_PIN_ATTEMPTS });
    else this.lockNow();
  }

  async unlockWithPin(pin: string): Promise<void> {
    const s = this.state;
    if (s.status !== 'soft-locked' || !this.open?.entry.pin) throw new SessionError('not-unlocked');
    if (await pinMatches(pin, this.open.entry.pin)) {
      this.set({ status: 'unlocked', user: s.user, idleMinutes: this.open.entry.idleMinutes });
      return;
    }
    const attemptsLeft = s.attemptsLeft - 1;
    if (attemptsLeft <= 0) {
      this.lockNow();
      return;
    }
    this.set({ ...s, attemptsLeft });
    throw new SessionError('wrong-pin');
  }

  /** From the soft lock, the password works too (a forgotten PIN). */
  async resumeWithPassword(password: string): Promise<void> {
    const s = this.state;
    if (s.status !== 'soft-locked' || !this.open) throw new SessionError('not-unlocked');
    try {
      await openWithPassword(this.open.entry.record, password);
    } catch (e) {
      throw asSessionError(e);
    }
    this.set({ status: 'unlocked', user: s.user, idleMinutes: this.open.entry.idleMinutes });
  }

  /** Lock: forget the keys and start the renderer afresh on the lock screen. */
  lockNow(): void {
    if (this.open) lockVault(this.open.vault);
    this.open = null;
    this.set({ status: 'loading' });
    this.deps.reload();
  }

  /** Asks for the current password again: the unlocked app alone is not proof enough. */
  async changePassword(oldPassword: string, newPassword: string): Promise<void> {
    const open = this.current();
    checkNewPassword(newPassword);
    try {
      await openWithPassword(open.entry.record, oldPassword);
    } catch (e) {
      throw asSessionError(e);
    }
    const record = await rewrapPassword(
      open.vault,
      open.entry.record,
      newPassword,
      this.iterations(),
    );
    await this.save({ ...open.entry, record });
  }

  async setPin(pin: string | null): Promise<void> {
    const open = this.current();
    if (pin === null) {
      const { pin: _dropped, ...rest } = open.entry;
      await this.save(rest);
      return;
    }
    if (!PIN_PATTERN.test(pin)) throw new SessionError('bad-pin');
    await this.save({ ...open.entry, pin: await makePinVerifier(pin) });
  }

  async setIdleMinutes(minutes: number): Promise<void> {
    const open = this.current();
    await this.save({ ...open.entry, idleMinutes: minutes });
    if (this.state.status === 'unlocked') this.set({ ...this.state, idleMinutes: minutes });
  }

  /** Stores a changed entry of the open user (keys, settings) and keeps it in memory. */
  async save(entry: UserEntry): Promise<void> {
    const open = this.current();
    if (entry.storeId !== open.entry.storeId) throw new SessionError('no-user');
    await this.deps.directory.put(entry);
    this.open = { ...open, entry };
    if (this.state.status === 'unlocked')
      this.set({ ...this.state, user: cardOf(entry), idleMinutes: entry.idleMinutes });
  }
}
