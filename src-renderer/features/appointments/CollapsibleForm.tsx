import { Button, Group, Stack, type MantineColor } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n/translate';

/**
 * A form that stays folded behind one button until asked for: open it, fill it, save or cancel.
 * The caller holds `opened`, so it decides whether a save folds it again.
 */
export function CollapsibleForm({
  canOpen,
  opened,
  onOpenChange,
  openLabel,
  openColor,
  testId,
  saveLabel,
  saveColor,
  saveVariant,
  busy,
  onSave,
  children,
}: {
  canOpen: boolean;
  opened: boolean;
  onOpenChange: (opened: boolean) => void;
  openLabel: string;
  openColor?: MantineColor;
  testId: string;
  saveLabel: string;
  saveColor?: MantineColor;
  saveVariant?: 'light';
  busy: boolean;
  onSave: () => Promise<unknown>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      {canOpen && !opened && (
        <Group>
          <Button variant="light" color={openColor} onClick={() => onOpenChange(true)}>
            {openLabel}
          </Button>
        </Group>
      )}
      {opened && (
        <Stack gap="xs" data-testid={testId}>
          {children}
          <Group>
            <Button
              color={saveColor}
              variant={saveVariant}
              loading={busy}
              onClick={() => void onSave()}
            >
              {saveLabel}
            </Button>
            <Button variant="default" onClick={() => onOpenChange(false)}>
              {t('appointments.cancel')}
            </Button>
          </Group>
        </Stack>
      )}
    </>
  );
}
