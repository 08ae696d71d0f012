/**
 * The seeded laptop's outbox kept for the PouchDB side in a tmp file (JSON lines), written right
 * after seeding — before our first sync rewrites the ops with the server identity — and read
 * back after ours is done. A file, not an array in the heap, so neither side's memory figures
 * carry the other's 50 000 records.
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { AppDb } from '../../src-renderer/db/app-db';
import type { SyncedRecord } from './docs';

export interface RecordsFile {
  file: string;
  count: number;
  remove(): void;
}

/** Every outbox op, in key order (UUIDv7: the order they were written), a page at a time. */
export async function dumpRecords(db: AppDb, page = 5000): Promise<RecordsFile> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-pouch-records-'));
  const file = path.join(dir, 'records.jsonl');
  const out = createWriteStream(file);
  let count = 0;
  let after: string | undefined;
  for (;;) {
    const ops = await (
      after === undefined ? db.outbox.orderBy('opId') : db.outbox.where('opId').above(after)
    )
      .limit(page)
      .toArray();
    if (!ops.length) break;
    for (const { entity, entityId, record } of ops) {
      const line: SyncedRecord = { entity, entityId, record };
      if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
      count += 1;
    }
    after = ops[ops.length - 1]!.opId;
  }
  out.end();
  await once(out, 'close');
  return { file, count, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The records of the file, `size` at a time. */
export async function* readRecords(file: string, size: number): AsyncGenerator<SyncedRecord[]> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let chunk: SyncedRecord[] = [];
  for await (const line of lines) {
    if (!line) continue;
    chunk.push(JSON.parse(line) as SyncedRecord);
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}
