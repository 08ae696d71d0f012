/**
 * Search, three ways: through the repository (what the register screen calls), the same steps
 * taken apart and timed one by one (where the time goes), and a full scan that decodes every
 * row (the reference answer, and what search would cost without the blind index).
 */
import type {
  ConsultationEntry,
  ConsultationFields,
} from '../../src-shared/contracts/entities/consultation';
import { matchesQuery, querySearchKeys } from '../../src-shared/domain/consultations/search-tokens';
import { repos } from '../../src-renderer/db';
import { CONSULTATION_ENTITY, mostSelective } from '../../src-renderer/db/consultation-repository';
import { consultationSearchKey } from '../../src-renderer/db/consultation-rows';
import { SEARCH_PAGE } from '../../src-renderer/db/key-search';
import type { ConsultationRow } from '../../src-renderer/db/rows';
import { makeQueries } from './fixtures';
import { plainAnswers, searchable, type ScannedEntry } from './scan-check';
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
 * The app's search (consultation-repository.ts over key-search.ts) taken apart step by step,
 * each timed: derive the key, read the first page as rows in one request, then (only if more
 * are needed) the rest of the key's ids once and the rows a page at a time by bulkGet; each
 * row decoded and matched one after the other, as the app does, until SEARCH_LIMIT matches.
 * Also a what-if: the same rows decoded all at once (WebCrypto runs off the main thread).
 */
export async function searchPhases(q: string) {
  const t0 = performance.now();
  const query = querySearchKeys(q);
  const table = db().consultations;
  const c = codec();
  const key = await consultationSearchKey(c, mostSelective(query.keys));
  const keyMs = ms(t0);
  const byKey = () => table.where('searchKeys').equals(key).reverse();
  const mine = (r: ConsultationRow | undefined): r is ConsultationRow =>
    !!r && r.advocateId === ADVOCATE;
  let decryptMs = 0;
  let matchMs = 0;
  let restIdsMs = 0;
  let bulkGetMs = 0;
  let pages = 1;
  const decoded: ConsultationRow[] = [];
  let found = 0;
  const take = async (rows: ConsultationRow[]) => {
    for (const row of rows) {
      let t = performance.now();
      const plain = await c.decode(CONSULTATION_ENTITY, 'entryJson', row.entryJson);
      decryptMs += ms(t);
      t = performance.now();
      const fields = JSON.parse(plain) as ConsultationFields;
      decoded.push(row);
      const names = [fields.applicant.fullName, fields.representedPerson?.fullName ?? ''];
      const iins = [fields.applicant.iin, fields.representedPerson?.iin ?? ''];
      if (matchesQuery(query.words, names, iins)) found++;
      matchMs += ms(t);
      if (found >= SEARCH_LIMIT) return true;
    }
    return false;
  };
  let t = performance.now();
  const first = await byKey().limit(SEARCH_PAGE).toArray();
  const firstPageMs = ms(t);
  let done = (await take(first.filter(mine))) || first.length < SEARCH_PAGE;
  if (!done) {
    t = performance.now();
    const seen = new Set(first.map((r) => r.id));
    const rest = (await byKey().offset(SEARCH_PAGE).primaryKeys()).filter((id) => !seen.has(id));
    restIdsMs = ms(t);
    for (let i = 0; i < rest.length && !done; i += SEARCH_PAGE) {
      t = performance.now();
      const rows = (await table.bulkGet(rest.slice(i, i + SEARCH_PAGE))).filter(mine);
      bulkGetMs += ms(t);
      pages++;
      done = await take(rows);
    }
  }
  const totalMs = ms(t0);
  t = performance.now();
  await Promise.all(decoded.map((r) => c.decode(CONSULTATION_ENTITY, 'entryJson', r.entryJson)));
  const decryptConcurrentMs = ms(t);
  return {
    totalMs,
    pages,
    decoded: decoded.length,
    matched: found,
    keyMs,
    firstPageMs,
    restIdsMs,
    bulkGetMs,
    decryptMs,
    matchMs,
    decryptConcurrentMs,
  };
}

/** Every row, in id order, SCAN_PAGE at a time, each decoded as the repository opens it. */
async function scanDecoded(visit: (row: ConsultationRow, entry: ConsultationEntry) => void) {
  const table = db().consultations;
  let last: string | undefined;
  for (;;) {
    const page =
      last === undefined
        ? await table.orderBy(':id').limit(SCAN_PAGE).toArray()
        : await table.where(':id').above(last).limit(SCAN_PAGE).toArray();
    if (page.length === 0) break;
    const opened = await Promise.all(page.map((row) => repos.consultations.open(row)));
    opened.forEach((e, i) => visit(page[i] as ConsultationRow, e));
    last = (page[page.length - 1] as ConsultationRow).id;
  }
}

/**
 * The same query without the index: read every row, decode entryJson (decrypting it when the
 * store is encrypted), match in JS — what search would cost without the blind index.
 */
export async function searchScan(q: string) {
  const t0 = performance.now();
  const { keys, words } = querySearchKeys(q);
  const hits: { row: ConsultationRow; year: number; number: number }[] = [];
  if (keys.length > 0) {
    await scanDecoded((row, e) => {
      const { names, iins } = searchable(e);
      if (matchesQuery(words, names, iins)) hits.push({ row, year: e.year, number: e.number });
    });
  }
  const ids = hits
    .sort((a, b) => b.year - a.year || b.number - a.number)
    .slice(0, SEARCH_LIMIT)
    .map((h) => h.row.id);
  return { ms: ms(t0), ids, matches: hits.length };
}

/**
 * The correctness check's reference for every query at once: one full scan decodes every row,
 * then a plain filter answers each query (scan-check.ts). The run compares it with what the
 * repository answered; a timing only to show what the check costs.
 */
export async function searchCheck(qs: string[]) {
  const t0 = performance.now();
  const entries: ScannedEntry[] = [];
  await scanDecoded((row, e) =>
    entries.push({ id: row.id, year: e.year, number: e.number, ...searchable(e) }),
  );
  return { ms: ms(t0), ids: plainAnswers(qs, entries, SEARCH_LIMIT) };
}

/** What the register screen does for a month: index rows, then the first visible entries. */
export async function firstPage(month: string, visible = 30) {
  const t0 = performance.now();
  const rows = await repos.consultations.list(ADVOCATE, { month });
  const listMs = ms(t0);
  await Promise.all(rows.slice(0, visible).map((r) => repos.consultations.open(r)));
  return { ms: ms(t0), listMs, rows: rows.length };
}
