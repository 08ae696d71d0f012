import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Collapse,
  Fieldset,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  List,
  Text,
  Textarea,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import {
  IconChevronDown,
  IconChevronRight,
  IconClipboardText,
  IconInfoCircle,
  IconLink,
  IconPlus,
  IconTrash,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  appointmentIntakeSchema,
  appointmentSources,
  caseKinds,
  type Appointment,
} from '../../../src-shared/contracts/entities/appointment';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import { todayIso } from '../../../src-shared/domain/dates/iso-date';
import {
  parseEzkText,
  type EzkField,
  type EzkPasteResult,
} from '../../../src-shared/domain/appointments/ezk-paste';
import { statusesFor, stagesFor } from '../../../src-shared/domain/appointments/pack-lookups';
import { notify } from '../../app/notify';
import { IsoDateInput } from '../../components/IsoDateInput';
import { UnverifiedBadge } from '../../components/UnverifiedBadge';
import { repos } from '../../db';
import { currentLocale } from '../../i18n/i18n';
import { useRulesOn } from '../../rules/use-rules-on';
import {
  applyEzkPaste,
  intakePathToField,
  newRowKey,
  toIntakeInput,
  type AppointmentFormValues,
} from './appointment-form-values';
import { ContinuityHint } from './ContinuityHint';
import { PackSelect } from './PackSelect';
import { useRepoAction, zodErrors } from './use-repo-action';

interface Props {
  profile: Profile;
  initial: AppointmentFormValues;
  /** Set when correcting the intake of a stored appointment (a new version with a reason). */
  correcting?: Appointment | undefined;
  onSaved: (a: Appointment) => void;
}

