/**
 * The benchmark's page: the app's own database and repositories (not copies), driven by
 * bench/register.bench.mjs through window.__bench. Every function times itself with
 * performance.now() inside the page, so the figures exclude the DevTools round trip.
 */
import '../../src-renderer/app/zod-jitless';
import {
  consultationInputSchema,
  type ConsultationFields,
  type ConsultationInput,
} from '../../src-shared/contracts/entities/consultation';
import type {
  ConsultationRegisterPack,
  DefenceRegisterPack,
  EligibilityPack,
} from '../../src-shared/rules/pack-schema';
import { matchesQuery, querySearchKeys } from '../../src-shared/domain/consultations/search-tokens';
import { loadShippedPacks } from '../../src-shared/rules/shipped-packs';
import { appDb, repoDeps, repos } from '../../src-renderer/db';
import { CONSULTATION_ENTITY } from '../../src-renderer/db/consultation-repository';
import { encodeFields } from '../../src-renderer/db/field-codec';
import type { ConsultationRow } from '../../src-renderer/db/rows';
import { noticeAppointments } from './defence-fixtures';
import { entries, makePool, makeQueries, type Catalogue } from './fixtures';

const ADVOCATE = 'adv-bench';
/** Rows per bulkAdd transaction (see seed()). */
const BATCH = 5_000;
/** Entries written through the public repository, to show what one real save costs. */
const VIA_REPOSITORY = 200;
/** Rows per read when scanning the whole table: bounded memory, few round trips. */
const SCAN_PAGE = 5_000;

const packs = loadShippedPacks();
function required<T>(pack: T | undefined, what: string): T {
  if (!pack) throw new Error(`the shipped packs have no ${what} pack`);
  return pack;
}
// The newest eligibility version is the one the app records new entries against.
const eligibilityPack = required(
  packs
    .filter((p): p is EligibilityPack => p.kind === 'eligibility')
    .sort((a, b) => b.version - a.version)[0],
  'eligibility',
);
const registerPack = required(
  packs.find((p): p is ConsultationRegisterPack => p.kind === 'consultation-register'),
  'consultation-register',
);

const defencePack = required(
  packs.find((p): p is DefenceRegisterPack => p.kind === 'defence-register'),
  'defence-register',
);

const catalogue: Catalogue = {
  areaIds: eligibilityPack.issueAreas.map((a) => a.id),
  consultationCategories: eligibilityPack.categories
    .filter((c) => c.service === 'consultation')
    .map((c) => c.id),
  minorCategory: 'cons.26-2-1.minor-without-care',
  refusalGrounds: eligibilityPack.refusalGrounds
    .filter((g) => g.kind === 'not-in-category' || g.kind === 'not-legal-request')
    .map((g) => g.id),
  eligibilityPack: { id: eligibilityPack.id, version: eligibilityPack.version },
};

const ms = (t0: number) => performance.now() - t0;
const lookup = (kind: string, value: string) =>
  repoDeps.codec.lookupKey(CONSULTATION_ENTITY, kind, value);

/**
 * A row exactly as create() stores it (the repository's own rowFor, then the codec), minus the
 * outbox op and audit entry, which no measured read touches.
 */
async function toRow(
  fields: ConsultationFields,
  number: number,
  now: string,
): Promise<ConsultationRow> {
  const row = await repos.consultations.rowFor(
    fields,
    {
      id: repoDeps.newId(),
      version: 1,
      createdAt: now,
      updatedAt: now,
      advocateId: ADVOCATE,
      number,
    },
    Number(fields.appliedAt.slice(0, 4)),
  );
  return encodeFields(repoDeps.codec, CONSULTATION_ENTITY, row, ['entryJson']);
}

