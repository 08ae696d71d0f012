import { Text, Timeline } from '@mantine/core';
import type { Appointment } from '../../../src-shared/contracts/entities/appointment';
import type { Locale } from '../../../src-shared/i18n/locales';
import { useTranslation } from '../../i18n/translate';
import { stampText } from './detail-shared';

/** History reasons that are step names (AppointmentRepository.append); others are corrections. */
const ACTIONS = new Set([
  'assign',
  'conflict-check',
  'accept',
  'decline',
  'notice',
  'notify',
  'work',
  'withdraw-work',
  'paid-advocate',
  'refusal',
  'transfer',
  'complete',
]);

/**
 * Every version of an appointment, oldest first: its state and the step or correction that
 * made it. The advocate's detail and the head's read-only office view show the same history.
 */
export function HistoryTimeline({
  history,
  locale,
}: {
  history: readonly (Appointment & { changeReason?: string | undefined })[];
  locale: Locale;
}) {
  const { t } = useTranslation();
  return (
    <Timeline active={history.length - 1} bulletSize={16} lineWidth={2}>
      {history.map((h) => {
        const reason = h.changeReason ?? '';
        return (
          <Timeline.Item
            key={h.version}
            title={t('appointments.history.version', { version: h.version })}
          >
            <Text size="sm">
              {t(`appointments.states.${h.state}`)} ·{' '}
              {h.version === 1
                ? t('appointments.history.created')
                : ACTIONS.has(reason)
                  ? t(`appointments.history.actions.${reason as 'accept'}`)
                  : t('appointments.history.correction', { reason })}
            </Text>
            <Text size="xs" c="dimmed">
              {stampText(h.updatedAt, locale)}
            </Text>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
