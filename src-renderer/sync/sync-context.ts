/** The options of a sync run and the context its phases share. */
import type { AppDb } from '../db/app-db';
import type { FieldCodec } from '../db/field-codec';
import type { SyncReport } from './sync-errors';
import type { SyncTransport } from './transport';

export interface SyncOptions {
  /**
   * The field codec of this device's store (`repoDeps.codec`): records are pushed in the wire
   * form and stored in this codec's at-rest form (wire-boundary.ts). Absent: identityCodec — a
   * plain store, where both forms are the same (tests and the bench). An encrypted store MUST
   * pass its codec, or pushes would carry ciphertext and pulls would store plaintext.
   */
  codec?: FieldCodec;
  now?: () => string;
  /** Sent as the request's `deviceId` (the server refuses a token of another device). */
  deviceId?: string;
  maxPushOps?: number;
  maxPushBytes?: number;
  /** Changes per pull page (server default when absent). */
  pullLimit?: number;
  /**
   * For tests: runs inside every apply transaction just before it commits. Throwing aborts
   * that transaction — a crash between the server's answer and the local commit.
   */
  beforeCommit?: (phase: 'push' | 'pull') => void;
}

/** One run's state, handed to every phase; `report` is counted up as the run commits. */
export interface Ctx {
  db: AppDb;
  transport: SyncTransport;
  opts: SyncOptions;
  /** The store's codec (SyncOptions.codec, else identityCodec). */
  codec: FieldCodec;
  now: () => string;
  report: SyncReport;
  /** The adopted server identity (`syncState.serverUserId`). */
  userId: string;
}

/** Guards against a server that keeps saying "more" without progress. */
export const MAX_ROUNDS = 100_000;
