import { Button, Group, Modal, MultiSelect, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import {
  dutyKinds,
  type DutyKind,
  type RosterMember,
} from '../../../src-shared/contracts/entities/duty-roster';
import type { DutySchedule } from '../../../src-shared/contracts/entities/duty-schedule';
import { formatPhone } from '../../../src-shared/domain/phone/phone';
import { notify } from '../../app/notify';
import { repos } from '../../db';
import type { HeadActor } from '../../db/duty-schedule-repository';
import { currentLocale } from '../../i18n/i18n';
import { useTranslation } from '../../i18n/translate';
import { byId, dateWithWeekday, memberName } from './duty-labels';

interface Cell {
  date: string;
  kind: DutyKind;
  memberIds: string[];
}

/**
 * The month as a grid: a row per day that has duty, a column per schedule of cl. 20. A cell
 * opens its editor; the order of names is the day's queue for hand-overs.
 */
export function ScheduleGrid(props: {
  schedule: DutySchedule;
  members: RosterMember[];
  head: HeadActor;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const members = byId(props.members);
  const [editing, setEditing] = useState<Cell | null>(null);
  const dates = [...new Set(props.schedule.days.map((d) => d.date))].sort();
  const cell = (date: string, kind: DutyKind): Cell => ({
    date,
    kind,
    memberIds: props.schedule.days.find((d) => d.date === date && d.kind === kind)?.memberIds ?? [],
  });
  if (dates.length === 0) return <Text c="dimmed">{t('duty.schedule.empty')}</Text>;
  return (
    <>
      <Table.ScrollContainer minWidth={720}>
        <Table striped withTableBorder withColumnBorders data-testid="schedule-grid">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={130}>{t('duty.schedule.date')}</Table.Th>
              {dutyKinds.map((k) => (
                <Table.Th key={k}>{t(`duty.kinds.${k}`)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {dates.map((date) => (
              <Table.Tr key={date}>
                <Table.Td>{dateWithWeekday(date, locale)}</Table.Td>
                {dutyKinds.map((k) => {
                  const c = cell(date, k);
                  return (
                    <Table.Td key={k} p={0}>
                      <Button
                        variant="subtle"
                        color="dark"
                        fullWidth
                        justify="flex-start"
                        h="auto"
                        py={6}
                        styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
                        onClick={() => setEditing(c)}
                        aria-label={t('duty.schedule.editCell', {
                          date: dateWithWeekday(date, locale),
                          kind: t(`duty.kinds.${k}`),
                        })}
                      >
                        <Stack gap={0}>
                          {c.memberIds.length === 0 ? (
                            <Text size="sm" c="red.9">
                              {t('duty.schedule.nobody')}
                            </Text>
                          ) : (
                            c.memberIds.map((id) => (
                              <Text size="sm" key={id} fw={500}>
                                {memberName(members, id)}
                                <Text span size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                                  {' '}
                                  {members.get(id) ? formatPhone(members.get(id)!.phone) : ''}
                                </Text>
                              </Text>
                            ))
                          )}
                        </Stack>
                      </Button>
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editing && (
        <DayEditModal
          cell={editing}
          schedule={props.schedule}
          members={props.members}
          head={props.head}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}

function DayEditModal(props: {
  cell: Cell;
  schedule: DutySchedule;
  members: RosterMember[];
  head: HeadActor;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const published = props.schedule.status === 'published';
  const [ids, setIds] = useState<string[]>(props.cell.memberIds);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const options = props.members
    .filter((m) => m.status === 'active' || ids.includes(m.id))
    .map((m) => ({ value: m.id, label: m.fullName }));
  const save = async () => {
    if (published && !reason.trim()) {
      setError(t('validation.required'));
      return;
    }
    try {
      await repos.schedules.setDay(
        props.schedule.id,
        { date: props.cell.date, kind: props.cell.kind, memberIds: ids, reason: reason.trim() },
        props.head,
      );
      notify('success', t('duty.schedule.saved'));
      props.onClose();
    } catch (e) {
      console.error('schedule day edit failed', e);
      notify('error', t('duty.schedule.failed'));
    }
  };
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={`${dateWithWeekday(props.cell.date, locale)} · ${t(`duty.kinds.${props.cell.kind}`)}`}
    >
      <Stack gap="sm">
        <MultiSelect
          label={t('duty.schedule.onDuty')}
          description={t('duty.schedule.orderHint')}
          data={options}
          value={ids}
          onChange={setIds}
          searchable
        />
        {published && (
          <Textarea
            label={t('duty.schedule.reason')}
            description={t('duty.schedule.reasonHint')}
            withAsterisk
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setError(null);
            }}
            error={error}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('duty.schedule.cancel')}
          </Button>
          <Button onClick={() => void save()}>{t('duty.schedule.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
