import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconUser } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/translate';
import { appSession } from '../../vault/app-session';
import type { UserCard } from '../../vault/user-entry';
import type { RunAction } from './lock-actions';
import { MONO_INPUT } from './mono';
import { problemField, problemKey, type FormProblem } from './lock-errors';
import { PasswordPair } from './PasswordPair';

/**
 * A forgotten password: the head (or the collegium) types the printed office key block, the
 * advocate chooses a new password. The typed block is kept after an error — retyping 128
 * characters from paper to fix one letter would be cruel — the passwords are not.
 */
export function RecoverForm({
  user,
  run,
  onBack,
}: {
  user: UserCard;
  run: RunAction;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState(false);

  const fail = (p: FormProblem) => {
    setProblem(p);
    setPassword('');
    setConfirm('');
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (password !== confirm) return fail('mismatch');
    setBusy(true);
    const p = await run(() => appSession.recover(user.storeId, text, password));
    setBusy(false);
    if (p) fail(p);
  };

  const at = problem ? problemField(problem, 'recovery') : null;

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="lock-recover">
      <Stack gap="md">
        <Group gap="sm" wrap="nowrap">
          <IconUser size={28} stroke={1.5} aria-hidden />
          <Text fw={600} size="xl">
            {user.label}
          </Text>
        </Group>
        <Text>{t('vault.recover.intro')}</Text>
        <Textarea
          label={t('vault.recover.keyText')}
          description={t('vault.recover.keyTextHint')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={problem && at === 'recovery' ? t(problemKey(problem)) : undefined}
          autosize
          minRows={7}
          maxRows={12}
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="off"
          styles={MONO_INPUT}
          required
          data-testid="lock-recovery-text"
        />
        <PasswordPair
          password={password}
          confirm={confirm}
          onPassword={setPassword}
          onConfirm={setConfirm}
          problem={problem}
          labels={{ password: 'vault.recover.newPassword', confirm: 'vault.recover.confirm' }}
        />
        {problem === 'unexpected' && (
          <Alert color="red" variant="light" role="alert">
            {t('vault.errors.unexpected')}
          </Alert>
        )}
        <Group justify="space-between">
          <Button variant="subtle" onClick={onBack} disabled={busy}>
            {t('vault.recover.back')}
          </Button>
          <Button type="submit" loading={busy} data-testid="lock-submit">
            {t('vault.recover.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
