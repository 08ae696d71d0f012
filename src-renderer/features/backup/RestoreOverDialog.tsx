import { Alert, Button, Checkbox, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { ParsedBackupFile } from '../../../src-shared/backup/backup-file';
import { totalRecords } from '../../../src-shared/backup/backup-header';
import { shortHash } from '../../../src-shared/domain/audit/chain-head';
import { appBackupScheduler, overCurrentDeps } from '../../backup/app-backup';
import type { RestoreResult } from '../../backup/restore-common';
import { restoreOverCurrent } from '../../backup/restore-over-current';
import { currentLocale } from '../../i18n/i18n';
import { useTranslation } from '../../i18n/translate';
import { appSession } from '../../vault/app-session';
import {
  failureKey,
  formatInstant,
  problemKey,
  problemOf,
  type BackupProblem,
} from './backup-view';

/** The result of a verified restore: what was restored and that it is identical. */
export function RestoreResultText({ result }: { result: RestoreResult }) {
  const { t } = useTranslation();
  const head = result.auditHead;
  return (
    <Stack gap="xs" data-testid="backup-result">
      <Text>
        {t('backup.result.body', {
          records: result.records,
          tables: result.tables,
          entries: head.entries,
          // The short head, as register sheets print it.
          head: head.lastHash ? shortHash(head.lastHash) : '—',
        })}
      </Text>
      {head.brokenAt !== null && (
        <Alert color="yellow" variant="light">
          {t('backup.result.brokenChain', { index: head.brokenAt })}
        </Alert>
      )}
    </Stack>
  );
}

/**
 * Restoring over the signed-in user's own registers, from Settings. Asks for the current
 * password (throwing work away needs more than an unlocked screen), offers to back up the
 * current state first, and ends with a restart: the page holds the replaced store open.
 */
export function RestoreOverDialog({
  name,
  file,
  canBackUpFirst,
  onClose,
}: {
  name: string;
  file: ParsedBackupFile;
  canBackUpFirst: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { header } = file;
  const otherVault = header.vault.id !== appSession.current().vault.vaultId;
  const [password, setPassword] = useState('');
  const [backUpFirst, setBackUpFirst] = useState(canBackUpFirst);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<BackupProblem | null>(otherVault ? 'other-vault' : null);
  const [failure, setFailure] = useState<string | null>(null);
  const [result, setResult] = useState<RestoreResult | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!password) return setProblem('required');
    setBusy(true);
    setProblem(null);
    setFailure(null);
    try {
      if (backUpFirst) {
        const first = await appBackupScheduler.runNow();
        if (first.status === 'failed') {
          setFailure(t(failureKey(first.reason)));
          return;
        }
      }
      const source = appSession.current();
      setResult(await restoreOverCurrent({ source, file, password, deps: overCurrentDeps() }));
    } catch (err) {
      setProblem(problemOf(err));
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  if (result) {
    return (
      <Modal
        opened
        onClose={() => appSession.lockNow()}
        title={t('backup.result.title')}
        closeOnClickOutside={false}
        withCloseButton={false}
      >
        <Stack gap="md">
          <RestoreResultText result={result} />
          <Text size="sm">{t('backup.result.restartHint')}</Text>
          <Group justify="flex-end">
            <Button onClick={() => appSession.lockNow()} data-testid="backup-restart">
              {t('backup.result.restart')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    );
  }

  return (
    <Modal
      opened
      onClose={busy ? () => undefined : onClose}
      title={t('backup.confirm.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
    >
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="backup-restore-dialog">
        <Stack gap="md">
          <Text fw={600}>{name}</Text>
          <Text>
            {t('backup.confirm.made', {
              label: header.label,
              date: formatInstant(header.createdAt, locale),
            })}{' '}
            {t('backup.confirm.contents', {
              records: totalRecords(header),
              entries: header.auditHead.entries,
            })}
          </Text>
          <Alert color="orange" variant="light">
            {t('backup.confirm.warning')}
          </Alert>
          {canBackUpFirst && (
            <Checkbox
              label={t('backup.confirm.backupFirst')}
              checked={backUpFirst}
              onChange={(e) => setBackUpFirst(e.currentTarget.checked)}
              disabled={otherVault}
            />
          )}
          <PasswordInput
            label={t('backup.confirm.password')}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            autoComplete="current-password"
            disabled={otherVault}
            required
            data-testid="backup-restore-password"
          />
          {problem && (
            <Alert color="red" variant="light" role="alert" data-testid="backup-restore-error">
              {t(problemKey(problem))}
            </Alert>
          )}
          {failure && (
            <Alert color="red" variant="light" role="alert">
              {t('backup.status.failed', { reason: failure })}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {t('backup.confirm.cancel')}
            </Button>
            <Button
              type="submit"
              color="red"
              loading={busy}
              disabled={otherVault}
              data-testid="backup-restore-submit"
            >
              {t('backup.confirm.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
