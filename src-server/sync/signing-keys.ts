/**
 * Users' bundle signing keys (migration 005, docs/sync.md "Offline bundles"): reading them and
 * registering one. Registration never replaces or removes a key; it only adds one. Whether it
 * may add one is the caller's rule (the owner always; a relaying head only while the user has
 * none — trust on first use); this file makes the "only while none" part safe under concurrency.
 */
import type { Principal } from '../auth/principal';
import type { Db, Queryable } from '../db/db';
import {
  importSigningPublicKey,
  type SigningKeyTrust,
  type SigningPublicKeyInfo,
} from '../../src-shared/sync/bundle';

export interface StoredSigningKey {
  keyId: string;
  spki: string;
  registeredVia: 'owner' | 'relay';
  registeredAt: string;
}

interface Row {
  key_id: string;
  spki: string;
  registered_via: 'owner' | 'relay';
  registered_at: Date | string;
}

const iso = (t: Date | string) => (t instanceof Date ? t : new Date(t)).toISOString();

export async function signingKeysOf(db: Queryable, userId: string): Promise<StoredSigningKey[]> {
  const { rows } = await db.query<Row>(
    `SELECT key_id, spki, registered_via, registered_at FROM signing_keys
      WHERE user_id = $1 ORDER BY registered_at, key_id`,
    [userId],
  );
  return rows.map((r) => ({
    keyId: r.key_id,
    spki: r.spki,
    registeredVia: r.registered_via,
    registeredAt: iso(r.registered_at),
  }));
}

export interface Registration {
  userId: string;
  key: SigningPublicKeyInfo;
  via: 'owner' | 'relay';
  by: string;
  deviceId: string;
  at: Date;
}

export type RegisterOutcome =
  | { ok: true; trust: SigningKeyTrust }
  /** 'mismatch': the user has a key of this id with another SPKI; 'taken': TOFU, a key exists. */
  | { ok: false; reason: 'mismatch' | 'taken' };

const trustOf = (k: StoredSigningKey, registeredNow: boolean): SigningKeyTrust => ({
  keyId: k.keyId,
  registeredVia: k.registeredVia,
  registeredAt: k.registeredAt,
  registeredNow,
});

/** The stored key that is exactly this one (id and SPKI), if any. */
export const sameKey = (keys: readonly StoredSigningKey[], key: SigningPublicKeyInfo) =>
  keys.find((k) => k.keyId === key.keyId && k.spki === key.spki);

/**
 * Adds the key unless it is there. `via: 'relay'` adds it only if the user has no key at all:
 * the user's row is locked first, so two heads relaying two different first keys at once cannot
 * both win (the second sees the first's key and is refused).
 */
export async function registerSigningKey(tx: Queryable, r: Registration): Promise<RegisterOutcome> {
  await tx.query('SELECT id FROM users WHERE id = $1 FOR UPDATE', [r.userId]);
  const keys = await signingKeysOf(tx, r.userId);
  const same = sameKey(keys, r.key);
  if (same) return { ok: true, trust: trustOf(same, false) };
  if (keys.some((k) => k.keyId === r.key.keyId)) return { ok: false, reason: 'mismatch' };
  if (r.via === 'relay' && keys.length > 0) return { ok: false, reason: 'taken' };
  await tx.query(
    `INSERT INTO signing_keys
       (user_id, key_id, spki, registered_via, registered_by, device_id, registered_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [r.userId, r.key.keyId, r.key.spki, r.via, r.by, r.deviceId, r.at],
  );
  return {
    ok: true,
    trust: trustOf(
      { keyId: r.key.keyId, spki: r.key.spki, registeredVia: r.via, registeredAt: iso(r.at) },
      true,
    ),
  };
}

export type OwnKeyOutcome =
  | { ok: true; trust: SigningKeyTrust }
  | { ok: false; reason: 'forbidden' | 'bad-key' | 'mismatch' };

/**
 * A user's own device registers its key (`POST /v1/sync/signing-key`). Advocates and heads
 * only: staff keep no registers and export no bundles. The SPKI must be an ECDSA P-256 key
 * whose id is the one given — the id is what people compare, so it must be the key's.
 */
export async function registerOwnKey(
  db: Db,
  p: Principal,
  key: SigningPublicKeyInfo,
  now: Date,
): Promise<OwnKeyOutcome> {
  if ((p.role !== 'advocate' && p.role !== 'head') || p.officeId === null) {
    return { ok: false, reason: 'forbidden' };
  }
  try {
    const imported = await importSigningPublicKey(key.spki);
    if (imported.keyId !== key.keyId || imported.spki !== key.spki) {
      return { ok: false, reason: 'bad-key' };
    }
  } catch {
    return { ok: false, reason: 'bad-key' };
  }
  const r = await db.transaction((tx) =>
    registerSigningKey(tx, {
      userId: p.userId,
      key,
      via: 'owner',
      by: p.userId,
      deviceId: p.deviceId,
      at: now,
    }),
  );
  return r.ok ? r : { ok: false, reason: 'mismatch' };
}
