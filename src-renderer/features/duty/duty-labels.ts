/** Small display helpers shared by the duty screens. */
import dayjs from 'dayjs';
import type { RosterMember } from '../../../src-shared/contracts/entities/duty-roster';
import type { Locale } from '../../../src-shared/i18n/locales';
import { formatDate } from '../../../src-shared/i18n/format';
import { DAYJS_LOCALE } from '../../i18n/i18n';

/** "04.12.2026, бс" — the date and its short weekday in the UI language. */
export function dateWithWeekday(date: string, locale: Locale): string {
  return `${formatDate(date, locale)}, ${dayjs(date).locale(DAYJS_LOCALE[locale]).format('dd')}`;
}

/** "желтоқсан 2026" / "декабрь 2026". */
export function monthTitle(month: string, locale: Locale): string {
  return dayjs(`${month}-01`).locale(DAYJS_LOCALE[locale]).format('MMMM YYYY');
}

/** The member's name, or the id when the roster has not arrived (it still names someone). */
export function memberName(members: ReadonlyMap<string, RosterMember>, id: string): string {
  return members.get(id)?.fullName ?? id;
}

export function byId(members: readonly RosterMember[]): Map<string, RosterMember> {
  return new Map(members.map((m) => [m.id, m]));
}

/** The month after `month` (YYYY-MM). */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
