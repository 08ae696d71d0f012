import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from '../../i18n/translate';
import { LabelValueTable } from '../../components/LabelValueTable';
import type { Appointment } from '../../../src-shared/contracts/entities/appointment';
import { declineGround } from '../../../src-shared/domain/appointments/pack-lookups';
import { todayIso } from '../../../src-shared/domain/dates/iso-date';
import { formatDate } from '../../../src-shared/i18n/format';
import { repos } from '../../db';
import { currentLocale } from '../../i18n/i18n';
import { useRulesOn } from '../../rules/use-rules-on';
import { HistoryTimeline } from '../appointments/HistoryTimeline';
import { STATE_COLOR } from '../appointments/AppointmentTable';
import { atText } from '../appointments/detail-shared';
import { intakeRows } from '../appointments/intake-rows';
import { WorkLogTable } from '../appointments/WorkLogTable';

/**
 * An appointment of the office as the head sees it: what was received (the same lines as the
 * advocate's own page), the decision, notices, work and completion, and every version — with
 * no step or correction offered (only its advocate records them, on the appointment's page).
 */
export function OfficeAppointmentView({ id, ownerId }: { id: string; ownerId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const lang = locale === 'ru' ? 'ru' : 'kk';
  const history = useLiveQuery(() => repos.appointments.history(id), [id]);
  const a = history?.at(-1);
  const rules = useRulesOn(a ? a.receivedAt.slice(0, 10) : todayIso());
  if (!history || !a) return null;
  const pack = rules.defence;

  /** The steps recorded after intake, as lines. */
  function stepRows(x: Appointment): [string, string][] {
    const out: [string, string][] = [];
    const d = x.decision;
    if (d?.kind === 'accepted')
      out.push([
        t('appointments.decision.title'),
        t('appointments.decision.accepted', { at: atText(d.at, locale) }),
      ]);
    if (d?.kind === 'declined') {
      const ground = pack && d.groundId ? declineGround(pack, d.groundId)?.label[lang] : undefined;
      out.push([
        t('appointments.decision.title'),
        t('appointments.decision.declined', {
          at: atText(d.at, locale),
          ground: ground ?? d.groundId ?? '',
        }),
      ]);
    }
    if (x.notices.length > 0)
      out.push([
        t('appointments.notice.title'),
        x.notices
          .map((n) =>
            t('appointments.notice.item', {
              number: n.number,
              date: formatDate(n.date, locale),
              addressee: n.addressee,
            }),
          )
          .join('; '),
      ]);
    if (x.completion)
      out.push([
        t('appointments.completion.title'),
        t('appointments.completion.recorded', {
          date: formatDate(x.completion.date, locale),
          document: x.completion.finalDocument,
        }),
      ]);
    return out;
  }

  const rows: [string, string][] = [
    ...intakeRows(a, { t, locale, pack, eligibility: rules.eligibility }),
    ...stepRows(a),
  ];

  return (
    <Stack gap="md" data-testid="office-appointment">
      <Group gap="sm">
        <Title order={2} size="h3">
          {t('appointments.detail.title', { number: a.number, year: a.year })}
        </Title>
        <Badge color={STATE_COLOR[a.state]} variant="dot" size="lg" tt="none">
          {t(`appointments.states.${a.state}`)}
        </Badge>
      </Group>
      {a.advocateId !== ownerId && (
        <Text size="sm" c="dimmed" data-testid="not-own-record">
          {t('office.readOnly')}
        </Text>
      )}
      <LabelValueTable rows={rows} />
      {pack && a.work.length > 0 && (
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('appointments.work.title')}
          </Title>
          <WorkLogTable a={a} pack={pack} locale={locale} />
        </Stack>
      )}
      <Title order={3} size="h5">
        {t('appointments.history.title')}
      </Title>
      <HistoryTimeline history={history} locale={locale} />
    </Stack>
  );
}
