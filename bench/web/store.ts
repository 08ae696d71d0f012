/**
 * Which store the bench reads and writes, and through which codec — the way the app opens it
 * (src-renderer/vault/session.ts → openStore). `encrypted` is what users run since issue 9: a
 * vault created with a test password at the shipped PBKDF2 cost, the real encrypting codec
 * (AES-GCM fields, HMAC blind-index lookup keys). `plain` is the identity codec, the register
 * as it was before issue 9, for comparison.
 *
 * The vault record is kept in localStorage so that the page, reloaded after seeding like the
 * app after a restart, unlocks the same vault with the same password. Creating and unlocking
 * (PBKDF2) happen here, before any timed step; the unlock time is reported on its own.
 */
import { createVault, unlockWithPassword } from '../../src-shared/security/vault/vault';
import { openStore, repoDeps } from '../../src-renderer/db';
import { encryptingCodec } from '../../src-renderer/db/encrypting-codec';
import { identityCodec } from '../../src-renderer/db/field-codec';

export type CodecKind = 'encrypted' | 'plain';

/** The register's owner in every generated entry. */
export const ADVOCATE = 'adv-bench';

const PASSWORD = 'bench: Қорғау-100k-тест';
const VAULT_KEY = 'qorgau-bench-vault';

/** One database per codec, so a profile never mixes encrypted and plain rows. */
export const dbNameOf = (kind: CodecKind) => `qorgau-bench-${kind}`;

export interface StoreInfo {
  dbName: string;
  codecId: string;
  /** Creating or unlocking the vault (PBKDF2 at the shipped cost); 0 for plain. */
  vaultMs: number;
  vaultStep: 'created' | 'unlocked' | 'none';
  kdfIterations: number | null;
  /** IndexedDB 3.0 getAll options (direction, count) in this browser: Dexie uses them. */
  idbGetAllOptions: boolean;
}

const idbGetAllOptions = () => 'getAllRecords' in IDBObjectStore.prototype;

/** Opens (creating on first use) the bench store; once per page life, like openStore. */
export async function useStore(kind: CodecKind): Promise<StoreInfo> {
  const dbName = dbNameOf(kind);
  if (kind === 'plain') {
    await openStore(dbName, identityCodec);
    return {
      dbName,
      codecId: identityCodec.id,
      vaultMs: 0,
      vaultStep: 'none',
      kdfIterations: null,
      idbGetAllOptions: idbGetAllOptions(),
    };
  }
  const t0 = performance.now();
  const saved = localStorage.getItem(VAULT_KEY);
  let vault;
  let iterations: number;
  if (saved) {
    const record = JSON.parse(saved) as { kdf: { iterations: number } };
    vault = await unlockWithPassword(record, PASSWORD);
    iterations = record.kdf.iterations;
  } else {
    const created = await createVault(PASSWORD);
    localStorage.setItem(VAULT_KEY, JSON.stringify(created.record));
    vault = created.vault;
    iterations = created.record.kdf.iterations;
  }
  const vaultMs = performance.now() - t0;
  const codec = encryptingCodec(vault);
  await openStore(dbName, codec);
  return {
    dbName,
    codecId: codec.id,
    vaultMs,
    vaultStep: saved ? 'unlocked' : 'created',
    kdfIterations: iterations,
    idbGetAllOptions: idbGetAllOptions(),
  };
}

/** The open store's database and codec (live: set by openStore). */
export const db = () => repoDeps.db;
export const codec = () => repoDeps.codec;
