import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { BenchUser } from '../sync/server-protocol';
import { buildDay, pullBody, rangesOf } from './day';

const user = (i: number): BenchUser => ({
  userId: `u${i}`,
  deviceId: `d${i}`,
  officeId: `o${i % 2}`,
  token: 't'.repeat(43),
});

const templates = [
  { entity: 'consultation', record: { id: 'x', advocateId: 'someone', advice: 'а'.repeat(600) } },
  { entity: 'appointment', record: { id: 'y', advocateId: 'someone', note: 'б' } },
];

describe('buildDay', () => {
  it('gives every advocate a push of new records they own, gzipped from 2 KB', () => {
    const day = buildDay([user(0), user(1)], templates, 8, '2026-11-25T09:00:00.000Z');
    expect(day).toHaveLength(2);
    const ids = new Set<string>();
    for (const [i, d] of day.entries()) {
      expect(d.push.gzip).toBe(true);
      const body = JSON.parse(gunzipSync(d.push.payload).toString()) as {
        deviceId: string;
        ops: {
          opId: string;
          entityId: string;
          baseVersion: number;
          record: Record<string, unknown>;
        }[];
      };
      expect(body.deviceId).toBe(`d${i}`);
      expect(body.ops).toHaveLength(8);
      for (const op of body.ops) {
        expect(op.baseVersion).toBe(0);
        expect(op.record['id']).toBe(op.entityId);
        expect(op.record['advocateId']).toBe(`u${i}`);
        ids.add(op.entityId).add(op.opId);
      }
      expect(d.push.jsonBytes).toBeGreaterThanOrEqual(2048);
    }
    expect(ids.size).toBe(2 * 8 * 2);
  });

  it('sends a small push plain', () => {
    const [d] = buildDay([user(0)], [templates[1]!], 2, '2026-11-25T09:00:00.000Z');
    expect(d!.push.gzip).toBe(false);
    expect(JSON.parse(d!.push.payload.toString())).toMatchObject({ deviceId: 'd0' });
  });
});

describe('rangesOf', () => {
  it('merges consecutive revisions', () => {
    expect(rangesOf([5, 3, 4, 9, 10, 12])).toEqual([
      [3, 5],
      [9, 10],
      [12, 12],
    ]);
    expect(rangesOf([])).toEqual([]);
  });
});

describe('pullBody', () => {
  it('names echoes only when there are some', () => {
    expect(pullBody(7, null)).toBe('{"since":7}');
    expect(pullBody(7, [])).toBe('{"since":7}');
    expect(pullBody(7, [[8, 15]])).toBe('{"since":7,"echoes":[[8,15]]}');
  });
});
