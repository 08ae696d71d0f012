import { Divider, Paper, Stack, Text, Title } from '@mantine/core';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import { useTranslation } from '../../i18n/translate';
import type { SyncSnapshot } from '../../sync/sync-service';
import { isOfficeHead } from '../office/office-access';
import { BundleExport } from './BundleExport';
import { BundleImport } from './BundleImport';

/**
 * Offline bundles on the Sync page (docs/sync.md "Offline bundles"), shown whatever the sign-in
 * state — its whole point is an office with no connection. Everyone can put their waiting
 * records on a USB stick; a head also imports the advocates' files.
 */
export function BundleCard({ profile, sync }: { profile: Profile; sync: SyncSnapshot }) {
  const { t } = useTranslation();
  const head = profile.role === 'head' || isOfficeHead(sync);
  return (
    <Paper withBorder p="lg" data-testid="bundle-card">
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('bundleUi.title')}
        </Title>
        <Text size="sm">{t('bundleUi.intro')}</Text>
        <BundleExport sync={sync} />
        {head && (
          <>
            <Divider />
            <BundleImport profile={profile} sync={sync} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
