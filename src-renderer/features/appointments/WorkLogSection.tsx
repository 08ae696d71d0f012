import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '../../i18n/translate';
import type { WorkItem } from '../../../src-shared/contracts/entities/appointment';
import { canLogWork } from '../../../src-shared/domain/appointments/lifecycle';
import { formatDate } from '../../../src-shared/i18n/format';
import { repos } from '../../db';
import { currentLocale } from '../../i18n/i18n';
import { packLabel, type SectionProps } from './detail-shared';
import { Section } from './Section';
import { useRepoAction } from './use-repo-action';
import { useWorkLogForm } from './use-work-log-form';
import { hoursText } from './work-log-values';
import { WorkLogForm } from './WorkLogForm';
import { WorkLogTable } from './WorkLogTable';

/** Procedural actions with their time; fee claims are built from this log (issue 8). */
export function WorkLogSection({ a, pack, profile, step }: SectionProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const lang = locale === 'ru' ? 'ru' : 'kk';
  const { busy, run } = useRepoAction();
  const work = useWorkLogForm(a, pack, profile, lang, run);
  const [withdrawing, setWithdrawing] = useState<WorkItem | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);

  const total = a.work.filter((w) => !w.withdrawn).reduce((s, w) => s + w.minutes, 0);

  const withdraw = async () => {
    if (!withdrawing) return;
    if (!reason.trim()) {
      setReasonError(t('validation.required'));
      return;
    }
    const r = await run(
      () => repos.appointments.withdrawWork(a.id, withdrawing.id, reason, profile.id),
      { success: t('appointments.work.withdrawnToast') },
    );
    if (r) {
      setWithdrawing(null);
      setReason('');
    }
  };

  const canAdd = canLogWork(a);
  if (!canAdd && a.work.length === 0) return null;
  return (
    <Section step={step} title={t('appointments.work.title')} testId="work">
      <Text size="sm" c="dimmed">
        {t('appointments.work.intro')}
      </Text>
      {a.work.length === 0 ? (
        <Text size="sm">{t('appointments.work.empty')}</Text>
      ) : (
        <WorkLogTable
          a={a}
          pack={pack}
          locale={locale}
          onWithdraw={(w) => {
            setWithdrawing(w);
            setReason('');
            setReasonError(null);
          }}
        />
      )}
      <Text size="sm" fw={700} data-testid="work-total">
        {t('appointments.work.total', { hours: hoursText(total, locale) })}
      </Text>

      {canAdd && (
        <WorkLogForm work={work} pack={pack} caseKind={a.caseKind} locale={locale} busy={busy} />
      )}

      <Modal
        opened={!!withdrawing}
        onClose={() => setWithdrawing(null)}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={t('appointments.work.withdrawConfirm')}
      >
        <Stack>
          {withdrawing && (
            <Text size="sm">
              {formatDate(withdrawing.date, locale)} · {withdrawing.startedAt}–{withdrawing.endedAt}{' '}
              · {packLabel(pack.actions, withdrawing.actionId, lang)}
            </Text>
          )}
          <TextInput
            label={t('appointments.work.withdrawReason')}
            withAsterisk
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setReasonError(null);
            }}
            error={reasonError}
          />
          <Group justify="flex-end">
            <Button color="red.9" loading={busy} onClick={() => void withdraw()}>
              {t('appointments.work.withdrawConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Section>
  );
}
