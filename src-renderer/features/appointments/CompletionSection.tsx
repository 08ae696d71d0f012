/** The defence ends: the date and the final document that closed it. */
import { Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from '../../i18n/translate';
import { canComplete } from '../../../src-shared/domain/appointments/lifecycle';
import { todayIso } from '../../../src-shared/domain/dates/iso-date';
import { formatDate } from '../../../src-shared/i18n/format';
import { IsoDateInput } from '../../components/IsoDateInput';
import { repos } from '../../db';
import { currentLocale } from '../../i18n/i18n';
import type { SectionProps } from './detail-shared';
import { Section } from './Section';
import { useRepoAction } from './use-repo-action';

export function CompletionSection({ a, profile, step }: SectionProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const form = useForm({
    mode: 'controlled',
    initialValues: { date: todayIso(), finalDocument: '', note: '' },
  });
  const { busy, run } = useRepoAction();
  const c = a.completion;
  if (!c && !canComplete(a)) return null;
  return (
    <Section step={step} title={t('appointments.completion.title')} done={!!c} testId="completion">
      {c ? (
        <Text size="sm" fw={600} data-testid="completion-recorded">
          {t('appointments.completion.recorded', {
            date: formatDate(c.date, locale),
            document: c.finalDocument,
          })}
          {c.note ? ` · ${c.note}` : ''}
        </Text>
      ) : (
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <IsoDateInput
              label={t('appointments.completion.date')}
              withAsterisk
              value={form.values.date}
              onChange={(d) => form.setFieldValue('date', d)}
              error={form.errors['date']}
            />
            <TextInput
              label={t('appointments.completion.finalDocument')}
              description={t('appointments.completion.finalDocumentHint')}
              withAsterisk
              style={{ gridColumn: 'span 2' }}
              {...form.getInputProps('finalDocument')}
            />
          </SimpleGrid>
          <TextInput label={t('appointments.completion.note')} {...form.getInputProps('note')} />
          <Group>
            <Button
              loading={busy}
              onClick={() =>
                void run(() => repos.appointments.complete(a.id, form.values, profile.id), {
                  form,
                  success: t('appointments.completion.saved'),
                })
              }
            >
              {t('appointments.completion.save')}
            </Button>
          </Group>
        </Stack>
      )}
    </Section>
  );
}
