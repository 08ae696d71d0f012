/**
 * The reference answer of the register bench's correctness check: what a plain filter over
 * every decoded entry answers for each query — `matchesQuery` on the names and IINs, newest
 * register number first, the first `limit` — with no blind index, no codec key and no
 * IndexedDB index involved. Pure, so it is tested without a browser (scan-check.test.ts).
 */
import type { ConsultationEntry } from '../../src-shared/contracts/entities/consultation';
import {
  matchesQuery,
  querySearchKeys,
  words,
} from '../../src-shared/domain/consultations/search-tokens';

export interface ScannedEntry {
  id: string;
  year: number;
  number: number;
  names: string[];
  iins: string[];
}

/** What search matches an entry on: the applicant's and the represented person's. */
export function searchable(e: ConsultationEntry): { names: string[]; iins: string[] } {
  return {
    names: [e.applicant.fullName, e.representedPerson?.fullName ?? ''],
    iins: [e.applicant.iin, e.representedPerson?.iin ?? ''],
  };
}

/** The length of the prefix the entries are grouped by: the shortest query word's. */
const HEAD = 3;

/**
 * The ids each query should find. A query with no search key finds nothing (as the
 * repository). Every query word has at least HEAD characters and must start a name word or an
 * IIN, so the entries are grouped once by the first HEAD characters of their words and IINs
 * and each query runs `matchesQuery` over its first word's group only: 200 queries over every
 * one of 100 000 entries would take about a minute, the groups a few seconds. A group only
 * narrows where `matchesQuery` looks; the answer is still its verdict.
 */
export function plainAnswers(
  queries: readonly string[],
  entries: readonly ScannedEntry[],
  limit: number,
): string[][] {
  const groups = new Map<string, ScannedEntry[]>();
  for (const e of entries) {
    const heads = new Set([...e.names.flatMap(words), ...e.iins].map((w) => w.slice(0, HEAD)));
    for (const h of heads) {
      const group = groups.get(h);
      if (group) group.push(e);
      else groups.set(h, [e]);
    }
  }
  return queries.map((q) => {
    const query = querySearchKeys(q);
    const first = query.words[0];
    if (query.keys.length === 0 || first === undefined) return [];
    return (groups.get(first.slice(0, HEAD)) ?? [])
      .filter((e) => matchesQuery(query.words, e.names, e.iins))
      .sort((a, b) => b.year - a.year || b.number - a.number)
      .slice(0, limit)
      .map((e) => e.id);
  });
}
