import {
  Badge,
  Button,
  Group,
  Modal,
  NumberInput,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconMoon, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkItem, WorkItemInput } from '../../../src-shared/contracts/entities/appointment';
import { canLogWork, canWithdrawWork } from '../../../src-shared/domain/appointments/lifecycle';
import { actionsFor } from '../../../src-shared/domain/appointments/pack-lookups';
import { nightMinutes, workMinutes } from '../../../src-shared/domain/appointments/work-time';
import { isIsoDate, todayIso } from '../../../src-shared/domain/dates/iso-date';
import { formatDate, formatNumber } from '../../../src-shared/i18n/format';
import { IsoDateInput } from '../../components/IsoDateInput';
import { repos } from '../../db';
import { currentLocale } from '../../i18n/i18n';
import { useRulesOn } from '../../rules/use-rules-on';
import { packLabel, type SectionProps } from './detail-shared';
import { PackSelect } from './PackSelect';
import { Section } from './Section';
import { useRepoAction } from './use-repo-action';

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

interface WorkValues {
  date: string;
  actionId: string;
  startedAt: string;
  endedAt: string;
  hasTravel: boolean;
  destination: string;
  km: number | string;
  minutes: number | string;
  note: string;
}

function toInput(v: WorkValues): WorkItemInput {
  return {
    date: v.date,
    actionId: v.actionId,
    startedAt: v.startedAt,
    endedAt: v.endedAt,
    ...(v.hasTravel
      ? {
          travel: {
            destination: v.destination,
            ...(typeof v.km === 'number' ? { km: v.km } : {}),
            ...(typeof v.minutes === 'number' ? { minutes: v.minutes } : {}),
          },
        }
      : {}),
    note: v.note,
  };
}

const FIELD: Record<string, keyof WorkValues> = {
  date: 'date',
  actionId: 'actionId',
  startedAt: 'startedAt',
  endedAt: 'endedAt',
  'travel.destination': 'destination',
  'travel.km': 'km',
  'travel.minutes': 'minutes',
  note: 'note',
};

