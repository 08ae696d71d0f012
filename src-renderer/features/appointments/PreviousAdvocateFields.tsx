import { SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useTranslation } from '../../i18n/translate';
import type { DefenceRegisterPack } from '../../../src-shared/rules/pack-schema';
import { PackSelect } from './PackSelect';
import type { IntakeForm } from './use-intake-form';

/** Whether another advocate defended the client before, and if so who and why replaced. */
export function PreviousAdvocateFields({
  form,
  pack,
  lang,
}: {
  form: IntakeForm;
  pack: DefenceRegisterPack | null;
  lang: 'kk' | 'ru';
}) {
  const { t } = useTranslation();
  const v = form.values;
  return (
    <Stack gap="sm">
      <Switch
        label={t('appointments.form.previousOther')}
        checked={v.previousOther}
        onChange={(e) => form.setFieldValue('previousOther', e.currentTarget.checked)}
      />
      {v.previousOther && (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('appointments.form.previousAdvocate')}
            withAsterisk
            {...form.getInputProps('previousAdvocate')}
          />
          <PackSelect
            label={t('appointments.form.replacementReason')}
            withAsterisk
            lang={lang}
            items={pack?.replacementReasons ?? []}
            value={v.replacementReasonId}
            onChange={(r) => form.setFieldValue('replacementReasonId', r ?? '')}
            error={form.errors['replacementReasonId']}
          />
          <TextInput
            label={t('appointments.form.replacementNote')}
            {...form.getInputProps('replacementNote')}
          />
        </SimpleGrid>
      )}
    </Stack>
  );
}
