import { Alert, Button, Group, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { canRecordAssignment } from '../../../src-shared/domain/appointments/lifecycle';
import { repos } from '../../db';
import { currentLocale } from '../../i18n/i18n';
import { atText, type SectionProps } from './detail-shared';
import { DateTimeFields, joinAt } from './DateTimeFields';
import { Section } from './Section';
import { localNow, useRepoAction } from './use-repo-action';

/** cl. 10, 17: a paper decree is worked on only once the responsible person assigned it. */
export function PaperAssignmentSection({ a, profile, step }: SectionProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const now = localNow();
  const form = useForm({
    mode: 'controlled',
    initialValues: { assignedBy: '', date: now.slice(0, 10), time: now.slice(11), number: '' },
  });
  const { busy, run } = useRepoAction();
  const v = form.values;
  const save = () =>
    run(
      () =>
        repos.appointments.recordAssignment(
          a.id,
          { assignedBy: v.assignedBy, assignedAt: joinAt(v.date, v.time), number: v.number },
          profile.id,
        ),
      {
        form,
        success: t('appointments.assignment.saved'),
        field: (p) => (p[0] === 'assignedAt' ? 'date' : String(p[0])),
      },
    );
  const done = !!a.paperAssignment;
  return (
    <Section step={step} title={t('appointments.assignment.title')} done={done} testId="assignment">
      {a.paperAssignment ? (
        <Text size="sm">
          {t('appointments.detail.assignment', {
            by: a.paperAssignment.assignedBy,
            at: atText(a.paperAssignment.assignedAt, locale),
          })}
          {a.paperAssignment.number ? ` · № ${a.paperAssignment.number}` : ''}
        </Text>
      ) : (
        <>
          <Alert color="orange" variant="light" p="xs">
            {t('appointments.assignment.intro')}
          </Alert>
          {canRecordAssignment(a) && (
            <>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label={t('appointments.form.assignedBy')}
                  withAsterisk
                  {...form.getInputProps('assignedBy')}
                />
                <TextInput
                  label={t('appointments.form.assignmentNumber')}
                  {...form.getInputProps('number')}
                />
              </SimpleGrid>
              <DateTimeFields
                label={t('appointments.form.assignedAt')}
                dateLabel={t('appointments.form.date')}
                timeLabel={t('appointments.form.time')}
                date={v.date}
                time={v.time}
                onDate={(d) => form.setFieldValue('date', d)}
                onTime={(x) => form.setFieldValue('time', x)}
                error={form.errors['date']}
              />
              <Group justify="flex-end">
                <Button loading={busy} onClick={() => void save()}>
                  {t('appointments.assignment.save')}
                </Button>
              </Group>
            </>
          )}
        </>
      )}
    </Section>
  );
}
