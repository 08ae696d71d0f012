/**
 * Normal forms used to compare appointments: the same case written two ways ("241500031000123"
 * and "2415 0003 1000 123", "2-1234/2026" and "2–1234 / 2026") and the same person written two
 * ways ("Серікбаев  Арман" and "серiкбаев арман", ё/е) must meet, because a missed match in the
 * conflict check is a missed conflict of interest. These strings only ever become lookup keys
 * through the codec (keyed hashes once fields are encrypted), never indexed in clear.
 */
import { normalizeWord, words } from '../consultations/search-tokens';

/** Latin letters that look like Cyrillic ones in case numbers typed on mixed keyboards. */
const LOOKALIKES: Record<string, string> = {
  a: 'а',
  b: 'в',
  c: 'с',
  e: 'е',
  h: 'н',
  i: 'і',
  k: 'к',
  m: 'м',
  o: 'о',
  p: 'р',
  t: 'т',
  x: 'х',
  y: 'у',
};

/** A case number with spaces, dashes, slashes and look-alike letters folded away. */
export function normalizeCaseNumber(caseNumber: string): string {
  return caseNumber
    .normalize('NFC')
    .toLowerCase()
    .replaceAll('№', '')
    .replace(/[a-z]/g, (ch) => LOOKALIKES[ch] ?? ch)
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * A full name as a set of normalised words in sorted order, so "Серікбаев Арман Болатұлы" and
 * "Арман Серікбаев Болатұлы" compare equal. Kazakh "і" typed as Latin "i" is folded too.
 */
export function normalizePersonName(fullName: string): string {
  return words(fullName.replace(/i/g, 'і').replace(/I/g, 'І')).map(normalizeWord).sort().join(' ');
}

/** The same person: by IIN when both are known, else by the normalised full name. */
export function samePerson(
  a: { fullName: string; iin?: string },
  b: { fullName: string; iin?: string },
): 'iin' | 'name' | null {
  if (a.iin && b.iin) return a.iin === b.iin ? 'iin' : null;
  const na = normalizePersonName(a.fullName);
  return na !== '' && na === normalizePersonName(b.fullName) ? 'name' : null;
}
