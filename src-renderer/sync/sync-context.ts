/** The options of a sync run and the context its phases share. */
import type { AppDb } from '../db/app-db';
import type { SyncReport } from './sync-errors';
import type { SyncTransport } from './transport';

export interface SyncOptions {
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
  now: () => string;
  report: SyncReport;
  /** The adopted server identity (`syncState.serverUserId`). */
  userId: string;
}

/** Guards against a server that keeps saying "more" without progress. */
export const MAX_ROUNDS = 100_000;
