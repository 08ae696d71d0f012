import { Button, Group, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { notify } from '../../app/notify';
import { useTranslation } from '../../i18n/translate';
import { appSession } from '../../vault/app-session';
import { problemKey, problemOf, type FormProblem } from './lock-errors';

const digits = (v: string) => v.replace(/\D/g, '').slice(0, 8);

/**
 * Settings → Security: the quick-unlock PIN. It only ends the idle lock of a session still
 * open (vault/pin.ts): after every start the password is needed, which the intro says.
 */
export function PinSection({ hasPin }: { hasPin: boolean }) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (next: string | null) => {
    setBusy(true);
    try {
      await appSession.setPin(next);
      setProblem(null);
      notify('success', t(next ? 'vault.security.pin.saved' : 'vault.security.pin.removed'));
    } catch (err) {
      setProblem(problemOf(err));
    } finally {
      setBusy(false);
      setPin('');
      setConfirm('');
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!/^\d{4,8}$/.test(pin)) return setProblem('bad-pin');
    if (pin !== confirm) {
      setConfirm('');
      return setProblem('pinMismatch');
    }
    void save(pin);
  };

  return (
    <form onSubmit={submit} noValidate data-testid="security-pin">
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('vault.security.pin.title')}
        </Title>
        <Text size="sm">{t('vault.security.pin.intro')}</Text>
        <Text size="sm" fw={600} data-testid="pin-status">
          {hasPin ? t('vault.security.pin.isSet') : t('vault.security.pin.notSet')}
        </Text>
        <Group align="flex-start" gap="sm">
          <PasswordInput
            label={t('vault.security.pin.pin')}
            value={pin}
            onChange={(e) => setPin(digits(e.currentTarget.value))}
            error={problem === 'bad-pin' ? t(problemKey(problem)) : undefined}
            inputMode="numeric"
            autoComplete="off"
            w={220}
            data-testid="security-pin-new"
          />
          <PasswordInput
            label={t('vault.security.pin.confirm')}
            value={confirm}
            onChange={(e) => setConfirm(digits(e.currentTarget.value))}
            error={problem === 'pinMismatch' ? t(problemKey(problem)) : undefined}
            inputMode="numeric"
            autoComplete="off"
            w={220}
            data-testid="security-pin-confirm"
          />
        </Group>
        {problem === 'unexpected' && (
          <Text c="red.8" size="sm" role="alert">
            {t('vault.errors.unexpected')}
          </Text>
        )}
        <Group gap="sm">
          <Button type="submit" variant="light" loading={busy} data-testid="security-pin-set">
            {hasPin ? t('vault.security.pin.change') : t('vault.security.pin.set')}
          </Button>
          {hasPin && (
            <Button
              variant="default"
              onClick={() => void save(null)}
              disabled={busy}
              data-testid="security-pin-remove"
            >
              {t('vault.security.pin.remove')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
