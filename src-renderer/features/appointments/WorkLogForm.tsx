import {
  Badge,
  Button,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from '../../i18n/translate';
import type { CaseKind } from '../../../src-shared/contracts/entities/appointment';
import { actionsFor } from '../../../src-shared/domain/appointments/pack-lookups';
import { workMinutes } from '../../../src-shared/domain/appointments/work-time';
import { isIsoDate } from '../../../src-shared/domain/dates/iso-date';
import type { Locale } from '../../../src-shared/i18n/locales';
import type { DefenceRegisterPack } from '../../../src-shared/rules/pack-schema';
import { IsoDateInput } from '../../components/IsoDateInput';
import { PackSelect } from './PackSelect';
import type { WorkLogFormState } from './use-work-log-form';
import { hoursText } from './work-log-values';

/** The form adding one procedural action with its time, travel and a preview of its flags. */
export function WorkLogForm({
  work,
  pack,
  caseKind,
  locale,
  busy,
}: {
  work: WorkLogFormState;
  pack: DefenceRegisterPack;
  caseKind: CaseKind;
  locale: Locale;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const lang = locale === 'ru' ? 'ru' : 'kk';
  const { form, rules, timesOk, flags, add } = work;
  const v = form.values;
  return (
    <Stack gap="xs" data-testid="work-form">
      <SimpleGrid cols={{ base: 1, sm: 4 }}>
        <IsoDateInput
          label={t('appointments.work.date')}
          withAsterisk
          value={v.date}
          onChange={(d) => form.setFieldValue('date', d)}
          error={form.errors['date']}
        />
        <TimeInput
          label={t('appointments.work.startedAt')}
          withAsterisk
          {...form.getInputProps('startedAt')}
        />
        <TimeInput
          label={t('appointments.work.endedAt')}
          withAsterisk
          {...form.getInputProps('endedAt')}
        />
        <Text size="sm" mt={28} data-testid="work-preview">
          {timesOk
            ? `${hoursText(workMinutes(v.startedAt, v.endedAt), locale)} ${t('appointments.work.hoursShort')}`
            : ''}
        </Text>
      </SimpleGrid>
      <PackSelect
        label={t('appointments.work.action')}
        withAsterisk
        searchable
        lang={lang}
        items={actionsFor(pack, caseKind)}
        value={v.actionId}
        onChange={(x) => form.setFieldValue('actionId', x ?? '')}
        error={form.errors['actionId']}
      />
      {timesOk && (
        <Group gap="xs" data-testid="work-flags-preview">
          {v.endedAt < v.startedAt && (
            <Badge color="gray" variant="light" tt="none">
              {t('appointments.work.pastMidnight')}
            </Badge>
          )}
          <Text size="sm" c={flags.length ? 'indigo.8' : 'dimmed'}>
            {flags.length
              ? t('appointments.work.preview', { flags: flags.join(', ') })
              : t('appointments.work.previewNone')}
          </Text>
        </Group>
      )}
      {rules.calendar &&
        isIsoDate(v.date) &&
        !rules.calendar.coverage(Number(v.date.slice(0, 4))).listed && (
          <Text size="xs" c="dimmed">
            {t('appointments.work.calendarEstimated')}
          </Text>
        )}
      <Switch
        label={t('appointments.work.hasTravel')}
        checked={v.hasTravel}
        onChange={(e) => form.setFieldValue('hasTravel', e.currentTarget.checked)}
      />
      {v.hasTravel && (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('appointments.work.destination')}
            withAsterisk
            {...form.getInputProps('destination')}
          />
          <NumberInput
            label={t('appointments.work.km')}
            min={0}
            max={5000}
            decimalSeparator=","
            {...form.getInputProps('km')}
          />
          <NumberInput
            label={t('appointments.work.minutes')}
            min={0}
            max={1440}
            allowDecimal={false}
            {...form.getInputProps('minutes')}
          />
        </SimpleGrid>
      )}
      <TextInput label={t('appointments.work.note')} {...form.getInputProps('note')} />
      <Group>
        <Button
          leftSection={<IconPlus size={16} aria-hidden />}
          loading={busy}
          onClick={() => void add()}
        >
          {t('appointments.work.add')}
        </Button>
      </Group>
    </Stack>
  );
}
