import { Center, Loader } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { repos } from '../db';
import { FirstRunScreen } from '../features/profile/FirstRunScreen';
import { callHost } from '../host/host';
import { Shell } from './Shell';

const LOADING = Symbol('loading');

/** First run until a profile exists; then the shell. Re-renders live from IndexedDB. */
export function App() {
  const profile = useLiveQuery(() => repos.profile.current(), [], LOADING);
  const [isPreview, setPreview] = useState(false);

  useEffect(() => {
    void callHost((a) => a.app.info()).then((r) => setPreview(r.ok && r.value.host === 'browser'));
  }, []);

  if (profile === LOADING) {
    return (
      <Center h="100vh">
        <Loader aria-label="…" />
      </Center>
    );
  }
  return profile ? <Shell profile={profile} isPreview={isPreview} /> : <FirstRunScreen />;
}
