import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { StreamedFloor, wireFloor } from './floor';

const records = Array.from({ length: 3000 }, (_, i) => ({
  id: `0190${i.toString(16).padStart(8, '0')}`,
  entryJson: JSON.stringify({ content: `Кеңес ${i}: талап арыз ${i % 7}`, n: i }),
  version: 1 + (i % 3),
}));

describe('wire floor', () => {
  it('is the gzip (level 6) size of one JSON array of the records', () => {
    const f = wireFloor(records);
    const json = JSON.stringify(records);
    expect(f.records).toBe(3000);
    expect(f.jsonBytes).toBe(Buffer.byteLength(json));
    expect(f.gzipBytes).toBe(gzipSync(json, { level: 6 }).length);
    expect(f.gzipBytes).toBeLessThan(f.jsonBytes / 3);
    expect(wireFloor([])).toMatchObject({ records: 0, jsonBytes: 2 });
  });

  it('streamed record by record, gives the same bytes and the same size', async () => {
    const s = new StreamedFloor();
    for (const r of records) await s.add(r);
    expect(await s.finish()).toEqual(wireFloor(records));
    const empty = new StreamedFloor();
    expect(await empty.finish()).toEqual(wireFloor([]));
  });

  it('round-trips to the array', async () => {
    const chunks: Buffer[] = [];
    const s = new StreamedFloor();
    (s as unknown as { gzip: NodeJS.ReadableStream }).gzip.on('data', (b: Buffer) =>
      chunks.push(b),
    );
    for (const r of records.slice(0, 10)) await s.add(r);
    await s.finish();
    expect(JSON.parse(gunzipSync(Buffer.concat(chunks)).toString())).toEqual(records.slice(0, 10));
  });
});
