import { Badge, Group, Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from '../../i18n/translate';
import type { AdvocateMonthSummary } from '../../../src-shared/domain/office/month-summary';
import { formatDate } from '../../../src-shared/i18n/format';
import type { OfficeAdvocate } from '../../db/office-reads';
import { currentLocale } from '../../i18n/i18n';
import { stampText } from '../appointments/detail-shared';

/** After this many days without a change received, an advocate is marked: maybe not syncing. */
export const QUIET_DAYS = 7;

/**
 * One line per advocate of the office for the month: what they entered, and how fresh this
 * device's copy of their registers is. Choosing a line shows that advocate's registers below.
 */
export function RosterTable({
  advocates,
  summary,
  selected,
  onSelect,
}: {
  advocates: readonly OfficeAdvocate[];
  summary: readonly AdvocateMonthSummary[];
  selected: string | null;
  onSelect: (advocateId: string) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const byId = new Map(advocates.map((a) => [a.id, a]));
  const dash = '—';
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table withTableBorder striped highlightOnHover data-testid="office-roster">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('office.roster.advocate')}</Table.Th>
            <Table.Th ta="right">{t('office.roster.consultations')}</Table.Th>
            <Table.Th ta="right">{t('office.roster.received')}</Table.Th>
            <Table.Th ta="right">{t('office.roster.accepted')}</Table.Th>
            <Table.Th ta="right">{t('office.roster.declined')}</Table.Th>
            <Table.Th>{t('office.roster.lastRecord')}</Table.Th>
            <Table.Th>{t('office.roster.lastReceived')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {summary.map((s) => {
            const a = byId.get(s.advocateId);
            const quiet = !a?.own && (s.quietDays === null || s.quietDays >= QUIET_DAYS);
            return (
              <Table.Tr
                key={s.advocateId}
                data-testid="office-roster-row"
                bg={selected === s.advocateId ? 'var(--mantine-color-blue-light)' : undefined}
              >
                <Table.Td>
                  <UnstyledButton onClick={() => onSelect(s.advocateId)}>
                    <Group gap="xs" wrap="nowrap">
                      <Text size="sm" fw={600} td="underline">
                        {a?.profile.fullName ?? t('office.roster.unknown')}
                      </Text>
                      {a?.own && (
                        <Badge variant="light" color="gray" tt="none">
                          {t('office.roster.you')}
                        </Badge>
                      )}
                    </Group>
                  </UnstyledButton>
                </Table.Td>
                <Table.Td ta="right">{s.consultations}</Table.Td>
                <Table.Td ta="right">{s.appointments.received}</Table.Td>
                <Table.Td ta="right">{s.appointments.accepted}</Table.Td>
                <Table.Td ta="right">{s.appointments.declined}</Table.Td>
                <Table.Td>
                  {s.lastRecordDate ? formatDate(s.lastRecordDate, locale) : dash}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Text size="sm">
                      {s.lastReceivedAt ? stampText(s.lastReceivedAt, locale) : dash}
                    </Text>
                    {quiet && (
                      <Badge color="orange" variant="light" tt="none" data-testid="office-quiet">
                        {s.quietDays === null
                          ? t('office.roster.nothingReceived')
                          : t('office.roster.quiet', { count: s.quietDays })}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
