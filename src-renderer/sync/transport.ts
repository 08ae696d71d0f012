/**
 * How the sync engine reaches the office server. The renderer has no network of its own: the
 * app's transport calls the main process (`window.api.sync.exchange`, HTTPS with the device
 * token kept in safeStorage); tests call the server in-process. The engine zod-validates every
 * response before using it, so a transport may hand back whatever it received.
 */
import type {
  PullRequest,
  PullResponse,
  PushRequest,
  PushResponse,
  ResolveConflictRequest,
  ResolveConflictResponse,
} from '../../src-shared/contracts/sync/protocol';

export interface SyncTransport {
  push(req: PushRequest): Promise<PushResponse>;
  pull(req: PullRequest): Promise<PullResponse>;
  /**
   * Tells the server how a conflict was resolved (resolve-phase.ts). Optional: without it the
   * resolutions wait in `syncState.pendingResolutions` for a transport that has it.
   */
  resolveConflict?(
    conflictId: string,
    req: ResolveConflictRequest,
  ): Promise<ResolveConflictResponse>;
}

/**
 * A request that got no usable answer: no connection, a timeout, or an HTTP error (then
 * `status` and the server's error `code`, e.g. 401 'unauthenticated' → sign in again).
 * Nothing was applied locally; the same ops are pushed again next time (pushes are idempotent).
 */
export class SyncTransportError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'SyncTransportError';
  }
}
