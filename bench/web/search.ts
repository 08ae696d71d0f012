/**
 * Search, three ways: through the repository (what the register screen calls), the same steps
 * taken apart and timed one by one (where the time goes), and a full scan that decodes every
 * row (the reference answer, and what search would cost without the blind index).
 */
import type { ConsultationFields } from '../../src-shared/contracts/entities/consultation';
import { matchesQuery, querySearchKeys } from '../../src-shared/domain/consultations/search-tokens';
import { repos } from '../../src-renderer/db';
import { CONSULTATION_ENTITY, mostSelective } from '../../src-renderer/db/consultation-repository';
import { consultationSearchKey } from '../../src-renderer/db/consultation-rows';
import { SEARCH_PAGE } from '../../src-renderer/db/key-search';
import type { ConsultationRow } from '../../src-renderer/db/rows';
import { makeQueries } from './fixtures';
import { ADVOCATE, codec, db } from './store';

/** The repository's default answer size (ConsultationRepository.search's `limit`). */
export const SEARCH_LIMIT = 200;
/** Rows per read when scanning the whole table: bounded memory, few round trips. */
const SCAN_PAGE = 5_000;

const ms = (t0: number) => performance.now() - t0;

export function queries(n: number, count: number) {
  return makeQueries(n, count);
}

/** The blind-index key the repository reads for a query (its most selective key). */
export async function searchKeyOf(q: string): Promise<string | null> {
  const { keys } = querySearchKeys(q);
  return keys.length === 0 ? null : consultationSearchKey(codec(), mostSelective(keys));
}

export async function searchIndexed(q: string) {
  const t0 = performance.now();
  const found = await repos.consultations.search(ADVOCATE, q);
  const took = ms(t0);
  // Untimed: how many rows sit under the key the repository read — the cost driver.
  const key = await searchKeyOf(q);
  const keyRows =
    key === null ? 0 : await db().consultations.where('searchKeys').equals(key).count();
  return { ms: took, ids: found.map((e) => e.id), keyRows };
}

/**
 * Where an indexed search spends its time: the steps of ConsultationRepository.searchMatches
 * (private) and newestUnderSearchKey, copied one for one and timed apart — key (HMAC), index
 * page, bulkGet, decrypt (one row at a time, as the repository awaits each), parse and match —
 * plus, for comparison, the first page read in one request and the same rows decrypted all at
 * once. A diagnostic for the slowest
 * queries, not a second implementation to trust.
 */
export async function searchPhases(q: string) {
  const t0 = performance.now();
  const query = querySearchKeys(q);
  const table = db().consultations;
  const c = codec();
  const key = await consultationSearchKey(c, mostSelective(query.keys));
  const keyMs = ms(t0);
  let indexMs = 0;
  let bulkGetMs = 0;
  let decryptMs = 0;
  let matchMs = 0;
  let pages = 0;
  let firstPageMs = 0;
  const decoded: ConsultationRow[] = [];
  const found: ConsultationFields[] = [];
  outer: for (let offset = 0; ; offset += SEARCH_PAGE) {
    let t = performance.now();
    const ids = await table
      .where('searchKeys')
      .equals(key)
      .reverse()
      .offset(offset)
      .limit(SEARCH_PAGE)
      .primaryKeys();
    const idsMs = ms(t);
    indexMs += idsMs;
    if (ids.length === 0) break;
    pages++;
    t = performance.now();
    const rows = (await table.bulkGet(ids)).filter(
      (r): r is ConsultationRow => !!r && r.advocateId === ADVOCATE,
    );
    bulkGetMs += ms(t);
    if (pages === 1) firstPageMs = idsMs + ms(t);
    for (const row of rows) {
      t = performance.now();
      const plain = await c.decode(CONSULTATION_ENTITY, 'entryJson', row.entryJson);
      decryptMs += ms(t);
      t = performance.now();
      const fields = JSON.parse(plain) as ConsultationFields;
      decoded.push(row);
      const names = [fields.applicant.fullName, fields.representedPerson?.fullName ?? ''];
      const iins = [fields.applicant.iin, fields.representedPerson?.iin ?? ''];
      if (matchesQuery(query.words, names, iins)) found.push(fields);
      matchMs += ms(t);
      if (found.length >= SEARCH_LIMIT) break outer;
    }
  }
  const totalMs = ms(t0);
  // The first page read another way: the rows themselves, newest first, in one request
  // (Dexie turns a plain reverse().limit().toArray() into one getAll with a direction where
  // the browser has IndexedDB 3.0's getAll options), instead of the ids and then bulkGet —
  // 250 separate get requests.
  const td = performance.now();
  await table.where('searchKeys').equals(key).reverse().limit(SEARCH_PAGE).toArray();
  const directPageMs = ms(td);
  // The same rows decrypted concurrently: WebCrypto works off the main thread, so awaiting
  // one value at a time pays a round trip per row that a Promise.all overlaps.
  const t = performance.now();
  await Promise.all(decoded.map((r) => c.decode(CONSULTATION_ENTITY, 'entryJson', r.entryJson)));
  const decryptConcurrentMs = ms(t);
  return {
    totalMs,
    pages,
    decoded: decoded.length,
    matched: found.length,
    keyMs,
    indexMs,
    bulkGetMs,
    decryptMs,
    matchMs,
    decryptConcurrentMs,
    firstPageMs,
    directPageMs,
  };
}

/**
 * The same query without the index: read every row, decode entryJson (decrypting it when the
 * store is encrypted), match in JS — what search would cost without the blind index.
 */
export async function searchScan(q: string) {
  const t0 = performance.now();
  const { keys, words } = querySearchKeys(q);
  const table = db().consultations;
  const hits: { row: ConsultationRow; year: number; number: number }[] = [];
  if (keys.length > 0) {
    let last: string | undefined;
    for (;;) {
      const page =
        last === undefined
          ? await table.orderBy(':id').limit(SCAN_PAGE).toArray()
          : await table.where(':id').above(last).limit(SCAN_PAGE).toArray();
      if (page.length === 0) break;
      const opened = await Promise.all(page.map((row) => repos.consultations.open(row)));
      opened.forEach((e, i) => {
        const names = [e.applicant.fullName, e.representedPerson?.fullName ?? ''];
        const iins = [e.applicant.iin, e.representedPerson?.iin ?? ''];
        const row = page[i] as ConsultationRow;
        if (matchesQuery(words, names, iins)) hits.push({ row, year: e.year, number: e.number });
      });
      last = (page[page.length - 1] as ConsultationRow).id;
    }
  }
  const ids = hits
    .sort((a, b) => b.year - a.year || b.number - a.number)
    .slice(0, SEARCH_LIMIT)
    .map((h) => h.row.id);
  return { ms: ms(t0), ids, matches: hits.length };
}

/** What the register screen does for a month: index rows, then the first visible entries. */
export async function firstPage(month: string, visible = 30) {
  const t0 = performance.now();
  const rows = await repos.consultations.list(ADVOCATE, { month });
  const listMs = ms(t0);
  await Promise.all(rows.slice(0, visible).map((r) => repos.consultations.open(r)));
  return { ms: ms(t0), listMs, rows: rows.length };
}
