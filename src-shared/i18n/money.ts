/**
 * Money in figures from integer tiyn (1 ₸ = 100 tiyn), the unit fee claims are kept in:
 * «12 345,67 ₸». Grouping and the decimal comma are `formatNumber`'s (format.ts), so amounts
 * look the same on every screen and paper; the tiyn are split off with integer arithmetic,
 * never by dividing into a float, so the last figure printed is the one stored.
 *
 * format.ts `formatTengeAmount` takes an amount already in tenge (the language example only).
 */
import { formatNumber } from './format';
import type { Locale } from './locales';

const NBSP = '\u00a0';

function checkTiyn(tiyn: number): void {
  if (!Number.isSafeInteger(tiyn)) throw new RangeError(`Expected whole tiyn, got ${String(tiyn)}`);
}

/** Tiyn → "12 345,67" (no currency sign): for table columns headed "₸". */
export function formatMoney(tiyn: number, locale: Locale): string {
  checkTiyn(tiyn);
  const abs = Math.abs(tiyn);
  const whole = formatNumber(Math.floor(abs / 100), locale, 0);
  const decimal = locale === 'en' ? '.' : ',';
  const sign = tiyn < 0 ? '-' : '';
  return `${sign}${whole}${decimal}${String(abs % 100).padStart(2, '0')}`;
}

/** Tiyn → "12 345,67 ₸", the sign after the amount as on official forms. */
export function formatTenge(tiyn: number, locale: Locale): string {
  return `${formatMoney(tiyn, locale)}${NBSP}₸`;
}

/**
 * Tiyn → "12 346 ₸", rounded to the nearest tenge (half up, away from zero): for summaries
 * where tiyn would only be noise. Never for what is claimed or paid.
 */
export function formatTengeWhole(tiyn: number, locale: Locale): string {
  checkTiyn(tiyn);
  const tenge = Math.sign(tiyn) * Math.floor((Math.abs(tiyn) + 50) / 100);
  return `${formatNumber(tenge, locale, 0)}${NBSP}₸`;
}
