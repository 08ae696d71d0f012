/** The work-log form's values and how they become a repository input. */
import type { WorkItemInput } from '../../../src-shared/contracts/entities/appointment';
import { todayIso } from '../../../src-shared/domain/dates/iso-date';
import { formatNumber } from '../../../src-shared/i18n/format';
import type { Locale } from '../../../src-shared/i18n/locales';

export const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

export interface WorkValues {
  date: string;
  actionId: string;
  startedAt: string;
  endedAt: string;
  hasTravel: boolean;
  destination: string;
  km: number | string;
  minutes: number | string;
  note: string;
}

/** A blank item dated today. */
export function emptyWork(): WorkValues {
  return {
    date: todayIso(),
    actionId: '',
    startedAt: '',
    endedAt: '',
    hasTravel: false,
    destination: '',
    km: '',
    minutes: '',
    note: '',
  };
}

export function toInput(v: WorkValues): WorkItemInput {
  return {
    date: v.date,
    actionId: v.actionId,
    startedAt: v.startedAt,
    endedAt: v.endedAt,
    ...(v.hasTravel
      ? {
          travel: {
            destination: v.destination,
            ...(typeof v.km === 'number' ? { km: v.km } : {}),
            ...(typeof v.minutes === 'number' ? { minutes: v.minutes } : {}),
          },
        }
      : {}),
    note: v.note,
  };
}

/** Schema paths of a work item mapped onto the form's fields. */
export const FIELD: Record<string, keyof WorkValues> = {
  date: 'date',
  actionId: 'actionId',
  startedAt: 'startedAt',
  endedAt: 'endedAt',
  'travel.destination': 'destination',
  'travel.km': 'km',
  'travel.minutes': 'minutes',
  note: 'note',
};

/** Minutes as hours with up to two decimals, in the locale's number format. */
export const hoursText = (minutes: number, locale: Locale) =>
  formatNumber(Math.round((minutes / 60) * 100) / 100, locale);
