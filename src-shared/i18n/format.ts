/**
 * Dates, numbers and money as Kazakh and Russian readers expect them: 25.11.2026,
 * 1 234 567,5 and 38 920,00 ₸ (no-break space groups, decimal comma, ₸ after the amount,
 * as on official forms). Written out rather than left to Intl: Chromium's bundled ICU has
 * no Kazakh data and would print "1,234,567.5" in a Kazakh interface.
 */
import type { Locale } from './locales';
import { isIsoDate } from '../domain/dates/iso-date';

const NBSP = '\u00a0';

/** ISO date (YYYY-MM-DD) → "25.11.2026" in kk and ru, "25/11/2026" in en. */
export function formatDate(iso: string, locale: Locale): string {
  if (!isIsoDate(iso)) return iso;
  const [y, m, d] = iso.split('-');
  return locale === 'en' ? `${d}/${m}/${y}` : `${d}.${m}.${y}`;
}

/**
 * Groups of three digits and a decimal separator per language. `fractionDigits` fixes the
 * number of decimals; without it up to 2 are shown and trailing zeros dropped.
 */
export function formatNumber(n: number, locale: Locale, fractionDigits?: number): string {
  if (!Number.isFinite(n)) return String(n);
  const [group, decimal] = locale === 'en' ? [',', '.'] : [NBSP, ','];
  const fixed = Math.abs(n).toFixed(fractionDigits ?? 2);
  const [int = '0', rawFrac = ''] = fixed.split('.');
  const frac = fractionDigits === undefined ? rawFrac.replace(/0+$/, '') : rawFrac;
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const sign = n < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${grouped}${frac ? decimal + frac : ''}`;
}

/** Tenge (not tiyn: claims use money.ts `formatTenge`) with two decimals and the ₸ sign. */
export function formatTengeAmount(amount: number, locale: Locale): string {
  return `${formatNumber(amount, locale, 2)}${NBSP}₸`;
}
