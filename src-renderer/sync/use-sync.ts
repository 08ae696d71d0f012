/** The app's one sync service (real database, window.api) and the hook the UI reads it with. */
import { useSyncExternalStore } from 'react';
import { appDb, repoDeps } from '../db';
import { api } from '../host/host';
import { createSyncService, type SyncService, type SyncSnapshot } from './sync-service';

let service: SyncService | null = null;

export function appSyncService(): SyncService {
  // The codec is read at each run: it is the unlocked vault's (records travel in the wire form
  // and are stored at rest, sync/wire-boundary.ts).
  service ??= createSyncService({ api, db: appDb, codec: () => repoDeps.codec });
  return service;
}

export function useSync(): SyncSnapshot {
  const s = appSyncService();
  return useSyncExternalStore(s.subscribe, s.getSnapshot);
}
