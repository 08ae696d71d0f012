import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from '../../i18n/translate';

/** "Replace the office key?": the one question Settings → Security asks before acting. */
export function ConfirmReplace({
  keyId,
  opened,
  onConfirm,
  onCancel,
}: {
  keyId: string;
  opened: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onCancel}
      title={t('vault.security.office.replaceTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Text>{t('vault.security.office.replaceBody', { keyId })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('vault.security.office.cancel')}
          </Button>
          <Button color="orange" onClick={onConfirm} data-testid="confirm-replace">
            {t('vault.security.office.replace')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
