import { Alert, Center, Loader, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import { todayIso } from '../../../src-shared/domain/dates/iso-date';
import { repos } from '../../db';
import { useTranslation } from '../../i18n/translate';
import { byId } from './duty-labels';
import { findMe, schedulesToShow } from './my-duty';
import { MyHandOvers } from './MyHandOvers';
import { MyScheduleCard } from './MyScheduleCard';

/**
 * "My duties" (Rules cl. 17, 21–22, 26–27): the advocate's side of the duty area — the
 * published schedules of this month and the next with my days and their acknowledgment, and
 * the paper appointments the head handed to me. "I" am the roster member linked to this
 * account; until the head links it (cl. 12–14) there is nothing of mine to show.
 */
export function MyDutyPanel({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const today = todayIso();
  const data = useLiveQuery(
    async () => ({
      members: await repos.roster.list(),
      published: await repos.schedules.published(),
    }),
    [],
  );
  const members = useMemo(() => byId(data?.members ?? []), [data?.members]);
  if (!data)
    return (
      <Center h={160}>
        <Loader aria-label="…" />
      </Center>
    );
  const me = findMe(data.members, profile.id);
  if (!me)
    return (
      <Alert
        color="orange"
        icon={<IconInfoCircle aria-hidden />}
        title={t('duty.mine.notLinkedTitle')}
        data-testid="my-duty-not-linked"
      >
        {t('duty.mine.notLinked')}
      </Alert>
    );
  const schedules = schedulesToShow(data.published, today);
  return (
    <Stack gap="lg" data-testid="my-duty">
      <MyHandOvers profile={profile} member={me} members={members} />
      {schedules.length === 0 ? (
        <Text c="dimmed">{t('duty.mine.noSchedules')}</Text>
      ) : (
        schedules.map((s) => (
          <MyScheduleCard key={s.id} schedule={s} member={me} members={members} profile={profile} />
        ))
      )}
    </Stack>
  );
}
