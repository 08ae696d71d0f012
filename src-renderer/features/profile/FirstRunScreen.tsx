import { Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from '../../i18n/translate';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { ProfileForm } from './ProfileForm';

/** Shown until a profile exists: the app needs to know whose registers it keeps. */
export function FirstRunScreen() {
  const { t } = useTranslation();
  return (
    <Container size={720} py="xl" component="main">
      <Paper withBorder shadow="sm" p="xl">
        <Stack gap="lg">
          <Group justify="space-between" align="flex-start">
            <Group gap="sm">
              <IconShieldCheck
                size={36}
                stroke={1.6}
                color="var(--mantine-color-blue-8)"
                aria-hidden
              />
              <div>
                <Title order={1} size="h2">
                  {t('profile.firstRunTitle')}
                </Title>
                <Text c="dimmed" size="sm">
                  {t('app.tagline')}
                </Text>
              </div>
            </Group>
            <LanguageSwitch />
          </Group>
          <Text>{t('profile.firstRunIntro')}</Text>
          <ProfileForm submitLabel={t('profile.start')} />
        </Stack>
      </Paper>
    </Container>
  );
}
