import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import { useHashParams } from '../../app/use-hash-route';
import { useTranslation } from '../../i18n/translate';
import { DeadlineCard } from '../deadlines/DeadlineCard';
import { FairnessPanel } from './FairnessPanel';
import { HandOverPanel } from './HandOverPanel';
import { MyDutyPanel } from './MyDutyPanel';
import { PrintParticipantsButtons } from './PrintButtons';
import { RosterPanel } from './RosterPanel';
import { SchedulePanel } from './SchedulePanel';

const TABS = ['schedule', 'handover', 'roster', 'fairness', 'mine'] as const;
type Tab = (typeof TABS)[number];
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * Duty schedules and fair distribution (issue 7, Rules cl. 4.1–4.2, 12–27). A consultation head
 * keeps the roster, makes and publishes the month's three schedules, hands paper appointments
 * on by queue and sees the fairness report; every advocate (the head too) sees their own duties,
 * acknowledges the schedule and answers hand-overs.
 */
export function DutyPage({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const head = profile.role === 'head';
  // `#/schedules?tab=fairness&month=2026-12`: links from reminders and printouts land here.
  const params = useHashParams();
  const linked = params.get('tab');
  const month = params.get('month');
  const [tab, setTab] = useState<Tab>(
    head && linked && (TABS as readonly string[]).includes(linked)
      ? (linked as Tab)
      : head
        ? 'schedule'
        : 'mine',
  );
  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          {t('duty.title')}
        </Title>
        <Text size="sm" c="dimmed" maw={760}>
          {t(head ? 'duty.introHead' : 'duty.introAdvocate')}
        </Text>
      </div>
      {head ? (
        <Tabs
          value={tab}
          onChange={(v) => setTab((v as Tab | null) ?? 'schedule')}
          keepMounted={false}
        >
          <Tabs.List>
            <Tabs.Tab value="schedule">{t('duty.tabs.schedule')}</Tabs.Tab>
            <Tabs.Tab value="handover">{t('duty.tabs.handover')}</Tabs.Tab>
            <Tabs.Tab value="roster">{t('duty.tabs.roster')}</Tabs.Tab>
            <Tabs.Tab value="fairness">{t('duty.tabs.fairness')}</Tabs.Tab>
            <Tabs.Tab value="mine">{t('duty.tabs.mine')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="schedule" pt="md">
            <Stack gap="lg">
              <DeadlineCard kind="schedule" />
              <SchedulePanel
                profile={profile}
                initialMonth={month && MONTH.test(month) ? month : null}
              />
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="handover" pt="md">
            <HandOverPanel profile={profile} />
          </Tabs.Panel>
          <Tabs.Panel value="roster" pt="md">
            <RosterPanel
              profile={profile}
              extraActions={<PrintParticipantsButtons profile={profile} />}
            />
          </Tabs.Panel>
          <Tabs.Panel value="fairness" pt="md">
            <FairnessPanel
              profile={profile}
              initialMonth={month && MONTH.test(month) ? month : null}
            />
          </Tabs.Panel>
          <Tabs.Panel value="mine" pt="md">
            <MyDutyPanel profile={profile} />
          </Tabs.Panel>
        </Tabs>
      ) : (
        <MyDutyPanel profile={profile} />
      )}
    </Stack>
  );
}
