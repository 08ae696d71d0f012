import {
  Alert,
  Button,
  Group,
  PasswordInput,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { totalRecords } from '../../../src-shared/backup/backup-header';
import { notify } from '../../app/notify';
import { newUserRestoreDeps } from '../../backup/app-backup';
import { loadFromDialog, type LoadedBackup } from '../../backup/load-backup';
import type { BackupSecret } from '../../backup/restore-common';
import { restoreAsNewUser } from '../../backup/restore-new-user';
import { currentLocale } from '../../i18n/i18n';
import { PasswordPair } from '../lock/PasswordPair';
import { useTranslation } from '../../i18n/translate';
import { formatInstant, problemKey, problemOf, type BackupProblem } from './backup-view';

type Opened = Extract<LoadedBackup, { status: 'ok' }>;
type Method = 'password' | 'recovery';

/**
 * The lock screen's "Restore from a backup": a fresh laptop after the old one was lost, or a
 * person not yet on this one. Choose the .qbak file, open it with the password of the day of
 * the copy or with the office recovery key (then a new password), and the copy becomes a
 * person of this laptop — verified identical — and the app opens on it.
 *
 * The typed recovery block is kept after an error (retyping 128 characters from paper to fix
 * one letter would be cruel); passwords are not.
 */
export function RestoreFromBackup({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [method, setMethod] = useState<Method>('password');
  const [password, setPassword] = useState('');
  const [recoveryText, setRecoveryText] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<BackupProblem | null>(null);
  const [busy, setBusy] = useState(false);

  const clearPasswords = () => {
    setPassword('');
    setNewPassword('');
    setConfirm('');
  };

  const choose = async () => {
    setProblem(null);
    setBusy(true);
    try {
      const r = await loadFromDialog();
      if (r.status === 'ok') setOpened(r);
      else if (r.status === 'failed') setProblem(r.problem);
    } finally {
      setBusy(false);
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!opened) return;
    let secret: BackupSecret;
    if (method === 'password') {
      if (!password) return setProblem('required');
      secret = { kind: 'password', password };
    } else {
      if (!recoveryText.trim() || !newPassword) return setProblem('required');
      if (newPassword !== confirm) {
        clearPasswords();
        return setProblem('mismatch');
      }
      secret = { kind: 'recovery', recoveryText, newPassword };
    }
    setBusy(true);
    setProblem(null);
    try {
      const result = await restoreAsNewUser({
        file: opened.file,
        secret,
        deps: newUserRestoreDeps(),
      });
      // The session is open on the restored person now and this screen is gone: say it there.
      notify('success', t('backup.restore.done', { label: result.label, records: result.records }));
    } catch (err) {
      setProblem(problemOf(err));
      clearPasswords();
    } finally {
      setBusy(false);
    }
  };

  const header = opened?.file.header;
  const error = problem && (
    <Alert color="red" variant="light" role="alert" data-testid="backup-restore-error">
      {t(problemKey(problem))}
    </Alert>
  );

  return (
    <Stack gap="md" data-testid="backup-restore-new">
      <Text>{t('backup.restore.intro')}</Text>
      <Text size="sm" c="dimmed">
        {t('backup.newLaptop')}
      </Text>
      {!header ? (
        <>
          {error}
          <Group justify="space-between">
            <Button variant="subtle" onClick={onCancel} disabled={busy}>
              {t('backup.restore.cancel')}
            </Button>
            <Button onClick={() => void choose()} loading={busy} data-testid="backup-choose-file">
              {t('backup.restore.choose')}
            </Button>
          </Group>
        </>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="md">
            <Alert color="blue" variant="light" data-testid="backup-file-summary">
              <Text fw={600}>{opened.name}</Text>
              <Text size="sm">
                {t('backup.restore.file', {
                  label: header.label,
                  date: formatInstant(header.createdAt, locale),
                  records: totalRecords(header),
                })}
              </Text>
            </Alert>
            <SegmentedControl
              value={method}
              onChange={(v) => {
                setMethod(v as Method);
                setProblem(null);
              }}
              data={[
                { value: 'password', label: t('backup.restore.withPassword') },
                { value: 'recovery', label: t('backup.restore.withRecovery') },
              ]}
              disabled={busy}
            />
            {method === 'password' ? (
              <PasswordInput
                label={t('backup.restore.password')}
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                autoComplete="off"
                required
                data-testid="backup-restore-password"
              />
            ) : (
              <>
                <Textarea
                  label={t('backup.restore.recoveryText')}
                  value={recoveryText}
                  onChange={(e) => setRecoveryText(e.currentTarget.value)}
                  autosize
                  minRows={7}
                  maxRows={12}
                  spellCheck={false}
                  autoComplete="off"
                  autoCapitalize="off"
                  ff="monospace"
                  required
                  data-testid="backup-recovery-text"
                />
                {/* The same pair, with the same advice, as every place a password is set;
                    its problems are shown in the alert below, with the backup's wording. */}
                <PasswordPair
                  password={newPassword}
                  confirm={confirm}
                  onPassword={setNewPassword}
                  onConfirm={setConfirm}
                  problem={null}
                  labels={{
                    password: 'backup.restore.newPassword',
                    confirm: 'backup.restore.confirm',
                  }}
                  testIds={{
                    password: 'backup-new-password',
                    confirm: 'backup-new-password-confirm',
                  }}
                />
              </>
            )}
            {error}
            <Group justify="space-between">
              <Group gap="xs">
                <Button variant="subtle" onClick={onCancel} disabled={busy}>
                  {t('backup.restore.cancel')}
                </Button>
                <Button
                  variant="subtle"
                  onClick={() => {
                    setOpened(null);
                    setProblem(null);
                    clearPasswords();
                  }}
                  disabled={busy}
                >
                  {t('backup.restore.another')}
                </Button>
              </Group>
              <Button type="submit" loading={busy} data-testid="backup-restore-submit">
                {t('backup.restore.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
