import {
  Alert,
  Button,
  Fieldset,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { IconLink } from '@tabler/icons-react';
import { useTranslation } from '../../i18n/translate';
import { appointmentSources, caseKinds } from '../../../src-shared/contracts/entities/appointment';
import { IsoDateInput } from '../../components/IsoDateInput';
import { SettlementField } from '../../components/SettlementField';
import { currentLocale } from '../../i18n/i18n';
import type { AppointmentFormValues } from './appointment-form-values';
import { ContinuityHint } from './ContinuityHint';
import { EzkPastePanel } from './EzkPastePanel';
import { IntakePaperAssignment } from './IntakePaperAssignment';
import { MandatoryGroundsField } from './MandatoryGroundsField';
import { OpposingPartiesFields } from './OpposingPartiesFields';
import { PackSelect } from './PackSelect';
import { PreviousAdvocateFields } from './PreviousAdvocateFields';
import { useIntakeForm, type IntakeFormOptions } from './use-intake-form';

/** Intake of an appointment (Rules cl. 3.3, 4.3, 10, 17; UPK 66–67), new or corrected. */
export function AppointmentForm(props: IntakeFormOptions) {
  const { correcting } = props;
  const { t } = useTranslation();
  const lang = currentLocale() === 'ru' ? 'ru' : 'kk';
  const { form, rules, pack, ...intake } = useIntakeForm(props);
  const v = form.values;

  return (
    <Stack gap="md" data-testid="appointment-form">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <div>
          <Text size="sm" fw={500} mb={4} id="appointment-source">
            {t('appointments.form.source')}
          </Text>
          <SegmentedControl
            aria-labelledby="appointment-source"
            fullWidth
            data={appointmentSources.map((s) => ({
              value: s,
              label: t(`appointments.sources.${s}`),
            }))}
            value={v.source}
            onChange={(s) => form.setFieldValue('source', s as AppointmentFormValues['source'])}
          />
        </div>
        <div>
          <Text size="sm" fw={500} mb={4} id="appointment-language">
            {t('appointments.form.language')}
          </Text>
          <SegmentedControl
            aria-labelledby="appointment-language"
            fullWidth
            data={(['kk', 'ru'] as const).map((l) => ({
              value: l,
              label: t(`appointments.languages.${l}`),
            }))}
            {...form.getInputProps('language')}
          />
        </div>
      </SimpleGrid>

      {v.source === 'ezk' && !correcting && pack && <EzkPastePanel onFill={intake.fillFromEzk} />}

      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <IsoDateInput
          label={`${t('appointments.form.receivedAt')}: ${t('appointments.form.date')}`}
          withAsterisk
          value={v.receivedDate}
          onChange={(d) => form.setFieldValue('receivedDate', d)}
          error={form.errors['receivedDate']}
        />
        <TimeInput
          label={`${t('appointments.form.receivedAt')}: ${t('appointments.form.time')}`}
          withAsterisk
          {...form.getInputProps('receivedTime')}
        />
        {v.source === 'ezk' && (
          <TextInput
            label={t('appointments.form.ezkNumber')}
            {...form.getInputProps('ezkNumber')}
          />
        )}
      </SimpleGrid>

      {v.source === 'paper' && <IntakePaperAssignment form={form} />}

      <SettlementField
        value={v.settlement}
        onChange={(s) => form.setFieldValue('settlement', s)}
        error={form.errors['settlement']}
        required={!correcting}
      />

      <Fieldset legend={t('appointments.form.decree')}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('appointments.form.decreeNumber')}
              withAsterisk
              {...form.getInputProps('decreeNumber')}
            />
            <IsoDateInput
              label={t('appointments.form.decreeDate')}
              withAsterisk
              value={v.decreeDate}
              onChange={(d) => form.setFieldValue('decreeDate', d)}
              error={form.errors['decreeDate']}
            />
          </SimpleGrid>
          <TextInput
            label={t('appointments.form.body')}
            description={t('appointments.form.bodyHint')}
            withAsterisk
            {...form.getInputProps('body')}
          />
          <TextInput label={t('appointments.form.official')} {...form.getInputProps('official')} />
        </Stack>
      </Fieldset>

      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('appointments.form.caseKind')}
          withAsterisk
          allowDeselect={false}
          data={caseKinds.map((k) => ({ value: k, label: t(`appointments.caseKinds.${k}`) }))}
          value={v.caseKind}
          onChange={(k) => k && intake.setCaseKind(k as AppointmentFormValues['caseKind'])}
          error={form.errors['caseKind']}
        />
        <TextInput
          label={t('appointments.form.caseNumber')}
          withAsterisk
          {...form.getInputProps('caseNumber')}
        />
      </SimpleGrid>

      <Fieldset legend={t('appointments.form.client')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('appointments.form.fullName')}
            withAsterisk
            {...form.getInputProps('clientName')}
          />
          <TextInput
            label={t('appointments.form.iin')}
            description={t('appointments.form.iinHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            inputMode="numeric"
            {...form.getInputProps('clientIin')}
          />
        </SimpleGrid>
      </Fieldset>

      {pack && (
        <ContinuityHint
          values={v}
          pack={pack}
          ownerId={props.profile.id}
          selfId={correcting?.id}
          onLink={correcting ? undefined : (id) => form.setFieldValue('previousStageId', id)}
        />
      )}

      {!pack && rules.loaded && (
        <Alert color="red" variant="light">
          {t('appointments.noPack', { date: v.decreeDate })}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <PackSelect
          label={t('appointments.form.status')}
          withAsterisk
          searchable
          lang={lang}
          items={intake.statuses}
          value={v.statusId}
          onChange={(s) => intake.setStatus(s ?? '')}
          error={form.errors['statusId']}
        />
        <PackSelect
          label={t('appointments.form.stage')}
          withAsterisk
          lang={lang}
          items={intake.stages}
          value={v.stageId}
          onChange={(s) => form.setFieldValue('stageId', s ?? '')}
          error={form.errors['stageId']}
        />
        <PackSelect
          label={t('appointments.form.category')}
          lang={lang}
          items={intake.categories}
          extra={[{ value: '', label: t('appointments.form.noCategory') }]}
          value={v.categoryId}
          onChange={(c) => intake.setCategory(c ?? '')}
          error={form.errors['categoryId']}
        />
        <TextInput
          label={t('appointments.form.qualification')}
          {...form.getInputProps('qualification')}
        />
      </SimpleGrid>

      <MandatoryGroundsField form={form} pack={pack} lang={lang} />

      <OpposingPartiesFields form={form} pack={pack} lang={lang} />

      <PreviousAdvocateFields form={form} pack={pack} lang={lang} />

      <TextInput label={t('appointments.form.note')} {...form.getInputProps('note')} />
      {correcting && (
        <TextInput
          label={t('appointments.form.correctionReason')}
          withAsterisk
          {...form.getInputProps('correctionReason')}
        />
      )}
      {intake.errorSummary && Object.keys(form.errors).length > 0 && (
        <Alert color="red" variant="light" role="alert">
          {t('appointments.form.fixErrors')}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button
          onClick={() => void intake.submit()}
          loading={intake.busy}
          leftSection={v.previousStageId ? <IconLink size={16} aria-hidden /> : undefined}
        >
          {correcting ? t('appointments.form.saveCorrection') : t('appointments.form.save')}
        </Button>
      </Group>
    </Stack>
  );
}
