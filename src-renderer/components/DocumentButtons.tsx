import { Button, Group } from '@mantine/core';
import { IconFileSpreadsheet, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import type { Envelope } from '../../src-shared/contracts/envelope';
import { notify } from '../app/notify';
import { useTranslation, type MessageKey } from '../i18n/translate';

export interface DocumentJob {
  key: string;
  label: MessageKey;
  icon?: 'csv';
  run: () => Promise<Envelope<{ saved: boolean }>>;
}

/** What the row says when a document is saved, and when it could not be made. */
export interface DocumentMessages {
  printed: MessageKey;
  failed: MessageKey;
}

/**
 * A row of "save as PDF / CSV" buttons (reports, duty schedules): each renders its document, then
 * the host saves it. Says so when it is saved, names the host's error when saving failed, and says
 * nothing when the advocate cancelled the save dialog.
 */
export function DocumentButtons({
  jobs,
  testId,
  messages = { printed: 'fees.report.printed', failed: 'fees.report.failed' },
}: {
  jobs: DocumentJob[];
  testId: string;
  messages?: DocumentMessages;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);
  const go = async (job: DocumentJob) => {
    setBusy(job.key);
    try {
      const r = await job.run();
      if (!r.ok) notify('error', t(`ipcErrors.${r.error.code}`));
      else if (r.value.saved) notify('success', t(messages.printed));
    } catch (e) {
      console.error('document failed', e);
      notify('error', t(messages.failed));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Group gap="xs" data-testid={testId}>
      {jobs.map((j) => (
        <Button
          key={j.key}
          variant="default"
          leftSection={
            j.icon === 'csv' ? (
              <IconFileSpreadsheet size={18} aria-hidden />
            ) : (
              <IconPrinter size={18} aria-hidden />
            )
          }
          loading={busy === j.key}
          disabled={busy !== null && busy !== j.key}
          onClick={() => void go(j)}
          data-job={j.key}
        >
          {t(j.label)}
        </Button>
      ))}
    </Group>
  );
}
