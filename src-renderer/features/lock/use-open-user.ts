import { useSyncExternalStore } from 'react';
import { appSession } from '../../vault/app-session';
import type { UserCard } from '../../vault/user-entry';

/**
 * The signed-in user's card and idle minutes, live: Settings → Security re-renders when the
 * session saves a change (a PIN, the office key). `null` only in the instant of a lock.
 */
export function useOpenUser(): { user: UserCard; idleMinutes: number } | null {
  const state = useSyncExternalStore(appSession.subscribe, appSession.getSnapshot);
  return state.status === 'unlocked' ? { user: state.user, idleMinutes: state.idleMinutes } : null;
}
