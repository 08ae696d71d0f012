import { Alert, Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { IconAlertTriangle, IconSend, IconWand } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import type { DutySchedule } from '../../../src-shared/contracts/entities/duty-schedule';
import type { RosterMember } from '../../../src-shared/contracts/entities/duty-roster';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import { todayIso } from '../../../src-shared/domain/dates/iso-date';
import { generateSchedule } from '../../../src-shared/domain/duty/generate';
import { monthDays } from '../../../src-shared/domain/duty/month-days';
import { scheduleWarnings } from '../../../src-shared/domain/duty/schedule-edits';
import type { ScheduleGap } from '../../../src-shared/domain/duty/types';
import { formatDate } from '../../../src-shared/i18n/format';
import { formatPhone } from '../../../src-shared/domain/phone/phone';
import { notify } from '../../app/notify';
import { repos } from '../../db';
import { currentLocale } from '../../i18n/i18n';
import { useTranslation } from '../../i18n/translate';
import { useRulesOn } from '../../rules/use-rules-on';
import { AckSummary } from './AckSummary';
import { byId, dateWithWeekday, memberName, monthTitle, nextMonth } from './duty-labels';
import { PrintScheduleButtons } from './PrintButtons';
import { ScheduleGrid } from './ScheduleGrid';
import { ScheduleLog } from './ScheduleLog';
import { ScheduleSetupForm } from './ScheduleSetupForm';
import { SubstitutionButton } from './SubstitutionModal';

/**
 * The editor's warnings, less 'twice-same-day' on a day with more duty places than active
 * advocates: there it cannot be avoided, and a list of the inevitable would hide the rest.
 */
function avoidableWarnings(schedule: DutySchedule, members: RosterMember[]) {
  const active = members.filter((m) => m.status === 'active').length;
  const places = new Map<string, number>();
  for (const d of schedule.days) places.set(d.date, (places.get(d.date) ?? 0) + d.memberIds.length);
  return scheduleWarnings(schedule, members).filter(
    (w) => w.code !== 'twice-same-day' || (places.get(w.date) ?? 0) <= active,
  );
}

/**
 * The head's month (Rules cl. 20–25): set up, fill in by the generator (equal participation,
 * working days from the calendar pack, absences respected), edit, publish; after publication
 * every change is a new edition with a reason and advocates acknowledge it again.
 */
export function SchedulePanel({
  profile,
  initialMonth = null,
}: {
  profile: Profile;
  initialMonth?: string | null;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [month, setMonth] = useState(initialMonth ?? nextMonth(todayIso().slice(0, 7)));
  const rules = useRulesOn(`${month}-01`);
  const [gaps, setGaps] = useState<ScheduleGap[]>([]);
  const [busy, setBusy] = useState(false);
  const data = useLiveQuery(
    async () => ({
      schedule: (await repos.schedules.forMonth(month)) ?? null,
      members: await repos.roster.list(),
    }),
    [month],
  );
  const head = { id: profile.id, name: profile.fullName };
  const members = useMemo(() => byId(data?.members ?? []), [data?.members]);

  const fill = async (schedule: DutySchedule) => {
    if (!rules.calendar) {
      notify('error', t('duty.schedule.noCalendar'));
      return;
    }
    const result = generateSchedule({
      month: schedule.month,
      days: monthDays(rules.calendar, schedule.month),
      members: data?.members ?? [],
      settings: schedule.settings,
    });
    await repos.schedules.generate(schedule.id, result, head);
    setGaps(result.gaps);
  };

  const run = async (what: () => Promise<unknown>, ok: string) => {
    setBusy(true);
    try {
      await what();
      notify('success', ok);
    } catch (e) {
      console.error('schedule change failed', e);
      notify('error', t('duty.schedule.failed'));
    } finally {
      setBusy(false);
    }
  };

  const schedule = data?.schedule ?? null;
  const warnings = schedule ? avoidableWarnings(schedule, data?.members ?? []) : [];
  return (
    <Stack gap="md">
      <Group align="flex-end" justify="space-between">
        <MonthPickerInput
          label={t('duty.schedule.month')}
          value={`${month}-01`}
          onChange={(v) => v && setMonth(String(v).slice(0, 7))}
          w={220}
          data-testid="schedule-month"
        />
        {schedule && (
          <PrintScheduleButtons
            schedule={schedule}
            members={data?.members ?? []}
            profile={profile}
          />
        )}
      </Group>
      {!data ? (
        <Loader aria-label="…" />
      ) : !schedule ? (
        data.members.filter((m) => m.status === 'active').length === 0 ? (
          <Alert color="yellow" icon={<IconAlertTriangle aria-hidden />}>
            {t('duty.schedule.noRoster')}
          </Alert>
        ) : (
          <ScheduleSetupForm
            month={month}
            profile={profile}
            busy={busy}
            onCreate={(setup) =>
              run(async () => {
                if (!rules.calendarPack) throw new Error('no calendar pack');
                const created = await repos.schedules.createDraft(
                  setup,
                  { officeName: profile.office, calendarPack: rules.calendarPack },
                  head,
                );
                await fill(created);
              }, t('duty.schedule.created'))
            }
          />
        )
      ) : (
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Group justify="space-between" align="flex-start">
              <div>
                <Title order={2} size="h4">
                  {t('duty.schedule.heading', { month: monthTitle(schedule.month, locale) })}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('duty.schedule.responsible', {
                    name: schedule.responsibleName,
                    phone: formatPhone(schedule.responsiblePhone),
                  })}
                </Text>
              </div>
              {schedule.status === 'draft' ? (
                <Badge color="gray" variant="filled" tt="none" data-testid="schedule-status">
                  {t('duty.schedule.draft')}
                </Badge>
              ) : (
                <Badge color="teal.9" variant="filled" tt="none" data-testid="schedule-status">
                  {t('duty.schedule.published', {
                    edition: schedule.edition,
                    date: formatDate((schedule.publishedAt ?? '').slice(0, 10), locale),
                  })}
                </Badge>
              )}
            </Group>
            {gaps.length > 0 && (
              <Alert color="orange" icon={<IconAlertTriangle aria-hidden />}>
                {t('duty.schedule.gaps', { count: gaps.length })}{' '}
                {gaps
                  .slice(0, 6)
                  .map((g) => `${dateWithWeekday(g.date, locale)} (${t(`duty.kinds.${g.kind}`)})`)
                  .join('; ')}
              </Alert>
            )}
            {warnings.length > 0 && (
              <Alert
                color="orange"
                icon={<IconAlertTriangle aria-hidden />}
                data-testid="schedule-warnings"
              >
                {warnings
                  .slice(0, 8)
                  .map(
                    (w) =>
                      `${dateWithWeekday(w.date, locale)}: ${memberName(members, w.memberId)} — ${t(`duty.schedule.warning.${w.code}`)}`,
                  )
                  .join('; ')}
              </Alert>
            )}
            <Group>
              {schedule.status === 'draft' ? (
                <>
                  <Button
                    variant="default"
                    leftSection={<IconWand size={18} aria-hidden />}
                    loading={busy}
                    onClick={() => run(() => fill(schedule), t('duty.schedule.filled'))}
                  >
                    {t('duty.schedule.fillAgain')}
                  </Button>
                  <Button
                    leftSection={<IconSend size={18} aria-hidden />}
                    loading={busy}
                    disabled={schedule.days.length === 0}
                    onClick={() =>
                      run(
                        () => repos.schedules.publish(schedule.id, head),
                        t('duty.schedule.publishedOk'),
                      )
                    }
                    data-testid="schedule-publish"
                  >
                    {t('duty.schedule.publish')}
                  </Button>
                </>
              ) : (
                <SubstitutionButton schedule={schedule} members={data.members} head={head} />
              )}
            </Group>
            <Text size="sm" c="dimmed">
              {t(
                schedule.status === 'draft'
                  ? 'duty.schedule.editHintDraft'
                  : 'duty.schedule.editHintPublished',
              )}
            </Text>
            <ScheduleGrid schedule={schedule} members={data.members} head={head} />
          </Stack>
        </Paper>
      )}
      {schedule && schedule.status === 'published' && (
        <>
          <AckSummary schedule={schedule} members={data?.members ?? []} />
          <ScheduleLog schedule={schedule} members={data?.members ?? []} />
        </>
      )}
    </Stack>
  );
}
