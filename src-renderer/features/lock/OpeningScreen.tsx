import { Alert, Loader } from '@mantine/core';
import { useTranslation } from '../../i18n/translate';
import { LockFrame } from './LockFrame';

/**
 * While the vault is open and the register database is prepared. The first user's existing
 * register is encrypted here, once; closing the app midway is safe (the next unlock goes on)
 * but slow, so the screen asks not to.
 */
export function OpeningScreen({ encrypting }: { encrypting: boolean }) {
  const { t } = useTranslation();
  return (
    <LockFrame title={t('vault.opening.title')} testId="lock-opening" locked={false}>
      <Loader size="lg" aria-label={t('vault.opening.title')} />
      {encrypting && (
        <Alert color="blue" variant="light">
          {t('vault.opening.encrypting')}
        </Alert>
      )}
    </LockFrame>
  );
}
