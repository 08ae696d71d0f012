/**
 * The sync boundary (docs/sync.md, "Encryption at rest and the wire"): the server and every
 * other laptop see records in the wire form (what identityCodec would store), this device keeps
 * them in the at-rest form of its own codec (db/at-rest/transcode.ts). Everything the engine
 * sends is `toWire`d here, everything it stores from the server is `toAtRest`ed here, and
 * nowhere else.
 *
 * Transcoding is WebCrypto, so it is done BEFORE the apply transaction (IndexedDB would
 * auto-commit while waiting): the page or answer is prepared first, then applied. Comparing a
 * local row with a server copy cannot be done on the stored bytes any more (every encryption
 * takes a fresh nonce), so the local rows a batch will meet are read and put in the wire form
 * beforehand too, and the comparison inside the transaction looks that up (`same`).
 */
import type { AidMark, SyncedEntityName } from '../../src-shared/contracts/sync/protocol';
import type { AppDb } from '../db/app-db';
import type { Rec } from '../db/at-rest/shapes';
import { toAtRestOrSealed, toWire } from '../db/at-rest/transcode';
import { identityCodec, type FieldCodec } from '../db/field-codec';
import { personIinKey } from '../db/lookup-keys';
import { bindingOf, canonical, sameRecord } from './records';

/** A server copy of a record, as received (wire form). */
export interface IncomingCopy {
  entity: SyncedEntityName;
  entityId: string;
  version: number;
  record: Rec;
}

/** A server copy ready to be stored: `record` in the at-rest form, `wire` as received. */
export interface LocalCopy {
  version: number;
  record: Rec;
  wire: Rec;
  /** Its body could not be read: stored encrypted as it is, without lookup keys. */
  sealed: boolean;
}

/** Does this stored (at-rest) row hold the record of that wire copy? */
export type SameAsWire = (local: Rec, wire: Rec) => boolean;

export interface PreparedCopies {
  /** In the order of the incoming copies. */
  copies: LocalCopy[];
  same: SameAsWire;
}

/**
 * The at-rest forms of `incoming`, and the wire forms of the local rows they will meet. A
 * local row changed between here and the transaction is simply not recognised (`same` says
 * false): the engine then treats it as different, which is the safe side — a local write comes
 * with a pending op, and a record with a pending op is never overwritten anyway.
 */
export async function prepareCopies(
  db: AppDb,
  codec: FieldCodec,
  incoming: readonly IncomingCopy[],
): Promise<PreparedCopies> {
  // A plain store: its at-rest form IS the wire form, so there is nothing to transcode (a first
  // pull of a whole register, bench/sync, would otherwise re-derive every key for nothing).
  if (codec === identityCodec) {
    return {
      copies: incoming.map((c) => ({
        version: c.version,
        record: c.record,
        wire: c.record,
        sealed: false,
      })),
      same: sameRecord,
    };
  }
  const copies: LocalCopy[] = [];
  for (const c of incoming) {
    const { row, sealed } = await toAtRestOrSealed(codec, c.entity, c.record);
    copies.push({ version: c.version, record: row, wire: c.record, sealed });
  }
  const wireOfLocal = new Map<string, string>();
  const byEntity = new Map<SyncedEntityName, string[]>();
  for (const c of incoming) byEntity.set(c.entity, [...(byEntity.get(c.entity) ?? []), c.entityId]);
  for (const [entity, ids] of byEntity) {
    for (const local of await bindingOf(db, entity).table.bulkGet(ids)) {
      if (!local) continue;
      try {
        wireOfLocal.set(canonical(local), canonical(await toWire(codec, entity, local)));
      } catch {
        // Unreadable here (damaged, another key): never equal to anything the server sends.
      }
    }
  }
  return {
    copies,
    same: (local, wire) =>
      sameRecord(local, wire) || wireOfLocal.get(canonical(local)) === canonical(wire),
  };
}

/** A pulled conflict's two versions in the at-rest form (how every local copy is kept). */
export async function conflictAtRest(
  codec: FieldCodec,
  entity: string,
  versions: { theirs: Rec; ours: Rec },
): Promise<{ theirs: Rec; ours: Rec; sealed: boolean }> {
  const theirs = await toAtRestOrSealed(codec, entity, versions.theirs);
  const ours = await toAtRestOrSealed(codec, entity, versions.ours);
  return { theirs: theirs.row, ours: ours.row, sealed: theirs.sealed || ours.sealed };
}

/**
 * A colleague's aid mark with its IIN key blinded by this device's codec, in the person
 * namespace its own records use (db/lookup-keys.ts): the server sends the plain key.
 */
export async function markAtRest(codec: FieldCodec, mark: AidMark): Promise<AidMark> {
  return mark.iinKey ? { ...mark, iinKey: await personIinKey(codec, mark.iinKey) } : mark;
}
