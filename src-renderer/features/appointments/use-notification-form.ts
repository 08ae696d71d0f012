/** cl. 44–47: the form that records whom the advocate notified, when and how. */
import { useTranslation } from '../../i18n/translate';
import type {
  Appointment,
  NotificationInput,
  NotificationMethod,
} from '../../../src-shared/contracts/entities/appointment';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import { repos } from '../../db';
import { joinAt } from './DateTimeFields';
import { fieldFor, useAtForm } from './use-at-form';
import type { useRepoAction } from './use-repo-action';

export type NotificationKind = NotificationInput['kind'];

/**
 * The notification form, at this minute, and its save. `run` is the section's own, so the
 * section's buttons are busy together.
 */
export function useNotificationForm(
  {
    a,
    profile,
    run,
  }: Pick<ReturnType<typeof useRepoAction>, 'run'> & {
    a: Appointment;
    profile: Profile;
  },
  initial: { kind: NotificationKind; method: NotificationMethod; recipient: string },
) {
  const { t } = useTranslation();
  const form = useAtForm({ ...initial, note: '' });
  /** Saves what the form holds, with the extras given (a note, the notice it follows). */
  const save = (extra: Pick<NotificationInput, 'note' | 'noticeId'> = {}) => {
    const v = form.values;
    return run(
      () =>
        repos.appointments.addNotification(
          a.id,
          {
            kind: v.kind,
            at: joinAt(v.date, v.time),
            method: v.method,
            recipient: v.recipient,
            ...extra,
          },
          profile.id,
        ),
      {
        form,
        field: fieldFor({ at: 'date' }),
        success: t('appointments.notice.notified'),
      },
    );
  };
  return { form, save };
}

export type NotificationForm = ReturnType<typeof useNotificationForm>['form'];
