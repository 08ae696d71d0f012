import type { TFunction } from './translate';
import i18next from 'i18next';

/**
 * Translates a message key that arrives as data (a zod issue message such as
 * "validation.iin.checksum"). Unknown keys are shown as they are, so a missing
 * translation is visible instead of silently blank.
 */
export function translateKey(t: TFunction, key: string): string {
  return i18next.exists(key) ? (t as unknown as (k: string) => string)(key) : key;
}
