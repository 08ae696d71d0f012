import { Alert, Button, Progress, Stack, Text, Title } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import { ipcRelay } from '../../bundle/ipc-relay';
import type { BundleReceipt } from '../../bundle/receipt';
import { repos } from '../../db';
import { api, callHost } from '../../host/host';
import { currentLocale } from '../../i18n/i18n';
import { useTranslation, type TFunction } from '../../i18n/translate';
import type { SyncSnapshot } from '../../sync/sync-service';
import { appSession } from '../../vault/app-session';
import { officePrivateKey } from '../../vault/office-key';
import { importFromFile, type ImportOutcome } from './bundle-import';
import { mayBePartlySent, type ImportFailure } from './bundle-ui';
import { BundleReceiptView } from './BundleReceiptView';
import { problemText } from './sync-text';

type Progressing =
  | { phase: 'idle' }
  | { phase: 'choosing' }
  | { phase: 'checking' }
  | { phase: 'sending'; done: number; total: number };

type Problem = Exclude<ImportOutcome, { status: 'done' } | { status: 'cancelled' }>;

/** Whether this computer holds the office private key (the head's, where it was created). */
function useHasOfficeKey(): boolean | null {
  const [has, setHas] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    officePrivateKey(appSession).then(
      (key) => live && setHas(key !== null),
      () => live && setHas(false),
    );
    return () => {
      live = false;
    };
  }, []);
  return has;
}

/** Names of the office's advocates this device knows (profiles a head pulled), for the receipt. */
async function advocateNames(): Promise<Map<string, string>> {
  try {
    return new Map((await repos.office.advocates()).map((a) => [a.id, a.profile.fullName]));
  } catch {
    return new Map();
  }
}

function failureLines(t: TFunction, f: ImportFailure): string[] {
  switch (f.kind) {
    case 'bundle':
      return [t(f.key)];
    case 'sync':
      return problemText(t, f.problem, currentLocale());
    case 'answer':
      return [t('bundleUi.import.badAnswer')];
    case 'unexpected':
      return [t('bundleUi.import.unexpected')];
  }
}

function problemLines(t: TFunction, p: Problem): string[] {
  switch (p.status) {
    case 'open-failed':
      return [
        t(
          p.reason === 'too-large'
            ? 'bundleUi.import.openFailed.tooLarge'
            : 'bundleUi.import.openFailed.readFailed',
        ),
      ];
    case 'host-error':
      return [t(`ipcErrors.${p.code}`)];
    case 'no-office-key':
      return [t('bundleUi.import.noKey')];
    case 'failed':
      return [
        ...failureLines(t, p.failure),
        ...(mayBePartlySent(p.failure) ? [t('bundleUi.import.again')] : []),
      ];
  }
}

/**
 * The head's half: pick the advocate's file, decrypt and check it here, relay it to the server
 * with a progress bar, then show and print the receipt. Needs the office private key (kept only
 * on the computer that created it) and a signed-in connection for the relay.
 */
export function BundleImport({ profile, sync }: { profile: Profile; sync: SyncSnapshot }) {
  const { t } = useTranslation();
  const hasKey = useHasOfficeKey();
  const [progress, setProgress] = useState<Progressing>({ phase: 'idle' });
  const [problem, setProblem] = useState<Problem | null>(null);
  const [receipt, setReceipt] = useState<BundleReceipt | null>(null);
  const signedIn = sync.phase === 'signedIn';
  const busy = progress.phase !== 'idle';

  const run = async () => {
    setProblem(null);
    setReceipt(null);
    setProgress({ phase: 'choosing' });
    try {
      const names = await advocateNames();
      const outcome = await importFromFile({
        openFile: () => callHost((a) => a.bundle.openFile()),
        officeKey: () => officePrivateKey(appSession),
        relay: ipcRelay(api),
        options: {
          advocateName: (id) => names.get(id) ?? null,
          officeName: profile.office || null,
          importedBy: { userId: sync.account?.user?.id ?? null, name: profile.fullName || null },
          onProgress: (done, total) => setProgress({ phase: 'sending', done, total }),
        },
        onChosen: () => setProgress({ phase: 'checking' }),
      });
      if (outcome.status === 'done') setReceipt(outcome.receipt);
      else if (outcome.status !== 'cancelled') setProblem(outcome);
    } catch (error) {
      console.error('bundle import failed', error);
      setProblem({ status: 'failed', failure: { kind: 'unexpected' } });
    } finally {
      setProgress({ phase: 'idle' });
    }
  };

  return (
    <Stack gap="sm" data-testid="bundle-import">
      <Title order={3} size="h5">
        {t('bundleUi.import.title')}
      </Title>
      <Text size="sm">{t('bundleUi.import.intro')}</Text>
      {hasKey === false && (
        <Alert color="orange" variant="light" data-testid="bundle-import-no-key">
          {t('bundleUi.import.noKey')}
        </Alert>
      )}
      {hasKey && !signedIn && (
        <Text size="sm" c="dimmed" data-testid="bundle-import-sign-in">
          {t('bundleUi.import.signIn')}
        </Text>
      )}
      <Button
        style={{ alignSelf: 'flex-start' }}
        leftSection={<IconFileImport size={18} aria-hidden />}
        loading={busy}
        disabled={!hasKey || !signedIn}
        onClick={() => void run()}
        data-testid="bundle-import-open"
      >
        {t('bundleUi.import.open')}
      </Button>
      {(progress.phase === 'checking' || progress.phase === 'sending') && (
        <Stack gap={4} data-testid="bundle-import-progress">
          <Text size="sm">
            {progress.phase === 'sending'
              ? t('bundleUi.import.sending', { done: progress.done, total: progress.total })
              : t('bundleUi.import.checking')}
          </Text>
          <Progress
            aria-label={t('bundleUi.import.progressLabel')}
            value={
              progress.phase === 'sending' && progress.total > 0
                ? (100 * progress.done) / progress.total
                : 100
            }
            striped={progress.phase === 'checking'}
            animated={progress.phase === 'checking'}
          />
        </Stack>
      )}
      {problem && (
        <Alert
          color="red"
          variant="light"
          role="alert"
          title={t('bundleUi.import.failed')}
          data-testid="bundle-import-problem"
          data-status={problem.status === 'failed' ? problem.failure.kind : problem.status}
        >
          {problemLines(t, problem).map((line) => (
            <Text key={line} size="sm">
              {line}
            </Text>
          ))}
        </Alert>
      )}
      {receipt && <BundleReceiptView receipt={receipt} onClose={() => setReceipt(null)} />}
    </Stack>
  );
}
