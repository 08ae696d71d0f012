import { SimpleGrid } from '@mantine/core';
import type { ReactNode } from 'react';
import { TimeInput } from '@mantine/dates';
import { IsoDateInput } from '../../components/IsoDateInput';

/** A date and a time side by side, held as "YYYY-MM-DD" and "HH:mm"; errors sit on the date. */
export function DateTimeFields({
  label,
  dateLabel,
  timeLabel,
  date,
  time,
  onDate,
  onTime,
  error,
  required = true,
}: {
  label: string;
  dateLabel: string;
  timeLabel: string;
  date: string;
  time: string;
  onDate: (d: string) => void;
  onTime: (t: string) => void;
  error?: ReactNode;
  required?: boolean;
}) {
  return (
    <SimpleGrid cols={2} spacing="xs">
      <IsoDateInput
        label={`${label}: ${dateLabel}`}
        withAsterisk={required}
        value={date}
        onChange={onDate}
        error={error}
      />
      <TimeInput
        label={`${label}: ${timeLabel}`}
        withAsterisk={required}
        value={time}
        onChange={(e) => onTime(e.currentTarget.value)}
      />
    </SimpleGrid>
  );
}

/** "YYYY-MM-DDTHH:mm" from a date and a time ('' when the date is empty). */
export const joinAt = (date: string, time: string) => (date ? `${date}T${time}` : '');
