import { Alert, Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/translate';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import { currentLocale } from '../../i18n/i18n';
import type { CaseRef } from '../../sync/resolve-cases';
import { appSyncService, useSync } from '../../sync/use-sync';
import { BundleCard } from './BundleCard';
import { ConflictDetail } from './ConflictDetail';
import { ResolvedList } from './ResolvedList';
import { SignInForm } from './SignInForm';
import { StatusCard } from './StatusCard';
import { ConflictList, QuarantineList, SyncLogList } from './SyncLists';
import { problemText } from './sync-text';
import { useMe } from './use-conflict-case';

export function SyncPage({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const sync = useSync();
  const me = useMe(profile);
  const [opened, setOpened] = useState<CaseRef | null>(null);
  // The log's reasons are for developers (English, ids): out of the way unless asked for.
  const [showLog, setShowLog] = useState(false);

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
      {/* Whatever the sign-in state: offline bundles are for offices with no connection. */}
      <BundleCard profile={profile} sync={sync} />
      {sync.phase !== 'loading' && (
        <>
          <QuarantineList onOpen={setOpened} />
          <ConflictList onOpen={setOpened} />
          <ResolvedList onOpen={setOpened} />
          <Button
            variant="subtle"
            size="compact-sm"
            style={{ alignSelf: 'flex-start' }}
            onClick={() => setShowLog((v) => !v)}
            aria-expanded={showLog}
          >
            {t(showLog ? 'sync.logHide' : 'sync.logShow')}
          </Button>
          {showLog && <SyncLogList />}
        </>
      )}
      <ConflictDetail caseRef={opened} me={me} onClose={() => setOpened(null)} />
    </Stack>
  );
}
