import { Alert, Button } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from '../../i18n/translate';
import { appSession } from '../../vault/app-session';
import { LockFrame } from './LockFrame';

/**
 * Opening failed for a reason no form can fix (the store would not open, the first-time
 * encryption stopped). Restarting is a full lock: the renderer starts clean, and the
 * first-time encryption goes on where it stopped.
 */
export function FailedScreen() {
  const { t } = useTranslation();
  return (
    <LockFrame title={t('vault.failed.title')} testId="lock-failed">
      <Alert color="red" variant="light" role="alert">
        {t('vault.failed.body')}
      </Alert>
      <Button
        leftSection={<IconRefresh size={18} aria-hidden />}
        onClick={() => appSession.lockNow()}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('vault.failed.restart')}
      </Button>
    </LockFrame>
  );
}
