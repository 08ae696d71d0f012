import { Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import type { FeeClaim } from '../../../../src-shared/contracts/entities/fee-claim';
import type { Locale } from '../../../../src-shared/i18n/locales';
import { useTranslation } from '../../../i18n/translate';
import { stampText } from '../../appointments/detail-shared';

/**
 * The claim's life as recorded (`history`): each state with when it was entered and the reason
 * the advocate gave, oldest first. A return to draft shows as a new "draft" with its reason.
 */
export function ClaimHistory({ claim, locale }: { claim: FeeClaim; locale: Locale }) {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="claim-history"
      data-testid="claim-history"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="claim-history">
          {t('fees.claims.history.title')}
        </Title>
        <Timeline active={claim.history.length - 1} bulletSize={16} lineWidth={2}>
          {claim.history.map((h, i) => (
            <Timeline.Item
              key={`${h.at}-${i}`}
              title={
                i === 0
                  ? claim.copiedFromId
                    ? t('fees.claims.history.copied')
                    : t('fees.claims.history.created')
                  : t(`fees.claims.states.${h.state}`)
              }
            >
              {h.note && <Text size="sm">{t('fees.claims.history.note', { note: h.note })}</Text>}
              <Text size="xs" c="dimmed">
                {stampText(h.at, locale)}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      </Stack>
    </Paper>
  );
}