async function seed(n: number, batch = BATCH) {
  const t0 = performance.now();
  await appDb.open();
  if ((await appDb.consultations.count()) > 0) throw new Error('the bench database is not empty');
  const pool = makePool(n);
  const gen = entries(n, pool, catalogue);
  const viaRepo = Math.min(VIA_REPOSITORY, Math.floor(n / 10));
  const bulk = n - viaRepo;
  const numbers = new Map<number, number>();
  let buildMs = 0;
  let waitMs = 0;
  let pending: Promise<unknown> = Promise.resolve();
  for (let start = 0; start < bulk; start += batch) {
    const tb = performance.now();
    const now = new Date().toISOString();
    const rows: ConsultationRow[] = [];
    for (let i = start; i < Math.min(start + batch, bulk); i++) {
      // Parsed like create() does, so defaults ('' times, notes) are stored the same way.
      const fields = consultationInputSchema.parse(gen.next().value as ConsultationInput);
      const year = Number(fields.appliedAt.slice(0, 4));
      const number = (numbers.get(year) ?? 0) + 1;
      numbers.set(year, number);
      rows.push(await toRow(fields, number, now));
    }
    buildMs += ms(tb);
    // Build the next batch while IndexedDB writes this one: the write runs in the browser
    // process, so overlapping it with the JS work hides most of one or the other.
    const tw = performance.now();
    await pending;
    waitMs += ms(tw);
    pending = appDb.transaction('rw', appDb.consultations, () => appDb.consultations.bulkAdd(rows));
    if (Math.floor((start + rows.length) / 20_000) > Math.floor(start / 20_000)) {
      console.log(`seeded ${start + rows.length} / ${n}`);
    }
  }
  const tw = performance.now();
  await pending;
  waitMs += ms(tw);
  const bulkMs = ms(t0);

  // The rest through the real write path: validation, numbering inside the transaction,
  // outbox op and hash-chained audit entry — what one save in the app costs at this size.
  const createMs: number[] = [];
  for (let i = 0; i < viaRepo; i++) {
    const input = gen.next().value as ConsultationInput;
    const tc = performance.now();
    await repos.consultations.create(input, ADVOCATE);
    createMs.push(ms(tc));
  }
  const count = await appDb.consultations.count();
  return { n: count, bulk, viaRepo, batch, bulkMs, buildMs, waitMs, createMs, totalMs: ms(t0) };
}

async function open() {
  const t0 = performance.now();
  await appDb.open();
  // The first read pays for opening the backing store; it is part of starting the app.
  await appDb.consultations.limit(1).toArray();
  const openMs = ms(t0);
  // count() walks the whole primary index in Chromium: timed apart, it is not "opening".
  const t1 = performance.now();
  const count = await appDb.consultations.count();
  return { ms: openMs, countMs: ms(t1), count };
}

function queries(n: number, count: number) {
  return makeQueries(n, count);
}

async function searchIndexed(q: string) {
  const t0 = performance.now();
  const found = await repos.consultations.search(ADVOCATE, q);
  const took = ms(t0);
  // How many rows the index handed over for decoding (untimed): the cost driver.
  const { keys } = querySearchKeys(q);
  const sets = await Promise.all(
    keys.map(async (k) =>
      appDb.consultations
        .where('searchKeys')
        .equals(await lookup('search', k))
        .primaryKeys(),
    ),
  );
  const candidates = sets.length === 0 ? 0 : intersect(sets).length;
  return { ms: took, ids: found.map((e) => e.id), candidates };
}

/** Ids present in every set; a Set makes it linear (the diagnostic's "with a Set"). */
function intersect(sets: string[][]): string[] {
  return sets.reduce((acc, s) => {
    const has = new Set(s);
    return acc.filter((id) => has.has(id));
  });
}

/**
 * Where an indexed search spends its time: the steps of ConsultationRepository.searchMatches
 * (private), copied one for one and timed apart, plus the intersection done with a Set for
 * comparison. A diagnostic for the slowest queries, not a second implementation to trust.
 */
