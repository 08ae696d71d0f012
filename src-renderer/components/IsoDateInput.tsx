import { DateInput, type DateInputProps } from '@mantine/dates';

type Props = Omit<DateInputProps, 'value' | 'onChange' | 'valueFormat'> & {
  /** ISO date (YYYY-MM-DD) or '' when empty. */
  value: string;
  onChange: (iso: string) => void;
};

/** A date field that shows DD.MM.YYYY (as on Kazakh documents) and holds an ISO date. */
export function IsoDateInput({ value, onChange, ...rest }: Props) {
  return (
    <DateInput
      valueFormat="DD.MM.YYYY"
      value={value || null}
      onChange={(v) => onChange(v ?? '')}
      {...rest}
    />
  );
}
