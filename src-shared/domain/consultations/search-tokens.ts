/**
 * Search keys for the register, designed for encrypted fields: the register is searched by
 * name or IIN through an index of *keys* (the codec turns each into a keyed hash once
 * fields are encrypted), never by scanning decrypted rows. Names index their word prefixes
 * (3–8 letters), so "Сер" and "Серікбаев" both find "Серікбаев Арман"; an IIN indexes itself
 * and its first 6 digits (the birth date).
 */
const MIN_PREFIX = 3;
const MAX_PREFIX = 8;

export function normalizeWord(w: string): string {
  return w
    .normalize('NFC')
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

export function words(text: string): string[] {
  return text
    .split(/[\s\-–.,;:()]+/)
    .map(normalizeWord)
    .filter(Boolean);
}

/** Every key an entry is findable by. */
export function entrySearchKeys(names: readonly string[], iins: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    for (const w of words(name)) {
      for (let n = MIN_PREFIX; n <= Math.min(MAX_PREFIX, w.length); n++)
        keys.add(`w:${w.slice(0, n)}`);
      if (w.length < MIN_PREFIX) keys.add(`w:${w}`);
    }
  }
  for (const iin of iins) {
    if (!/^\d{12}$/.test(iin)) continue;
    keys.add(`i:${iin}`);
    keys.add(`i6:${iin.slice(0, 6)}`);
  }
  return [...keys];
}

/**
 * The index keys a query looks up (all must match), and the query words to re-check on the
 * decoded rows (a key is only a prefix of up to 8 letters). Empty when nothing is searchable.
 */
export function querySearchKeys(query: string): { keys: string[]; words: string[] } {
  const ws = words(query);
  const keys: string[] = [];
  for (const w of ws) {
    if (/^\d{12}$/.test(w)) keys.push(`i:${w}`);
    else if (/^\d{6,11}$/.test(w)) keys.push(`i6:${w.slice(0, 6)}`);
    else if (w.length >= MIN_PREFIX) keys.push(`w:${w.slice(0, MAX_PREFIX)}`);
  }
  return { keys: [...new Set(keys)], words: ws.filter((w) => w.length >= MIN_PREFIX) };
}

/** Whether decoded names/IINs really contain every query word (prefix of a word, or IIN prefix). */
export function matchesQuery(
  queryWords: readonly string[],
  names: readonly string[],
  iins: readonly string[],
): boolean {
  const nameWords = names.flatMap(words);
  return queryWords.every((q) =>
    /^\d+$/.test(q) ? iins.some((i) => i.startsWith(q)) : nameWords.some((w) => w.startsWith(q)),
  );
}
