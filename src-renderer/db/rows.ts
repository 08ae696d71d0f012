/** Stored row shapes of tables whose records are not shared contracts. */
import type { OutboxOp } from '../../src-shared/contracts/sync/outbox-op';
import type { DistributionRound } from '../../src-shared/contracts/entities/duty-distribution';
import type { SettlementKind } from '../../src-shared/contracts/entities/consultation';

/** A rule pack installed from a file (shipped packs are not stored: they come with the app). */
export interface InstalledPackRow {
  /** `${packId}@${packVersion}` — immutable, like the pack. */
  id: string;
  version: number;
  packId: string;
  packVersion: number;
  kind: string;
  /** The file's text exactly as validated, so it can be re-validated on every start. */
  json: string;
  installedAt: string;
  installedBy: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * A recorded eligibility decision. Facts and decision name the person, so both are stored
 * as JSON through the codec (personal); the rest are plain index fields for lists and the
 * once-per-issue lookup (`iinKey` is the codec's lookup key, never the IIN in clear).
 */
export interface EligibilityCheckRow {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  actor: string;
  date: string;
  service: string;
  outcome: string;
  issueAreaId: string;
  categoryId: string | null;
  packId: string;
  packVersion: number;
  iinKey: string;
  factsJson: string;
  decisionJson: string;
}

/**
 * A consultation register entry as stored. Index fields are plain and carry nothing that
 * identifies the person; names, IINs, documents, the issue and the advice are in
 * `entryJson` (personal, through the codec). `iinKey` and `searchKeys` are codec lookup keys.
 */
export interface ConsultationRow {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  advocateId: string;
  year: number;
  number: number;
  /** YYYY-MM and YYYY-MM-DD of applying, for month filters and daily caps. */
  month: string;
  date: string;
  status: string;
  categoryId: string | null;
  language: string;
  issueAreaId: string;
  durationMinutes: number;
  /** '' unless deferred: for the overdue list. */
  appointmentAt: string;
  iinKey: string;
  searchKeys: string[];
  entryJson: string;
  correctionReason?: string;
  /**
   * Town or rural settlement, copied from the entry (Rules cl. 5.4): office summaries count it
   * without decoding the personal part. Not indexed (no schema version); absent = not stated.
   */
  settlement?: SettlementKind;
}

/**
 * A defence register entry (MoJ order 1465) as stored. Index fields are plain and carry nothing
 * that identifies a person or the case: names, IINs, the case number, the decree and everything
 * appended later are in `recordJson` (personal, through the codec). `caseKey`, `personKeys` and
 * `searchKeys` are codec lookup keys; `noticeKeys` are plain register coordinates of notices.
 */
export interface AppointmentRow {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  advocateId: string;
  /** Year of receiving; with `number`, the place in the register (kept on correction). */
  year: number;
  number: number;
  /** YYYY-MM and YYYY-MM-DD of `receivedAt`. */
  month: string;
  receivedDate: string;
  state: string;
  stageId: string;
  caseKind: string;
  language: string;
  source: string;
  caseGroupId: string;
  /** Lookup key of the normalised case number (normalizeCaseNumber). */
  caseKey: string;
  /**
   * Lookup keys of every person on either side: 'iin' of the client and of each opposing party
   * with an IIN, 'name' of each one's normalised full name — the conflict check finds a person
   * whichever side they were on.
   */
  personKeys: string[];
  /** Lookup keys of the client's name words and IIN, and of `c:` + the normalised case number. */
  searchKeys: string[];
  /** `${advocateId}#${year}#${number padded to 6}` per notice: continuous notice numbering. */
  noticeKeys: string[];
  /** The record's body (everything but the plain fields above) as JSON; personal. */
  recordJson: string;
  /** Why this version replaced the previous one: an action name or a correction reason. */
  changeReason?: string;
  /** Town or rural settlement, copied from the intake, as on ConsultationRow (not indexed). */
  settlement?: SettlementKind;
}

// ── sync (schema v5, src-renderer/sync) ─────────────────────────────────────────────────────

/** Why the office server refused an op (or `conflict`): shown in the quarantine list. */
export interface OutboxRejection {
  /** A rejection code (src-shared/contracts/sync/rejections.ts) or 'conflict'. */
  code: string;
  reason: { kk: string; ru: string; en: string };
  at: string;
  /** The server's conflict record (both versions kept there), for a conflict. */
  conflictId?: string;
  /** Set when this op was quarantined because an earlier op on the same record was. */
  causeOpId?: string;
  /**
   * Set when the user resolved the quarantine (src-renderer/sync/resolve-actions.ts): the op
   * stays here, readable, but no longer needs attention. Unindexed, so no schema version.
   */
  resolvedAt?: string;
  resolution?: LocalResolution;
}

/**
 * How a conflict or a quarantined change was resolved: the server's three choices
 * (protocol.ts `conflictResolutions`), and 'kept-both' for a register number taken here, which
 * only this device knows of.
 */
export type LocalResolution = 'kept-server' | 'reapplied' | 'sent-as-new' | 'kept-both';

/** A resolution the server has not been told of yet (sent by resolve-phase.ts). */
export interface PendingResolution {
  conflictId: string;
  resolution: Exclude<LocalResolution, 'kept-both'>;
  note?: string;
  at: string;
}

/** An outbox row: the op as commitChange writes it, plus the quarantine's reason. */
export type OutboxRow = OutboxOp & {
  rejection?: OutboxRejection;
  /**
   * When a push carrying this op first left the device (set before the request, kept on a
   * retry). Its answer may be lost, so the op stays 'pending' and is pushed again (the server
   * answers 'duplicate'); `sentAt` only lets the registers' badge say "sent" instead of
   * "local". Optional and not indexed, so no schema version is needed.
   */
  sentAt?: string;
};

export const SYNC_STATE_ID = 'sync';

/** The one row of `syncState`. */
export interface SyncStateRow {
  id: typeof SYNC_STATE_ID;
  /** The highest server revision applied locally: the next pull's `since`. */
  serverRevision: number;
  lastSuccessAt?: string;
  /** `code` is the engine's class; `transportCode` the transport's own (offline, unauthenticated…). */
  lastError?: { code: string; message: string; at: string; transportCode?: string };
  /** The server user this device's register is owned by (adoptServerIdentity). */
  serverUserId?: string;
  deviceId?: string;
  /** The local profile id the register had before adoption. */
  previousProfileId?: string;
  /**
   * Set once a pull from revision 0 has run to its end against a server that sends aid marks
   * (cl. 42): colleagues' marks up to `serverRevision` are all here. Until then, a server that
   * sends marks makes the pull start again from 0 (pull-phase.ts), so a device that synced
   * before marks existed still learns of its colleagues' earlier aid.
   */
  aidMarksComplete?: boolean;
  /** Conflict resolutions made here, waiting to be sent to the server (oldest first). */
  pendingResolutions?: PendingResolution[];
  /**
   * Revisions this device's accepted ops produced that no pull has gone past yet (sorted,
   * disjoint `[lo, hi]`, src-shared/sync/echo-ranges.ts): the next pull asks the server to leave
   * those records out. Written with the push answer, pruned with each pull page.
   */
  echoes?: [number, number][];
}

/** One sync decision (Joplin style: what was done to which record, and why). */
export interface SyncLogRow {
  seq?: number;
  at: string;
  action: string;
  entity: string;
  entityId: string;
  opId?: string;
  reason: string;
}

/** A conflict pulled from the server (both versions), or a local apply that could not land. */
export interface SyncConflictRow {
  conflictId: string;
  /** 'server': a conflict record of the server; 'number-taken': a pulled record whose register
   * number is used locally by another record (not applied, kept here). */
  kind: 'server' | 'number-taken';
  entity: string;
  entityId: string;
  /** The refused change (server conflict) or the pulled record (number-taken). */
  theirs: Record<string, unknown>;
  /** The server's record when the conflict was found, or the local record holding the number. */
  ours: Record<string, unknown>;
  at: string;
  opId?: string;
  ownerId?: string;
  baseVersion?: number;
  serverVersion?: number;
  revision?: number;
  /** The server's time of resolution, or this device's until the server's is pulled. */
  resolvedAt?: string | null;
  seen?: boolean;
  /** How it was resolved, when resolved on this device (a pull does not say). */
  resolution?: LocalResolution;
}

// ── office aid marks (schema v6, Rules cl. 42) ─────────────────────────────────────────────

/**
 * That a colleague of the office gave aid to a person (protocol.ts `aidMarkSchema`), pulled so
 * the once-per-issue check sees the whole office. Index fields only — nothing about the person
 * but the lookup key, nothing of the advice. Key [entity+entityId]: one row per record, the
 * newest version wins.
 */
export interface OfficeAidMarkRow {
  entity: string;
  entityId: string;
  ownerId: string;
  /** The colleague's account name as the server knows it (null when it has none). */
  ownerName: string | null;
  /**
   * The person's IIN key in THIS device's codec (person namespace, lookup-keys.ts): the server
   * sends the wire form (the plain key) and sync/wire-boundary.ts blinds it on arrival.
   */
  iinKey: string;
  issueAreaId: string;
  date: string;
  /** Consultation status or check outcome. */
  status: string;
  service: string;
  version: number;
  revision: number;
}

// ── duty schedules and distribution (schema v7, issue 7) ───────────────────────────────────

/**
 * A paper hand-over as stored: the procedural document names a person, so it is kept as one
 * JSON string that passes through the codec (personal), beside the plain fields lists need.
 */
export interface DistributionRow {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  headId: string;
  year: number;
  number: number;
  /** YYYY-MM of the last round's duty date (the month the fairness report counts it in). */
  month: string;
  rounds: DistributionRound[];
  assigneeUserId: string;
  /** `ProcedureDocument` as JSON; personal. */
  documentJson: string;
}

// ── fee claims (schema v8, issue 8) ─────────────────────────────────────────────────────────

/**
 * A fee claim (src-shared/contracts/entities/fee-claim.ts) as stored. Index fields are plain and
 * name no person or case: ids, the register place, state, kind, the period and the amounts
 * lists and the monthly report need. Everything else — the basis document, expenses, notes, the
 * frozen calculation, submission, payments, rejection and history with their reasons — is in
 * `claimJson` (personal, through the codec).
 */
export interface FeeClaimRow {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  advocateId: string;
  /** Year of creation; with `number`, the claim's place, continuous per advocate per year. */
  year: number;
  number: number;
  state: string;
  kind: string;
  /** '' for a consultation claim. */
  appointmentId: string;
  periodFrom: string;
  periodTo: string;
  /** YYYY-MM of `periodTo`: the month whose report the claim belongs to. */
  periodMonth: string;
  /** The frozen calculation's total; 0 while a draft (a draft is priced live). */
  totalTiyn: number;
  /** The sum of the payments recorded. */
  paidTiyn: number;
  claimJson: string;
}
