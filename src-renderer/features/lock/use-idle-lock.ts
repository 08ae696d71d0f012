import { useEffect } from 'react';
import { startIdleTimer } from './idle-timer';

/** While mounted: `onIdle` after `minutes` without pointer, key, wheel or touch activity. */
export function useIdleLock(minutes: number, onIdle: () => void): void {
  useEffect(() => startIdleTimer(window, minutes * 60_000, onIdle), [minutes, onIdle]);
}
