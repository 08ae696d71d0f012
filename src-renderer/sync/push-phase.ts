/**
 * The push phase: the outbox's pending ops, oldest first, in batches bounded by count and
 * bytes, until none is pending. Ops that cannot be sent are quarantined locally first; each
 * answer is validated, then applied in its own transaction (apply-push.ts) — the network is
 * awaited outside it.
 */
import {
  isSyncedEntity,
  MAX_PUSH_OPS,
  MAX_RECORD_BYTES,
  pushOpSchema,
  pushResponseSchema,
  type PushOp,
  type PushResponse,
} from '../../src-shared/contracts/sync/protocol';
import { rejectionReasons } from '../../src-shared/contracts/sync/rejections';
import type { AppDb } from '../db/app-db';
import { identityCodec, type FieldCodec } from '../db/field-codec';
import { toWireOrSealed, TranscodeError } from '../db/at-rest/transcode';
import type { OutboxRow } from '../db/rows';
import { applyPushResults, quarantine } from './apply-push';
import { syncTables, utf8Bytes } from './records';
import { MAX_ROUNDS, type Ctx } from './sync-context';
import { BadResponse } from './sync-errors';
import { SyncLogWriter } from './sync-state';

/** A push request body stays under this (the server accepts 8 MiB; headroom for slow links). */
export const MAX_PUSH_BYTES = 4 * 1024 * 1024;

type LocalRefusal = { op: OutboxRow; code: 'invalid-record' | 'record-too-large' };

/** Ops of entities the server does not keep (rule packs) are set aside as 'local'. */
export async function setAsideLocalOnly({ db, now }: Ctx): Promise<void> {
  await db.transaction('rw', db.outbox, db.syncLog, async () => {
    const log = new SyncLogWriter(now());
    await db.outbox
      .where('state')
      .equals('pending')
      .filter((o) => !isSyncedEntity(o.entity))
      .modify((o) => {
        o.state = 'local';
        log.add({
          action: 'kept-local',
          entity: o.entity,
          entityId: o.entityId,
          opId: o.opId,
          reason: 'entity not kept on the office server',
        });
      });
    await log.flush(db);
  });
}

const recordKey = (o: { entity: string; entityId: string }) => `${o.entity}\u0000${o.entityId}`;

/**
 * Pending ops, oldest first (`at`, then opId: ids are time-ordered UUIDv7), at most `limit`.
 * Within one record the ops are put in baseVersion order whatever their timestamps say, so a
 * clock step back never pushes v2 before v1.
 */
async function nextPending(db: AppDb, limit: number): Promise<OutboxRow[]> {
  const ops = await db.outbox
    .orderBy('at')
    .filter((o) => o.state === 'pending')
    .limit(limit)
    .toArray();
  const slots = new Map<string, number[]>();
  ops.forEach((o, i) => {
    const k = recordKey(o);
    slots.set(k, [...(slots.get(k) ?? []), i]);
  });
  const out = [...ops];
  for (const idx of slots.values()) {
    if (idx.length < 2) continue;
    const sorted = idx.map((i) => ops[i]!).sort((a, b) => a.baseVersion - b.baseVersion);
    idx.forEach((i, j) => (out[i] = sorted[j]!));
  }
  return out;
}

/**
 * The op as the server receives it: its record (stored at rest) in the wire form
 * (wire-boundary.ts). Also what an offline bundle must carry (src-renderer/bundle: "exactly
 * what sync.push would send"). Throws TranscodeError when the record does not decrypt here.
 */
export async function wirePushOp(codec: FieldCodec, o: OutboxRow): Promise<PushOp> {
  return {
    opId: o.opId,
    entity: o.entity,
    entityId: o.entityId,
    baseVersion: o.baseVersion,
    // A plain store's records are already in the wire form (see wire-boundary.ts).
    record: codec === identityCodec ? o.record : await toWireOrSealed(codec, o.entity, o.record),
    at: o.at,
  };
}

