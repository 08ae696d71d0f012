import { en, type Messages } from './en';
import { kk } from './kk';
import { ru } from './ru';

/** kk and ru are the users' languages and are equal; en is for maintainers. */
export const locales = ['kk', 'ru', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'kk';

export const catalogs: Record<Locale, Messages> = { kk, ru, en };

export function isLocale(v: unknown): v is Locale {
  return typeof v === 'string' && (locales as readonly string[]).includes(v);
}

export type { Messages };
