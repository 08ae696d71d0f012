import { formatDate } from '../../../src-shared/i18n/format';
import type { Locale } from '../../../src-shared/i18n/locales';

const pad = (n: number) => String(n).padStart(2, '0');

/** "25.11.2026, 14:05" in this computer's time zone: when a user last opened the app. */
export function formatLastUnlock(iso: string, locale: Locale): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return `${formatDate(day, locale)}, ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
