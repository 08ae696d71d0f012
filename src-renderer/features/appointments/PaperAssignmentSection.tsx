import { Alert, Button, Group, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useTranslation } from '../../i18n/translate';
import { canRecordAssignment } from '../../../src-shared/domain/appointments/lifecycle';
import { repos } from '../../db';
import { currentLocale } from '../../i18n/i18n';
import { AtFields } from './AtFields';
import { joinAt } from './DateTimeFields';
import { atText, type SectionProps } from './detail-shared';
import { Section } from './Section';
import { fieldFor, useAtForm } from './use-at-form';
import { useRepoAction } from './use-repo-action';

/** cl. 10, 17: a paper decree is worked on only once the responsible person assigned it. */
export function PaperAssignmentSection({ a, profile, step }: SectionProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const form = useAtForm({ assignedBy: '', number: '' });
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
        field: fieldFor({ assignedAt: 'date' }),
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
              <AtFields form={form} label={t('appointments.form.assignedAt')} />
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
