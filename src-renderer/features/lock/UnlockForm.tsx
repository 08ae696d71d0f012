import { Alert, Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { IconUser } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/translate';
import { appSession } from '../../vault/app-session';
import type { UserCard } from '../../vault/user-entry';
import type { RunAction } from './lock-actions';
import { problemKey, type FormProblem } from './lock-errors';

/** The chosen person's password; from here, "Forgot the password?" leads to the recovery. */
export function UnlockForm({
  user,
  run,
  onBack,
  onForgot,
}: {
  user: UserCard;
  run: RunAction;
  onBack: () => void;
  onForgot: () => void;
}) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const p = await run(() => appSession.unlockWithPassword(user.storeId, password));
    setBusy(false);
    if (p) {
      setProblem(p);
      setPassword('');
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="lock-unlock">
      <Stack gap="md">
        <Group gap="sm" wrap="nowrap">
          <IconUser size={28} stroke={1.5} aria-hidden />
          <Text fw={600} size="xl" data-testid="lock-user-label">
            {user.label}
          </Text>
        </Group>
        <PasswordInput
          label={t('vault.unlock.password')}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={problem && problem !== 'unexpected' ? t(problemKey(problem)) : undefined}
          autoComplete="current-password"
          autoFocus
          required
          data-testid="lock-password"
        />
        {problem === 'unexpected' && (
          <Alert color="red" variant="light" role="alert">
            {t('vault.errors.unexpected')}
          </Alert>
        )}
        <Group justify="space-between">
          <Button variant="subtle" onClick={onBack} disabled={busy}>
            {t('vault.unlock.back')}
          </Button>
          <Button type="submit" loading={busy} data-testid="lock-submit">
            {t('vault.unlock.submit')}
          </Button>
        </Group>
        <Button
          variant="subtle"
          onClick={onForgot}
          disabled={busy}
          style={{ alignSelf: 'flex-start' }}
          data-testid="lock-forgot"
        >
          {t('vault.unlock.forgot')}
        </Button>
      </Stack>
    </form>
  );
}
