/**
 * The sync protocol between a device and its office server (docs/sync.md, "Protocol"):
 * `POST /v1/sync/push` sends outbox ops, `POST /v1/sync/pull` fetches changes since a server
 * revision. The same schemas parse on both sides: the server validates requests with them, the
 * client engine validates responses.
 *
 * The op envelope (ids, versions, an object record) is written by the client's own code
 * (commitChange), so an envelope that fails here is a program bug and the whole request is a
 * 400. Everything about the record itself (kind, shape, owner, versions) is decided per op and
 * answered per op, so one bad record never blocks the rest of the queue.
 */
import { z } from 'zod';
import { outboxOpSchema } from './outbox-op';
import { rejectionCodes } from './rejections';

/** Ops per push request; the client splits a longer outbox (and keeps a request under 8 MiB). */
export const MAX_PUSH_OPS = 500;
/** Changes per pull page. */
export const MAX_PULL_LIMIT = 1000;
export const DEFAULT_PULL_LIMIT = 500;
/** A record's JSON (UTF-8 bytes) above this is rejected 'record-too-large'. */
export const MAX_RECORD_BYTES = 256 * 1024;

/**
 * Entities kept on the office server. Everything else in the outbox is device-local (e.g.
 * 'rulePack': installed pack files) and the client engine does not push it.
 */
export const syncedEntityNames = [
  'consultation',
  'appointment',
  'eligibilityCheck',
  'profile',
] as const;
export type SyncedEntityName = (typeof syncedEntityNames)[number];
export const isSyncedEntity = (name: string): name is SyncedEntityName =>
  (syncedEntityNames as readonly string[]).includes(name);

/** PostgreSQL `integer` columns hold versions. */
const MAX_VERSION = 2_147_483_646;
/** Revisions are PostgreSQL bigint, read back as JS numbers (safe up to 2^53). */
const revision = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/** Envelope strings are ids and names: no NUL (PostgreSQL text cannot hold it). */
const envelopeText = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine((s) => !s.includes('\u0000'), 'NUL character');

export const pushOpSchema = outboxOpSchema.omit({ state: true }).extend({
  opId: envelopeText(100),
  entity: envelopeText(100),
  entityId: envelopeText(200),
  baseVersion: z.number().int().nonnegative().max(MAX_VERSION),
  at: envelopeText(64),
});
export type PushOp = z.infer<typeof pushOpSchema>;

export const pushRequestSchema = z.object({
  /** Informational; the server takes the device from the token and refuses a different one. */
  deviceId: z.string().min(1).max(200).optional(),
  ops: z.array(pushOpSchema).max(MAX_PUSH_OPS),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const reasonSchema = z.object({ kk: z.string(), ru: z.string(), en: z.string() });

export const opOutcomes = ['accepted', 'rejected', 'conflict', 'duplicate'] as const;
export type OpOutcome = (typeof opOutcomes)[number];
/** What a duplicate's first delivery ended as. */
export const storedOutcomes = ['accepted', 'rejected', 'conflict'] as const;
export type StoredOutcome = (typeof storedOutcomes)[number];

/** The server's current copy of a record, sent back on a conflict or a version gap. */
export const serverCopySchema = z.object({
  version: z.number().int().positive(),
  revision,
  record: z.record(z.string(), z.unknown()),
});
export type ServerCopy = z.infer<typeof serverCopySchema>;

export const pushResultSchema = z.object({
  opId: z.string(),
  outcome: z.enum(opOutcomes),
  /** Only for 'duplicate': what the op's first delivery ended as (the client acts on this). */
  original: z.enum(storedOutcomes).optional(),
  /** The revision the op produced (accepted: the record's; conflict: the conflict's). */
  revision: revision.optional(),
  /** accepted: the record's new version (baseVersion + 1). */
  version: z.number().int().positive().optional(),
  /** rejected (or a duplicate of one). */
  code: z.enum(rejectionCodes).optional(),
  /** rejected or conflict: what to show the advocate. */
  reason: reasonSchema.optional(),
  conflictId: z.string().optional(),
  /**
   * conflict or version-gap on the caller's own record: the server's current copy, so the client
   * replaces its local row at once and does not build further changes on the refused version.
   */
  server: serverCopySchema.optional(),
});
export type PushResult = z.infer<typeof pushResultSchema>;

export const pushResponseSchema = z.object({
  ok: z.literal(true),
  results: z.array(pushResultSchema),
  /**
   * The server's revision after this push. Not a pull cursor: other devices' changes below it
   * may not have been pulled yet.
   */
  revision,
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

export const pullRequestSchema = z.object({
  /** The highest revision the client has applied (0 at first sync). */
  since: revision,
  limit: z.number().int().min(1).max(MAX_PULL_LIMIT).optional(),
});
export type PullRequest = z.infer<typeof pullRequestSchema>;

export const pulledChangeSchema = z.object({
  entity: z.string(),
  entityId: z.string(),
  version: z.number().int().positive(),
  ownerId: z.string(),
  revision,
  record: z.record(z.string(), z.unknown()),
});
export type PulledChange = z.infer<typeof pulledChangeSchema>;

export const pulledConflictSchema = z.object({
  id: z.string(),
  entity: z.string(),
  entityId: z.string(),
  opId: z.string(),
  ownerId: z.string(),
  /** The version the refused change was built on, and the server's version at that moment. */
  baseVersion: z.number().int().nonnegative(),
  serverVersion: z.number().int().positive(),
  /** The refused change (the device's record). */
  theirs: z.record(z.string(), z.unknown()),
  /** The server's record when the conflict was found (kept as it was). */
  ours: z.record(z.string(), z.unknown()),
  revision,
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
});
export type PulledConflict = z.infer<typeof pulledConflictSchema>;

export const pullResponseSchema = z.object({
  ok: z.literal(true),
  /** Current records changed after `since`, in revision order (only the latest version of each). */
  changes: z.array(pulledChangeSchema),
  /** Conflicts raised after `since` that involve the caller, in revision order. */
  conflicts: z.array(pulledConflictSchema),
  /** The highest revision in this page (`since` when the page is empty): the next `since`. */
  revision,
  /** More changes wait: pull again with `since = revision`. */
  more: z.boolean(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;
