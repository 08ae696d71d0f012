import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from '../../i18n/translate';
import { formatDate, formatNumber, formatTengeAmount } from '../../../src-shared/i18n/format';
import { todayIso } from '../../../src-shared/domain/dates/iso-date';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { currentLocale } from '../../i18n/i18n';

export function LanguageCard() {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('settings.languageSection')}
        </Title>
        <LanguageSwitch />
        <Text size="sm" c="dimmed" data-testid="format-example">
          {t('formats.example', {
            date: formatDate(todayIso(), locale),
            number: formatNumber(1234567.5, locale),
            amount: formatTengeAmount(38920, locale),
          })}
        </Text>
      </Stack>
    </Paper>
  );
}
