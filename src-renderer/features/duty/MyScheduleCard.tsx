import {
  Alert,
  Badge,
  Button,
  Collapse,
  Group,
  List,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconCheck, IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { dutyKinds, type RosterMember } from '../../../src-shared/contracts/entities/duty-roster';
import type {
  DutySchedule,
  ScheduleChange,
} from '../../../src-shared/contracts/entities/duty-schedule';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import { ackStatusOf, type AckStatus, type Duty } from '../../../src-shared/domain/duty/ack-status';
import { formatPhone } from '../../../src-shared/domain/phone/phone';
import type { Locale } from '../../../src-shared/i18n/locales';
import { notify } from '../../app/notify';
import { repos } from '../../db';
import { currentLocale } from '../../i18n/i18n';
import { useTranslation, type TFunction } from '../../i18n/translate';
import { dateWithWeekday, memberName, monthTitle } from './duty-labels';
import { changesForMe, formatStamp, myDutyDays, scheduleRows } from './my-duty';

interface CardProps {
  schedule: DutySchedule;
  member: RosterMember;
  members: ReadonlyMap<string, RosterMember>;
  profile: Profile;
}

/**
 * One month's published schedules as the advocate sees them (Rules cl. 21–22): my duty days
 * with who else is on duty and how to reach them, and the acknowledgment cl. 22 asks for —
 * «Қабылданды» / «Принято» to the edition in force, again only when my own duties changed.
 */
export function MyScheduleCard({ schedule, member, members, profile }: CardProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const acks = useLiveQuery(
    () => repos.schedules.acks(schedule.id),
    [schedule.id, schedule.version],
  );
  const [full, setFull] = useState(false);
  const status = acks ? ackStatusOf(schedule, member.id, acks) : null;
  const days = myDutyDays(schedule, member.id, members);
  return (
    <Paper withBorder p="md" data-testid="my-schedule" data-month={schedule.month}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4">
            {t('duty.mine.title', { month: monthTitle(schedule.month, locale) })}
          </Title>
          <Text size="sm" c="dimmed">
            {t('duty.mine.edition', {
              edition: schedule.edition,
              date: schedule.publishedAt ? formatStamp(schedule.publishedAt, locale, false) : '—',
            })}
          </Text>
          <Text size="sm">
            {t('duty.mine.responsible', {
              name: schedule.responsibleName,
              phone: formatPhone(schedule.responsiblePhone),
            })}
          </Text>
        </div>

        {status && (
          <AckBlock
            schedule={schedule}
            member={member}
            members={members}
            profile={profile}
            status={status}
          />
        )}

        <Title order={3} size="h5">
          {t('duty.mine.myDays')}
        </Title>
        {days.length === 0 ? (
          <Text c="dimmed">{t('duty.mine.noDays')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table striped data-testid="my-duty-days">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={150}>{t('duty.mine.colDate')}</Table.Th>
                  <Table.Th>{t('duty.mine.colKind')}</Table.Th>
                  <Table.Th>{t('duty.mine.colOthers')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {days.map((d) => (
                  <Table.Tr key={`${d.date}|${d.kind}`}>
                    <Table.Td>{dateWithWeekday(d.date, locale)}</Table.Td>
                    <Table.Td>{t(`duty.kinds.${d.kind}`)}</Table.Td>
                    <Table.Td>
                      {d.others.length === 0 ? (
                        <Text size="sm" c="dimmed">
                          {t('duty.mine.onlyMe')}
                        </Text>
                      ) : (
                        d.others.map((o) => (
                          <Text size="sm" key={o.id}>
                            {o.fullName}
                            {o.phone && ` · ${formatPhone(o.phone)}`}
                          </Text>
                        ))
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}

        <Group>
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => setFull((v) => !v)}
            aria-expanded={full}
            leftSection={
              full ? (
                <IconChevronUp size={16} aria-hidden />
              ) : (
                <IconChevronDown size={16} aria-hidden />
              )
            }
          >
            {t(full ? 'duty.mine.hideFull' : 'duty.mine.showFull')}
          </Button>
        </Group>
        <Collapse expanded={full}>
          <FullSchedule schedule={schedule} members={members} meId={member.id} locale={locale} />
        </Collapse>
      </Stack>
    </Paper>
  );
}

/** cl. 22: where I stand with the edition in force, and the «Қабылданды» / «Принято» button. */
function AckBlock(props: CardProps & { status: AckStatus }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  // The word goes into the record as said in the advocate's language; an English UI answers
  // in the state language (cl. 22 quotes «Қабылданды»).
  const lang = locale === 'ru' ? 'ru' : 'kk';
  const [busy, setBusy] = useState(false);
  const { state, lastAck } = props.status;
  const acknowledge = async () => {
    setBusy(true);
    try {
      await repos.schedules.acknowledge(props.schedule, props.member.id, props.profile.id, lang);
      notify('success', t('duty.mine.ackSaved'));
    } catch (error) {
      console.error('schedule acknowledgment failed', error);
      notify('error', t('duty.mine.ackFailed'));
    } finally {
      setBusy(false);
    }
  };
  if (state === 'current' && lastAck)
    return (
      <Group gap="xs" data-testid="ack-state" data-state={state}>
        <Badge color="green" leftSection={<IconCheck size={12} aria-hidden />}>
          {lastAck.word}
        </Badge>
        <Text size="sm">
          {t('duty.mine.ackCurrent', {
            date: formatStamp(lastAck.acknowledgedAt, locale, false),
            word: lastAck.word,
          })}
        </Text>
      </Group>
    );
  if (state === 'unchanged' && lastAck)
    return (
      <Text size="sm" data-testid="ack-state" data-state={state}>
        {t('duty.mine.ackUnchanged', {
          edition: lastAck.edition,
          date: formatStamp(lastAck.acknowledgedAt, locale, false),
        })}
      </Text>
    );
  const changes =
    state === 'needs-again' && lastAck
      ? changesForMe(props.schedule, props.member.id, lastAck)
      : null;
  return (
    <Alert color="orange" variant="light" data-testid="ack-state" data-state={state}>
      <Stack gap="sm">
        <Text size="sm" fw={600}>
          {state === 'needs-again' && lastAck
            ? t('duty.mine.ackNeedsAgain', { edition: lastAck.edition })
            : t('duty.mine.ackNever')}
        </Text>
        {changes && <ChangeList changes={changes} members={props.members} locale={locale} t={t} />}
        <Group>
          <Button
            size="md"
            color="green"
            loading={busy}
            onClick={() => void acknowledge()}
            data-testid="ack-button"
          >
            {t('duty.mine.ackButton')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

function ChangeList(props: {
  changes: ReturnType<typeof changesForMe>;
  members: ReadonlyMap<string, RosterMember>;
  locale: Locale;
  t: TFunction;
}) {
  const { changes, members, locale, t } = props;
  const duties = (list: Duty[]) =>
    list.map((d) => `${dateWithWeekday(d.date, locale)} (${t(`duty.kinds.${d.kind}`)})`).join('; ');
  const line = (c: ScheduleChange) => {
    const vars = {
      date: c.date ? dateWithWeekday(c.date, locale) : '—',
      kind: c.kind ? t(`duty.kinds.${c.kind}`) : '—',
      from: c.fromMemberId ? memberName(members, c.fromMemberId) : '—',
      to: c.toMemberId ? memberName(members, c.toMemberId) : '—',
      reason: c.reason || '—',
    };
    if (c.type === 'substitution') return t('duty.mine.changeSubstitution', vars);
    if (!c.fromMemberId && !c.toMemberId) return t('duty.mine.changeOrder', vars);
    return t('duty.mine.changeEdit', vars);
  };
  return (
    <Stack gap={4} data-testid="ack-changes">
      <Text size="sm">{t('duty.mine.whatChanged')}</Text>
      <List size="sm" spacing={2}>
        {changes.added.length > 0 && (
          <List.Item>{t('duty.mine.added', { days: duties(changes.added) })}</List.Item>
        )}
        {changes.removed.length > 0 && (
          <List.Item>{t('duty.mine.removed', { days: duties(changes.removed) })}</List.Item>
        )}
        {changes.log.map((c) => (
          <List.Item key={c.id}>{line(c)}</List.Item>
        ))}
      </List>
    </Stack>
  );
}

/** The whole month, all three schedules of cl. 20, read-only; my name in bold. */
function FullSchedule(props: {
  schedule: DutySchedule;
  members: ReadonlyMap<string, RosterMember>;
  meId: string;
  locale: Locale;
}) {
  const { t } = useTranslation();
  const rows = scheduleRows(props.schedule);
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped withTableBorder withColumnBorders data-testid="my-full-schedule">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={150}>{t('duty.mine.colDate')}</Table.Th>
            {dutyKinds.map((k) => (
              <Table.Th key={k}>{t(`duty.kinds.${k}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.date}>
              <Table.Td>{dateWithWeekday(r.date, props.locale)}</Table.Td>
              {dutyKinds.map((k) => (
                <Table.Td key={k}>
                  {r.cells[k].map((id) => {
                    const phone = props.members.get(id)?.phone;
                    return (
                      <Text size="sm" key={id} fw={id === props.meId ? 700 : undefined}>
                        {memberName(props.members, id)}
                        {phone && ` · ${formatPhone(phone)}`}
                      </Text>
                    );
                  })}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
