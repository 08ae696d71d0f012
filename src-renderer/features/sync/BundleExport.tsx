import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { IconDeviceUsb } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { ipcRegisterSigningKey } from '../../bundle/ipc-relay';
import { appDb, repoDeps } from '../../db';
import { api, callHost } from '../../host/host';
import { useTranslation } from '../../i18n/translate';
import type { SyncSnapshot } from '../../sync/sync-service';
import { appSession } from '../../vault/app-session';
import { ensureSigningKey } from '../../vault/signing-key-store';
import { exportForOffice, waitingForOffice, type ExportOutcome } from './bundle-export';
import { exportAccountOf, EXPORT_PROBLEM_KEYS } from './bundle-ui';

type Shown = ExportOutcome | { status: 'failed' };

/**
 * The advocate's half: how many records wait for the office, and the button that puts them on
 * a USB stick, encrypted for the office key. Works with no connection at all; only a device
 * that once signed in at the office knows the account the file is made under.
 */
export function BundleExport({ sync }: { sync: SyncSnapshot }) {
  const { t } = useTranslation();
  const waiting = useLiveQuery(() => waitingForOffice(appDb), []);
  const [busy, setBusy] = useState(false);
  const [shown, setShown] = useState<Shown | null>(null);

  const save = async () => {
    setBusy(true);
    setShown(null);
    try {
      const online = typeof navigator === 'undefined' || navigator.onLine;
      setShown(
        await exportForOffice({
          db: appDb,
          codec: repoDeps.codec,
          officePublicSpki: appSession.current().entry.officeKey?.publicSpki,
          account: exportAccountOf(sync),
          signingKey: () => ensureSigningKey(appSession),
          registerKey:
            sync.phase === 'signedIn' && online ? (key) => ipcRegisterSigningKey(api, key) : null,
          save: ({ fileName, bytes }) =>
            callHost((a) =>
              a.files.saveFile({ suggestedName: fileName, kind: 'qorgau-bundle', bytes }),
            ),
        }),
      );
    } catch (error) {
      console.error('bundle export failed', error);
      setShown({ status: 'failed' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="sm" data-testid="bundle-export">
      <Title order={3} size="h5">
        {t('bundleUi.export.title')}
      </Title>
      <Text size="sm" fw={500} data-testid="bundle-waiting" data-count={waiting ?? ''}>
        {t('bundleUi.export.waiting', { count: waiting ?? '…' })}
      </Text>
      <Text size="sm">{t('bundleUi.export.sealed')}</Text>
      <Text size="sm" c="dimmed">
        {t('bundleUi.export.stays')}
      </Text>
      <Button
        style={{ alignSelf: 'flex-start' }}
        leftSection={<IconDeviceUsb size={18} aria-hidden />}
        loading={busy}
        disabled={sync.phase === 'loading' || waiting === undefined}
        onClick={() => void save()}
        data-testid="bundle-export-save"
      >
        {t('bundleUi.export.save')}
      </Button>
      {shown && <ExportResult shown={shown} />}
    </Stack>
  );
}

function ExportResult({ shown }: { shown: Shown }) {
  const { t } = useTranslation();
  if (shown.status === 'cancelled') return null;
  if (shown.status === 'saved') {
    return (
      <Alert
        color="green"
        variant="light"
        data-testid="bundle-export-result"
        data-status="saved"
        data-op-count={shown.opCount}
      >
        <Text size="sm">
          {t('bundleUi.export.saved', { name: shown.fileName, count: shown.opCount })}
        </Text>
        <Text size="sm" mt={4} data-testid="bundle-export-key">
          {t('bundleUi.export.keyId', { keyId: shown.keyId })}
        </Text>
      </Alert>
    );
  }
  const message =
    shown.status === 'problem'
      ? t(EXPORT_PROBLEM_KEYS[shown.problem])
      : shown.status === 'too-large'
        ? t('bundleUi.export.problems.tooLarge')
        : shown.status === 'host-error'
          ? t(`ipcErrors.${shown.code}`)
          : t('bundleUi.export.problems.failed');
  return (
    <Alert
      color={shown.status === 'problem' ? 'orange' : 'red'}
      variant="light"
      role="alert"
      data-testid="bundle-export-result"
      data-status={shown.status === 'problem' ? shown.problem : shown.status}
    >
      <Text size="sm">{message}</Text>
    </Alert>
  );
}
