import { Box, Center, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import { todayIso } from '../../../src-shared/domain/dates/iso-date';
import { formatTenge } from '../../../src-shared/i18n/money';
import { currentLocale } from '../../i18n/i18n';
import { useTranslation } from '../../i18n/translate';
import { useRulesOn } from '../../rules/use-rules-on';
import { AppointmentReminderCard, DeadlineCard } from '../deadlines/DeadlineCard';
import { useFeePacks } from './claims/claim-world';
import { HoursChart } from './HoursChart';
import { useOwnReport } from './report-data';
import { durationText, monthInText } from './report-format';
import { TodoList } from './TodoList';
import { todoItems } from './todo';

/** One figure of the month: what it is, the figure, and what it is made of. */
function Figure({
  label,
  value,
  children,
  testId,
}: {
  label: string;
  value: string;
  children?: ReactNode;
  testId: string;
}) {
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Text size="sm" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text fz={26} fw={700} lh={1.3} data-testid={`${testId}-value`}>
        {value}
      </Text>
      {children && (
        <Text size="sm" c="dimmed" component="div">
          {children}
        </Text>
      )}
    </Paper>
  );
}

/**
 * The advocate's month at a glance (issue 8): what was done and earned in the month, counted as
 * the monthly report counts it (src-shared/domain/reports/monthly-report.ts), the hours of each
 * day, the deadlines and what is waiting to be claimed, filed or paid.
 */
export function MonthPanel({ profile, month }: { profile: Profile; month: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const today = todayIso();
  const data = useOwnReport(profile.id, month);
  const packs = useFeePacks();
  const rules = useRulesOn(`${month}-01`);
  if (!data || !packs)
    return (
      <Center p="xl">
        <Loader aria-label={t('fees.report.loading')} />
      </Center>
    );
  const r = data.report;
  const c = r.consultations;
  const d = r.defence;
  const p = r.payment;
  const todo = todoItems({
    appointments: data.appointments,
    claims: data.claims,
    tariffs: packs.fee.tariffs,
    today,
  });
  const dur = (m: number) => durationText(t, m);
  return (
    <Stack gap="lg" data-testid="month-panel">
      <Title order={2} size="h3">
        {t('fees.dashboard.title', { month: monthInText(month, locale) })}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }}>
        <Figure
          label={t('fees.dashboard.consultations')}
          value={String(c.byStatus.given)}
          testId="glance-consultations"
        >
          {t('fees.dashboard.consultationsDetail', {
            deferred: c.byStatus.deferred,
            refused: c.byStatus.refused,
          })}
        </Figure>
        <Figure
          label={t('fees.dashboard.appointments')}
          value={String(d.received)}
          testId="glance-appointments"
        >
          {t('fees.dashboard.appointmentsDetail', {
            accepted: d.accepted,
            completed: d.completed,
          })}
        </Figure>
        <Figure
          label={t('fees.dashboard.hours')}
          value={dur(c.given.minutes + d.work.minutes)}
          testId="glance-hours"
        >
          <div>
            {t('fees.dashboard.hoursLines.consultations', { duration: dur(c.given.minutes) })}
          </div>
          <div>{t('fees.dashboard.hoursLines.defence', { duration: dur(d.work.minutes) })}</div>
          <Box pl="sm" data-testid="glance-hours-special">
            <div>
              {t('fees.dashboard.hoursLines.night', { duration: dur(d.work.nightMinutes) })}
            </div>
            <div>
              {t('fees.dashboard.hoursLines.nonWorking', {
                duration: dur(d.work.nonWorkingDayMinutes),
              })}
            </div>
          </Box>
        </Figure>
        <Figure
          label={t('fees.dashboard.claimed')}
          value={formatTenge(p.submitted.tiyn, locale)}
          testId="glance-claimed"
        >
          {t('fees.dashboard.claimedDetail', { count: p.submitted.count })}
        </Figure>
        <Figure
          label={t('fees.dashboard.paid')}
          value={formatTenge(p.paid.tiyn, locale)}
          testId="glance-paid"
        >
          {t('fees.dashboard.paidDetail', { count: p.paid.claims })}
        </Figure>
      </SimpleGrid>
      <HoursChart month={month} days={data.days} calendar={rules.calendar} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <TodoList items={todo} />
        <Stack gap="lg">
          <DeadlineCard kind="report" />
          <AppointmentReminderCard ownerId={profile.id} />
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