/** Procedural actions with their time; fee claims are built from this log (issue 8). */
export function WorkLogSection({ a, pack, profile, step }: SectionProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const lang = locale === 'ru' ? 'ru' : 'kk';
  const form = useForm<WorkValues>({
    mode: 'controlled',
    initialValues: {
      date: todayIso(),
      actionId: '',
      startedAt: '',
      endedAt: '',
      hasTravel: false,
      destination: '',
      km: '',
      minutes: '',
      note: '',
    },
  });
  const v = form.values;
  const rules = useRulesOn(isIsoDate(v.date) ? v.date : todayIso());
  const { busy, run } = useRepoAction();
  const [withdrawing, setWithdrawing] = useState<WorkItem | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);

  const hours = (minutes: number) => formatNumber(Math.round((minutes / 60) * 100) / 100, locale);
  const total = a.work.filter((w) => !w.withdrawn).reduce((s, w) => s + w.minutes, 0);

  // The flags the item will get, from the calendar in force on its date and the pack's night.
  const timesOk = CLOCK.test(v.startedAt) && CLOCK.test(v.endedAt) && v.startedAt !== v.endedAt;
  const night = timesOk ? nightMinutes(v.startedAt, v.endedAt, pack.nightTime) : 0;
  const day = rules.calendar && isIsoDate(v.date) ? rules.calendar.dayInfo(v.date) : null;
  const flags = [
    ...(night > 0 ? [t('appointments.work.night', { minutes: night })] : []),
    ...(day && !day.working
      ? [
          day.label
            ? t('appointments.work.nonWorkingLabel', { label: day.label[lang] })
            : t('appointments.work.nonWorking'),
        ]
      : []),
  ];

  const add = async () => {
    const r = await run(
      () =>
        repos.appointments.logWork(
          a.id,
          toInput(v),
          {
            calendar: rules.calendar,
            calendarPack: rules.calendarPack,
            nightTime: { from: pack.nightTime.from, to: pack.nightTime.to },
          },
          profile.id,
        ),
      {
        form,
        field: (p) => FIELD[p.map(String).join('.')] ?? 'note',
        success: t('appointments.work.added'),
      },
    );
    if (r)
      form.setValues({
        startedAt: '',
        endedAt: '',
        note: '',
        hasTravel: false,
        destination: '',
        km: '',
        minutes: '',
      });
  };

  const withdraw = async () => {
    if (!withdrawing) return;
    if (!reason.trim()) {
      setReasonError(t('validation.required'));
      return;
    }
    const r = await run(
      () => repos.appointments.withdrawWork(a.id, withdrawing.id, reason, profile.id),
      { success: t('appointments.work.withdrawnToast') },
    );
    if (r) {
      setWithdrawing(null);
      setReason('');
    }
  };

  const canAdd = canLogWork(a);
  if (!canAdd && a.work.length === 0) return null;
  return (
    <Section step={step} title={t('appointments.work.title')} testId="work">
      <Text size="sm" c="dimmed">
        {t('appointments.work.intro')}
      </Text>
      {a.work.length === 0 ? (
        <Text size="sm">{t('appointments.work.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table withTableBorder striped data-testid="work-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('appointments.work.date')}</Table.Th>
                <Table.Th>{t('appointments.work.action')}</Table.Th>
                <Table.Th>{t('appointments.work.time')}</Table.Th>
                <Table.Th>{t('appointments.work.hours')}</Table.Th>
                <Table.Th>{t('appointments.work.flags')}</Table.Th>
                <Table.Th>{t('appointments.work.travel')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {a.work.map((w) => {
                const struck = w.withdrawn ? { textDecoration: 'line-through' } : undefined;
                return (
                  <Table.Tr key={w.id} data-testid="work-row" data-withdrawn={!!w.withdrawn}>
                    <Table.Td style={struck}>{formatDate(w.date, locale)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" style={struck}>
                        {packLabel(pack.actions, w.actionId, lang)}
                      </Text>
                      {w.note && (
                        <Text size="xs" c="dimmed">
                          {w.note}
                        </Text>
                      )}
                      {w.withdrawn && (
                        <Text size="xs" c="red.9">
                          {t('appointments.work.withdrawn', { reason: w.withdrawn.reason })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td style={struck}>
                      {w.startedAt}–{w.endedAt}
                    </Table.Td>
                    <Table.Td style={struck}>{hours(w.minutes)}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {w.nightMinutes > 0 && (
                          <Badge
                            color="indigo"
                            variant="light"
                            tt="none"
                            leftSection={<IconMoon size={12} aria-hidden />}
                            data-testid="night-flag"
                          >
                            {t('appointments.work.night', { minutes: w.nightMinutes })}
                          </Badge>
                        )}
                        {w.nonWorkingDay && (
                          <Badge color="red" variant="light" tt="none" data-testid="day-off-flag">
                            {t('appointments.work.nonWorking')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      {w.travel && (
                        <Text size="sm">
                          {[
                            w.travel.destination,
                            w.travel.km !== undefined
                              ? `${w.travel.km} ${t('appointments.work.km')}`
                              : '',
                            w.travel.minutes !== undefined
                              ? t('appointments.work.travelMinutes', { minutes: w.travel.minutes })
                              : '',
                          ]
                            .filter(Boolean)
                            .join(' · ')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {!w.withdrawn && canWithdrawWork(a) && (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          onClick={() => {
                            setWithdrawing(w);
                            setReason('');
                            setReasonError(null);
                          }}
                        >
                          {t('appointments.work.withdraw')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Text size="sm" fw={700} data-testid="work-total">
        {t('appointments.work.total', { hours: hours(total) })}
      </Text>

      {canAdd && (
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
                ? `${hours(workMinutes(v.startedAt, v.endedAt))} ${t('appointments.work.hoursShort')}`
                : ''}
            </Text>
          </SimpleGrid>
          <PackSelect
            label={t('appointments.work.action')}
            withAsterisk
            searchable
            lang={lang}
            items={actionsFor(pack, a.caseKind)}
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
      )}

      <Modal
        opened={!!withdrawing}
        onClose={() => setWithdrawing(null)}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={t('appointments.work.withdrawConfirm')}
      >
        <Stack>
          {withdrawing && (
            <Text size="sm">
              {formatDate(withdrawing.date, locale)} · {withdrawing.startedAt}–{withdrawing.endedAt}{' '}
              · {packLabel(pack.actions, withdrawing.actionId, lang)}
            </Text>
          )}
          <TextInput
            label={t('appointments.work.withdrawReason')}
            withAsterisk
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setReasonError(null);
            }}
            error={reasonError}
          />
          <Group justify="flex-end">
            <Button color="red.9" loading={busy} onClick={() => void withdraw()}>
              {t('appointments.work.withdrawConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Section>
  );
}