export async function pushAll(ctx: Ctx): Promise<void> {
  const { db, opts } = ctx;
  const maxOps = Math.max(1, Math.min(MAX_PUSH_OPS, opts.maxPushOps ?? MAX_PUSH_OPS));
  const maxBytes = opts.maxPushBytes ?? MAX_PUSH_BYTES;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const candidates = await nextPending(db, maxOps);
    if (candidates.length === 0) return;

    // An op the server would refuse as a whole request (a bad envelope → 400) or that could
    // not fit in a body is refused here, with the server's code, so it never blocks the queue.
    // A record this device cannot decrypt (damaged, written under another key) cannot be sent
    // in the wire form either: refused here like a bad envelope, so it never blocks the queue.
    const unsendable: LocalRefusal[] = [];
    const batch: OutboxRow[] = [];
    const wireOps: PushOp[] = [];
    let bytes = 0;
    for (const op of candidates) {
      let wire: PushOp;
      try {
        wire = await wirePushOp(ctx.codec, op);
      } catch (error) {
        if (!(error instanceof TranscodeError)) throw error;
        unsendable.push({ op, code: 'invalid-record' });
        continue;
      }
      const size = utf8Bytes(JSON.stringify(wire)) + 1;
      if (!pushOpSchema.safeParse(wire).success) {
        unsendable.push({ op, code: 'invalid-record' });
        continue;
      }
      // The server's own rule (access.ts recordBytes): refused there anyway, so never sent.
      if (utf8Bytes(JSON.stringify(wire.record)) > MAX_RECORD_BYTES) {
        unsendable.push({ op, code: 'record-too-large' });
        continue;
      }
      if (batch.length > 0 && bytes + size > maxBytes) break;
      batch.push(op);
      wireOps.push(wire);
      bytes += size;
    }
    if (unsendable.length > 0) {
      await applyLocalRefusals(ctx, unsendable);
      continue;
    }

    await markSent(ctx, batch);
    const response = parsePush(
      await ctx.transport.push({
        ...(opts.deviceId ? { deviceId: opts.deviceId } : {}),
        ops: wireOps,
      }),
      batch,
    );
    ctx.report.pushed += batch.length;
    await applyPushResults(ctx, batch, response.results);
  }
}

/**
 * Stamps `sentAt` on the batch's ops in ONE transaction that commits before the request
 * leaves (the network is never awaited inside a transaction). From then on the server may hold
 * them even if no answer ever comes, so the record's badge says "sent", not "local". A first
 * stamp is kept on a retry: it answers "has this left the device", which a failed request
 * does not undo. Ops quarantined or acknowledged meanwhile are left alone.
 */
async function markSent({ db, now }: Ctx, batch: OutboxRow[]): Promise<void> {
  const at = now();
  await db.transaction('rw', db.outbox, async () => {
    // bulkGet + bulkPut: a Collection.modify over 500 keys cost ~4× as much (docs/performance.md).
    const current = await db.outbox.bulkGet(batch.map((o) => o.opId));
    const stamped = current
      .filter((o): o is OutboxRow => !!o && o.state === 'pending' && !o.sentAt)
      .map((o) => ({ ...o, sentAt: at }));
    if (stamped.length > 0) await db.outbox.bulkPut(stamped);
  });
}

function parsePush(raw: unknown, batch: OutboxRow[]): PushResponse {
  const parsed = pushResponseSchema.safeParse(raw);
  if (!parsed.success) throw new BadResponse(`push response: ${parsed.error.message}`);
  const { results } = parsed.data;
  if (results.length !== batch.length) {
    throw new BadResponse(`push response: ${results.length} results for ${batch.length} ops`);
  }
  results.forEach((r, i) => {
    if (r.opId !== batch[i]!.opId)
      throw new BadResponse(`push response: result ${i} is for ${r.opId}`);
    if (r.outcome === 'duplicate' && !r.original) {
      throw new BadResponse(`push response: duplicate ${r.opId} without its original outcome`);
    }
  });
  return parsed.data;
}

async function applyLocalRefusals(ctx: Ctx, refused: LocalRefusal[]): Promise<void> {
  const { db, now } = ctx;
  await db.transaction('rw', syncTables(db), async () => {
    const log = new SyncLogWriter(now());
    for (const { op, code } of refused) {
      ctx.report.rejected += 1;
      await quarantine(ctx, log, op.opId, {
        code,
        reason: rejectionReasons[code],
        at: now(),
      });
    }
    await log.flush(db);
  });
}
