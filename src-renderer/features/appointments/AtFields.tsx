import type { FormErrors } from '@mantine/form';
import { useTranslation } from '../../i18n/translate';
import { DateTimeFields } from './DateTimeFields';

/** The part of a form that AtFields reads and writes. */
interface AtForm<K extends string> {
  values: Record<K, string>;
  errors: FormErrors;
  setFieldValue: (path: K, value: string) => void;
}

/**
 * DateTimeFields bound to a form's date and time (`date` and `time` unless named), with the
 * usual "date"/"time" labels; errors sit on the date.
 */
export function AtFields<K extends string>({
  form,
  label,
  fields = ['date', 'time'] as [K, K],
  required,
}: {
  form: AtForm<K>;
  label: string;
  fields?: readonly [date: K, time: K];
  required?: boolean;
}) {
  const { t } = useTranslation();
  const [date, time] = fields;
  return (
    <DateTimeFields
      label={label}
      dateLabel={t('appointments.form.date')}
      timeLabel={t('appointments.form.time')}
      date={form.values[date]}
      time={form.values[time]}
      onDate={(d) => form.setFieldValue(date, d)}
      onTime={(x) => form.setFieldValue(time, x)}
      error={form.errors[date]}
      required={required}
    />
  );
}
