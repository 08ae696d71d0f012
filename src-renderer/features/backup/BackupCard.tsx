import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { parseBackupFileName } from '../../../src-shared/backup/backup-name';
import {
  BACKUP_KEEP_MAX,
  BACKUP_KEEP_MIN,
  type BackupList,
  type BackupSettings,
} from '../../../src-shared/contracts/backup';
import { notify } from '../../app/notify';
import { appBackupScheduler } from '../../backup/app-backup';
import { newestBackupAt } from '../../backup/backup-scheduler';
import { loadFromDialog, loadFromFolder, type LoadedBackup } from '../../backup/load-backup';
import { callHost } from '../../host/host';
import { currentLocale } from '../../i18n/i18n';
import { useTranslation } from '../../i18n/translate';
import { appSession } from '../../vault/app-session';
import {
  ageLine,
  failureKey,
  formatInstant,
  problemKey,
  sizeLine,
  statusView,
} from './backup-view';
import { RestoreOverDialog } from './RestoreOverDialog';

type Opened = Extract<LoadedBackup, { status: 'ok' }>;

/** The signed-in user's store; null while locked (the card then shows nothing). */
function openStoreId(): string | null {
  try {
    return appSession.current().entry.storeId;
  } catch {
    return null;
  }
}

/**
 * Settings → Backups: where the encrypted copies go (a folder, best a USB stick), how many to
 * keep, daily on or off, "Back up now", when the last one was made (with a warning when it is
 * old or failed), this user's copies in the folder, and restoring one over the current
 * registers.
 */
