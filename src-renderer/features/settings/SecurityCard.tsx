import { Divider, Paper, Stack, Text, Title } from '@mantine/core';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import { useTranslation } from '../../i18n/translate';
import { ChangePasswordForm } from '../lock/ChangePasswordForm';
import { IdleSection } from '../lock/IdleSection';
import { DARK_ERRORS } from '../lock/LockFrame';
import { OfficeKeySection } from '../lock/OfficeKeySection';
import { PinSection } from '../lock/PinSection';
import { useOpenUser } from '../lock/use-open-user';

/**
 * Settings → Security: the password, the quick-unlock PIN, the idle lock and the office
 * recovery key of the person signed in on this computer (the parts live in features/lock).
 */
export function SecurityCard({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const open = useOpenUser();
  if (!open) return null;
  return (
    <Paper withBorder p="lg" data-testid="security-card" style={DARK_ERRORS}>
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('vault.security.title')}
        </Title>
        <Text size="sm">{t('vault.security.intro')}</Text>
        <OfficeKeySection profile={profile} />
        <Divider />
        <ChangePasswordForm />
        <Divider />
        <PinSection hasPin={open.user.hasPin} />
        <Divider />
        <IdleSection minutes={open.idleMinutes} />
      </Stack>
    </Paper>
  );
}
