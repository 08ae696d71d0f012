/**
 * Relaying an offline bundle (docs/sync.md, "Offline bundles"): a head's device opened an
 * advocate's bundle (it holds the office key) and forwards it, one chunk per request. The server
 * cannot decrypt the file, so it trusts neither the head nor the file for the content — only
 * the advocate's signature:
 *
 * 1. The caller is a head, of the office of the bundle's user (who is an active advocate or head
 *    there) and of the office the header names. Anything else: 'forbidden', nothing revealed.
 * 2. The signature verifies over the header and the chunk list, and this chunk's ops hash to
 *    their entry (bundle-verify.ts). Otherwise 'bad-signature' / 'bad-chunk'.
 * 3. The signing key is one of the user's registered keys — or, when the user has none at all,
 *    it is registered now on this head's word (trust on first use, recorded with the head, the
 *    device and the time). A user with keys and a bundle signed by another: 'unknown-key'.
 * 4. The ops go through the push code path (push.ts `applyPush`) as that user: the same access
 *    checks, versions, conflicts, and idempotency on opId — relaying a chunk again, or the
 *    advocate later pushing the same outbox over the network, changes nothing. `ops.device_id`
 *    is the head's device: the one that delivered them.
 *
 * Nothing is written before step 3 passes, and step 3 writes only a key that just verified.
 */
import type { Principal, ServerRole } from '../auth/principal';
import type { Db } from '../db/db';
import type { RelayRequest, RelayResponse } from '../../src-shared/sync/bundle';
import { verifyRelayChunk } from '../../src-shared/sync/bundle/bundle-verify';
import { applyPush } from './push';
import { registerSigningKey } from './signing-keys';

export type RelayRefusal = 'forbidden' | 'bad-signature' | 'bad-chunk' | 'unknown-key';
export type RelayOutcome =
  { ok: true; response: RelayResponse } | { ok: false; reason: RelayRefusal };

interface UserRow {
  id: string;
  role: ServerRole;
  collegium_id: string;
  office_id: string | null;
  disabled: boolean;
}

/** The bundle's user as the push sees them, if the caller may relay for them. */
async function relayedUser(db: Db, head: Principal, req: RelayRequest): Promise<Principal | null> {
  if (head.role !== 'head' || head.officeId === null) return null;
  if (req.header.officeId !== head.officeId) return null;
  const { rows } = await db.query<UserRow>(
    'SELECT id, role, collegium_id, office_id, disabled FROM users WHERE id = $1',
    [req.header.userId],
  );
  const u = rows[0];
  if (!u || u.disabled || (u.role !== 'advocate' && u.role !== 'head')) return null;
  if (u.office_id !== head.officeId || u.collegium_id !== head.collegiumId) return null;
  return {
    userId: u.id,
    deviceId: head.deviceId,
    role: u.role,
    collegiumId: u.collegium_id,
    officeId: u.office_id,
  };
}

export async function relayBundleChunk(
  db: Db,
  head: Principal,
  req: RelayRequest,
  now: Date,
): Promise<RelayOutcome> {
  const asUser = await relayedUser(db, head, req);
  if (!asUser) return { ok: false, reason: 'forbidden' };

  const check = await verifyRelayChunk(req);
  if (check !== 'ok') return { ok: false, reason: check };

  const key = await db.transaction((tx) =>
    registerSigningKey(tx, {
      userId: asUser.userId,
      key: req.header.signingKey,
      via: 'relay',
      by: head.userId,
      deviceId: head.deviceId,
      at: now,
    }),
  );
  if (!key.ok) return { ok: false, reason: 'unknown-key' };

  const pushed = await applyPush(db, asUser, req.ops, now);
  return { ok: true, response: { ...pushed, signingKey: key.trust } };
}
