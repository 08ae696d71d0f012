import { Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from '../../i18n/translate';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import { BackupCard } from '../backup/BackupCard';
import { ProfileForm } from '../profile/ProfileForm';
import { AboutCard } from './AboutCard';
import { IntegrityCard } from './IntegrityCard';
import { LanguageCard } from './LanguageCard';
import { PacksCard } from './PacksCard';
import { SecurityCard } from './SecurityCard';

export function SettingsPage({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" maw={860}>
      <Title order={1} size="h2">
        {t('settings.title')}
      </Title>
      <LanguageCard />
      <Paper withBorder p="lg">
        <Title order={2} size="h4" mb="md">
          {t('settings.profileSection')}
        </Title>
        <ProfileForm key={profile.id} profile={profile} submitLabel={t('profile.save')} />
      </Paper>
      <SecurityCard profile={profile} />
      <BackupCard />
      <PacksCard actor={profile.id} />
      <IntegrityCard />
      <AboutCard />
    </Stack>
  );
}
