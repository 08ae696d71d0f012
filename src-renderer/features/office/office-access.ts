/**
 * Who sees the office view: a device signed in to the office server with a head's account. The
 * role is the server's (the account the device signed in with), not the local profile's: the
 * office's registers reach a device only when the server lets a head pull them.
 */
import type { SyncSnapshot } from '../../sync/sync-service';

export function isOfficeHead(sync: Pick<SyncSnapshot, 'phase' | 'account'>): boolean {
  return sync.phase === 'signedIn' && sync.account?.user?.role === 'head';
}
