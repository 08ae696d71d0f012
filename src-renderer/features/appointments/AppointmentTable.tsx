import { Anchor, Checkbox, ColorSwatch, Group, Table, Text } from '@mantine/core';
import { useTranslation } from '../../i18n/translate';
import type {
  Appointment,
  AppointmentState,
} from '../../../src-shared/contracts/entities/appointment';
import { formatDate } from '../../../src-shared/i18n/format';
import type { DefenceRegisterPack } from '../../../src-shared/rules/pack-schema';
import { currentLocale } from '../../i18n/i18n';
import { useRecordSyncStatuses } from '../../sync/use-record-status';
import { SyncBadge } from '../sync/SyncBadge';
import { packLabel } from './detail-shared';

export const STATE_COLOR: Record<AppointmentState, string> = {
  received: 'orange',
  accepted: 'blue',
  declined: 'red',
  transferred: 'grape',
  refused: 'gray',
  completed: 'green',
};

/** The register list: a month of appointments, few enough to show whole. */
export function AppointmentTable({
  appointments,
  pack,
  selected,
  onToggle,
  onToggleAll,
  onOpen,
}: {
  appointments: readonly Appointment[];
  pack: DefenceRegisterPack | null;
  selected: ReadonlySet<string>;
  onToggle: (id: string, on: boolean) => void;
  onToggleAll: (on: boolean) => void;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const lang = locale === 'ru' ? 'ru' : 'kk';
  const printable = appointments.filter((a) => a.notices.length > 0);
  const allChosen = printable.length > 0 && printable.every((a) => selected.has(a.id));
  const label = (items: Parameters<typeof packLabel>[0], id: string) => packLabel(items, id, lang);
  const sync = useRecordSyncStatuses(
    'appointment',
    appointments.map((a) => a.id),
  );
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table
        striped
        highlightOnHover
        withTableBorder
        verticalSpacing="xs"
        data-testid="appointments-table"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={36}>
              <Checkbox
                aria-label={t('appointments.selectAll')}
                checked={allChosen}
                indeterminate={!allChosen && printable.some((a) => selected.has(a.id))}
                disabled={printable.length === 0}
                onChange={(e) => onToggleAll(e.currentTarget.checked)}
              />
            </Table.Th>
            {(
              [
                'number',
                'receivedAt',
                'source',
                'decree',
                'caseNumber',
                'client',
                'status',
                'stage',
                'state',
              ] as const
            ).map((c) => (
              <Table.Th key={c}>{t(`appointments.columns.${c}`)}</Table.Th>
            ))}
            <Table.Th>{t('sync.badge.column')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {appointments.map((a) => (
            <Table.Tr key={a.id} data-testid="appointment-row">
              <Table.Td>
                {a.notices.length > 0 && (
                  <Checkbox
                    aria-label={t('appointments.selectRow', { number: a.number })}
                    checked={selected.has(a.id)}
                    onChange={(e) => onToggle(a.id, e.currentTarget.checked)}
                  />
                )}
              </Table.Td>
              <Table.Td>
                <Anchor
                  component="button"
                  fw={700}
                  onClick={() => onOpen(a.id)}
                  data-testid="appointment-open"
                >
                  {a.number}/{a.year}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDate(a.receivedAt.slice(0, 10), locale)}</Text>
                <Text size="xs" c="dimmed">
                  {a.receivedAt.slice(11, 16)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text
                  size="xs"
                  fw={600}
                  px={6}
                  py={2}
                  bg={a.source === 'ezk' ? 'cyan.0' : 'gray.1'}
                  c={a.source === 'ezk' ? 'cyan.9' : 'gray.9'}
                  style={{ whiteSpace: 'nowrap', borderRadius: 4, display: 'inline-block' }}
                >
                  {t(`appointments.sources.${a.source}`)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">№ {a.decree.number}</Text>
                <Text size="xs" c="dimmed" lineClamp={2}>
                  {a.decree.body}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{a.caseNumber}</Text>
              </Table.Td>
              <Table.Td>
                <Anchor component="button" size="sm" onClick={() => onOpen(a.id)} ta="left">
                  {a.client.fullName}
                </Anchor>
                {a.client.iin && (
                  <Text size="xs" c="dimmed">
                    {a.client.iin}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{label(pack?.statuses, a.statusId)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{label(pack?.stages, a.stageId)}</Text>
              </Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <ColorSwatch
                    size={10}
                    color={`var(--mantine-color-${STATE_COLOR[a.state]}-7)`}
                    withShadow={false}
                    aria-hidden
                  />
                  <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                    {t(`appointments.states.${a.state}`)}
                  </Text>
                </Group>
              </Table.Td>
              <Table.Td>
                <SyncBadge status={sync.get(a.id)} size="xs" />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
