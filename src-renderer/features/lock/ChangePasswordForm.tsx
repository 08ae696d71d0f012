import { Button, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { notify } from '../../app/notify';
import { useTranslation } from '../../i18n/translate';
import { appSession } from '../../vault/app-session';
import { problemField, problemKey, problemOf, type FormProblem } from './lock-errors';
import { PasswordPair } from './PasswordPair';

/** Settings → Security: a new password, asked with the current one (the session checks it). */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const [old, setOld] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState(false);

  const clear = () => {
    setOld('');
    setPassword('');
    setConfirm('');
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!old) return setProblem('required');
    if (password !== confirm) {
      setProblem('mismatch');
      return clear();
    }
    setBusy(true);
    try {
      await appSession.changePassword(old, password);
      setProblem(null);
      notify('success', t('vault.security.password.done'));
    } catch (err) {
      setProblem(problemOf(err));
    } finally {
      setBusy(false);
      clear();
    }
  };

  // A wrong or missing current password belongs under the current-password field.
  const at = problem ? problemField(problem, 'password') : null;
  const underOld = problem === 'wrong-password' || problem === 'required';

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="security-password">
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('vault.security.password.title')}
        </Title>
        <PasswordInput
          label={t('vault.security.password.old')}
          value={old}
          onChange={(e) => setOld(e.currentTarget.value)}
          error={problem && underOld ? t(problemKey(problem)) : undefined}
          autoComplete="current-password"
          required
          maw={420}
        />
        <Stack maw={420} gap="sm">
          <PasswordPair
            password={password}
            confirm={confirm}
            onPassword={setPassword}
            onConfirm={setConfirm}
            problem={problem && !underOld && at !== null ? problem : null}
            labels={{
              password: 'vault.security.password.new',
              confirm: 'vault.security.password.confirm',
            }}
            testIds={{
              password: 'security-new-password',
              confirm: 'security-new-password-confirm',
            }}
          />
        </Stack>
        <Button type="submit" variant="light" loading={busy} style={{ alignSelf: 'flex-start' }}>
          {t('vault.security.password.submit')}
        </Button>
        {problem === 'unexpected' && (
          <Text c="red.8" size="sm" role="alert">
            {t('vault.errors.unexpected')}
          </Text>
        )}
      </Stack>
    </form>
  );
}
