import { Badge, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from '../i18n/translate';

/** Marks a rule not yet checked against the official text (its pack item says verified: false). */
export function UnverifiedBadge({ note }: { note?: string | undefined }) {
  const { t } = useTranslation();
  return (
    <Tooltip
      label={note ? `${t('eligibility.unverifiedHint')} ${note}` : t('eligibility.unverifiedHint')}
      multiline
      w={320}
    >
      <Badge
        color="yellow.4"
        autoContrast
        variant="filled"
        size="sm"
        tt="none"
        leftSection={<IconAlertTriangle size={12} aria-hidden />}
        data-testid="unverified-badge"
      >
        {t('eligibility.unverified')}
      </Badge>
    </Tooltip>
  );
}
