/** The app's one sync service (real database, window.api) and the hook the UI reads it with. */
import { useSyncExternalStore } from 'react';
import { appDb } from '../db';
import { api } from '../host/host';
import { createSyncService, type SyncService, type SyncSnapshot } from './sync-service';

let service: SyncService | null = null;

export function appSyncService(): SyncService {
  service ??= createSyncService({ api, db: appDb });
  return service;
}

export function useSync(): SyncSnapshot {
  const s = appSyncService();
  return useSyncExternalStore(s.subscribe, s.getSnapshot);
}
