import { Alert, Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconEdit, IconRoute } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from '../../i18n/translate';
import { LabelValueTable } from '../../components/LabelValueTable';
import type { Appointment } from '../../../src-shared/contracts/entities/appointment';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import { canComplete, canLogWork } from '../../../src-shared/domain/appointments/lifecycle';
import { todayIso } from '../../../src-shared/domain/dates/iso-date';
import { formatDate } from '../../../src-shared/i18n/format';
import { repos } from '../../db';
import { currentLocale } from '../../i18n/i18n';
import { useRulesOn } from '../../rules/use-rules-on';
import { useRecordSyncStatus } from '../../sync/use-record-status';
import { SyncBadge } from '../sync/SyncBadge';
import type { AppointmentFormValues } from './appointment-form-values';
import { STATE_COLOR } from './AppointmentTable';
import { packLabel } from './detail-shared';
import { intakeRows } from './intake-rows';
import { CompletionSection } from './CompletionSection';
import { ConflictSection } from './ConflictSection';
import { DecisionSection } from './DecisionSection';
import { NextStageSection } from './NextStageSection';
import { NoticeSection } from './NoticeSection';
import { PaidAdvocateSection } from './PaidAdvocateSection';
import { PaperAssignmentSection } from './PaperAssignmentSection';
import { RefusalSection } from './RefusalSection';
import { HistoryTimeline } from './HistoryTimeline';
import { Section } from './Section';
import { TransferSection } from './TransferSection';
import { WorkLogSection } from './WorkLogSection';

/** One appointment: what was received, then each step of the defence in the order it happens. */
export function AppointmentDetail({
  appointmentId,
  profile,
  onCorrect,
  onNextStage,
}: {
  appointmentId: string;
  profile: Profile;
  onCorrect: (a: Appointment) => void;
  onNextStage: (initial: AppointmentFormValues, caseNumber: string) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const lang = locale === 'ru' ? 'ru' : 'kk';
  const history = useLiveQuery(() => repos.appointments.history(appointmentId), [appointmentId]);
  const a = history?.at(-1);
  const rules = useRulesOn(a ? a.receivedAt.slice(0, 10) : todayIso());
  const sync = useRecordSyncStatus('appointment', appointmentId);
  const previous = useLiveQuery(
    async () => (a?.previousStageId ? repos.appointments.get(a.previousStageId) : undefined),
    [a?.previousStageId],
  );
  const back = (
    <Anchor href="#/appointments" size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} aria-hidden />
        {t('appointments.backToList')}
      </Group>
    </Anchor>
  );
  if (!history) return null;
  if (!a)
    return (
      <Stack>
        {back}
        <Text>{t('appointments.notFound')}</Text>
      </Stack>
    );
  // Another advocate's appointment (a head's device holds the office's): no step can be
  // recorded on it here, so it is shown read-only in the office view instead.
  if (a.advocateId !== profile.id)
    return (
      <Stack>
        {back}
        <Alert color="blue" variant="light" data-testid="not-own-record">
          <Text size="sm">{t('office.notOwnRecord')}</Text>
          <Anchor href={`#/office?appointment=${a.id}`} size="sm">
            {t('office.openInOffice')}
          </Anchor>
        </Alert>
      </Stack>
    );
  const pack = rules.defence;
  const label = (items: Parameters<typeof packLabel>[0], id: string) => packLabel(items, id, lang);
  const stage = label(pack?.stages, a.stageId);

  const rows = intakeRows(a, { t, locale, pack, eligibility: rules.eligibility });

  const open = a.state === 'received' || a.state === 'accepted';
  const started = a.state !== 'received' && a.state !== 'declined';
  // Numbers of the main path as shown: a step that does not apply takes no number.
  let n = 0;
  const step = (shown: boolean) => (shown ? ++n : undefined);
  const steps = {
    paper: step(a.source === 'paper'),
    conflict: step(true),
    decision: step(true),
    notice: step(started),
    work: step(started && (canLogWork(a) || a.work.length > 0)),
    completion: step(started && (canComplete(a) || !!a.completion)),
    next: step(a.state === 'accepted' || a.state === 'completed'),
  };
  return (
    <Stack gap="md" data-testid="appointment-detail">
      {back}
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Group gap="sm">
            <Title order={1} size="h2">
              {t('appointments.detail.title', { number: a.number, year: a.year })}
            </Title>
            <Badge
              color={STATE_COLOR[a.state]}
              variant="dot"
              size="lg"
              tt="none"
              data-testid="appointment-state"
            >
              {t(`appointments.states.${a.state}`)}
            </Badge>
            <SyncBadge status={sync} size="lg" />
          </Group>
          <Text fw={600}>{a.client.fullName}</Text>
          <Text size="sm" c="dimmed">
            {a.caseNumber} · {stage}
          </Text>
        </Stack>
        {open && (
          <Button
            variant="default"
            leftSection={<IconEdit size={16} aria-hidden />}
            onClick={() => onCorrect(a)}
          >
            {t('appointments.detail.correct')}
          </Button>
        )}
      </Group>

      {previous && (
        <Group gap="xs" data-testid="continues-from">
          <IconRoute size={16} aria-hidden />
          <Text size="sm">
            {t('appointments.continuity.continues', {
              number: previous.number,
              year: previous.year,
              stage: label(pack?.stages, previous.stageId),
            })}
          </Text>
          <Anchor href={`#/appointments?id=${previous.id}`} size="sm">
            {t('appointments.continuity.open', { number: previous.number, year: previous.year })}
          </Anchor>
        </Group>
      )}

      <LabelValueTable rows={rows} labelWidth={230} testId="appointment-intake" />

      {!pack ? (
        <Text c="red">
          {t('appointments.noPack', { date: formatDate(a.receivedAt.slice(0, 10), locale) })}
        </Text>
      ) : (
        <>
          {a.source === 'paper' && (
            <PaperAssignmentSection a={a} pack={pack} profile={profile} step={steps.paper} />
          )}
          <ConflictSection a={a} pack={pack} profile={profile} step={steps.conflict} />
          <DecisionSection a={a} pack={pack} profile={profile} step={steps.decision} />
          {started && (
            <>
              <NoticeSection
                a={a}
                pack={pack}
                profile={profile}
                eligibility={rules.eligibility}
                step={steps.notice}
              />
              <WorkLogSection a={a} pack={pack} profile={profile} step={steps.work} />
              <CompletionSection a={a} pack={pack} profile={profile} step={steps.completion} />
              <NextStageSection
                a={a}
                pack={pack}
                profile={profile}
                step={steps.next}
                onNextStage={onNextStage}
              />
              {(a.state === 'accepted' || a.paidAdvocate || a.clientRefusal || a.transfer) && (
                <Title order={2} size="h4" mt="sm">
                  {t('appointments.detail.ifItHappens')}
                </Title>
              )}
              <PaidAdvocateSection a={a} pack={pack} profile={profile} />
              <RefusalSection a={a} pack={pack} profile={profile} />
              <TransferSection a={a} pack={pack} profile={profile} />
            </>
          )}
        </>
      )}

      <Section title={t('appointments.history.title')} testId="history">
        <HistoryTimeline history={history} locale={locale} />
      </Section>
    </Stack>
  );
}
