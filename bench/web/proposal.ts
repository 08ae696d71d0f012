/**
 * A proposal, measured — not the app's code, and in none of the app's figures: the search the
 * step-by-step table points at, for the lead to decide on (src-renderer/db/key-search.ts). The
 * same key, order, plain filters, decoding and limit as ConsultationRepository.searchMatches;
 * two reads change:
 * - the first page is read as rows in one request (`reverse().limit().toArray()`: one getAll
 *   with a direction where the browser has IndexedDB 3.0's options), not ids + bulkGet (one get
 *   request per id);
 * - when the first page is not enough (a word pair whose 3-letter prefixes match far more
 *   entries than the words do), the remaining ids are read once and fetched in slices, instead
 *   of an `offset()` per page that walks the index again from the newest entry.
 * The run checks that it answers exactly what the repository answers.
 */
import type { ConsultationEntry } from '../../src-shared/contracts/entities/consultation';
import { matchesQuery, querySearchKeys } from '../../src-shared/domain/consultations/search-tokens';
import { repos } from '../../src-renderer/db';
import { mostSelective } from '../../src-renderer/db/consultation-repository';
import { consultationSearchKey } from '../../src-renderer/db/consultation-rows';
import { SEARCH_PAGE } from '../../src-renderer/db/key-search';
import type { ConsultationRow } from '../../src-renderer/db/rows';
import { SEARCH_LIMIT } from './search';
import { ADVOCATE, codec, db } from './store';

async function* newestRows(key: string, keep: (r: ConsultationRow) => boolean) {
  const table = db().consultations;
  const byKey = () => table.where('searchKeys').equals(key).reverse();
  const first = await byKey().limit(SEARCH_PAGE).toArray();
  yield* first.filter(keep);
  if (first.length < SEARCH_PAGE) return;
  const rest = await byKey().offset(SEARCH_PAGE).primaryKeys();
  for (let i = 0; i < rest.length; i += SEARCH_PAGE) {
    const rows = await table.bulkGet(rest.slice(i, i + SEARCH_PAGE));
    yield* rows.filter((r): r is ConsultationRow => !!r && keep(r));
  }
}

export async function searchProposal(q: string) {
  const t0 = performance.now();
  const query = querySearchKeys(q);
  const found: { row: ConsultationRow; entry: ConsultationEntry }[] = [];
  if (query.keys.length > 0) {
    const key = await consultationSearchKey(codec(), mostSelective(query.keys));
    for await (const row of newestRows(key, (r) => r.advocateId === ADVOCATE)) {
      const entry = await repos.consultations.open(row);
      const names = [entry.applicant.fullName, entry.representedPerson?.fullName ?? ''];
      const iins = [entry.applicant.iin, entry.representedPerson?.iin ?? ''];
      if (matchesQuery(query.words, names, iins)) found.push({ row, entry });
      if (found.length >= SEARCH_LIMIT) break;
    }
  }
  found.sort((a, b) => b.row.year - a.row.year || b.row.number - a.row.number);
  return { ms: performance.now() - t0, ids: found.map((f) => f.entry.id) };
}
