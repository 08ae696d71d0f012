import { Badge, Button, Divider, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from '../../i18n/translate';
import { LabelValueTable } from '../../components/LabelValueTable';
import { settlementText } from '../../components/settlement';
import type { ConsultationEntry } from '../../../src-shared/contracts/entities/consultation';
import type { EligibilityPack } from '../../../src-shared/rules/pack-schema';
import { formatDate } from '../../../src-shared/i18n/format';
import { repos } from '../../db';
import { currentLocale } from '../../i18n/i18n';
import { useRecordSyncStatus } from '../../sync/use-record-status';
import { SyncBadge } from '../sync/SyncBadge';
import { STATUS_COLOR } from './RegisterTable';

const at = (s: string, locale: ReturnType<typeof currentLocale>) =>
  `${formatDate(s.slice(0, 10), locale)} ${s.slice(11, 16)}`;

/**
 * An entry with all its fields and every earlier version (corrections, never deletions).
 * Read-only without the action handlers (the head's office view), and for an entry of
 * another advocate than `ownerId` (only its advocate corrects it; the repository refuses).
 */
export function EntryDetail({
  entryId,
  pack,
  ownerId,
  onCorrect,
  onMarkGiven,
  onPrintAct,
}: {
  entryId: string;
  pack: EligibilityPack | null;
  /** The signed-in profile: actions are offered on its own entries only. */
  ownerId: string;
  onCorrect?: (e: ConsultationEntry) => void;
  onMarkGiven?: (e: ConsultationEntry) => void;
  onPrintAct?: (e: ConsultationEntry, lang: 'kk' | 'ru') => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const lang = locale === 'ru' ? 'ru' : 'kk';
  const history = useLiveQuery(() => repos.consultations.history(entryId), [entryId]);
  const sync = useRecordSyncStatus('consultation', entryId);
  const e = history?.at(-1);
  if (!history || !e) return null;
  const area = pack?.issueAreas.find((a) => a.id === e.issue.areaId)?.label[lang] ?? e.issue.areaId;
  const category = pack?.categories.find((c) => c.id === e.categoryId)?.label[lang];
  const rows: [string, string][] = [
    [t('register.form.appliedAt'), at(e.appliedAt, locale)],
    [t('fees.settlement.label'), settlementText(t, e.settlement)],
    [t('register.form.applicant'), `${e.applicant.fullName} · ${e.applicant.iin}`],
    [
      t('register.form.idType'),
      [e.applicant.identityDocument.type, e.applicant.identityDocument.number]
        .filter(Boolean)
        .join(' № '),
    ],
    ...(e.representedPerson
      ? [
          [
            t('register.form.represented'),
            `${e.representedPerson.fullName} · ${e.representedPerson.iin}`,
          ] as [string, string],
        ]
      : []),
    [t('register.form.category'), category ?? t('register.form.noCategory')],
    [t('register.form.issueArea'), `${area}: ${e.issue.subject}`],
    [t('register.status'), t(`register.statuses.${e.status}`)],
    ...(e.status === 'given'
      ? ([
          [
            t('register.form.content'),
            `${t(e.form === 'oral' ? 'register.form.oral' : 'register.form.written')}: ${e.content}`,
          ],
          [
            `${t('register.form.startedAt')}–${t('register.form.endedAt')}`,
            `${e.startedAt}–${e.endedAt} (${t('register.minutes', { count: e.durationMinutes })})`,
          ],
          [
            t('register.form.place'),
            e.place.kind === 'office'
              ? t('register.form.office')
              : `${e.place.address} (${e.place.reason})`,
          ],
        ] as [string, string][])
      : []),
    ...(e.status === 'deferred'
      ? [[t('register.form.appointmentAt'), at(e.appointmentAt, locale)] as [string, string]]
      : []),
    ...(e.note ? [[t('register.form.note'), e.note] as [string, string]] : []),
  ];
  return (
    <Stack gap="md" data-testid="entry-detail">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('register.detail.title', { number: e.number, year: e.year })}
        </Title>
        <Group gap="xs">
          <Badge color={STATUS_COLOR[e.status]} variant="dot" size="lg" tt="none">
            {t(`register.statuses.${e.status}`)}
          </Badge>
          <SyncBadge status={sync} size="lg" />
        </Group>
      </Group>
      <LabelValueTable rows={rows} />
      {e.advocateId !== ownerId ? (
        <Text size="sm" c="dimmed" data-testid="not-own-record">
          {t('office.readOnly')}
        </Text>
      ) : (
        <Group>
          {onMarkGiven && e.status === 'deferred' && (
            <Button onClick={() => onMarkGiven(e)}>{t('register.detail.markGiven')}</Button>
          )}
          {onCorrect && (
            <Button variant="default" onClick={() => onCorrect(e)}>
              {t('register.detail.correct')}
            </Button>
          )}
          {onPrintAct &&
            e.status === 'given' &&
            (['kk', 'ru'] as const).map((l) => (
              <Button
                key={l}
                variant="default"
                leftSection={<IconPrinter size={16} aria-hidden />}
                onClick={() => onPrintAct(e, l)}
              >
                {t('register.printAct', { lang: l === 'kk' ? 'ҚАЗ' : 'РУС' })}
              </Button>
            ))}
        </Group>
      )}
      <Divider />
      <Title order={3} size="h5">
        {t('register.detail.history')}
      </Title>
      <Timeline
        active={history.length - 1}
        bulletSize={18}
        lineWidth={2}
        data-testid="entry-history"
      >
        {history.map((h) => (
          <Timeline.Item
            key={h.version}
            title={t('register.detail.version', { version: h.version })}
          >
            <Text size="sm">
              {t(`register.statuses.${h.status}`)} ·{' '}
              {h.version === 1 ? t('register.detail.created') : h.correctionReason}
            </Text>
            <Text size="xs" c="dimmed">
              {h.updatedAt.slice(0, 16).replace('T', ' ')}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
      {history.length === 1 && (
        <Text size="sm" c="dimmed">
          {t('register.detail.noCorrections')}
        </Text>
      )}
    </Stack>
  );
}