export function BackupCard() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const status = useSyncExternalStore(appBackupScheduler.subscribe, appBackupScheduler.getSnapshot);
  const storeId = openStoreId();
  const [settings, setSettings] = useState<BackupSettings | null>(null);
  const [list, setList] = useState<BackupList | null>(null);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [loading, setLoading] = useState<string | null>(null);

  const [reloads, setReloads] = useState(0);
  const refresh = () => setReloads((n) => n + 1);

  // Read again after every change here, and whenever the scheduler has done something (a new
  // copy, a pruned one, a failure).
  useEffect(() => {
    if (!storeId) return;
    let live = true;
    void Promise.all([
      callHost((a) => a.backup.getSettings()),
      callHost((a) => a.backup.list({ storeId })),
    ]).then(([s, l]) => {
      if (!live) return;
      if (s.ok) setSettings(s.value);
      if (l.ok) setList(l.value);
    });
    return () => {
      live = false;
    };
  }, [storeId, reloads, status.lastBackupAt, status.lastError]);

  const save = async (change: Partial<Pick<BackupSettings, 'keep' | 'daily'>>) => {
    if (!settings) return;
    const next = { keep: settings.keep, daily: settings.daily, ...change };
    const r = await callHost((a) => a.backup.setSettings(next));
    if (r.ok) setSettings(r.value);
    else notify('error', t(`ipcErrors.${r.error.code}`));
    if (r.ok && change.daily) void appBackupScheduler.check();
  };

  const chooseFolder = async () => {
    const r = await callHost((a) => a.backup.chooseFolder());
    if (!r.ok) return notify('error', t(`ipcErrors.${r.error.code}`));
    setSettings(r.value.settings);
    if (r.value.chosen) await appBackupScheduler.check();
    refresh();
  };

  const forgetFolder = async () => {
    if (!settings) return;
    const r = await callHost((a) =>
      a.backup.setSettings({ keep: settings.keep, daily: settings.daily, folder: null }),
    );
    if (r.ok) setSettings(r.value);
    refresh();
  };

  const backUpNow = async () => {
    const attempt = await appBackupScheduler.runNow();
    if (attempt.status === 'written')
      notify('success', t('backup.saved', { name: attempt.fileName }));
    else notify('error', t('backup.status.failed', { reason: t(failureKey(attempt.reason)) }));
    refresh();
  };

  const open = async (load: () => Promise<LoadedBackup>, key: string) => {
    setLoading(key);
    try {
      const r = await load();
      if (r.status === 'ok') setOpened(r);
      else if (r.status === 'failed') notify('error', t(problemKey(r.problem)));
    } finally {
      setLoading(null);
    }
  };

  const folder = settings?.folder ?? null;
  const unreachable = folder !== null && list !== null && !list.reachable;
  // The scheduler's view once it has run; until then, what the folder (or main) says.
  const lastBackupAt =
    status.lastBackupAt ??
    (list ? (list.reachable ? newestBackupAt(list) : list.lastWrittenAt) : null);
  const now = new Date();
  const view = statusView(
    { lastBackupAt, lastError: status.lastError, folderSet: folder !== null },
    now,
  );
  const last = lastBackupAt ? ageLine(lastBackupAt, now) : null;

  if (!storeId) return null;
  return (
    <Paper withBorder p="lg" data-testid="backup-card">
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('backup.title')}
        </Title>
        <Text size="sm">{t('backup.intro')}</Text>
        <Text size="sm" c="dimmed">
          {t('backup.newLaptop')}
        </Text>

        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('backup.folder.label')}
          </Text>
          <Text size="sm" ff={folder ? 'monospace' : undefined} data-testid="backup-folder">
            {folder ?? t('backup.folder.none')}
          </Text>
          <Group gap="xs">
            <Button
              variant="light"
              onClick={() => void chooseFolder()}
              data-testid="backup-choose-folder"
            >
              {folder ? t('backup.folder.change') : t('backup.folder.choose')}
            </Button>
            {folder && (
              <Button variant="subtle" color="gray" onClick={() => void forgetFolder()}>
                {t('backup.folder.forget')}
              </Button>
            )}
          </Group>
          {unreachable && (
            <Alert color="yellow" variant="light">
              {t('backup.folder.unreachable')}
            </Alert>
          )}
        </Stack>

        {settings && (
          <Group align="flex-start" gap="xl">
            <NumberInput
              label={t('backup.keep.label')}
              description={t('backup.keep.hint')}
              value={settings.keep}
              min={BACKUP_KEEP_MIN}
              max={BACKUP_KEEP_MAX}
              allowDecimal={false}
              clampBehavior="strict"
              maw={320}
              onChange={(v) => {
                const keep = Number(v);
                if (Number.isInteger(keep) && keep >= BACKUP_KEEP_MIN && keep <= BACKUP_KEEP_MAX)
                  void save({ keep });
              }}
              data-testid="backup-keep"
            />
            <Switch
              label={t('backup.daily.label')}
              description={t('backup.daily.hint')}
              checked={settings.daily}
              onChange={(e) => void save({ daily: e.currentTarget.checked })}
              mt="lg"
              data-testid="backup-daily"
            />
          </Group>
        )}

        <Stack gap="xs" data-testid="backup-status">
          <Text size="sm" c={view.warn ? 'orange.8' : undefined} fw={view.warn ? 600 : undefined}>
            {t(view.last.key, last ? { when: t(last.key, last.vars) } : undefined)}
          </Text>
          {view.failure && (
            <Alert color="orange" variant="light" role="status">
              {t('backup.status.failed', { reason: t(failureKey(view.failure)) })}
            </Alert>
          )}
          {view.warn && !view.failure && folder && <Text size="sm">{t('backup.status.old')}</Text>}
          <Group>
            <Button
              onClick={() => void backUpNow()}
              loading={status.running}
              disabled={!folder}
              data-testid="backup-now"
            >
              {t('backup.now')}
            </Button>
          </Group>
        </Stack>

        {folder && list?.reachable && (
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {t('backup.list.title')}
            </Text>
            {list.files.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('backup.list.empty')}
              </Text>
            ) : (
              <Table data-testid="backup-list" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('backup.list.date')}</Table.Th>
                    <Table.Th>{t('backup.list.size')}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.files.map((f) => {
                    const at = parseBackupFileName(f.name)?.at ?? f.modified;
                    const size = sizeLine(f.size, locale);
                    return (
                      <Table.Tr key={f.name}>
                        <Table.Td title={f.name}>{formatInstant(at, locale)}</Table.Td>
                        <Table.Td>{t(size.key, size.vars)}</Table.Td>
                        <Table.Td ta="right">
                          <Button
                            size="xs"
                            variant="subtle"
                            loading={loading === f.name}
                            onClick={() => void open(() => loadFromFolder(f.name), f.name)}
                            data-testid="backup-restore"
                          >
                            {t('backup.list.restore')}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            )}
          </Stack>
        )}
        <Group>
          <Button
            variant="default"
            loading={loading === ':file'}
            onClick={() => void open(loadFromDialog, ':file')}
            data-testid="backup-restore-file"
          >
            {t('backup.list.fromFile')}
          </Button>
        </Group>
      </Stack>
      {opened && (
        <RestoreOverDialog
          name={opened.name}
          file={opened.file}
          canBackUpFirst={folder !== null}
          onClose={() => setOpened(null)}
        />
      )}
    </Paper>
  );
}
