import { Alert, Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { IconLock, IconUser } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/translate';
import { appSession } from '../../vault/app-session';
import type { UserCard } from '../../vault/user-entry';
import type { RunAction } from './lock-actions';
import { problemKey, type FormProblem } from './lock-errors';
import { LockFrame } from './LockFrame';

/**
 * The idle lock of a user with a PIN: the keys are still in memory, the app is not shown. The
 * PIN or the password ends it; "Lock fully" (or running out of PIN attempts) forgets the keys.
 */
export function SoftLockScreen({
  user,
  attemptsLeft,
  run,
}: {
  user: UserCard;
  attemptsLeft: number;
  run: RunAction;
}) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'pin' | 'password'>('pin');
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState(false);

  const switchTo = (next: 'pin' | 'password') => {
    setMode(next);
    setValue('');
    setProblem(null);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const p = await run(() =>
      mode === 'pin' ? appSession.unlockWithPin(value) : appSession.resumeWithPassword(value),
    );
    setBusy(false);
    if (p) {
      setProblem(p);
      setValue('');
    }
  };

  return (
    <LockFrame title={t('vault.softLock.title')} testId="lock-soft">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <Group gap="sm" wrap="nowrap">
            <IconUser size={28} stroke={1.5} aria-hidden />
            <Text fw={600} size="xl" data-testid="lock-user-label">
              {user.label}
            </Text>
          </Group>
          <Text>{t('vault.softLock.intro')}</Text>
          {mode === 'pin' ? (
            <PasswordInput
              key="pin"
              label={t('vault.softLock.pin')}
              description={t('vault.softLock.attemptsLeft', { count: attemptsLeft })}
              value={value}
              onChange={(e) => setValue(e.currentTarget.value.replace(/\D/g, '').slice(0, 8))}
              error={problem && problem !== 'unexpected' ? t(problemKey(problem)) : undefined}
              inputMode="numeric"
              autoComplete="off"
              autoFocus
              required
              data-testid="lock-pin"
            />
          ) : (
            <PasswordInput
              key="password"
              label={t('vault.softLock.password')}
              value={value}
              onChange={(e) => setValue(e.currentTarget.value)}
              error={problem && problem !== 'unexpected' ? t(problemKey(problem)) : undefined}
              autoComplete="current-password"
              autoFocus
              required
              data-testid="lock-password"
            />
          )}
          {problem === 'unexpected' && (
            <Alert color="red" variant="light" role="alert">
              {t('vault.errors.unexpected')}
            </Alert>
          )}
          <Group justify="space-between">
            <Button
              variant="subtle"
              onClick={() => switchTo(mode === 'pin' ? 'password' : 'pin')}
              disabled={busy}
              data-testid="lock-switch-mode"
            >
              {mode === 'pin' ? t('vault.softLock.usePassword') : t('vault.softLock.usePin')}
            </Button>
            <Button type="submit" loading={busy} data-testid="lock-submit">
              {t('vault.softLock.submit')}
            </Button>
          </Group>
          <Button
            variant="default"
            leftSection={<IconLock size={18} aria-hidden />}
            onClick={() => appSession.lockNow()}
            disabled={busy}
            style={{ alignSelf: 'flex-start' }}
            data-testid="lock-fully"
          >
            {t('vault.softLock.lockFully')}
          </Button>
        </Stack>
      </form>
    </LockFrame>
  );
}
