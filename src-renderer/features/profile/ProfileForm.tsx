import { Button, Group, Radio, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from '../../i18n/translate';
import { ZodError } from 'zod';
import {
  profileInputSchema,
  roles,
  type Profile,
  type ProfileInput,
} from '../../../src-shared/contracts/entities/profile';
import { parseIin } from '../../../src-shared/domain/iin/iin';
import { formatPhone } from '../../../src-shared/domain/phone/phone';
import { formatDate } from '../../../src-shared/i18n/format';
import { todayIso } from '../../../src-shared/domain/dates/iso-date';
import { IsoDateInput } from '../../components/IsoDateInput';
import { repos } from '../../db';
import { zodFormErrors } from '../../forms/zod-form';
import { currentLocale } from '../../i18n/i18n';
import { translateKey } from '../../i18n/message-key';
import { notify } from '../../app/notify';

const empty: ProfileInput = {
  fullName: '',
  licenceNumber: '',
  licenceDate: '',
  collegium: '',
  office: '',
  phone: '',
  iin: '',
  role: 'advocate',
};

function toInput(p: Profile): ProfileInput {
  return {
    fullName: p.fullName,
    licenceNumber: p.licenceNumber,
    licenceDate: p.licenceDate,
    collegium: p.collegium,
    office: p.office,
    phone: formatPhone(p.phone),
    iin: p.iin,
    role: p.role,
  };
}

export function ProfileForm({ profile, submitLabel }: { profile?: Profile; submitLabel: string }) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const form = useForm<ProfileInput>({
    mode: 'controlled',
    initialValues: profile ? toInput(profile) : empty,
    validate: (values) => zodFormErrors(profileInputSchema, values, t),
    validateInputOnBlur: true,
  });

  // Decoding the IIN back to a birth date lets the advocate catch a mistyped digit at once.
  const decoded = parseIin(form.values.iin);
  const iinHint = decoded.ok
    ? t('profile.hints.iinDecoded', { date: formatDate(decoded.info.birthDate, currentLocale()) })
    : t('profile.hints.iin');

  const submit = form.onSubmit(async (values) => {
    setSaving(true);
    try {
      const saved = await repos.profile.save(values);
      form.setValues(toInput(saved));
      form.resetDirty(toInput(saved));
      notify('success', t('profile.saved'));
    } catch (error) {
      if (error instanceof ZodError) {
        for (const i of error.issues)
          form.setFieldError(i.path.join('.'), translateKey(t, i.message));
      } else {
        console.error('profile save failed', error);
        notify('error', t('profile.saveFailed'));
      }
    } finally {
      setSaving(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('profile.editTitle')}>
      <Stack gap="md">
        <TextInput
          label={t('profile.fields.fullName')}
          description={t('profile.hints.fullName')}
          withAsterisk
          autoComplete="name"
          {...form.getInputProps('fullName')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('profile.fields.iin')}
            description={iinHint}
            withAsterisk
            inputMode="numeric"
            maxLength={14}
            {...form.getInputProps('iin')}
          />
          <TextInput
            label={t('profile.fields.phone')}
            description={t('profile.hints.phone')}
            withAsterisk
            type="tel"
            autoComplete="tel"
            {...form.getInputProps('phone')}
          />
          <TextInput
            label={t('profile.fields.licenceNumber')}
            withAsterisk
            {...form.getInputProps('licenceNumber')}
          />
          <IsoDateInput
            label={t('profile.fields.licenceDate')}
            description={t('profile.hints.licenceDate')}
            withAsterisk
            maxDate={todayIso()}
            minDate="1991-01-01"
            defaultLevel="decade"
            value={form.values.licenceDate}
            onChange={(v) => form.setFieldValue('licenceDate', v)}
            onBlur={() => form.validateField('licenceDate')}
            error={form.errors['licenceDate']}
          />
        </SimpleGrid>
        <TextInput
          label={t('profile.fields.collegium')}
          withAsterisk
          {...form.getInputProps('collegium')}
        />
        <TextInput
          label={t('profile.fields.office')}
          withAsterisk
          {...form.getInputProps('office')}
        />
        <Radio.Group label={t('profile.fields.role')} withAsterisk {...form.getInputProps('role')}>
          <Group mt="xs">
            {roles.map((r) => (
              <Radio key={r} value={r} label={t(`roles.${r}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Group justify="flex-end">
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
