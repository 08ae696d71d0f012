/**
 * Figures that explain the others: what the open codec costs per value (so a search's or a
 * scan's time can be read as rows × decrypt), and how much the store takes.
 */
import type { ConsultationFields } from '../../src-shared/contracts/entities/consultation';
import { entrySearchKeys } from '../../src-shared/domain/consultations/search-tokens';
import { CONSULTATION_ENTITY } from '../../src-renderer/db/consultation-repository';
import { consultationSearchKey } from '../../src-renderer/db/consultation-rows';
import { codec, db } from './store';

const ms = (t0: number) => performance.now() - t0;

/**
 * The codec on `sample` stored rows: decoding entryJson one row at a time (as search awaits
 * each) and all at once (as the scan and the first page do), and making search keys (HMAC
 * blind indexes when encrypted) from the decoded names and IINs. All in µs per value.
 */
export async function codecCost(sample = 2_000) {
  const c = codec();
  const rows = await db().consultations.limit(sample).toArray();
  const t0 = performance.now();
  const plain: string[] = [];
  for (const r of rows) plain.push(await c.decode(CONSULTATION_ENTITY, 'entryJson', r.entryJson));
  const sequentialMs = ms(t0);
  const t1 = performance.now();
  await Promise.all(rows.map((r) => c.decode(CONSULTATION_ENTITY, 'entryJson', r.entryJson)));
  const concurrentMs = ms(t1);
  const tokens = plain.flatMap((p) => {
    const f = JSON.parse(p) as ConsultationFields;
    return entrySearchKeys(
      [f.applicant.fullName, f.representedPerson?.fullName ?? ''],
      [f.applicant.iin, f.representedPerson?.iin ?? ''],
    );
  });
  const t2 = performance.now();
  await Promise.all(tokens.map((k) => consultationSearchKey(c, k)));
  const keysMs = ms(t2);
  const enc = new TextEncoder();
  return {
    codecId: c.id,
    rows: rows.length,
    decodeUsPerRow: (sequentialMs / rows.length) * 1000,
    decodeConcurrentUsPerRow: (concurrentMs / rows.length) * 1000,
    lookupKeyUsPerKey: (keysMs / tokens.length) * 1000,
    avgEntryJsonBytes: rows.reduce((s, r) => s + enc.encode(r.entryJson).length, 0) / rows.length,
    avgPlainEntryJsonBytes: plain.reduce((s, p) => s + enc.encode(p).length, 0) / plain.length,
    avgSearchKeys: rows.reduce((s, r) => s + r.searchKeys.length, 0) / rows.length,
  };
}

export async function storage() {
  const e = (await navigator.storage.estimate()) as StorageEstimate & {
    usageDetails?: Record<string, number>;
  };
  return { usage: e.usage ?? null, quota: e.quota ?? null, details: e.usageDetails ?? null };
}
