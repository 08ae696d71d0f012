import {
  ActionIcon,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import {
  absenceGrounds,
  absenceTypes,
  type AbsenceGround,
  type AbsenceType,
} from '../../../src-shared/contracts/entities/duty-roster';
import { todayIso } from '../../../src-shared/domain/dates/iso-date';
import { IsoDateInput } from '../../components/IsoDateInput';
import { repoDeps } from '../../db';
import { useTranslation } from '../../i18n/translate';
import { newAbsence, type RosterFormValues } from './roster-form-values';

/**
 * The member's absences (Rules cl. 23: participation suspended on the advocate's application;
 * or a declared unavailability). While one is in force the schedule generator and the queue
 * pass the advocate over, so each row needs real dates and a reason the head can show.
 */
export function AbsenceEditor({ form }: { form: UseFormReturnType<RosterFormValues> }) {
  const { t } = useTranslation();
  const absences = form.values.absences;
  const listError = form.errors['absences'];

  return (
    <Stack gap="xs">
      <div>
        <Text size="sm" fw={500}>
          {t('duty.roster.absences.title')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('duty.roster.absences.hint')}
        </Text>
      </div>
      {absences.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('duty.roster.absences.empty')}
        </Text>
      )}
      {absences.map((a, i) => {
        const path = `absences.${i}`;
        return (
          <Paper
            key={a.id}
            withBorder
            p="sm"
            role="group"
            aria-label={t('duty.roster.absences.row', { n: i + 1 })}
            data-testid="duty-absence-row"
          >
            <Stack gap="xs">
              <SimpleGrid cols={{ base: 1, sm: 4 }}>
                <Select
                  label={t('duty.roster.absences.type')}
                  withAsterisk
                  allowDeselect={false}
                  data={absenceTypes.map((type) => ({
                    value: type,
                    label: t(`duty.roster.absenceTypes.${type}`),
                  }))}
                  value={a.type}
                  onChange={(v) => v && form.setFieldValue(`${path}.type`, v as AbsenceType)}
                  error={form.errors[`${path}.type`]}
                />
                <IsoDateInput
                  label={t('duty.roster.absences.from')}
                  withAsterisk
                  value={a.from}
                  onChange={(d) => form.setFieldValue(`${path}.from`, d)}
                  error={form.errors[`${path}.from`]}
                />
                <IsoDateInput
                  label={t('duty.roster.absences.to')}
                  withAsterisk
                  // The picker opens on the start, and cannot end before it (the schema's
                  // periodOrder check still guards typed dates).
                  minDate={a.from || undefined}
                  value={a.to}
                  onChange={(d) => form.setFieldValue(`${path}.to`, d)}
                  error={form.errors[`${path}.to`]}
                />
                <Select
                  label={t('duty.roster.absences.ground')}
                  withAsterisk
                  allowDeselect={false}
                  data={absenceGrounds.map((g) => ({
                    value: g,
                    label: t(`duty.roster.absenceGrounds.${g}`),
                  }))}
                  value={a.ground}
                  onChange={(v) => v && form.setFieldValue(`${path}.ground`, v as AbsenceGround)}
                  error={form.errors[`${path}.ground`]}
                />
              </SimpleGrid>
              <Group align="flex-start" wrap="nowrap">
                <TextInput
                  style={{ flex: 1 }}
                  label={t('duty.roster.absences.reason')}
                  description={t('duty.roster.absences.reasonHint')}
                  withAsterisk
                  {...form.getInputProps(`${path}.reason`)}
                />
                <ActionIcon
                  mt={44}
                  variant="subtle"
                  color="red"
                  aria-label={t('duty.roster.absences.remove')}
                  title={t('duty.roster.absences.remove')}
                  onClick={() => form.removeListItem('absences', i)}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            </Stack>
          </Paper>
        );
      })}
      {listError && (
        <Text size="sm" c="red" role="alert">
          {listError}
        </Text>
      )}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => form.insertListItem('absences', newAbsence(repoDeps.newId(), todayIso()))}
        >
          {t('duty.roster.absences.add')}
        </Button>
      </Group>
    </Stack>
  );
}
