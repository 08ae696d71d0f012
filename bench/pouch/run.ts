/**
 * The PouchDB side of the sync bench (issue 10): the wire floor of the same records, then each
 * PouchDB set-up (`--pouch`) in turn against its own express-pouchdb process. Runs in the sync
 * bench's own process after our first syncs, on the records dumped right after seeding.
 */
import { BENCH_NOW } from '../data/seed-laptop';
import type { MemorySampler } from '../sync/measure';
import { changedIds, correctRecord } from './docs';
import { StreamedFloor, wireFloor, type Floor } from './floor';
import { readRecords, type RecordsFile } from './records';
import { pouchVariant, type PouchVariantResult } from './replicate';
import type { PouchRatio } from './report';
import { variantLabel, type PouchVariant } from './variants';

export interface PouchReport {
  /** What `--pouch` asked for, each with its phases. */
  variants: PouchVariantResult[];
  floor: {
    /** The records as stored (the `record` of each op), one JSON array, gzip level 6. */
    all: Floor;
    /** The same consultations after the correction, as the incremental sync sends them. */
    changed: Floor;
  };
  /** Per phase, set-up and backend: set by sync.bench.ts once our runs and these are done. */
  ratios?: PouchRatio[];
}

export async function pouchBench(
  records: RecordsFile,
  variants: PouchVariant[],
  changed: number,
  sampler: MemorySampler,
  log: (s: string) => void,
): Promise<PouchReport> {
  // One pass over the file: the floor of the whole register, and the consultations to correct.
  const all = new StreamedFloor();
  const consultations = new Map<string, Record<string, unknown>>();
  for await (const chunk of readRecords(records.file, 1000)) {
    for (const r of chunk) {
      await all.add(r.record);
      if (r.entity === 'consultation') consultations.set(r.entityId, r.record);
    }
  }
  const ids = changedIds([...consultations.keys()], changed);
  const corrected = [...new Set(ids)].map((id) => correctRecord(consultations.get(id)!, BENCH_NOW));
  consultations.clear();
  const floor = { all: await all.finish(), changed: wireFloor(corrected) };
  if (floor.all.records !== records.count) {
    throw new Error(
      `check failed: records read back: ${floor.all.records}, expected ${records.count}`,
    );
  }

  const results: PouchVariantResult[] = [];
  for (const v of variants) {
    log(`PouchDB ${variantLabel(v)} (server/laptop)…`);
    const result = await pouchVariant(v, {
      recordsFile: records.file,
      total: records.count,
      changed: ids,
      sampler,
      log,
    });
    log(`  ${variantLabel(v)}: ${(result.totalMs / 1000).toFixed(1)} s in all`);
    results.push(result);
  }
  return { variants: results, floor };
}
