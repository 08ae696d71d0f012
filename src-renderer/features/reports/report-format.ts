/**
 * How the report screens write times and months: "3 h 20 min" rather than decimal hours (what an
 * advocate compares with the work log), and "November 2026" in the interface language.
 */
import dayjs from 'dayjs';
import type { Locale } from '../../../src-shared/i18n/locales';
import { DAYJS_LOCALE } from '../../i18n/i18n';
import type { TFunction } from '../../i18n/translate';

/**
 * 200 → "3 h 20 min", 180 → "3 h", 45 → "45 min", 0 → "0 min", with no-break spaces: a time
 * never wraps in the middle of a narrow card or cell.
 */
export function durationText(t: TFunction, minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const text =
    hours === 0
      ? t('fees.report.duration.m', { minutes: rest })
      : rest === 0
        ? t('fees.report.duration.h', { hours })
        : t('fees.report.duration.hm', { hours, minutes: rest });
  return text.replace(/ /g, '\u00a0');
}

/** '2026-11' → "қараша 2026" / "ноябрь 2026" / "November 2026", as it reads in a sentence. */
export function monthInText(month: string, locale: Locale): string {
  const text = dayjs(`${month}-01`).locale(DAYJS_LOCALE[locale]).format('MMMM YYYY');
  return locale === 'en' ? text : text.toLocaleLowerCase(locale);
}
