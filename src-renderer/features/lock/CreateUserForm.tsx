import { Alert, Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { importRecoveryPublicKey } from '../../../src-shared/security/vault/recovery-key';
import type { VaultKey } from '../../../src-shared/security/vault/webcrypto';
import { useTranslation } from '../../i18n/translate';
import { appSession } from '../../vault/app-session';
import type { RunAction } from './lock-actions';
import { MONO_INPUT } from './mono';
import { problemField, problemKey, type FormProblem } from './lock-errors';
import { PasswordPair } from './PasswordPair';

/**
 * A new person on this computer: the name the lock screen shows, a password (twice), and the
 * office recovery key if the head has already given one. The key is read before the user is
 * created, so a bad paste never leaves a user half made.
 */
export function CreateUserForm({
  first,
  run,
  onBack,
}: {
  first: boolean;
  run: RunAction;
  onBack?: () => void;
}) {
  const { t } = useTranslation();
  const [label, setLabel] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [officeKey, setOfficeKey] = useState('');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState(false);

  const fail = (p: FormProblem) => {
    setProblem(p);
    // The name and the pasted key stay; a password is never kept after a failed attempt.
    setPassword('');
    setConfirm('');
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (password !== confirm) return fail('mismatch');
    setBusy(true);
    let office: { key: VaultKey; keyId: string; spki: string } | null = null;
    const spki = officeKey.replace(/\s+/g, '');
    if (spki) {
      try {
        const imported = await importRecoveryPublicKey(spki);
        office = { key: imported.key, keyId: imported.keyId, spki };
      } catch {
        setBusy(false);
        return fail('office-key-format');
      }
    }
    const problem = await run(() =>
      appSession.createUser({
        label,
        password,
        ...(office
          ? {
              recoveryPublicKey: office.key,
              officeKey: { keyId: office.keyId, publicSpki: office.spki },
            }
          : {}),
      }),
    );
    setBusy(false);
    if (problem) fail(problem);
  };

  const at = problem ? problemField(problem, 'label') : null;
  const errorAt = (field: typeof at) =>
    problem && at === field ? t(problemKey(problem)) : undefined;

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="lock-create">
      <Stack gap="md">
        <Text>{first ? t('vault.create.intro') : t('vault.create.introAnother')}</Text>
        <TextInput
          label={t('vault.create.label')}
          description={t('vault.create.labelHint')}
          value={label}
          onChange={(e) => setLabel(e.currentTarget.value)}
          error={errorAt('label')}
          maxLength={80}
          autoComplete="off"
          required
          data-autofocus
          data-testid="lock-label"
        />
        <PasswordPair
          password={password}
          confirm={confirm}
          onPassword={setPassword}
          onConfirm={setConfirm}
          problem={problem}
          labels={{ password: 'vault.create.password', confirm: 'vault.create.confirm' }}
        />
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle size={20} aria-hidden />}
          role="note"
        >
          {t('vault.create.warning')}
        </Alert>
        <Textarea
          label={t('vault.create.officeKey')}
          description={t('vault.create.officeKeyHint')}
          value={officeKey}
          onChange={(e) => setOfficeKey(e.currentTarget.value)}
          error={errorAt('officeKey')}
          autosize
          minRows={2}
          maxRows={5}
          spellCheck={false}
          styles={MONO_INPUT}
          data-testid="lock-office-key"
        />
        {problem === 'unexpected' && (
          <Alert color="red" variant="light" role="alert">
            {t('vault.errors.unexpected')}
          </Alert>
        )}
        <Group justify="space-between">
          {onBack ? (
            <Button variant="subtle" onClick={onBack} disabled={busy}>
              {t('vault.unlock.back')}
            </Button>
          ) : (
            <span />
          )}
          <Button type="submit" loading={busy} data-testid="lock-submit">
            {t('vault.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
