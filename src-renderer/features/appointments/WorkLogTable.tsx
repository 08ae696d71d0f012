import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { IconMoon } from '@tabler/icons-react';
import { useTranslation } from '../../i18n/translate';
import type { Appointment, WorkItem } from '../../../src-shared/contracts/entities/appointment';
import { canWithdrawWork } from '../../../src-shared/domain/appointments/lifecycle';
import { formatDate } from '../../../src-shared/i18n/format';
import type { Locale } from '../../../src-shared/i18n/locales';
import type { DefenceRegisterPack } from '../../../src-shared/rules/pack-schema';
import { packLabel } from './detail-shared';
import { hoursText } from './work-log-values';

/**
 * The logged actions, withdrawn ones struck through, each open to withdrawal while allowed
 * (read-only without `onWithdraw`: the head's office view).
 */
export function WorkLogTable({
  a,
  pack,
  locale,
  onWithdraw,
}: {
  a: Appointment;
  pack: DefenceRegisterPack;
  locale: Locale;
  onWithdraw?: ((w: WorkItem) => void) | undefined;
}) {
  const { t } = useTranslation();
  const lang = locale === 'ru' ? 'ru' : 'kk';
  return (
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
                <Table.Td style={struck}>{hoursText(w.minutes, locale)}</Table.Td>
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
                  {onWithdraw && !w.withdrawn && canWithdrawWork(a) && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      onClick={() => onWithdraw(w)}
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
  );
}
