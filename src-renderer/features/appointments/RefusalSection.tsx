/** UPK 69: the client refuses the defender; the pack warns where the refusal cannot be accepted. */
import { Alert, List, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from '../../i18n/translate';
import { canRecordRefusal } from '../../../src-shared/domain/appointments/lifecycle';
import { refusalWarnings } from '../../../src-shared/domain/appointments/pack-lookups';
import { UnverifiedBadge } from '../../components/UnverifiedBadge';
import { repos } from '../../db';
import { currentLocale } from '../../i18n/i18n';
import { AtFields } from './AtFields';
import { CollapsibleForm } from './CollapsibleForm';
import { joinAt } from './DateTimeFields';
import { atText, type SectionProps } from './detail-shared';
import { Section } from './Section';
import { fieldFor, useAtForm } from './use-at-form';
import { useRepoAction } from './use-repo-action';

export function RefusalSection({ a, pack, profile }: SectionProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const lang = locale === 'ru' ? 'ru' : 'kk';
  const [opened, setOpened] = useState(false);
  const form = useAtForm({ form: 'written', reason: '', outcome: 'pending' });
  const { busy, run } = useRepoAction();
  const r = a.clientRefusal;
  if (!r && !canRecordRefusal(a)) return null;
  const warnings = refusalWarnings(a.mandatoryGrounds, pack);
  const v = form.values;
  const save = async () => {
    const saved = await run(
      () =>
        repos.appointments.recordClientRefusal(
          a.id,
          {
            at: joinAt(v.date, v.time),
            form: v.form as 'written',
            reason: v.reason,
            outcome: v.outcome as 'pending',
          },
          warnings.map((w) => w.id),
          profile.id,
        ),
      { form, field: fieldFor({ at: 'date' }), success: t('appointments.refusal.saved') },
    );
    if (saved) setOpened(false);
  };
  return (
    <Section title={t('appointments.refusal.title')} testId="refusal">
      {r && (
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {t('appointments.refusal.recorded', {
              at: atText(r.at, locale),
              form: t(`appointments.refusal.forms.${r.form}`),
              outcome: t(`appointments.refusal.outcomes.${r.outcome}`),
            })}
          </Text>
          {r.reason && <Text size="sm">{r.reason}</Text>}
        </Stack>
      )}
      <CollapsibleForm
        canOpen={canRecordRefusal(a)}
        opened={opened}
        onOpenChange={setOpened}
        openLabel={t('appointments.refusal.record')}
        openColor="gray"
        testId="refusal-form"
        saveLabel={t('appointments.refusal.save')}
        saveColor="red"
        saveVariant="light"
        busy={busy}
        onSave={save}
      >
        {warnings.length > 0 && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            title={t('appointments.refusal.warningsTitle')}
            data-testid="refusal-warnings"
          >
            <List size="sm">
              {warnings.map((w) => (
                <List.Item key={w.id}>
                  {w.warning[lang]} {!w.verified && <UnverifiedBadge note={w.note} />}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Alert color="yellow" variant="light" p="xs">
          {t('appointments.refusal.moneyNote')}
        </Alert>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <AtFields form={form} label={t('appointments.refusal.at')} />
          <Select
            label={t('appointments.refusal.form')}
            allowDeselect={false}
            data={(['written', 'protocol'] as const).map((f) => ({
              value: f,
              label: t(`appointments.refusal.forms.${f}`),
            }))}
            {...form.getInputProps('form')}
          />
        </SimpleGrid>
        <TextInput label={t('appointments.refusal.reason')} {...form.getInputProps('reason')} />
        <Select
          label={t('appointments.refusal.outcome')}
          allowDeselect={false}
          data={(['pending', 'accepted', 'not-accepted'] as const).map((o) => ({
            value: o,
            label: t(`appointments.refusal.outcomes.${o}`),
          }))}
          {...form.getInputProps('outcome')}
        />
      </CollapsibleForm>
    </Section>
  );
}
