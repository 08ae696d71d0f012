import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from '../../i18n/translate';
import { appDb } from '../../db';
import { SYNC_STATE_ID } from '../../db/rows';
import { notify } from '../../app/notify';
import { currentLocale } from '../../i18n/i18n';
import type { SyncSnapshot } from '../../sync/sync-service';
import { appSyncService } from '../../sync/use-sync';
import { formatWhen, problemText } from './sync-text';

// Filled badges with white text, every colour dark enough for WCAG AA (≥ 4.5:1): Mantine's
// default green and orange shades (and even green.9 / orange.9) fall below it.
const STATE_COLOR = {
  idle: 'teal.9',
  attention: '#9a3412',
  waiting: 'blue.9',
  running: 'blue.9',
  'backing-off': '#9a3412',
  stopped: 'red.9',
} as const;
const STATE_KEY = {
  idle: 'idle',
  attention: 'attention',
  waiting: 'waiting',
  running: 'running',
  'backing-off': 'backingOff',
  stopped: 'stopped',
} as const;

function Field({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} data-testid={testId}>
        {value}
      </Text>
    </Stack>
  );
}

export function StatusCard({ sync, officeName }: { sync: SyncSnapshot; officeName: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [signingOut, setSigningOut] = useState(false);
  const state = useLiveQuery(() => appDb.syncState.get(SYNC_STATE_ID), []);
  const pending = useLiveQuery(() => appDb.outbox.where('state').equals('pending').count(), []);
  // Resolved quarantined ops stay in the outbox (never deleted) but need no attention.
  const quarantined = useLiveQuery(
    () =>
      appDb.outbox
        .where('state')
        .equals('rejected')
        .filter((o) => !o.rejection?.resolvedAt)
        .count(),
    [],
  );
  const account = sync.account;
  const user = account?.user;
  const lastSuccess = sync.lastSuccessAt ?? state?.lastSuccessAt;
  // "Up to date" would be false while refused changes wait in the quarantine.
  const schedulerState = sync.running
    ? 'running'
    : sync.schedulerState === 'idle' && (quarantined ?? 0) > 0
      ? 'attention'
      : sync.schedulerState;

  const syncNow = async () => {
    const problem = await appSyncService().syncNow();
    if (!problem) notify('success', t('sync.synced'));
  };
  const signOut = async () => {
    setSigningOut(true);
    try {
      await appSyncService().signOut();
      notify('info', t('sync.signedOut'));
    } finally {
      setSigningOut(false);
    }
  };

  return (
    <Paper withBorder p="lg">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('sync.statusTitle')}
          </Title>
          {schedulerState && (
            <Badge color={STATE_COLOR[schedulerState]} variant="filled" data-testid="sync-state">
              {t(`sync.state.${STATE_KEY[schedulerState]}`)}
            </Badge>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Field label={t('sync.server')} value={account?.serverUrl ?? '—'} />
          <Field label={t('sync.user')} value={user?.fullName ?? '—'} testId="sync-user" />
          <Field label={t('sync.role')} value={user ? t(`sync.roles.${user.role}`) : '—'} />
          <Field
            label={t('sync.office')}
            value={user ? (user.officeId ? officeName : t('sync.noOffice')) : '—'}
          />
          <Field
            label={t('sync.lastSuccess')}
            value={lastSuccess ? formatWhen(lastSuccess, locale) : t('sync.never')}
            testId="sync-last-success"
          />
          <Field label={t('sync.pending')} value={String(pending ?? '…')} testId="sync-pending" />
          <Field
            label={t('sync.quarantined')}
            value={String(quarantined ?? '…')}
            testId="sync-quarantined"
          />
        </SimpleGrid>
        {sync.lastProblem && (
          <Alert color="orange" title={t('sync.lastProblem')} data-testid="sync-problem">
            {problemText(t, sync.lastProblem, locale).map((line) => (
              <Text key={line} size="sm">
                {line}
              </Text>
            ))}
            {sync.retryInMs !== null && (
              <Text size="sm" c="dimmed">
                {t('sync.retryIn', { minutes: Math.max(1, Math.ceil(sync.retryInMs / 60_000)) })}
              </Text>
            )}
          </Alert>
        )}
        <Group>
          <Button loading={sync.running} onClick={() => void syncNow()}>
            {t('sync.syncNow')}
          </Button>
          <Button variant="default" loading={signingOut} onClick={() => void signOut()}>
            {t('sync.signOut')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
