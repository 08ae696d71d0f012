import {
  Checkbox,
  Fieldset,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from '../../i18n/translate';
import { parseIin } from '../../../src-shared/domain/iin/iin';
import { todayIso } from '../../../src-shared/domain/dates/iso-date';
import { formatDate } from '../../../src-shared/i18n/format';
import { IsoDateInput } from '../../components/IsoDateInput';
import { currentLocale } from '../../i18n/i18n';
import type { CheckForm } from './check-form';

function IinInput({
  form,
  field,
  label,
}: {
  form: UseFormReturnType<CheckForm>;
  field: 'iin' | 'repIin';
  label: string;
}) {
  const { t } = useTranslation();
  const parsed = parseIin(form.values[field]);
  return (
    <TextInput
      label={label}
      withAsterisk
      inputMode="numeric"
      maxLength={14}
      description={
        parsed.ok
          ? t('profile.hints.iinDecoded', {
              date: formatDate(parsed.info.birthDate, currentLocale()),
            })
          : t('profile.hints.iin')
      }
      {...form.getInputProps(field)}
    />
  );
}

export function ApplicantStep({ form }: { form: UseFormReturnType<CheckForm> }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <div>
        <Text size="sm" fw={500} mb={4} id="service-label">
          {t('eligibility.service.label')}
        </Text>
        <SegmentedControl
          aria-labelledby="service-label"
          value={form.values.service}
          onChange={(v) => {
            form.setFieldValue('service', v as CheckForm['service']);
            form.setFieldValue('categoryId', '');
            form.setFieldValue('evidence', []);
          }}
          data={[
            { value: 'consultation', label: t('eligibility.service.consultation') },
            { value: 'defence', label: t('eligibility.service.defence') },
          ]}
        />
      </div>
      <IsoDateInput
        label={t('eligibility.date')}
        withAsterisk
        maw={240}
        maxDate={todayIso()}
        value={form.values.date}
        onChange={(v) => form.setFieldValue('date', v)}
        error={form.errors['date']}
      />
      <Fieldset legend={t('eligibility.person')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <IinInput form={form} field="iin" label={t('eligibility.iin')} />
          <TextInput
            label={t('eligibility.fullName')}
            withAsterisk
            {...form.getInputProps('fullName')}
          />
        </SimpleGrid>
      </Fieldset>
      <Checkbox
        label={t('eligibility.representative.toggle')}
        {...form.getInputProps('hasRepresentative', { type: 'checkbox' })}
      />
      {form.values.hasRepresentative && (
        <Fieldset legend={t('eligibility.representative.title')}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <IinInput form={form} field="repIin" label={t('eligibility.iin')} />
              <TextInput
                label={t('eligibility.fullName')}
                withAsterisk
                {...form.getInputProps('repFullName')}
              />
            </SimpleGrid>
            <TextInput
              label={t('eligibility.representative.docType')}
              description={t('eligibility.representative.docTypeHint')}
              withAsterisk
              {...form.getInputProps('repDocType')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('eligibility.representative.docNumber')}
                {...form.getInputProps('repDocNumber')}
              />
              <IsoDateInput
                label={t('eligibility.representative.docDate')}
                maxDate={todayIso()}
                value={form.values.repDocDate}
                onChange={(v) => form.setFieldValue('repDocDate', v)}
                error={form.errors['repDocDate']}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>
      )}
    </Stack>
  );
}
