import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  Radio,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from '../../i18n/translate';
import { ZodError } from 'zod';
import {
  consultationInputSchema,
  consultationStatuses,
  type ConsultationEntry,
} from '../../../src-shared/contracts/entities/consultation';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import { notify } from '../../app/notify';
import { IsoDateInput } from '../../components/IsoDateInput';
import { SettlementField } from '../../components/SettlementField';
import { settlementError } from '../../components/settlement';
import { useSettlementDefault } from '../../components/use-settlement-default';
import { repos } from '../../db';
import { NotOwnRecordError } from '../../db/register-owner';
import { currentLocale } from '../../i18n/i18n';
import { translateKey } from '../../i18n/message-key';
import { useRulesOn } from '../../rules/use-rules-on';
import { DeferralPanel } from './DeferralPanel';
import { EntryChecks } from './EntryChecks';
import { entryPathToField, toEntryInput, type EntryFormValues } from './entry-form-values';

interface Props {
  profile: Profile;
  initial: EntryFormValues;
  /** Set when correcting an existing entry (a new version with a reason). */
  correcting?: ConsultationEntry | undefined;
  onSaved: (entry: ConsultationEntry) => void;
}

export function EntryForm({ profile, initial, correcting, onSaved }: Props) {
  const { t } = useTranslation();
  const lang = currentLocale() === 'ru' ? 'ru' : 'kk';
  const [saving, setSaving] = useState(false);
  const form = useForm<EntryFormValues>({ mode: 'controlled', initialValues: initial });
  const v = form.values;
  const rules = useRulesOn(v.appliedDate || initial.appliedDate);
  const pack = rules.eligibility;
  const label = (l: { kk: string; ru: string }) => l[lang];
  useSettlementDefault({
    register: 'consultation',
    ownerId: profile.id,
    isNew: !correcting,
    current: () => form.getValues().settlement,
    apply: (s) => form.setFieldValue('settlement', s),
  });

  const validate = (): boolean => {
    const errors: Record<string, string> = {};
    const r = consultationInputSchema.safeParse(toEntryInput(v));
    if (!r.success) {
      for (const issue of r.error.issues) {
        const field = entryPathToField[issue.path.join('.')] ?? 'note';
        errors[field] ??= translateKey(t, issue.message);
      }
    }
    if (correcting && !v.correctionReason.trim())
      errors['correctionReason'] = t('validation.required');
    const noSettlement = settlementError(v.settlement, !correcting);
    if (noSettlement) errors['settlement'] ??= t(noSettlement);
    form.setErrors(errors);
    return Object.keys(errors).length === 0;
  };

  const submit = async () => {
    if (!validate()) return;
    setSaving(true);
    try {
      const input = toEntryInput(v);
      const saved = correcting
        ? await repos.consultations.correct(correcting.id, input, v.correctionReason, profile.id)
        : await repos.consultations.create(input, profile.id);
      notify('success', t('register.form.saved', { number: saved.number }));
      onSaved(saved);
    } catch (error) {
      if (error instanceof ZodError) {
        // Checks only storage can make (e.g. a future time by this device's clock).
        const errors: Record<string, string> = {};
        for (const issue of error.issues) {
          errors[entryPathToField[issue.path.join('.')] ?? 'note'] ??= translateKey(
            t,
            issue.message,
          );
        }
        form.setErrors(errors);
      } else if (error instanceof NotOwnRecordError) {
        notify('error', t(error.code));
      } else {
        console.error('register entry save failed', error);
        notify('error', t('register.form.saveFailed'));
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <IsoDateInput
          label={t('register.form.date')}
          withAsterisk
          value={v.appliedDate}
          onChange={(d) => form.setFieldValue('appliedDate', d)}
          error={form.errors['appliedDate']}
        />
        <TimeInput
          label={t('register.form.time')}
          withAsterisk
          {...form.getInputProps('appliedTime')}
        />
        <div>
          <Text size="sm" fw={500} mb={4} id="entry-language">
            {t('register.language')}
          </Text>
          <SegmentedControl
            aria-labelledby="entry-language"
            data={(['kk', 'ru'] as const).map((l) => ({
              value: l,
              label: t(`register.languages.${l}`),
            }))}
            {...form.getInputProps('language')}
          />
        </div>
      </SimpleGrid>
      <SettlementField
        value={v.settlement}
        onChange={(s) => form.setFieldValue('settlement', s)}
        error={form.errors['settlement']}
        required={!correcting}
      />

      <Fieldset legend={t('register.form.applicant')}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('register.form.fullName')}
              withAsterisk
              {...form.getInputProps('applicantName')}
            />
            <TextInput
              label={t('register.form.iin')}
              withAsterisk
              inputMode="numeric"
              {...form.getInputProps('applicantIin')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('register.form.idType')}
              withAsterisk
              {...form.getInputProps('idType')}
            />
            <TextInput label={t('register.form.idNumber')} {...form.getInputProps('idNumber')} />
            <IsoDateInput
              label={t('register.form.idDate')}
              value={v.idDate}
              onChange={(d) => form.setFieldValue('idDate', d)}
              error={form.errors['idDate']}
            />
          </SimpleGrid>
          <Checkbox
            label={t('register.form.represents')}
            {...form.getInputProps('represents', { type: 'checkbox' })}
          />
          {v.represents && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={`${t('register.form.represented')}: ${t('register.form.fullName')}`}
                withAsterisk
                {...form.getInputProps('representedName')}
              />
              <TextInput
                label={`${t('register.form.represented')}: ${t('register.form.iin')}`}
                withAsterisk
                {...form.getInputProps('representedIin')}
              />
            </SimpleGrid>
          )}
        </Stack>
      </Fieldset>

      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('register.form.issueArea')}
          withAsterisk
          searchable
          data={(pack?.issueAreas ?? []).map((a) => ({ value: a.id, label: label(a.label) }))}
          {...form.getInputProps('issueAreaId')}
        />
        <Select
          label={t('register.form.category')}
          data={[
            { value: '', label: t('register.form.noCategory') },
            ...(pack?.categories ?? [])
              .filter((c) => c.service === 'consultation')
              .map((c) => ({ value: c.id, label: label(c.label) })),
          ]}
          {...form.getInputProps('categoryId')}
        />
      </SimpleGrid>
      <TextInput
        label={t('register.form.subject')}
        withAsterisk
        {...form.getInputProps('subject')}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t('register.form.evidence')} {...form.getInputProps('evidenceType')} />
        <TextInput label={t('register.form.idNumber')} {...form.getInputProps('evidenceNumber')} />
        <IsoDateInput
          label={t('register.form.idDate')}
          value={v.evidenceDate}
          onChange={(d) => form.setFieldValue('evidenceDate', d)}
          error={form.errors['evidenceDate']}
        />
      </SimpleGrid>

      <div>
        <Text size="sm" fw={500} mb={4} id="entry-status">
          {t('register.status')}
        </Text>
        <SegmentedControl
          aria-labelledby="entry-status"
          fullWidth
          data={consultationStatuses.map((s) => ({ value: s, label: t(`register.statuses.${s}`) }))}
          {...form.getInputProps('status')}
        />
      </div>

      {v.status === 'given' && (
        <Stack gap="sm">
          <Radio.Group label={t('register.form.form')} {...form.getInputProps('form')}>
            <Group mt={4}>
              <Radio value="oral" label={t('register.form.oral')} />
              <Radio value="written" label={t('register.form.written')} />
            </Group>
          </Radio.Group>
          <Textarea
            label={t('register.form.content')}
            withAsterisk
            autosize
            minRows={3}
            {...form.getInputProps('content')}
          />
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <TimeInput
              label={t('register.form.startedAt')}
              withAsterisk
              {...form.getInputProps('startedAt')}
            />
            <TimeInput
              label={t('register.form.endedAt')}
              withAsterisk
              {...form.getInputProps('endedAt')}
            />
          </SimpleGrid>
          <Radio.Group label={t('register.form.place')} {...form.getInputProps('placeKind')}>
            <Group mt={4}>
              <Radio value="office" label={t('register.form.office')} />
              <Radio value="person-location" label={t('register.form.personLocation')} />
            </Group>
          </Radio.Group>
          {v.placeKind === 'person-location' && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('register.form.address')}
                withAsterisk
                {...form.getInputProps('address')}
              />
              <TextInput
                label={t('register.form.reason')}
                withAsterisk
                {...form.getInputProps('reason')}
              />
            </SimpleGrid>
          )}
        </Stack>
      )}
      {v.status === 'deferred' && rules.calendar && rules.register && (
        <DeferralPanel
          form={form}
          calendar={rules.calendar}
          maxWorkingDays={rules.register.deferral.maxWorkingDays}
          profile={profile}
        />
      )}
      {v.status === 'refused' && (
        <Select
          label={t('register.form.refusalGround')}
          withAsterisk
          data={(pack?.refusalGrounds ?? [])
            .filter((g) => g.appliesTo.includes('consultation'))
            .map((g) => ({ value: g.id, label: label(g.label) }))}
          {...form.getInputProps('refusalGroundId')}
        />
      )}
      <TextInput label={t('register.form.note')} {...form.getInputProps('note')} />
      <EntryChecks
        values={v}
        entryId={correcting?.id}
        ownerId={profile.id}
        register={rules.register}
      />
      {correcting && (
        <TextInput
          label={t('register.form.correctionReason')}
          withAsterisk
          {...form.getInputProps('correctionReason')}
        />
      )}
      <Group justify="flex-end">
        <Button onClick={() => void submit()} loading={saving}>
          {correcting ? t('register.form.saveCorrection') : t('register.form.save')}
        </Button>
      </Group>
    </Stack>
  );
}
