/**
 * The wire floor: the gzip size (level 6, Node's zlib) of the records as one JSON array — what
 * any protocol must at least send to move them, whatever its envelope, ids, revisions or
 * checkpoints. The records are the rows as stored (the `record` of each outbox op), nothing else.
 */
import { once } from 'node:events';
import { createGzip, gzipSync } from 'node:zlib';

export interface Floor {
  records: number;
  jsonBytes: number;
  gzipBytes: number;
}

const LEVEL = 6;

/** The floor of records held in memory (the 100 corrections). */
export function wireFloor(records: unknown[]): Floor {
  const json = Buffer.from(JSON.stringify(records));
  return {
    records: records.length,
    jsonBytes: json.length,
    gzipBytes: gzipSync(json, { level: LEVEL }).length,
  };
}

/**
 * The same figure for records streamed one by one (the whole register, without holding its
 * ~100 MB of JSON at once): the same bytes go through the same deflate, so the size equals
 * `wireFloor` of the array (floor.test.ts checks it).
 */
export class StreamedFloor {
  private readonly gzip = createGzip({ level: LEVEL });
  private readonly ended: Promise<unknown>;
  private gzipBytes = 0;
  private jsonBytes = 0;
  private records = 0;

  constructor() {
    this.gzip.on('data', (b: Buffer) => (this.gzipBytes += b.length));
    this.ended = once(this.gzip, 'end');
  }

  async add(record: unknown): Promise<void> {
    const s = `${this.records === 0 ? '[' : ','}${JSON.stringify(record)}`;
    this.records += 1;
    this.jsonBytes += Buffer.byteLength(s);
    if (!this.gzip.write(s)) await once(this.gzip, 'drain');
  }

  async finish(): Promise<Floor> {
    const s = this.records === 0 ? '[]' : ']';
    this.jsonBytes += s.length;
    this.gzip.end(s);
    await this.ended;
    return { records: this.records, jsonBytes: this.jsonBytes, gzipBytes: this.gzipBytes };
  }
}
