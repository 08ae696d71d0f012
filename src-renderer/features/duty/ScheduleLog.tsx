import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { RosterMember } from '../../../src-shared/contracts/entities/duty-roster';
import type { DutySchedule } from '../../../src-shared/contracts/entities/duty-schedule';
import { formatDate } from '../../../src-shared/i18n/format';
import { currentLocale } from '../../i18n/i18n';
import { useTranslation } from '../../i18n/translate';
import { byId, dateWithWeekday, memberName } from './duty-labels';

/**
 * The published schedule's history: every edition after the first, what changed, why and at
 * whose request (cl. 24). Append-only, like the log it shows.
 */
export function ScheduleLog(props: { schedule: DutySchedule; members: RosterMember[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const members = byId(props.members);
  const entries = props.schedule.log.filter((e) => e.edition > 0).reverse();
  if (entries.length === 0) return null;
  return (
    <Paper withBorder p="md" data-testid="schedule-log">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('duty.log.title')}
        </Title>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('duty.log.edition')}</Table.Th>
              <Table.Th>{t('duty.log.when')}</Table.Th>
              <Table.Th>{t('duty.log.what')}</Table.Th>
              <Table.Th>{t('duty.log.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>{e.edition}</Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDate(e.at.slice(0, 10), locale)}</Text>
                  <Text size="xs" c="dimmed">
                    {e.by}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {t(`duty.log.type.${e.type}`)}
                    {e.date && `: ${dateWithWeekday(e.date, locale)}`}
                    {e.kind && ` · ${t(`duty.kinds.${e.kind}`)}`}
                  </Text>
                  {(e.fromMemberId || e.toMemberId) && (
                    <Text size="xs" c="dimmed">
                      {e.fromMemberId ? memberName(members, e.fromMemberId) : '—'} →{' '}
                      {e.toMemberId ? memberName(members, e.toMemberId) : '—'}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{e.reason}</Text>
                  {e.requestDate && (
                    <Text size="xs" c="dimmed">
                      {t('duty.log.requested', { date: formatDate(e.requestDate, locale) })}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
