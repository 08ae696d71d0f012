import { Box, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconLock, IconShieldCheck } from '@tabler/icons-react';
import type { CSSProperties, ReactNode } from 'react';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { useTranslation } from '../../i18n/translate';

/**
 * Field errors one shade darker than Mantine's red.8 (4.46:1 on white, under WCAG AA's 4.5):
 * the message under a password field is the one thing a tired advocate must read.
 */
export const DARK_ERRORS = {
  '--mantine-color-error': 'var(--mantine-color-red-9)',
} as CSSProperties;

/**
 * The one frame every lock screen sits in: the app's name, that it is locked, the language
 * switch, and the screen's own title and form. Nothing personal ever appears here — only the
 * labels people chose for themselves (user-entry.ts).
 */
export function LockFrame({
  title,
  children,
  testId,
  locked = true,
}: {
  title: string;
  children: ReactNode;
  testId: string;
  /** False while the store is opening: the frame then names the app instead of the lock. */
  locked?: boolean;
}) {
  const { t } = useTranslation();
  const Icon = locked ? IconLock : IconShieldCheck;
  return (
    <Box mih="100vh" bg="gray.1" py={{ base: 'md', sm: 48 }} style={DARK_ERRORS}>
      <Container size={560} component="main" data-testid={testId}>
        <Paper withBorder shadow="sm" p={{ base: 'md', sm: 'xl' }} radius="md">
          <Stack gap="lg">
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Group gap="sm" wrap="nowrap">
                <Icon size={32} stroke={1.6} color="var(--mantine-color-blue-8)" aria-hidden />
                <div>
                  <Text fw={700} size="lg" lh={1.2}>
                    {locked ? t('vault.frame.locked') : t('app.name')}
                  </Text>
                  <Text c="gray.7" size="sm">
                    {locked ? t('vault.frame.lockedHint') : t('app.tagline')}
                  </Text>
                </div>
              </Group>
              <Box style={{ flexShrink: 0 }}>
                <LanguageSwitch />
              </Box>
            </Group>
            <Title order={1} size="h2">
              {title}
            </Title>
            {children}
          </Stack>
        </Paper>
      </Container>
    </Box>
  );
}
