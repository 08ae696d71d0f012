/**
 * What a sync run reports (`SyncReport`) and how it fails (`SyncError`, with the part of the
 * run committed before the failure); docs/sync.md, "One run: syncOnce", step 5.
 */
import { SyncTransportError } from './transport';

export interface SyncReport {
  /** Ops sent (a retried op counts again). */
  pushed: number;
  /** Ops the server holds (first delivery or an earlier one). */
  accepted: number;
  /** Answers that were 'duplicate' (already delivered before), whatever their outcome. */
  duplicates: number;
  /** Ops quarantined: refused by the server, refused locally before sending, or built on one. */
  rejected: number;
  /** Ops that conflicted (also quarantined, counted here and not in `rejected`). */
  conflicts: number;
  /** Changes received by pull. */
  pulled: number;
  /** Pulled changes written to a local table. */
  applied: number;
  /** The server revision applied locally after this run. */
  revision: number;
}

export type SyncErrorCode = 'no-identity' | 'transport' | 'bad-response' | 'local';

/** syncOnce failed; what was committed before the failure is in `partial`. */
export class SyncError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    message: string,
    readonly partial: SyncReport,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

/** A server answer that failed validation (becomes `SyncError('bad-response')`). */
export class BadResponse extends Error {}

export const emptyReport = (revision: number): SyncReport => ({
  pushed: 0,
  accepted: 0,
  duplicates: 0,
  rejected: 0,
  conflicts: 0,
  pulled: 0,
  applied: 0,
  revision,
});

export function asSyncError(error: unknown, report: SyncReport): SyncError {
  if (error instanceof SyncError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof BadResponse) return new SyncError('bad-response', message, report, error);
  const name = error instanceof Error ? error.name : '';
  // Dexie errors are local (quota, a tab closing the database); anything else is the transport.
  if (name.endsWith('Error') && name !== 'Error' && name !== 'SyncTransportError') {
    if (/^(Dexie|Abort|Constraint|Quota|Database|InvalidState|Transaction)/.test(name)) {
      return new SyncError('local', message, report, error);
    }
  }
  return new SyncError('transport', message, report, error);
}

/**
 * The transport's own failure behind a failed run (`SyncError('transport', …, cause)`), so a
 * caller can read its code (retry later, sign in again); undefined for any other failure.
 */
export function transportFailureOf(error: unknown): SyncTransportError | undefined {
  if (!(error instanceof SyncError) || error.code !== 'transport') return undefined;
  return error.cause instanceof SyncTransportError ? error.cause : undefined;
}
