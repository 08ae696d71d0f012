import { Center, Loader } from '@mantine/core';
import { useCallback, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { appSession } from '../../vault/app-session';
import { SessionError } from '../../vault/session-errors';
import { FailedScreen } from './FailedScreen';
import type { RunAction } from './lock-actions';
import { LockedScreen } from './LockedScreen';
import { OpeningScreen } from './OpeningScreen';
import { SoftLockScreen } from './SoftLockScreen';
import { useIdleLock } from './use-idle-lock';

/** Once per page life (StrictMode mounts effects twice in development). */
let started = false;

const idle = () => appSession.idle();

function Unlocked({ idleMinutes, children }: { idleMinutes: number; children: ReactNode }) {
  useIdleLock(idleMinutes, idle);
  return children;
}

/**
 * Nothing of the app mounts until the session is unlocked: the registers' database is not
 * even opened before (db/index.ts), so a locked screen cannot show personal data by mistake.
 * The soft lock unmounts the app too; the PIN mounts it again.
 */
export function LockGate({ children }: { children: ReactNode }) {
  const state = useSyncExternalStore(appSession.subscribe, appSession.getSnapshot);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (started) return;
    started = true;
    appSession.start().catch((e: unknown) => {
      console.error('lock: the user directory could not be read', e);
      setFailed(true);
    });
  }, []);

  // A refusal (a session error) is the form's to explain. Anything else that happens once the
  // session has begun opening the store leaves no form on screen: the gate shows the failure.
  const run = useCallback<RunAction>(async (action) => {
    try {
      await action();
      return null;
    } catch (e) {
      if (e instanceof SessionError) return e.code;
      console.error('lock: the session failed', e);
      if (appSession.getSnapshot().status === 'opening') setFailed(true);
      return 'unexpected';
    }
  }, []);

  if (failed) return <FailedScreen />;
  switch (state.status) {
    case 'loading':
      return (
        <Center h="100vh">
          <Loader aria-label="…" />
        </Center>
      );
    case 'locked':
      return <LockedScreen users={state.users} damaged={state.damaged.length} run={run} />;
    case 'opening':
      return <OpeningScreen encrypting={state.encrypting} />;
    case 'soft-locked':
      return <SoftLockScreen user={state.user} attemptsLeft={state.attemptsLeft} run={run} />;
    case 'unlocked':
      return <Unlocked idleMinutes={state.idleMinutes}>{children}</Unlocked>;
  }
}
