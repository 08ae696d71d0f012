import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconHandFinger } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import {
  procedureDocumentSchema,
  type Distribution,
  type HeadSkipReason,
} from '../../../src-shared/contracts/entities/duty-distribution';
import { dutyKinds, type DutyKind } from '../../../src-shared/contracts/entities/duty-roster';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import { todayIso } from '../../../src-shared/domain/dates/iso-date';
import { nextDutyDates, proposeNext, type HeadSkip } from '../../../src-shared/domain/duty/queue';
import { notify } from '../../app/notify';
import { IsoDateInput } from '../../components/IsoDateInput';
import { repos } from '../../db';
import { distributionRef } from '../../db/distribution-repository';
import { zodFormErrors } from '../../forms/zod-form';
import { currentLocale } from '../../i18n/i18n';
import { useTranslation } from '../../i18n/translate';
import { useRulesOn } from '../../rules/use-rules-on';
import { DocumentForm, emptyDocument, type DocumentFormValues } from './DocumentForm';
import { byId, dateWithWeekday, memberName } from './duty-labels';
import { HandOverList } from './HandOverList';
import { QueuePreview } from './QueuePreview';

const nowLocal = () => {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${todayIso()}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

/** Court stages go to the court schedule; the pre-trial stage to the pre-trial one. */
const kindForStage = (stageId: string): DutyKind =>
  stageId === 'stage.pre-trial' || stageId === 'stage.body-consideration' ? 'pretrial' : 'court';

/**
 * cl. 16–17: the head enters the procedural document, the queue proposes the duty advocate of
 * that day and schedule, the head confirms (or passes them over with a reason). A declined
 * hand-over (cl. 36) is handed on here too, with the one who declined passed over.
 */
export function HandOverPanel({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const rules = useRulesOn(todayIso());
  const [date, setDate] = useState(todayIso());
  const [kind, setKind] = useState<DutyKind>('pretrial');
  const [skips, setSkips] = useState<HeadSkip[]>([]);
  const [handingOn, setHandingOn] = useState<Distribution | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm<DocumentFormValues>({
    initialValues: emptyDocument(nowLocal()),
    validate: (v) => zodFormErrors(procedureDocumentSchema, v, t),
    onValuesChange: (v, prev) => {
      if (v.stageId !== prev.stageId && v.stageId) setKind(kindForStage(v.stageId));
    },
  });
  const data = useLiveQuery(
    async () => ({
      members: await repos.roster.list(),
      schedule: (await repos.schedules.forMonth(date.slice(0, 7))) ?? null,
      distributions: await repos.distributions.list(),
      answers: await repos.distributions.answers(),
    }),
    [date],
  );
  const members = useMemo(() => byId(data?.members ?? []), [data?.members]);
  const proposal = data
    ? proposeNext({
        date,
        kind,
        schedule: data.schedule,
        members: data.members,
        distributions: data.distributions,
        answers: data.answers,
        current: handingOn,
        headSkips: skips,
      })
    : null;

  const reset = () => {
    setSkips([]);
    setHandingOn(null);
    form.setValues(emptyDocument(nowLocal()));
    form.resetDirty();
  };

  const confirm = async () => {
    if (!proposal?.proposedMemberId || !data) return;
    if (!handingOn && form.validate().hasErrors) return;
    const chosen = members.get(proposal.proposedMemberId);
    if (!chosen) return;
    setBusy(true);
    try {
      const round = {
        at: new Date().toISOString(),
        by: profile.fullName,
        dutyDate: date,
        kind,
        scheduleId: data.schedule?.id ?? '',
        scheduleEdition: data.schedule?.edition ?? 0,
        queue: proposal.queue,
        chosenMemberId: chosen.id,
      };
      const d = handingOn
        ? await repos.distributions.handOn(handingOn.id, round, chosen, profile.id)
        : await repos.distributions.handOver(form.values, round, chosen, profile.id);
      notify(
        'success',
        t('duty.handover.done', { name: chosen.fullName, ref: distributionRef(d) }),
      );
      reset();
    } catch (e) {
      console.error('hand-over failed', e);
      notify('error', t('duty.schedule.failed'));
    } finally {
      setBusy(false);
    }
  };

  const skip = (memberId: string, reason: HeadSkipReason, note: string) =>
    setSkips((s) => [...s, { memberId, reason, note }]);
  const next = data?.schedule ? nextDutyDates(data.schedule, date, kind, 3) : [];
  return (
    <Stack gap="lg">
      <Paper withBorder p="md">
        <Stack gap="md">
          <Title order={2} size="h4">
            {handingOn
              ? t('duty.handover.handOnTitle', { ref: distributionRef(handingOn) })
              : t('duty.handover.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('duty.handover.hint')}
          </Text>
          <DocumentForm form={form} pack={rules.defence} readOnly={!!handingOn} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <IsoDateInput
              label={t('duty.handover.dutyDate')}
              value={date}
              onChange={(d) => {
                setDate(d || todayIso());
                setSkips([]);
              }}
            />
            <Select
              label={t('duty.handover.kind')}
              data={dutyKinds.map((k) => ({ value: k, label: t(`duty.kinds.${k}`) }))}
              value={kind}
              allowDeselect={false}
              onChange={(v) => {
                setKind((v as DutyKind | null) ?? 'pretrial');
                setSkips([]);
              }}
            />
          </SimpleGrid>
          {proposal && proposal.queue.length > 0 && (
            <QueuePreview proposal={proposal} members={members} onSkip={skip} />
          )}
          {proposal?.empty && (
            <Alert
              color="orange"
              icon={<IconAlertTriangle aria-hidden />}
              data-testid="queue-empty"
            >
              {t(`duty.handover.empty.${proposal.empty}`)}
              {next.length > 0 &&
                ` ${t('duty.handover.nextDates', { dates: next.map((d) => dateWithWeekday(d, locale)).join(', ') })}`}
            </Alert>
          )}
          <Group>
            <Button
              leftSection={<IconHandFinger size={18} aria-hidden />}
              disabled={!proposal?.proposedMemberId}
              loading={busy}
              onClick={() => void confirm()}
              data-testid="handover-confirm"
            >
              {proposal?.proposedMemberId
                ? t('duty.handover.confirm', {
                    name: memberName(members, proposal.proposedMemberId),
                  })
                : t('duty.handover.confirmNobody')}
            </Button>
            {(handingOn || skips.length > 0) && (
              <Button variant="default" onClick={reset}>
                {t('duty.schedule.cancel')}
              </Button>
            )}
          </Group>
        </Stack>
      </Paper>
      {data && (
        <HandOverList
          distributions={data.distributions}
          answers={data.answers}
          members={members}
          pack={rules.defence}
          onHandOn={(d) => {
            const last = d.rounds[d.rounds.length - 1]!;
            setHandingOn(d);
            setSkips([]);
            setDate(last.dutyDate);
            setKind(last.kind);
            form.setValues({ ...emptyDocument(''), ...d.document } as DocumentFormValues);
            window.scrollTo({ top: 0 });
          }}
        />
      )}
    </Stack>
  );
}
