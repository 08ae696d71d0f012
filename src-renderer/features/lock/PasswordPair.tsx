import { PasswordInput, Stack } from '@mantine/core';
import { useTranslation, type MessageKey } from '../../i18n/translate';
import { problemField, problemKey, type FormProblem } from './lock-errors';

/**
 * A new password and its repetition, with the advice on choosing one under the first field.
 * Used wherever a password is set: a new user, a recovery, a change in Settings.
 */
export function PasswordPair({
  password,
  confirm,
  onPassword,
  onConfirm,
  problem,
  labels,
  testIds = { password: 'lock-password', confirm: 'lock-password-confirm' },
}: {
  password: string;
  confirm: string;
  onPassword: (v: string) => void;
  onConfirm: (v: string) => void;
  problem: FormProblem | null;
  labels: { password: MessageKey; confirm: MessageKey };
  testIds?: { password: string; confirm: string };
}) {
  const { t } = useTranslation();
  const at = problem ? problemField(problem, 'password') : null;
  return (
    <Stack gap="sm">
      <PasswordInput
        label={t(labels.password)}
        description={t('vault.create.passwordHint')}
        value={password}
        onChange={(e) => onPassword(e.currentTarget.value)}
        error={problem && at === 'password' ? t(problemKey(problem)) : undefined}
        autoComplete="new-password"
        required
        data-testid={testIds.password}
      />
      <PasswordInput
        label={t(labels.confirm)}
        value={confirm}
        onChange={(e) => onConfirm(e.currentTarget.value)}
        error={problem && at === 'confirm' ? t(problemKey(problem)) : undefined}
        autoComplete="new-password"
        required
        data-testid={testIds.confirm}
      />
    </Stack>
  );
}