/** Intake of an appointment (Rules cl. 3.3, 4.3, 10, 17; UPK 66–67), new or corrected. */
export function AppointmentForm({ profile, initial, correcting, onSaved }: Props) {
  const { t } = useTranslation();
  const lang = currentLocale() === 'ru' ? 'ru' : 'kk';
  const form = useForm<AppointmentFormValues>({ mode: 'controlled', initialValues: initial });
  const v = form.values;
  const rules = useRulesOn(v.decreeDate || v.receivedDate || todayIso());
  const pack = rules.defence;
  const [grounds, { toggle: toggleGrounds }] = useDisclosure(v.mandatoryGrounds.length > 0);
  const [errorSummary, setErrorSummary] = useState(false);
  const { busy, run } = useRepoAction();

  const statuses = pack ? statusesFor(pack, v.caseKind) : [];
  const stages = pack ? stagesFor(pack, v.caseKind) : [];
  const categories = (rules.eligibility?.categories ?? []).filter((c) => c.service === 'defence');

  const setCategory = (id: string) => {
    form.setFieldValue('categoryId', id);
    form.setFieldValue(
      'eligibilityPack',
      id && rules.eligibility
        ? { id: rules.eligibility.id, version: rules.eligibility.version }
        : null,
    );
  };
  const setStatus = (id: string) => {
    form.setFieldValue('statusId', id);
    // The status's usual art. 26(3) category, when the eligibility pack in force has it.
    const cat = pack?.statuses.find((s) => s.id === id)?.categoryId;
    if (cat && categories.some((c) => c.id === cat)) setCategory(cat);
  };
  const setCaseKind = (kind: AppointmentFormValues['caseKind']) => {
    form.setFieldValue('caseKind', kind);
    if (pack && !statusesFor(pack, kind).some((s) => s.id === v.statusId))
      form.setFieldValue('statusId', '');
    if (pack && !stagesFor(pack, kind).some((s) => s.id === v.stageId))
      form.setFieldValue('stageId', '');
  };

  const validate = (): boolean => {
    const r = appointmentIntakeSchema.safeParse(toIntakeInput(v));
    const errors = r.success ? {} : zodErrors(r.error, t, intakePathToField);
    if (correcting && !v.correctionReason.trim())
      errors['correctionReason'] = t('validation.required');
    if (v.source === 'paper' && v.assigned && !v.assignedTime)
      errors['assignedTime'] ??= t('validation.time');
    form.setErrors(errors);
    setErrorSummary(Object.keys(errors).length > 0);
    return Object.keys(errors).length === 0;
  };

  const submit = async () => {
    if (!validate()) return;
    const input = toIntakeInput(v);
    const saved = await run(
      () =>
        correcting
          ? repos.appointments.correctIntake(correcting.id, input, v.correctionReason, profile.id)
          : repos.appointments.create(
              input,
              profile.id,
              v.previousStageId ? { previousStageId: v.previousStageId } : undefined,
            ),
      { form, field: intakePathToField },
    );
    if (saved) {
      notify('success', t('appointments.form.saved', { number: saved.number }));
      onSaved(saved);
    } else setErrorSummary(Object.keys(form.errors).length > 0);
  };

  /** Paste-to-fill: only empty fields take what was recognised; the advocate reviews. */
  const fillFromEzk = (text: string): EzkPasteOutcome | null => {
    if (!pack) return null;
    const parsed = parseEzkText(text, pack);
    const applied = applyEzkPaste(v, parsed.fields, (f) => form.isDirty(f), pack);
    const next = applied.values;
    if (applied.filled.includes('statusId') && !next.categoryId) {
      // As when the status is chosen by hand: its usual art. 26(3) category.
      const cat = pack.statuses.find((s) => s.id === next.statusId)?.categoryId;
      if (cat && rules.eligibility && categories.some((c) => c.id === cat)) {
        next.categoryId = cat;
        next.eligibilityPack = { id: rules.eligibility.id, version: rules.eligibility.version };
      }
    }
    form.setValues(next);
    return { parsed, filled: applied.filled, kept: applied.kept };
  };

  const addOpposing = () =>
    form.insertListItem('opposing', { key: newRowKey(), fullName: '', iin: '', statusId: '' });

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

      {v.source === 'ezk' && !correcting && pack && <EzkPastePanel onFill={fillFromEzk} />}

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

      {v.source === 'paper' && (
        <Fieldset legend={t('appointments.form.paperAssignment')}>
          <Stack gap="sm">
            <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} p="xs">
              {t('appointments.form.paperHint')}
            </Alert>
            <Switch
              label={t('appointments.form.paperAssignment')}
              checked={v.assigned}
              onChange={(e) => form.setFieldValue('assigned', e.currentTarget.checked)}
            />
            {v.assigned && (
              <SimpleGrid cols={{ base: 1, sm: 4 }}>
                <TextInput
                  label={t('appointments.form.assignedBy')}
                  withAsterisk
                  {...form.getInputProps('assignedBy')}
                />
                <IsoDateInput
                  label={t('appointments.form.assignedAt')}
                  withAsterisk
                  value={v.assignedDate}
                  onChange={(d) => form.setFieldValue('assignedDate', d)}
                  error={form.errors['assignedDate']}
                />
                <TimeInput
                  label={`${t('appointments.form.assignedAt')}: ${t('appointments.form.time')}`}
                  withAsterisk
                  {...form.getInputProps('assignedTime')}
                />
                <TextInput
                  label={t('appointments.form.assignmentNumber')}
                  {...form.getInputProps('assignmentNumber')}
                />
              </SimpleGrid>
            )}
          </Stack>
        </Fieldset>
      )}

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
          onChange={(k) => k && setCaseKind(k as AppointmentFormValues['caseKind'])}
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
          items={statuses}
          value={v.statusId}
          onChange={(s) => setStatus(s ?? '')}
          error={form.errors['statusId']}
        />
        <PackSelect
          label={t('appointments.form.stage')}
          withAsterisk
          lang={lang}
          items={stages}
          value={v.stageId}
          onChange={(s) => form.setFieldValue('stageId', s ?? '')}
          error={form.errors['stageId']}
        />
        <PackSelect
          label={t('appointments.form.category')}
          lang={lang}
          items={categories}
          extra={[{ value: '', label: t('appointments.form.noCategory') }]}
          value={v.categoryId}
          onChange={(c) => setCategory(c ?? '')}
          error={form.errors['categoryId']}
        />
        <TextInput
          label={t('appointments.form.qualification')}
          {...form.getInputProps('qualification')}
        />
      </SimpleGrid>

      {pack && pack.mandatoryGrounds.length > 0 && (
        <div>
          <UnstyledButton onClick={toggleGrounds} aria-expanded={grounds}>
            <Group gap={6}>
              {grounds ? (
                <IconChevronDown size={16} aria-hidden />
              ) : (
                <IconChevronRight size={16} aria-hidden />
              )}
              <Text size="sm" fw={500}>
                {t('appointments.form.mandatoryCount', { count: v.mandatoryGrounds.length })}
              </Text>
            </Group>
          </UnstyledButton>
          <Collapse expanded={grounds}>
            <Checkbox.Group
              value={v.mandatoryGrounds}
              onChange={(g) => form.setFieldValue('mandatoryGrounds', g)}
              aria-label={t('appointments.form.mandatory')}
            >
              <Stack gap={6} mt="xs" pl="md">
                {pack.mandatoryGrounds.map((g) => (
                  <Group key={g.id} gap={6} wrap="nowrap">
                    <Checkbox value={g.id} label={g.label[lang]} />
                    {!g.verified && <UnverifiedBadge note={g.note} />}
                  </Group>
                ))}
              </Stack>
            </Checkbox.Group>
          </Collapse>
        </div>
      )}

      <Fieldset legend={t('appointments.form.opposing')}>
        <Stack gap="sm">
          <Text size="xs" c="dimmed">
            {t('appointments.form.opposingHint')}
          </Text>
          {v.opposing.map((p, i) => (
            <Group key={p.key} align="flex-start" gap="sm" wrap="nowrap">
              <SimpleGrid cols={{ base: 1, sm: 3 }} style={{ flex: 1 }}>
                <TextInput
                  label={`${t('appointments.form.fullName')} (${i + 1})`}
                  withAsterisk
                  {...form.getInputProps(`opposing.${i}.fullName`)}
                />
                <TextInput
                  label={`${t('appointments.form.iin')} (${i + 1})`}
                  inputMode="numeric"
                  {...form.getInputProps(`opposing.${i}.iin`)}
                />
                <Select
                  label={`${t('appointments.form.opposingStatus')} (${i + 1})`}
                  data={[
                    { value: '', label: t('appointments.form.unknownStatus') },
                    ...(pack?.statuses ?? [])
                      .filter((s) => s.caseKinds.includes(v.caseKind))
                      .map((s) => ({ value: s.id, label: s.label[lang] })),
                  ]}
                  {...form.getInputProps(`opposing.${i}.statusId`)}
                />
              </SimpleGrid>
              <ActionIcon
                variant="subtle"
                color="red"
                mt={26}
                aria-label={t('appointments.form.removeOpposing', { index: i + 1 })}
                onClick={() => form.removeListItem('opposing', i)}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button
              variant="light"
              size="xs"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={addOpposing}
            >
              {t('appointments.form.addOpposing')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>

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

      <TextInput label={t('appointments.form.note')} {...form.getInputProps('note')} />
      {correcting && (
        <TextInput
          label={t('appointments.form.correctionReason')}
          withAsterisk
          {...form.getInputProps('correctionReason')}
        />
      )}
      {errorSummary && Object.keys(form.errors).length > 0 && (
        <Alert color="red" variant="light" role="alert">
          {t('appointments.form.fixErrors')}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button
          onClick={() => void submit()}
          loading={busy}
          leftSection={v.previousStageId ? <IconLink size={16} aria-hidden /> : undefined}
        >
          {correcting ? t('appointments.form.saveCorrection') : t('appointments.form.save')}
        </Button>
      </Group>
    </Stack>
  );
}

interface EzkPasteOutcome {
  parsed: EzkPasteResult;
  filled: EzkField[];
  kept: EzkField[];
}

/** Form labels (appointments.form.*) naming each recognised field in the summary. */
const EZK_FIELD_LABEL = {
  ezkNumber: 'ezkNumber',
  'decree.number': 'decreeNumber',
  'decree.date': 'decreeDate',
  'decree.body': 'body',
  'decree.official': 'official',
  caseKind: 'caseKind',
  caseNumber: 'caseNumber',
  'client.fullName': 'fullName',
  'client.iin': 'iin',
  statusId: 'status',
  qualification: 'qualification',
} as const satisfies Record<EzkField, string>;

/**
 * A collapsed panel for text copied from Е-Заң көмегі: «Fill the form» fills the empty fields
 * and says which were filled, which were left as typed and which lines were not understood.
 */
function EzkPastePanel({ onFill }: { onFill: (text: string) => EzkPasteOutcome | null }) {
  const { t } = useTranslation();
  const [opened, { toggle }] = useDisclosure(false);
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<EzkPasteOutcome | null>(null);
  const names = (fields: readonly EzkField[]) =>
    fields.map((f) => t(`appointments.form.${EZK_FIELD_LABEL[f]}`)).join(', ');
  const P = 'appointments.form.paste';
  const unknown = outcome?.parsed.unknown ?? [];
  return (
    <div data-testid="ezk-paste">
      <UnstyledButton onClick={toggle} aria-expanded={opened}>
        <Group gap={6}>
          {opened ? (
            <IconChevronDown size={16} aria-hidden />
          ) : (
            <IconChevronRight size={16} aria-hidden />
          )}
          <IconClipboardText size={16} aria-hidden />
          <Text size="sm" fw={500}>
            {t(`${P}.toggle`)}
          </Text>
        </Group>
      </UnstyledButton>
      <Collapse expanded={opened}>
        <Stack gap="xs" mt="xs" pl="md">
          <Textarea
            label={t(`${P}.text`)}
            description={t(`${P}.hint`)}
            autosize
            minRows={4}
            maxRows={12}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
          />
          <Group>
            <Button
              variant="light"
              size="xs"
              disabled={!text.trim()}
              onClick={() => setOutcome(onFill(text))}
            >
              {t(`${P}.fill`)}
            </Button>
          </Group>
          {outcome && (
            <Alert
              color={outcome.filled.length ? 'blue' : 'yellow'}
              variant="light"
              icon={<IconInfoCircle aria-hidden />}
              data-testid="ezk-paste-result"
              role="status"
            >
              <Stack gap={4}>
                {outcome.filled.length > 0 ? (
                  <Text size="sm">{t(`${P}.filled`, { fields: names(outcome.filled) })}</Text>
                ) : (
                  outcome.kept.length === 0 && <Text size="sm">{t(`${P}.nothing`)}</Text>
                )}
                {outcome.kept.length > 0 && (
                  <Text size="sm">{t(`${P}.kept`, { fields: names(outcome.kept) })}</Text>
                )}
                {outcome.parsed.ambiguous.length > 0 && (
                  <Text size="sm">
                    {t(`${P}.ambiguous`, { fields: names(outcome.parsed.ambiguous) })}
                  </Text>
                )}
                {unknown.length > 0 && (
                  <>
                    <Text size="sm">{t(`${P}.unknown`, { count: unknown.length })}</Text>
                    <List size="xs" data-testid="ezk-paste-unknown">
                      {unknown.map((line, i) => (
                        <List.Item key={i}>{line}</List.Item>
                      ))}
                    </List>
                  </>
                )}
                {outcome.filled.length > 0 && (
                  <Text size="sm" fw={500}>
                    {t(`${P}.review`)}
                  </Text>
                )}
              </Stack>
            </Alert>
          )}
        </Stack>
      </Collapse>
    </div>
  );
}
