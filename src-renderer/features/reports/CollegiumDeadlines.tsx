import {
  Alert,
  Anchor,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconCalendarDue } from '@tabler/icons-react';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import type { Deadline } from '../../../src-shared/domain/calendar/upcoming-deadlines';
import type { WorkingCalendar } from '../../../src-shared/domain/calendar/working-days';
import { upcomingCollegiumDeadlines } from '../../../src-shared/domain/reports/report-deadlines';
import { formatDate } from '../../../src-shared/i18n/format';
import { currentLocale, DAYJS_LOCALE } from '../../i18n/i18n';
import { useTranslation } from '../../i18n/translate';

/** One deadline, drawn like the monthly ones (deadlines/DeadlineCard.tsx). */
function DeadlineView({
  title,
  deadline,
  today,
  basis,
  testId,
  children,
}: {
  title: string;
  deadline: Deadline;
  today: string;
  basis: string;
  testId: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const weekday = dayjs(deadline.due).locale(DAYJS_LOCALE[locale]).format('dddd');
  return (
    <Paper withBorder p="lg" data-testid={testId}>
      <Group align="flex-start" wrap="nowrap">
        <ThemeIcon size={40} radius="md" variant="light">
          <IconCalendarDue size={24} aria-hidden />
        </ThemeIcon>
        <Stack gap={4}>
          <Title order={3} size="h4">
            {title}
          </Title>
          <Text fw={600}>
            {deadline.workingDaysLeft === 0 && deadline.due === today
              ? t('deadlines.dueToday')
              : t('deadlines.due', { date: formatDate(deadline.due, locale), weekday })}
          </Text>
          {deadline.due > today && (
            <Text size="sm">
              {t('deadlines.workingDaysLeft', { count: deadline.workingDaysLeft })}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {basis}
          </Text>
          {children}
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
 * The collegium's two yearly deadlines the head prepares for (Rules cl. 5.2, 5.4): the next
 * semiannual summary (5 July / 5 January) and the next list of participating advocates
 * (1 December), each moved to the next working day by the calendar pack.
 */
export function CollegiumDeadlines({
  calendar,
  today,
}: {
  calendar: WorkingCalendar;
  today: string;
}) {
  const { t } = useTranslation();
  const next = upcomingCollegiumDeadlines(calendar, today);
  const s = next.semiannual;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <DeadlineView
        title={t(
          s.half === 1 ? 'fees.office.deadlines.firstHalf' : 'fees.office.deadlines.secondHalf',
          {
            year: s.year,
          },
        )}
        deadline={s}
        today={today}
        basis={t('fees.office.deadlines.semiannualBasis')}
        testId="deadline-semiannual"
      />
      <DeadlineView
        title={t('fees.office.deadlines.listTitle', { year: next.participantList.year })}
        deadline={next.participantList}
        today={today}
        basis={t('fees.office.deadlines.listBasis')}
        testId="deadline-participants"
      >
        <Anchor href="#/schedules?tab=roster" size="sm">
          {t('fees.office.deadlines.openRoster')}
        </Anchor>
      </DeadlineView>
    </SimpleGrid>
  );
}
