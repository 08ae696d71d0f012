/**
 * i18next over the shared catalogs (src-shared/i18n). The chosen language is a device
 * preference kept in localStorage — it must be known synchronously before the first
 * render, and it is not a record, so it does not belong in the synced database.
 */
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import 'dayjs/locale/kk';
import 'dayjs/locale/ru';
import 'dayjs/locale/en-gb';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  catalogs,
  defaultLocale,
  isLocale,
  locales,
  type Locale,
} from '../../src-shared/i18n/locales';

// Mantine's DateInput parses typed dates (DD.MM.YYYY) with this plugin.
dayjs.extend(customParseFormat);

const STORAGE_KEY = 'qorgau.locale';
const DAYJS_LOCALE: Record<Locale, string> = { kk: 'kk', ru: 'ru', en: 'en-gb' };

export function storedLocale(): Locale {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    if (isLocale(v)) return v;
  } catch {
    /* storage unavailable: fall through */
  }
  return navigator.language.toLowerCase().startsWith('ru') ? 'ru' : defaultLocale;
}

function applyToDocument(locale: Locale): void {
  document.documentElement.lang = locale;
  dayjs.locale(DAYJS_LOCALE[locale]);
}

export function initI18n(): typeof i18next {
  const lng = storedLocale();
  void i18next.use(initReactI18next).init({
    resources: Object.fromEntries(locales.map((l) => [l, { translation: catalogs[l] }])),
    lng,
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    initAsync: false,
  });
  applyToDocument(lng);
  return i18next;
}

export async function setLocale(locale: Locale): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    /* the switch still works for this session */
  }
  applyToDocument(locale);
  await i18next.changeLanguage(locale);
}

export function currentLocale(): Locale {
  return isLocale(i18next.language) ? i18next.language : defaultLocale;
}

export { DAYJS_LOCALE };
