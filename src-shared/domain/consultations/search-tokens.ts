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

/**
 * A two-word query ("Жандосова Гүл") matches far fewer entries than either word alone; a key
 * for each ordered pair of 3-letter word prefixes of a name answers it from one small index
 * range instead of intersecting two large ones (measured in bench/).
 */
const pairKey = (a: string, b: string) => `p:${a.slice(0, MIN_PREFIX)}|${b.slice(0, MIN_PREFIX)}`;

/** Every key an entry is findable by. */
export function entrySearchKeys(names: readonly string[], iins: readonly string[]): string[] {
  const keys = new Set<string>();
  const all = names.flatMap(words);
  for (const w of all) {
    for (let n = MIN_PREFIX; n <= Math.min(MAX_PREFIX, w.length); n++)
      keys.add(`w:${w.slice(0, n)}`);
    if (w.length < MIN_PREFIX) keys.add(`w:${w}`);
  }
  // Pairs across all the entry's names: a query may combine the applicant's surname with the
  // represented person's given name, and the decoded re-check accepts that.
  const long = [...new Set(all.filter((w) => w.length >= MIN_PREFIX))];
  for (const a of long) for (const b of long) if (a !== b) keys.add(pairKey(a, b));
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
  const named = ws.filter((w) => !/^\d+$/.test(w) && w.length >= MIN_PREFIX);
  const [a, b] = named;
  // Two words that could be the same name word ("сері серікбаев") get no pair key.
  if (a && b && !a.startsWith(b) && !b.startsWith(a)) keys.push(pairKey(a, b));
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
