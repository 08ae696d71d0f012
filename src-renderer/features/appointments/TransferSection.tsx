/** cl. 27(2): the appointment passes to another advocate, with permission. */
import { SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '../../i18n/translate';
import { canTransfer } from '../../../src-shared/domain/appointments/lifecycle';
import { repos } from '../../db';
import { currentLocale } from '../../i18n/i18n';
import { AtFields } from './AtFields';
import { CollapsibleForm } from './CollapsibleForm';
import { joinAt } from './DateTimeFields';
import { atText, packLabel, type SectionProps } from './detail-shared';
import { PackSelect } from './PackSelect';
import { Section } from './Section';
import { fieldFor, useAtForm } from './use-at-form';
import { useRepoAction } from './use-repo-action';

export function TransferSection({ a, pack, profile }: SectionProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const lang = locale === 'ru' ? 'ru' : 'kk';
  const [opened, setOpened] = useState(false);
  const form = useAtForm({
    toAdvocate: '',
    reasonId: '',
    note: '',
    permittedBy: '',
    permission: '',
  });
  const { busy, run } = useRepoAction();
  const tr = a.transfer;
  if (!tr && !canTransfer(a)) return null;
  const v = form.values;
  // The section closes its form once the appointment is transferred: nothing can be recorded on
  // it any more, so an open form would offer a step the repository then refuses.
  const save = async () => {
    const done = await run(
      () =>
        repos.appointments.transfer(
          a.id,
          {
            toAdvocate: v.toAdvocate,
            reasonId: v.reasonId,
            note: v.note,
            permittedBy: v.permittedBy,
            permittedAt: joinAt(v.date, v.time),
            permission: v.permission,
          },
          profile.id,
        ),
      {
        form,
        field: fieldFor({ permittedAt: 'date' }),
        success: t('appointments.transfer.saved'),
      },
    );
    if (done) setOpened(false);
  };
  return (
    <Section title={t('appointments.transfer.title')} done={!!tr} testId="transfer">
      {tr ? (
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {t('appointments.transfer.recorded', {
              to: tr.toAdvocate,
              by: tr.permittedBy,
              at: atText(tr.permittedAt, locale),
            })}
          </Text>
          <Text size="sm">
            {packLabel(pack.replacementReasons, tr.reasonId, lang)} · {tr.permission}
            {tr.note ? ` · ${tr.note}` : ''}
          </Text>
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {t('appointments.transfer.intro')}
        </Text>
      )}
      <CollapsibleForm
        canOpen={canTransfer(a)}
        opened={opened}
        onOpenChange={setOpened}
        openLabel={t('appointments.transfer.record')}
        openColor="grape"
        testId="transfer-form"
        saveLabel={t('appointments.transfer.save')}
        saveColor="grape"
        busy={busy}
        onSave={save}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('appointments.transfer.toAdvocate')}
            withAsterisk
            {...form.getInputProps('toAdvocate')}
          />
          <PackSelect
            label={t('appointments.transfer.reason')}
            withAsterisk
            lang={lang}
            items={pack.replacementReasons}
            value={v.reasonId}
            onChange={(x) => form.setFieldValue('reasonId', x ?? '')}
            error={form.errors['reasonId']}
          />
          <TextInput
            label={t('appointments.transfer.permittedBy')}
            withAsterisk
            {...form.getInputProps('permittedBy')}
          />
          <AtFields form={form} label={t('appointments.transfer.permittedAt')} />
        </SimpleGrid>
        <TextInput
          label={t('appointments.transfer.permission')}
          withAsterisk
          {...form.getInputProps('permission')}
        />
        <TextInput label={t('appointments.transfer.note')} {...form.getInputProps('note')} />
      </CollapsibleForm>
    </Section>
  );
}
