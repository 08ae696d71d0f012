import { Alert, Button, Code, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { Fragment, useState } from 'react';
import { useTranslation } from '../../i18n/translate';
import { parsePrintedHead } from '../../../src-shared/domain/audit/chain-head';
import { appDb, repoDeps } from '../../db';
import { countRecords, verifyAuditLog } from '../../db/audit-log';
import { callHost } from '../../host/host';
import { currentLocale } from '../../i18n/i18n';
import {
  auditCheckMessage,
  checkAuditLog,
  translateLine,
  type AuditCheck,
} from './audit-check-message';
import { diagnosticsFileName, encodeDiagnostics } from './diagnostics';
import { notify } from '../../app/notify';

const TONE_COLOR = { ok: 'green', warning: 'orange', broken: 'red' } as const;

export function IntegrityCard() {
  const { t } = useTranslation();
  const [check, setCheck] = useState<AuditCheck | null>(null);
  const [printed, setPrinted] = useState('');
  const [printedError, setPrintedError] = useState<string | null>(null);
  const counts = useLiveQuery(() => countRecords(appDb), []);

  const verify = async () => {
    const typed = printed.trim();
    const head = typed ? parsePrintedHead(typed) : null;
    if (typed && !head) {
      setPrintedError(t('settings.auditCheck.printedHeadInvalid'));
      setCheck(null);
      return;
    }
    setPrintedError(null);
    // Primary-key order is `seq`, the order entries were appended in.
    setCheck(checkAuditLog(await appDb.audit.toArray(), head));
  };

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

  // Built at render time, so the dates follow a change of language.
  const message = check && auditCheckMessage(check, currentLocale());

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
        <TextInput
          label={t('settings.auditCheck.printedHead')}
          description={t('settings.auditCheck.printedHeadHint')}
          value={printed}
          error={printedError}
          onChange={(e) => setPrinted(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void verify();
          }}
          spellCheck={false}
          autoComplete="off"
          maw={560}
          styles={{ input: { fontFamily: 'monospace' } }}
        />
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
        {message && (
          <Alert role="status" color={TONE_COLOR[message.tone]} variant="light">
            <Stack gap={4}>
              <Text size="sm" fw={600} data-testid="audit-verdict">
                {translateLine(t, message.headline)}
              </Text>
              {message.lines.map((line, i) => (
                <Fragment key={i}>
                  <Text size="sm">{translateLine(t, line)}</Text>
                  {line.key === 'settings.auditCheck.head' && message.fullHead && (
                    <>
                      <Text size="xs" c="dimmed">
                        {t('settings.auditCheck.headHint')}
                      </Text>
                      <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
                        {message.fullHead}
                      </Code>
                    </>
                  )}
                </Fragment>
              ))}
            </Stack>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
