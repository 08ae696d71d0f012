import { Alert, Fieldset, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from '../../i18n/translate';
import { IsoDateInput } from '../../components/IsoDateInput';
import type { IntakeForm } from './use-intake-form';

/**
 * cl. 10, 17: for a paper decree, whether the responsible person has already assigned it, and
 * by whom, when and under which number.
 */
export function IntakePaperAssignment({ form }: { form: IntakeForm }) {
  const { t } = useTranslation();
  const v = form.values;
  return (
    <Fieldset legend={t('appointments.form.paperAssignment')}>
      <Stack gap="sm">
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} p="xs">
          {t('appointments.form.paperHint')}
        </Alert>
        <Switch
          label={t('appointments.form.paperAssignment')}
          checked={v.assigned}
          onChange={(e) => form.setFieldValue('assigned', e.currentTarget.checked)}
        />
        {v.assigned && (
          <SimpleGrid cols={{ base: 1, sm: 4 }}>
            <TextInput
              label={t('appointments.form.assignedBy')}
              withAsterisk
              {...form.getInputProps('assignedBy')}
            />
            <IsoDateInput
              label={t('appointments.form.assignedAt')}
              withAsterisk
              value={v.assignedDate}
              onChange={(d) => form.setFieldValue('assignedDate', d)}
              error={form.errors['assignedDate']}
            />
            <TimeInput
              label={`${t('appointments.form.assignedAt')}: ${t('appointments.form.time')}`}
              withAsterisk
              {...form.getInputProps('assignedTime')}
            />
            <TextInput
              label={t('appointments.form.assignmentNumber')}
              {...form.getInputProps('assignmentNumber')}
            />
          </SimpleGrid>
        )}
      </Stack>
    </Fieldset>
  );
}
