import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import { useState } from 'react';
import { ZodError } from 'zod';
import type { RosterMember } from '../../../src-shared/contracts/entities/duty-roster';
import type { DutySchedule } from '../../../src-shared/contracts/entities/duty-schedule';
import { todayIso } from '../../../src-shared/domain/dates/iso-date';
import { notify } from '../../app/notify';
import { IsoDateInput } from '../../components/IsoDateInput';
import { repos } from '../../db';
import type { HeadActor } from '../../db/duty-schedule-repository';
import { translateKey } from '../../i18n/message-key';
import { currentLocale } from '../../i18n/i18n';
import { useTranslation } from '../../i18n/translate';
import { dateWithWeekday } from './duty-labels';

/** A duty of one member: "date|kind" as the select's value. */
const dutyKey = (d: { date: string; kind: string }) => `${d.date}|${d.kind}`;

/**
 * cl. 24: the responsible person replaces an advocate on a duty day at the advocate's request,
 * for a good reason. After publication this makes a new edition; the replaced and the replacing
 * advocate acknowledge it again.
 */
export function SubstitutionButton(props: {
  schedule: DutySchedule;
  members: RosterMember[];
  head: HeadActor;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [open, setOpen] = useState(false);
  const [from, setFrom] = useState<string | null>(null);
  const [duty, setDuty] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [requestDate, setRequestDate] = useState(todayIso());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const active = props.members.filter((m) => m.status === 'active');
  const duties = props.schedule.days.filter((d) => from && d.memberIds.includes(from));
  const chosen = duties.find((d) => dutyKey(d) === duty);
  const close = () => {
    setOpen(false);
    setErrors({});
  };
  const save = async () => {
    try {
      await repos.schedules.substitute(
        props.schedule.id,
        {
          date: chosen?.date ?? '',
          kind: chosen?.kind ?? 'pretrial',
          fromMemberId: from ?? '',
          toMemberId: to ?? '',
          reason,
          requestDate,
        },
        props.head,
      );
      notify('success', t('duty.substitution.done'));
      close();
      setReason('');
      setTo(null);
      setDuty(null);
    } catch (e) {
      if (e instanceof ZodError) {
        setErrors(
          Object.fromEntries(e.issues.map((i) => [i.path.join('.'), translateKey(t, i.message)])),
        );
        return;
      }
      const code = (e as { code?: string }).code;
      if (code) {
        setErrors({ toMemberId: translateKey(t, `duty.errors.${code}`) });
        return;
      }
      console.error('substitution failed', e);
      notify('error', t('duty.schedule.failed'));
    }
  };
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconArrowsExchange size={18} aria-hidden />}
        onClick={() => setOpen(true)}
        data-testid="substitution-open"
      >
        {t('duty.substitution.open')}
      </Button>
      <Modal opened={open} onClose={close} title={t('duty.substitution.title')} size="lg">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('duty.substitution.hint')}
          </Text>
          <Select
            label={t('duty.substitution.from')}
            data={active.map((m) => ({ value: m.id, label: m.fullName }))}
            value={from}
            onChange={(v) => {
              setFrom(v);
              setDuty(null);
            }}
            error={errors['fromMemberId']}
            searchable
          />
          <Select
            label={t('duty.substitution.duty')}
            data={duties.map((d) => ({
              value: dutyKey(d),
              label: `${dateWithWeekday(d.date, locale)} · ${t(`duty.kinds.${d.kind}`)}`,
            }))}
            value={duty}
            onChange={setDuty}
            disabled={!from}
            error={errors['date']}
          />
          <Select
            label={t('duty.substitution.to')}
            data={active
              .filter((m) => m.id !== from && !chosen?.memberIds.includes(m.id))
              .map((m) => ({ value: m.id, label: m.fullName }))}
            value={to}
            onChange={setTo}
            error={errors['toMemberId']}
            searchable
          />
          <Textarea
            label={t('duty.substitution.reason')}
            description={t('duty.substitution.reasonHint')}
            withAsterisk
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors['reason']}
          />
          <IsoDateInput
            label={t('duty.substitution.requestDate')}
            value={requestDate}
            onChange={setRequestDate}
            error={errors['requestDate']}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('duty.schedule.cancel')}
            </Button>
            <Button onClick={() => void save()} data-testid="substitution-save">
              {t('duty.substitution.save')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
