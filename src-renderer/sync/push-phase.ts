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

// IndexedDB orders keys number < … < string < … < array: these bound every string id. (Not
// Dexie.minKey/maxKey: importing Dexie's value here would bind it before a test's IndexedDB.)
const BELOW_ANY_ID = -Infinity;
const ABOVE_ANY_ID: never[] = [];

/**
 * Ops of entities the server does not keep (rule packs) are set aside as 'local'. The outbox is
 * read one entity name at a time over its `[entity+entityId]` index, skipping each synced
 * entity's ops whole: a few reads however long the outbox is. (Walking every pending op instead
 * took ~0.4 s per 10 000 on fake-indexeddb, at the start of every sync.)
 */
export async function setAsideLocalOnly({ db, now }: Ctx): Promise<void> {
  await db.transaction('rw', db.outbox, db.syncLog, async () => {
    const log = new SyncLogWriter(now());
    let next = await db.outbox.orderBy('[entity+entityId]').first();
    while (next) {
      const { entity } = next;
      if (!isSyncedEntity(entity)) {
        await db.outbox
          .where('[entity+entityId]')
          .between([entity, BELOW_ANY_ID], [entity, ABOVE_ANY_ID], true, true)
          .filter((o) => o.state === 'pending')
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
      }
      // The first op of the next entity name.
      next = await db.outbox.where('[entity+entityId]').above([entity, ABOVE_ANY_ID]).first();
    }
    await log.flush(db);
  });
}

const recordKey = (o: { entity: string; entityId: string }) => `${o.entity}\u0000${o.entityId}`;

/**
 * Pending ops, oldest first (`at`, then opId: ids are time-ordered UUIDv7), at most `limit`.
 * Within one record the ops are put in baseVersion order whatever their timestamps say, so a
 * clock step back never pushes v2 before v1.
 *
 * While a request is out (`inFlight`), its ops are left out, and the batch stops before the
 * first op of a record that request carries: the server takes ops in the order they are sent,
 * and an op built on an in-flight one must wait for that one's answer (a refusal quarantines it
 * with its record's later ops, apply-push.ts).
 */
async function nextPending(db: AppDb, limit: number, inFlight?: Batch): Promise<OutboxRow[]> {
  const outOps = new Set(inFlight?.batch.map((o) => o.opId));
  const outRecords = new Set(inFlight?.batch.map(recordKey));
  const taken = await db.outbox
    .orderBy('at')
    .filter((o) => o.state === 'pending' && !outOps.has(o.opId))
    .limit(limit)
    .toArray();
  const cut = taken.findIndex((o) => outRecords.has(recordKey(o)));
  const ops = cut < 0 ? taken : taken.slice(0, cut);
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

/** Ops and their wire form, ready to send. */
interface Batch {
  batch: OutboxRow[];
  wireOps: PushOp[];
}

/** A request on its way: its answer or its failure, never an unhandled rejection. */
interface Sent extends Batch {
  answer: Promise<{ raw: unknown } | { error: unknown }>;
}

/**
 * Pushes every pending op. The requests are pipelined one deep, and still one at a time on the
 * wire: as soon as an answer comes, the next batch (prepared while the server worked) is sent,
 * and only then is the answer applied — so the server's work on batch k+1 overlaps this device's
 * Dexie work on answer k (a first sync of 50 000 records: docs/performance.md). The server
 * receives exactly the sequence it would receive one after the other (nextPending), and a
 * batch that goes out while an answer is being applied never holds an op that answer can
 * quarantine. If anything fails, a request still out is simply not applied: its ops stay
 * pending and are pushed again (pushes are idempotent by opId).
 */
export async function pushAll(ctx: Ctx): Promise<void> {
  let inFlight: Sent | undefined;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const next = await prepareBatch(ctx, inFlight);
    if (next === 'refused') continue;
    if (!inFlight) {
      if (next.batch.length === 0) return;
      inFlight = await send(ctx, next);
      continue;
    }
    const answered = await inFlight.answer;
    if ('error' in answered) throw answered.error;
    const response = parsePush(answered.raw, inFlight.batch);
    const applying = inFlight;
    inFlight = next.batch.length > 0 ? await send(ctx, next) : undefined;
    ctx.report.pushed += applying.batch.length;
    await applyPushResults(ctx, applying.batch, response.results);
  }
}

/**
 * The next batch, bounded by count and bytes. An op the server would refuse as a whole request
 * (a bad envelope → 400) or that could not fit in a body is refused here, with the server's
 * code, so it never blocks the queue; a record this device cannot decrypt (damaged, written
 * under another key) cannot be sent in the wire form either. Those are quarantined first
 * ('refused': prepare again).
 */
async function prepareBatch(ctx: Ctx, inFlight?: Batch): Promise<Batch | 'refused'> {
  const { db, opts } = ctx;
  const maxOps = Math.max(1, Math.min(MAX_PUSH_OPS, opts.maxPushOps ?? MAX_PUSH_OPS));
  const maxBytes = opts.maxPushBytes ?? MAX_PUSH_BYTES;
  const candidates = await nextPending(db, maxOps, inFlight);
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
    if (!pushOpSchema.safeParse(wire).success) {
      unsendable.push({ op, code: 'invalid-record' });
      continue;
    }
    const size = utf8Bytes(JSON.stringify(wire)) + 1;
    // The server's own rule (access.ts recordBytes): refused there anyway, so never sent. The
    // op's size bounds its record's, so the record is measured only when the op is that big.
    if (size > MAX_RECORD_BYTES && utf8Bytes(JSON.stringify(wire.record)) > MAX_RECORD_BYTES) {
      unsendable.push({ op, code: 'record-too-large' });
      continue;
    }
    if (batch.length > 0 && bytes + size > maxBytes) break;
    batch.push(op);
    wireOps.push(wire);
    bytes += size;
  }
  if (unsendable.length > 0) {
    // Never quarantines an op of an in-flight record: nextPending left those out.
    await applyLocalRefusals(ctx, unsendable);
    return 'refused';
  }
  return { batch, wireOps };
}

/** Stamps the batch as sent, then sends it; the answer is awaited by the caller. */
async function send(ctx: Ctx, { batch, wireOps }: Batch): Promise<Sent> {
  await markSent(ctx, batch);
  const answer = ctx.transport
    .push({ ...(ctx.opts.deviceId ? { deviceId: ctx.opts.deviceId } : {}), ops: wireOps })
    .then(
      (raw) => ({ raw }),
      (error: unknown) => ({ error }),
    );
  return { batch, wireOps, answer };
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
