/**
 * The per-record sync badge of the registers (issue 6): from the outbox ops still kept for one
 * record, where that record stands with the office server. Pure; the renderer reads the ops.
 *
 * Acknowledged ops are deleted by the engine, so a record with no op left is one the server
 * holds (accepted, or pulled from it). An op that is still pending either never left the device
 * ('local') or left with a request whose answer has not been applied ('sent': it may be on the
 * server already; the next push gets 'duplicate' and settles it). A quarantined op stays in the
 * outbox for good, so the record keeps saying 'rejected' until the quarantine is resolved.
 */
import type { OutboxState } from '../../contracts/sync/outbox-op';

/** In order of precedence, strongest first: what the user must act on wins. */
export const recordSyncStatuses = ['rejected', 'sent', 'local', 'accepted'] as const;
export type RecordSyncStatus = (typeof recordSyncStatuses)[number];

/** What the status needs of an outbox op. */
export interface OpSyncFacts {
  state: OutboxState;
  /** When a push carrying the op first left the device. */
  sentAt?: string;
  /** A quarantined op the user has dealt with (kept, readable, no longer needing attention). */
  resolved?: boolean;
}

/** What the status needs of the device. */
export interface DeviceSyncFacts {
  /** The device's register is bound to a server account (`syncState.serverUserId`). */
  boundToServer: boolean;
}

function opStatus(op: OpSyncFacts): Exclude<RecordSyncStatus, 'accepted'> {
  if (op.state === 'rejected') return 'rejected';
  if (op.state === 'sent' || op.sentAt) return 'sent';
  // 'pending' not yet sent, or 'local' (kept off the server by design): either way the
  // change exists only here.
  return 'local';
}

/**
 * The badge of one record, or null for no badge. A device that has never been signed in has
 * no server: every record would say "local", which reads as "waiting" for something that does
 * not exist, and "accepted" would be false — so nothing is shown. Once bound (the binding is
 * kept across sign-outs), a record with no op left is 'accepted'.
 */
export function recordSyncStatus(
  ops: readonly OpSyncFacts[],
  device: DeviceSyncFacts,
): RecordSyncStatus | null {
  if (!device.boundToServer) return null;
  let best: RecordSyncStatus = 'accepted';
  for (const op of ops) {
    // A resolved quarantine no longer describes the record: the row is the server's copy, or a
    // re-applied change has its own new op.
    if (op.resolved) continue;
    const s = opStatus(op);
    if (recordSyncStatuses.indexOf(s) < recordSyncStatuses.indexOf(best)) best = s;
  }
  return best;
}
