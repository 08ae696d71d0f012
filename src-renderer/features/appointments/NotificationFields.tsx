import { Select, TextInput } from '@mantine/core';
import { useTranslation } from '../../i18n/translate';
import { notificationMethods } from '../../../src-shared/contracts/entities/appointment';
import { AtFields } from './AtFields';
import type { NotificationForm } from './use-notification-form';

/** When and how the notification went: its date and time, and the method. */
export function NotificationWhenHow({
  form,
  methodRequired,
}: {
  form: NotificationForm;
  methodRequired?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <AtFields form={form} label={t('appointments.notice.notifiedAt')} />
      <Select
        label={t('appointments.notice.method')}
        withAsterisk={methodRequired}
        allowDeselect={false}
        data={notificationMethods.map((m) => ({
          value: m,
          label: t(`appointments.methods.${m}`),
        }))}
        {...form.getInputProps('method')}
      />
    </>
  );
}

/** Whom the notification reached. */
export function NotificationRecipient({ form }: { form: NotificationForm }) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={t('appointments.notice.recipient')}
      withAsterisk
      {...form.getInputProps('recipient')}
    />
  );
}
