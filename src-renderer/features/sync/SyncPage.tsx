import { Alert, Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import { currentLocale } from '../../i18n/i18n';
import { appSyncService, useSync } from '../../sync/use-sync';
import { SignInForm } from './SignInForm';
import { StatusCard } from './StatusCard';
import { ConflictList, QuarantineList, SyncLogList } from './SyncLists';
import { problemText } from './sync-text';

export function SyncPage({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const sync = useSync();

  useEffect(() => {
    void appSyncService().start();
  }, []);

  return (
    <Stack gap="lg" maw={1000}>
      <Title order={1} size="h2">
        {t('sync.title')}
      </Title>
      <Text size="sm">{t('sync.intro')}</Text>
      {sync.phase === 'loading' && (
        <Center>
          <Loader aria-label="…" />
        </Center>
      )}
      {sync.phase === 'signedOut' && <SignInForm profile={profile} />}
      {sync.phase === 'identityRefused' && sync.lastProblem && (
        <Alert color="red" role="alert">
          {problemText(t, sync.lastProblem, currentLocale()).map((line) => (
            <Text key={line} size="sm">
              {line}
            </Text>
          ))}
          <Button mt="sm" variant="default" onClick={() => void appSyncService().signOut()}>
            {t('sync.signOut')}
          </Button>
        </Alert>
      )}
      {sync.phase === 'signedIn' && <StatusCard sync={sync} officeName={profile.office} />}
      {sync.phase !== 'loading' && (
        <>
          <QuarantineList />
          <ConflictList />
          <SyncLogList />
        </>
      )}
    </Stack>
  );
}