async function searchPhases(q: string) {
  const t0 = performance.now();
  const query = querySearchKeys(q);
  const keys = await Promise.all(query.keys.map((k) => lookup('search', k)));
  const idSets = await Promise.all(
    keys.map((k) => appDb.consultations.where('searchKeys').equals(k).primaryKeys()),
  );
  const indexMs = ms(t0);
  const t1 = performance.now();
  const ids = [...new Set(idSets.reduce((acc, s) => acc.filter((id) => s.includes(id))))];
  const intersectMs = ms(t1);
  const t2 = performance.now();
  intersect(idSets);
  const intersectSetMs = ms(t2);
  const t3 = performance.now();
  const rows = (await appDb.consultations.bulkGet(ids)).filter((r): r is ConsultationRow => !!r);
  const bulkGetMs = ms(t3);
  const t4 = performance.now();
  const opened = await Promise.all(rows.map((row) => repos.consultations.open(row)));
  const matched = opened.filter((e) =>
    matchesQuery(
      query.words,
      [e.applicant.fullName, e.representedPerson?.fullName ?? ''],
      [e.applicant.iin, e.representedPerson?.iin ?? ''],
    ),
  );
  matched.sort((a, b) => b.year - a.year || b.number - a.number);
  const decodeMs = ms(t4);
  return {
    keys: keys.length,
    idsPerKey: idSets.map((s) => s.length),
    candidates: ids.length,
    indexMs,
    intersectMs,
    intersectSetMs,
    bulkGetMs,
    decodeMs,
  };
}

/**
 * The same query without the index: read every row, decode entryJson, match in JS — what
 * search would cost if the register were searched by decrypting everything.
 */
