import { Alert, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { DocumentButtons } from '../../components/DocumentButtons';
import type { BundleReceipt } from '../../bundle/receipt';
import { currentLocale } from '../../i18n/i18n';
import { useTranslation, type MessageKey } from '../../i18n/translate';
import { problemLabelKey, receiptSummary, type KeyTrust } from './bundle-ui';
import { saveBundleReceiptPdf } from './print-bundle-receipt';
import { entityName, formatWhen, reasonIn } from './sync-text';

/** A pathological file may be refused record by record; the printed receipt lists them all. */
const SHOWN_PROBLEMS = 200;

const TRUST_KEY: Record<KeyTrust, MessageKey> = {
  owner: 'bundleUi.receipt.keyOwner',
  'first-use': 'bundleUi.receipt.keyFirstUse',
  relay: 'bundleUi.receipt.keyRelay',
};

const COUNTS = ['accepted', 'duplicate', 'rejected', 'conflict'] as const;

function Field({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} data-testid={testId} style={{ overflowWrap: 'anywhere' }}>
        {value}
      </Text>
    </Stack>
  );
}

/**
 * The receipt on the head's screen: whose file, which one (the start of its SHA-256, as on the
 * printed receipt), how the advocate's key is trusted, what the server did — and the lines the
 * advocate must hear about. Record contents are never shown; the PDF lists every record's hash.
 */
export function BundleReceiptView({
  receipt,
  onClose,
}: {
  receipt: BundleReceipt;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const s = receiptSummary(receipt);
  const trust = t(TRUST_KEY[s.keyTrust], {
    when: formatWhen(receipt.signingKey.registeredAt, locale),
  });

  return (
    <Paper withBorder p="md" data-testid="bundle-receipt" data-bundle-id={receipt.bundleId}>
      <Stack gap="md">
        <Title order={3} size="h5">
          {t('bundleUi.receipt.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Field
            label={t('bundleUi.receipt.advocate')}
            value={receipt.advocate.name ?? receipt.advocate.userId}
            testId="receipt-advocate"
          />
          <Field label={t('bundleUi.receipt.bundleId')} value={receipt.bundleId} />
          <Field
            label={t('bundleUi.receipt.fileHash')}
            value={s.fileHashShort}
            testId="receipt-file-hash"
          />
          <Field
            label={t('bundleUi.receipt.createdAt')}
            value={formatWhen(receipt.createdAt, locale)}
          />
          <Field
            label={t('bundleUi.receipt.signingKey')}
            value={`${receipt.signingKey.keyId} — ${trust}`}
            testId="receipt-signing-key"
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          {COUNTS.map((c) => (
            <Field
              key={c}
              label={t(`bundleUi.receipt.${c}`)}
              value={String(s.totals[c])}
              testId={`receipt-${c}`}
            />
          ))}
        </SimpleGrid>
        {s.allDuplicate && (
          <Alert color="blue" variant="light" data-testid="receipt-all-duplicate">
            {t('bundleUi.receipt.allDuplicate')}
          </Alert>
        )}
        {s.problems.length > 0 && (
          <Stack gap={4} data-testid="receipt-problems">
            <Text fw={600} size="sm">
              {t('bundleUi.receipt.problemsTitle')}
            </Text>
            <List size="sm" spacing={2}>
              {s.problems.slice(0, SHOWN_PROBLEMS).map((l) => (
                <List.Item key={l.opId}>
                  {`${entityName(t, l.entity)} ${l.entityId.slice(0, 8)}… — ${t(problemLabelKey(l))}`}
                  {l.reason ? `: ${reasonIn(l.reason, locale)}` : ''}
                </List.Item>
              ))}
            </List>
            {s.problems.length > SHOWN_PROBLEMS && (
              <Text size="sm" c="dimmed">
                {t('bundleUi.receipt.more', { count: s.problems.length - SHOWN_PROBLEMS })}
              </Text>
            )}
          </Stack>
        )}
        <Stack gap={4}>
          <Text fw={600} size="sm">
            {t('bundleUi.receipt.print')}
          </Text>
          <DocumentButtons
            testId="receipt-print"
            jobs={[
              {
                key: 'kk',
                label: 'bundleUi.receipt.printKk',
                run: () => saveBundleReceiptPdf(receipt, 'kk'),
              },
              {
                key: 'ru',
                label: 'bundleUi.receipt.printRu',
                run: () => saveBundleReceiptPdf(receipt, 'ru'),
              },
            ]}
            messages={{
              printed: 'bundleUi.receipt.printed',
              failed: 'bundleUi.receipt.printFailed',
            }}
          />
        </Stack>
        <Group>
          <Button variant="default" onClick={onClose}>
            {t('bundleUi.receipt.close')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
