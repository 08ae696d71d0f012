/**
 * Seeding the register: n entries built exactly as create() builds them — the repository's own
 * rowFor (lookup keys through the open codec: HMAC blind indexes when encrypted), then the codec
 * on entryJson (AES-GCM when encrypted), as commitChange does — and bulk-added; the last ones
 * go through create() itself, to time one real save at full size.
 */
import {
  consultationInputSchema,
  type ConsultationFields,
  type ConsultationInput,
} from '../../src-shared/contracts/entities/consultation';
import { repoDeps, repos } from '../../src-renderer/db';
import { CONSULTATION_ENTITY } from '../../src-renderer/db/consultation-repository';
import { CONSULTATION_PERSONAL } from '../../src-renderer/db/consultation-rows';
import { encodeFields } from '../../src-renderer/db/field-codec';
import type { ConsultationRow } from '../../src-renderer/db/rows';
import { entries, makePool } from './fixtures';
import { catalogue } from './packs';
import { ADVOCATE, db } from './store';

/** Rows per bulkAdd transaction. */
export const BATCH = 5_000;
/** Entries written through the public repository, to show what one real save costs. */
const VIA_REPOSITORY = 200;
/**
 * Rows whose keys and ciphertext are computed at once: WebCrypto answers asynchronously, so
 * one row at a time would wait on a round trip per HMAC; a few hundred keep it busy.
 */
const BUILD_CONCURRENCY = 250;

const ms = (t0: number) => performance.now() - t0;

/**
 * A row exactly as create() stores it (rowFor, then the codec on the personal fields), minus
 * the outbox op and audit entry, which no measured read touches.
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
  return encodeFields(repoDeps.codec, CONSULTATION_ENTITY, row, CONSULTATION_PERSONAL);
}

async function buildAll(items: { fields: ConsultationFields; number: number }[], now: string) {
  const rows: ConsultationRow[] = [];
  for (let i = 0; i < items.length; i += BUILD_CONCURRENCY) {
    const chunk = items.slice(i, i + BUILD_CONCURRENCY);
    // Each toRow draws its id before its first await, so ids (UUIDv7, time-ordered) still
    // follow the entries' order: the search reads newest first by id.
    rows.push(...(await Promise.all(chunk.map((it) => toRow(it.fields, it.number, now)))));
  }
  return rows;
}

export async function seed(n: number, batch = BATCH) {
  const t0 = performance.now();
  const table = db().consultations;
  if ((await table.count()) > 0) throw new Error('the bench database is not empty');
  const gen = entries(n, makePool(n), catalogue);
  const viaRepo = Math.min(VIA_REPOSITORY, Math.floor(n / 10));
  const bulk = n - viaRepo;
  const numbers = new Map<number, number>();
  let buildMs = 0;
  let waitMs = 0;
  let pending: Promise<unknown> = Promise.resolve();
  for (let start = 0; start < bulk; start += batch) {
    const tb = performance.now();
    const now = new Date().toISOString();
    const items: { fields: ConsultationFields; number: number }[] = [];
    for (let i = start; i < Math.min(start + batch, bulk); i++) {
      // Parsed like create() does, so defaults ('' times, notes) are stored the same way.
      const fields = consultationInputSchema.parse(gen.next().value as ConsultationInput);
      const year = Number(fields.appliedAt.slice(0, 4));
      const number = (numbers.get(year) ?? 0) + 1;
      numbers.set(year, number);
      items.push({ fields, number });
    }
    const rows = await buildAll(items, now);
    buildMs += ms(tb);
    // Build the next batch while IndexedDB writes this one: the write runs in the browser
    // process, so overlapping it with the JS work hides most of one or the other.
    const tw = performance.now();
    await pending;
    waitMs += ms(tw);
    pending = db().transaction('rw', table, () => table.bulkAdd(rows));
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
  const count = await table.count();
  return { n: count, bulk, viaRepo, batch, bulkMs, buildMs, waitMs, createMs, totalMs: ms(t0) };
}

/** Opening the database after a restart: the first read, then count() apart. */
export async function open() {
  const t0 = performance.now();
  await db().open();
  // The first read pays for opening the backing store; it is part of starting the app.
  await db().consultations.limit(1).toArray();
  const openMs = ms(t0);
  // count() walks the whole primary index in Chromium: timed apart, it is not "opening".
  const t1 = performance.now();
  const count = await db().consultations.count();
  return { ms: openMs, countMs: ms(t1), count };
}
