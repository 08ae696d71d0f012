import { Alert, Anchor, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBell, IconCalendarDue } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from '../../i18n/translate';
import { todayIso } from '../../../src-shared/domain/dates/iso-date';
import {
  upcomingDeadlines,
  type Deadline,
} from '../../../src-shared/domain/calendar/upcoming-deadlines';
import { WorkingCalendar } from '../../../src-shared/domain/calendar/working-days';
import { formatDate } from '../../../src-shared/i18n/format';
import { DAYJS_LOCALE, currentLocale } from '../../i18n/i18n';
import { usePackState } from '../../rules/pack-store';
import { useAppointmentReminders } from '../appointments/use-reminders';

/** The next monthly-report or duty-schedule deadline, from the calendar pack in force. */
export function DeadlineCard({ kind }: { kind: 'report' | 'schedule' }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const packs = usePackState();
  const today = todayIso();
  const deadline: Deadline | null = useMemo(() => {
    const pack = packs?.registry.inForce('calendar', today);
    return pack ? upcomingDeadlines(new WorkingCalendar(pack), today)[kind] : null;
  }, [packs, today, kind]);
  if (!deadline) return null;

  const d = dayjs(deadline.due).locale(DAYJS_LOCALE[locale]);
  const month = dayjs(`${deadline.month}-01`).locale(DAYJS_LOCALE[locale]).format('MMMM YYYY');
  return (
    <Paper withBorder p="lg" maw={760} data-testid={`deadline-${kind}`}>
      <Group align="flex-start" wrap="nowrap">
        <ThemeIcon size={40} radius="md" variant="light">
          <IconCalendarDue size={24} aria-hidden />
        </ThemeIcon>
        <Stack gap={4}>
          <Title order={2} size="h4">
            {t(kind === 'report' ? 'deadlines.reportTitle' : 'deadlines.scheduleTitle', { month })}
          </Title>
          <Text fw={600}>
            {deadline.workingDaysLeft === 0 && deadline.due === today
              ? t('deadlines.dueToday')
              : t('deadlines.due', {
                  date: formatDate(deadline.due, locale),
                  weekday: d.format('dddd'),
                })}
          </Text>
          {deadline.due > today && (
            <Text size="sm">
              {t('deadlines.workingDaysLeft', { count: deadline.workingDaysLeft })}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {t(kind === 'report' ? 'deadlines.reportBasis' : 'deadlines.scheduleBasis')}
          </Text>
          {deadline.estimated && (
            <Alert color="yellow" variant="light" p="xs">
              {t('deadlines.estimated')}
            </Alert>
          )}
        </Stack>
      </Group>
    </Paper>
  );
}

/**
 * The advocate's appointments waiting on them (`ownerId`: the signed-in profile): accepted
 * without a notice of defence (cl. 9), or a notice issued but the body not yet notified
 * (cl. 47). Shown next to the monthly deadlines.
 */
export function AppointmentReminderCard({ ownerId }: { ownerId: string }) {
  const { t } = useTranslation();
  const reminders = useAppointmentReminders(ownerId)?.filter(
    (r) => r.kind === 'noNotice' || r.kind === 'notNotified',
  );
  if (!reminders || reminders.length === 0) return null;
  return (
    <Paper withBorder p="lg" maw={760} data-testid="deadline-appointments">
      <Group align="flex-start" wrap="nowrap">
        <ThemeIcon size={40} radius="md" variant="light" color="orange">
          <IconBell size={24} aria-hidden />
        </ThemeIcon>
        <Stack gap={4}>
          <Title order={2} size="h4">
            {t('deadlines.appointmentsTitle', { count: reminders.length })}
          </Title>
          {reminders.slice(0, 6).map((r) => (
            <Anchor key={`${r.kind}-${r.id}`} href={`#/appointments?id=${r.id}`} size="sm">
              {t(`appointments.reminders.${r.kind}`, {
                number: `${r.number}/${r.year}`,
                client: r.client,
                notice: r.notice ?? '',
              })}
            </Anchor>
          ))}
          <Text size="xs" c="dimmed">
            {t('deadlines.appointmentsBasis')}
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}
