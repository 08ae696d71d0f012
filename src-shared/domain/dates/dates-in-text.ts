/**
 * Dates written in free text the way Kazakh and Russian documents write them — «14.11.2026»,
 * «2026-11-14», «14 ноября 2026», «2026 ж. 14 қараша» — found in order of appearance and
 * returned as ISO dates; impossible dates (31.02) are skipped. Used to read pasted Е-Заң
 * көмегі text; pure, no clock.
 */
import { isIsoDate } from './iso-date';

const RU_MONTHS = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
const KK_MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];

const pad2 = (n: string | number) => String(n).padStart(2, '0');
const iso = (y: string, m: string | number, d: string | number) => {
  const s = `${y}-${pad2(m)}-${pad2(d)}`;
  return isIsoDate(s) ? s : null;
};

const DMY = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d])/g;
const YMD = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d])/g;
const RU_WORDS = new RegExp(`(?<!\\d)(\\d{1,2})\\s+(${RU_MONTHS.join('|')})\\s+(\\d{4})`, 'giu');
const KK_WORDS = new RegExp(
  `(\\d{4})\\s*(?:ж\\.|жылғы|жыл)?\\s*(\\d{1,2})\\s+(${KK_MONTHS.join('|')})`,
  'giu',
);

/** Every date in the text, as ISO dates, in order of appearance (invalid ones skipped). */
export function datesIn(text: string): string[] {
  const hits: { at: number; date: string }[] = [];
  const add = (at: number, date: string | null) => date && hits.push({ at, date });
  for (const m of text.matchAll(DMY)) add(m.index, iso(m[3]!, m[2]!, m[1]!));
  for (const m of text.matchAll(YMD)) add(m.index, iso(m[1]!, m[2]!, m[3]!));
  for (const m of text.matchAll(RU_WORDS))
    add(m.index, iso(m[3]!, RU_MONTHS.indexOf(m[2]!.toLowerCase()) + 1, m[1]!));
  for (const m of text.matchAll(KK_WORDS))
    add(m.index, iso(m[1]!, KK_MONTHS.indexOf(m[3]!.toLowerCase()) + 1, m[2]!));
  return hits.sort((a, b) => a.at - b.at).map((h) => h.date);
}
