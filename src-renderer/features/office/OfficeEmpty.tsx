import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconBuildingCommunity } from '@tabler/icons-react';
import { useTranslation } from '../../i18n/translate';

/** Why the office view is empty, in words, and where to go to fill it. */
export function OfficeEmpty({ signedInAsHead }: { signedInAsHead: boolean }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xl" maw={760} data-testid="office-empty">
      <Stack gap="sm">
        <Title order={2} size="h3">
          <IconBuildingCommunity size={26} stroke={1.6} aria-hidden /> {t('office.empty.title')}
        </Title>
        <Text lh={1.6}>{t('office.empty.body')}</Text>
        <Text lh={1.6} c="dimmed">
          {signedInAsHead ? t('office.empty.waiting') : t('office.empty.signIn')}
        </Text>
        <div>
          <Button component="a" href="#/sync" variant="default">
            {t('office.empty.toSync')}
          </Button>
        </div>
      </Stack>
    </Paper>
  );
}
