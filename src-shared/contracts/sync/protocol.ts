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
  'rosterMember',
  'dutySchedule',
  'scheduleAck',
  'distribution',
  'distributionAnswer',
  'feeClaim',
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

/** Echo ranges a pull request may carry (more simply come back as echoes: always safe). */
export const MAX_ECHO_RANGES = 256;

/**
 * A closed range of revisions `[lo, hi]` that the caller's own accepted ops produced and whose
 * versions it holds exactly as pushed (push answers name each op's revision).
 */
export const echoRangeSchema = z
  .tuple([revision, revision])
  .refine(([lo, hi]) => lo <= hi, { message: 'an echo range runs from low to high' });
export type EchoRange = z.infer<typeof echoRangeSchema>;

export const pullRequestSchema = z.object({
  /** The highest revision the client has applied (0 at first sync). */
  since: revision,
  limit: z.number().int().min(1).max(MAX_PULL_LIMIT).optional(),
  /**
   * The caller's own echoes: records at these revisions are left out of the page (the caller
   * wrote them and holds them), so a first sync does not download the register it just
   * uploaded. Only the records branch is filtered; a revision in a range is one the caller's
   * accepted op produced, so it is never a colleague's record, a mark or a conflict.
   */
  echoes: z.array(echoRangeSchema).max(MAX_ECHO_RANGES).optional(),
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

/**
 * An aid mark (Rules cl. 42, docs/sync.md "Once per issue across the office"): that another
 * advocate of the caller's office gave state-guaranteed legal aid to the person with this
 * lookup key, in this issue area, on this date. Derived by the server from a record's plain
 * index fields only — never its personal part — so an advocate's once-per-issue check sees the
 * whole office without reading colleagues' registers (advocate secrecy).
 *
 * `iinKey` is the client codec's lookup key: the IIN in clear until encryption (issue 9), then
 * a keyed hash that must be keyed per office, or marks of one laptop never match another's.
 * Strings are not bounded here: one odd record must not make every colleague's pull fail.
 */
export const aidMarkSchema = z.object({
  /** 'consultation' or 'eligibilityCheck' today; a client ignores kinds it does not know. */
  entity: z.string(),
  entityId: z.string(),
  /** The advocate who gave the aid, and their account name (null if the server has none). */
  ownerId: z.string(),
  ownerName: z.string().nullable(),
  iinKey: z.string(),
  issueAreaId: z.string(),
  /** YYYY-MM-DD of applying (consultation) or of the decision (eligibility check). */
  date: z.string(),
  /** A consultation's status ('given', 'deferred', 'refused') or a check's outcome. */
  status: z.string(),
  /** 'consultation' or 'defence': which kind of aid. */
  service: z.string(),
  /** The record's version and revision: a newer mark replaces an older one. */
  version: z.number().int().positive(),
  revision,
});
export type AidMark = z.infer<typeof aidMarkSchema>;

export const pullResponseSchema = z.object({
  ok: z.literal(true),
  /** Current records changed after `since`, in revision order (only the latest version of each). */
  changes: z.array(pulledChangeSchema),
  /** Conflicts raised after `since` that involve the caller, in revision order. */
  conflicts: z.array(pulledConflictSchema),
  /**
   * Aid marks of office colleagues' records changed after `since` (advocates only: a head
   * receives those records in full). Each record revision is a change or a mark, never both.
   * Absent from an older server's answer, hence the default.
   */
  marks: z.array(aidMarkSchema).default([]),
  /** The highest revision in this page (`since` when the page is empty): the next `since`. */
  revision,
  /** More changes wait: pull again with `since = revision`. */
  more: z.boolean(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

// ── resolving a conflict: POST /v1/sync/conflicts/:id/resolve (docs/sync.md) ─────────────

/**
 * How the people involved settled a conflict. The server only records the choice (and gives the
 * conflict a new revision so every device pulls it resolved); the work itself is done by the
 * client through ordinary pushes: 'kept-server' changes nothing, 'reapplied' pushed the refused
 * content again as a correction on top of the server's version, 'sent-as-new' pushed it as a new
 * register entry.
 */
export const conflictResolutions = ['kept-server', 'reapplied', 'sent-as-new'] as const;
export type ConflictResolution = (typeof conflictResolutions)[number];

export const conflictIdSchema = envelopeText(200);

export const resolveConflictRequestSchema = z.object({
  resolution: z.enum(conflictResolutions),
  /** A short word for the people involved; never personal data (it is stored in clear). */
  note: envelopeText(500).optional(),
});
export type ResolveConflictRequest = z.infer<typeof resolveConflictRequestSchema>;

/** The same answer however often it is asked: the first resolution stands. */
export const resolveConflictResponseSchema = z.object({
  ok: z.literal(true),
  conflictId: z.string(),
  resolution: z.enum(conflictResolutions),
  resolvedAt: z.string(),
  resolvedBy: z.string(),
  /** The conflict's revision since it was resolved (pulls deliver it again from there). */
  revision,
});
export type ResolveConflictResponse = z.infer<typeof resolveConflictResponseSchema>;

/** What the renderer hands the main process: the conflict and the request body. */
export const resolveConflictCallSchema = resolveConflictRequestSchema.extend({
  conflictId: conflictIdSchema,
});
export type ResolveConflictCall = z.infer<typeof resolveConflictCallSchema>;