async function searchScan(q: string) {
  const t0 = performance.now();
  const { keys, words } = querySearchKeys(q);
  const hits: { row: ConsultationRow; year: number; number: number }[] = [];
  if (keys.length > 0) {
    let last: string | undefined;
    for (;;) {
      const page =
        last === undefined
          ? await appDb.consultations.orderBy(':id').limit(SCAN_PAGE).toArray()
          : await appDb.consultations.where(':id').above(last).limit(SCAN_PAGE).toArray();
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
    .slice(0, 200)
    .map((h) => h.row.id);
  return { ms: ms(t0), ids, matches: hits.length };
}

/** What the register screen does for a month: index rows, then the first visible entries. */
async function firstPage(month: string, visible = 30) {
  const t0 = performance.now();
  const rows = await repos.consultations.list(ADVOCATE, { month });
  const listMs = ms(t0);
  await Promise.all(rows.slice(0, visible).map((r) => repos.consultations.open(r)));
  return { ms: ms(t0), listMs, rows: rows.length };
}

const labels = {
  issueAreaLabel: (id: string) =>
    eligibilityPack.issueAreas.find((a) => a.id === id)?.label ?? { kk: id, ru: id },
  categoryLabel: (id: string | null) =>
    eligibilityPack.categories.find((c) => c.id === id)?.label ?? null,
};

/** The monthly register printout with `rows` entries, as print-register.ts makes it. */
async function pdf(month: string, rows: number, locale: 'kk' | 'ru' = 'kk') {
  const t0 = performance.now();
  const list = (await repos.consultations.list(ADVOCATE, { month })).slice(0, rows);
  const entriesOfMonth = await Promise.all(list.map((r) => repos.consultations.open(r)));
  const openMs = ms(t0);
  const t1 = performance.now();
  // Lazy, like the app: the first call loads the chunks, pdfmake and the fonts.
  const [{ consultationRegisterDoc }, { renderPdf }] = await Promise.all([
    import('../../src-renderer/documents/consultation-register'),
    import('../../src-renderer/documents/render-pdf'),
  ]);
  const importMs = ms(t1);
  const t2 = performance.now();
  const doc = consultationRegisterDoc(
    {
      month,
      entries: entriesOfMonth,
      pack: registerPack,
      ...labels,
      advocate: {
        fullName: 'Жұмабаева Динара Серікқызы',
        licenceNumber: '23012345',
        collegium: 'Алматы қалалық адвокаттар алқасы',
        office: '№ 12 заң консультациясы',
      },
      auditHead: { hash: 'f'.repeat(64), count: 100_000 },
      printedAt: new Date().toISOString(),
    },
    locale,
  );
  const docMs = ms(t2);
  const t3 = performance.now();
  const bytes = await renderPdf(doc);
  const renderMs = ms(t3);
  // pdfkit writes page objects uncompressed; "/Type /Page" without the "s" counts pages.
  const pages = new TextDecoder('latin1').decode(bytes).match(/\/Type\s*\/Page\b/g)?.length ?? 0;
  return {
    ms: ms(t1),
    importMs,
    docMs,
    renderMs,
    openMs,
    entries: entriesOfMonth.length,
    bytes: bytes.length,
    pages,
  };
}

/**
 * A batch of `count` notices of defence in one PDF, as print-appointments.ts makes it (lazy
 * imports, each notice in its appointment's language, one section per notice). Nothing is
 * read from IndexedDB: the appointments are generated, so this runs without seeding.
 */
async function notices(count: number) {
  const list = noticeAppointments(count, defencePack);
  const t1 = performance.now();
  const [{ noticesBatchDoc }, { renderPdf }] = await Promise.all([
    import('../../src-renderer/documents/defence-notice'),
    import('../../src-renderer/documents/render-pdf'),
  ]);
  const importMs = ms(t1);
  const t2 = performance.now();
  const printedAt = new Date().toISOString();
  const doc = noticesBatchDoc(
    list.map((appointment) => ({
      appointment,
      notice: appointment.notices[0]!,
      pack: defencePack,
      categoryLabel: null,
      advocate: {
        fullName: 'Жұмабаева Динара Серікқызы',
        licenceNumber: '23012345',
        licenceDate: '2012-05-14',
        collegium: 'Алматы қалалық адвокаттар алқасы',
        office: '№ 12 заң консультациясы',
        phone: '+77011234567',
      },
      printedAt,
    })),
  );
  const docMs = ms(t2);
  const t3 = performance.now();
  const bytes = await renderPdf(doc);
  const renderMs = ms(t3);
  const pages = new TextDecoder('latin1').decode(bytes).match(/\/Type\s*\/Page\b/g)?.length ?? 0;
  const kk = list.filter((a) => a.language === 'kk').length;
  return { ms: ms(t1), importMs, docMs, renderMs, notices: count, kk, bytes: bytes.length, pages };
}

/**
 * What encryption at rest (issue 9) would add per row: AES-GCM decrypt of a real entryJson and
 * an HMAC per search key (blind index). Measured on `sample` stored rows with WebCrypto.
 */
async function cryptoCost(sample = 2_000) {
  const rows = await appDb.consultations.limit(sample).toArray();
  const enc = new TextEncoder();
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  const mac = await crypto.subtle.importKey(
    'raw',
    crypto.getRandomValues(new Uint8Array(32)),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const sealed = await Promise.all(
    rows.map(async (r) => {
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const data = await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv },
        key,
        enc.encode(r.entryJson),
      );
      return { iv, data };
    }),
  );
  const dec = new TextDecoder();
  const t0 = performance.now();
  await Promise.all(
    sealed.map(async (s) =>
      dec.decode(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: s.iv }, key, s.data)),
    ),
  );
  const decryptMs = ms(t0) / rows.length;
  const keys = rows.flatMap((r) => r.searchKeys);
  const t1 = performance.now();
  await Promise.all(keys.map((k) => crypto.subtle.sign('HMAC', mac, enc.encode(k))));
  const hmacMs = ms(t1) / keys.length;
  return {
    rows: rows.length,
    decryptMsPerRow: decryptMs,
    hmacMsPerKey: hmacMs,
    avgEntryJsonBytes: rows.reduce((s, r) => s + enc.encode(r.entryJson).length, 0) / rows.length,
    avgSearchKeys: keys.length / rows.length,
  };
}

async function storage() {
  const e = (await navigator.storage.estimate()) as StorageEstimate & {
    usageDetails?: Record<string, number>;
  };
  return { usage: e.usage ?? null, quota: e.quota ?? null, details: e.usageDetails ?? null };
}

const bench = {
  seed,
  open,
  queries,
  searchIndexed,
  searchScan,
  searchPhases,
  firstPage,
  pdf,
  notices,
  cryptoCost,
  storage,
};

declare global {
  interface Window {
    __bench: typeof bench;
  }
}
window.__bench = bench;
