import { Button } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from '../../i18n/translate';
import { appSession } from '../../vault/app-session';

/** The shell header's "Lock": forgets the keys at once (a full lock reloads the page). */
export function LockButton() {
  const { t } = useTranslation();
  return (
    <Button
      variant="default"
      size="xs"
      leftSection={<IconLock size={16} aria-hidden />}
      onClick={() => appSession.lockNow()}
      title={t('vault.header.lockHint')}
      data-testid="lock-now"
    >
      {t('vault.header.lock')}
    </Button>
  );
}
