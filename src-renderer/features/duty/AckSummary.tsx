import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import type { RosterMember } from '../../../src-shared/contracts/entities/duty-roster';
import type { DutySchedule } from '../../../src-shared/contracts/entities/duty-schedule';
import { ackStatusOf } from '../../../src-shared/domain/duty/ack-status';
import { formatDate } from '../../../src-shared/i18n/format';
import { repos } from '../../db';
import { currentLocale } from '../../i18n/i18n';
import { useTranslation } from '../../i18n/translate';

const COLOR = {
  current: 'teal.9',
  unchanged: 'teal.9',
  'needs-again': '#9a3412',
  never: 'red.9',
};

/**
 * cl. 22: who has acknowledged the published schedule («Қабылданды» / «Принято», arriving by
 * sync) and who has not — those first, so the head knows whom to call.
 */
export function AckSummary(props: { schedule: DutySchedule; members: RosterMember[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const acks = useLiveQuery(
    () => repos.schedules.acks(props.schedule.id),
    [props.schedule.id, props.schedule.version],
  );
  if (!acks) return null;
  const onSchedule = new Set(props.schedule.days.flatMap((d) => d.memberIds));
  const rows = props.members
    .filter((m) => m.status === 'active' || onSchedule.has(m.id))
    .flatMap((m) => {
      const s = ackStatusOf(props.schedule, m.id, acks);
      return s ? [{ m, s }] : [];
    })
    .sort(
      (a, b) =>
        Number(a.s.state === 'current' || a.s.state === 'unchanged') -
          Number(b.s.state === 'current' || b.s.state === 'unchanged') ||
        a.m.fullName.localeCompare(b.m.fullName, 'kk'),
    );
  const waiting = rows.filter((r) => r.s.state === 'never' || r.s.state === 'needs-again').length;
  return (
    <Paper withBorder p="md" data-testid="ack-summary">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('duty.acks.title')}
          </Title>
          <Text size="sm" fw={600} c={waiting ? '#9a3412' : 'teal.9'}>
            {t('duty.acks.counts', { done: rows.length - waiting, waiting })}
          </Text>
        </Group>
        <Table>
          <Table.Tbody>
            {rows.map(({ m, s }) => (
              <Table.Tr key={m.id}>
                <Table.Td>{m.fullName}</Table.Td>
                <Table.Td>
                  <Badge color={COLOR[s.state]} variant="filled" tt="none">
                    {t(`duty.acks.state.${s.state}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {s.lastAck
                      ? t('duty.acks.last', {
                          word: s.lastAck.word,
                          edition: s.lastAck.edition,
                          date: formatDate(s.lastAck.acknowledgedAt.slice(0, 10), locale),
                        })
                      : m.userId
                        ? ''
                        : t('duty.acks.noAccount')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
