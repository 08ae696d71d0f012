import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from '../../i18n/translate';
import type { ChainVerdict } from '../../../src-shared/domain/audit/hash-chain';
import { appDb, repoDeps } from '../../db';
import { countRecords, verifyAuditLog } from '../../db/audit-log';
import { callHost } from '../../host/host';
import { currentLocale } from '../../i18n/i18n';
import { diagnosticsFileName, encodeDiagnostics } from './diagnostics';
import { notify } from '../../app/notify';

export function IntegrityCard() {
  const { t } = useTranslation();
  const [verdict, setVerdict] = useState<ChainVerdict | null>(null);
  const counts = useLiveQuery(() => countRecords(appDb), []);

  const verify = async () => setVerdict(await verifyAuditLog(appDb));

  const exportDiagnostics = async () => {
    const info = await callHost((a) => a.app.info());
    const now = new Date();
    const bytes = encodeDiagnostics({
      generatedAt: now.toISOString(),
      app: info.ok ? info.value : { error: info.error.code },
      locale: currentLocale(),
      codec: repoDeps.codec.id,
      counts: await countRecords(appDb),
      auditChain: await verifyAuditLog(appDb),
    });
    const r = await callHost((a) =>
      a.files.saveFile({ suggestedName: diagnosticsFileName(now), kind: 'json', bytes }),
    );
    if (!r.ok) notify('error', t(`ipcErrors.${r.error.code}`));
    else if (r.value.saved) notify('success', t('settings.exported'));
  };

  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('settings.integritySection')}
        </Title>
        <Text size="sm">{t('settings.integrityIntro')}</Text>
        {counts && (
          <Text size="sm">{t('settings.pendingOps', { count: counts.outboxPending })}</Text>
        )}
        <Group>
          <Button variant="light" onClick={() => void verify()}>
            {t('settings.verify')}
          </Button>
          <Button variant="default" onClick={() => void exportDiagnostics()}>
            {t('settings.exportDiagnostics')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {t('settings.exportDiagnosticsHint')}
        </Text>
        {verdict && (
          <Alert
            role="status"
            data-testid="audit-verdict"
            color={verdict.intact ? 'green' : 'red'}
            variant="light"
          >
            {verdict.intact
              ? t('settings.chainIntact', { count: verdict.count })
              : t('settings.chainBroken', { index: verdict.brokenAt + 1 })}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
