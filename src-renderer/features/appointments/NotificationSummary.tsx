import { useTranslation } from '../../i18n/translate';
import type { Notification } from '../../../src-shared/contracts/entities/appointment';
import { currentLocale } from '../../i18n/i18n';
import { atText } from './detail-shared';

/** One notification in words: whom, when, how and to whom (its note too, when asked). */
export function NotificationSummary({ n, withNote }: { n: Notification; withNote?: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <>
      {t(`appointments.notificationKinds.${n.kind}`)}:{' '}
      {t('appointments.notice.notificationItem', {
        at: atText(n.at, locale),
        method: t(`appointments.methods.${n.method}`),
        recipient: n.recipient,
      })}
      {withNote && (n.note ? ` · ${n.note}` : '')}
    </>
  );
}
