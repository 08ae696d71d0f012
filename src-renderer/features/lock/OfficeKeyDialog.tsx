import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCopy, IconFileDownload } from '@tabler/icons-react';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import { notify } from '../../app/notify';
import { DocumentButtons } from '../../components/DocumentButtons';
import { useTranslation } from '../../i18n/translate';
import type { NewOfficeKey } from '../../vault/office-key';
import { saveOfficeKeyPdf, saveOfficePublicKey } from './print-office-key';

/**
 * The new office key, once: the secret block to print for the safe (a kk and a ru sheet), and
 * the public key for the advocates (a file, or the text to copy). Closing the dialog is the
 * last time the secret block is on screen.
 */
export function OfficeKeyDialog({
  created,
  profile,
  onClose,
}: {
  created: (NewOfficeKey & { createdAt: string }) | null;
  profile: Profile;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  if (!created) return null;
  const savePublic = async () => {
    const r = await saveOfficePublicKey(created);
    if (!r.ok) notify('error', t(`ipcErrors.${r.error.code}`));
    else if (r.value.saved) notify('success', t('vault.security.newKey.publicSaved'));
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('vault.security.newKey.title', { keyId: created.keyId })}
      size="lg"
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md" data-testid="office-key-dialog">
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={20} aria-hidden />}>
          {t('vault.security.newKey.warning')}
        </Alert>
        <div>
          <Text fw={600} mb={4}>
            {t('vault.security.newKey.privateBlock')}
          </Text>
          <Code block fz="md" data-testid="office-key-private">
            {created.privateText.trimEnd()}
          </Code>
        </div>
        <DocumentButtons
          testId="office-key-print"
          jobs={[
            {
              key: 'kk',
              label: 'vault.security.newKey.printKk',
              run: () => saveOfficeKeyPdf(created, profile, 'kk'),
            },
            {
              key: 'ru',
              label: 'vault.security.newKey.printRu',
              run: () => saveOfficeKeyPdf(created, profile, 'ru'),
            },
          ]}
          messages={{
            printed: 'vault.security.newKey.printed',
            failed: 'vault.security.newKey.printFailed',
          }}
        />
        <div>
          <Text fw={600} mb={4}>
            {t('vault.security.newKey.publicKey')}
          </Text>
          <Code
            block
            style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}
            data-testid="office-key-public"
          >
            {created.publicText}
          </Code>
        </div>
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconFileDownload size={18} aria-hidden />}
            onClick={() => void savePublic()}
            data-testid="office-key-save-public"
          >
            {t('vault.security.newKey.savePublic')}
          </Button>
          <CopyButton value={created.publicText}>
            {({ copied, copy }) => (
              <Button
                variant="subtle"
                leftSection={<IconCopy size={18} aria-hidden />}
                onClick={copy}
                color={copied ? 'teal' : undefined}
              >
                {copied ? t('vault.security.newKey.copied') : t('vault.security.newKey.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Group justify="flex-end">
          <Button onClick={onClose} data-testid="office-key-done">
            {t('vault.security.newKey.done')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
