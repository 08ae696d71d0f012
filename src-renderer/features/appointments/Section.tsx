import { Badge, Group, Paper, Stack, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n/translate';

/** One step of the appointment's page, numbered in the order the work happens. */
export function Section({
  step,
  title,
  done,
  testId,
  children,
}: {
  /** Its place on the main path; optional steps (if it happens) are not numbered. */
  step?: number | undefined;
  title: string;
  done?: boolean;
  testId: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const id = `section-${testId}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id} data-testid={testId}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} size="h4" id={id}>
            {step ? `${step}. ${title}` : title}
          </Title>
          {done && (
            <Badge
              color="gray"
              variant="light"
              tt="none"
              leftSection={<IconCheck size={12} color="var(--mantine-color-green-8)" aria-hidden />}
            >
              {t('appointments.detail.done')}
            </Badge>
          )}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}
