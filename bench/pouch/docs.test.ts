import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppDb } from '../../src-renderer/db/app-db';
import { BENCH_NOW, laptopRepos, seedLaptop } from '../data/seed-laptop';
import { CORRECTION, changedIds, correctRecord, toPouchDoc, type SyncedRecord } from './docs';

describe('PouchDB documents of the same records', () => {
  const db = new AppDb('pouch-docs-test');
  afterAll(() => db.delete());

  it('corrects a consultation exactly as the repository does in first-sync.ts', async () => {
    const seeded = await seedLaptop(db, 40);
    const ops = (await db.outbox.toArray()) as SyncedRecord[];
    const repos = laptopRepos(db, 99);
    repos.setClock(Date.parse(BENCH_NOW));
    const consultations = ops.filter((o) => o.entity === 'consultation');
    for (const op of consultations.slice(0, 6)) {
      // As first-sync.ts: the entry, a sentence added to its advice, the reason in its language.
      const entry = (await repos.consultations.get(op.entityId))!;
      const t = entry.language === 'kk' ? CORRECTION.kk : CORRECTION.ru;
      await repos.consultations.correct(
        op.entityId,
        { ...entry, content: entry.content ? `${entry.content} ${t.content}` : t.content },
        t.reason,
        seeded.ownerId,
      );
      const after = (await db.outbox.toArray()).find(
        (o) => o.entityId === op.entityId && o.baseVersion === 1,
      )!.record;
      const mine = correctRecord(op.record, BENCH_NOW);
      expect(Object.keys(mine).sort()).toEqual(Object.keys(after).sort());
      for (const k of Object.keys(after)) {
        if (k === 'entryJson') continue;
        expect([k, mine[k]]).toEqual([k, after[k]]);
      }
      // The same entry, and the same bytes on the wire (key order aside).
      expect(JSON.parse(String(mine['entryJson']))).toEqual(JSON.parse(String(after['entryJson'])));
      expect(JSON.stringify(mine).length).toBe(JSON.stringify(after).length);
    }
  });

  it('keeps first-sync.ts texts', () => {
    const source = readFileSync(path.join(__dirname, '../sync/first-sync.ts'), 'utf8');
    for (const t of [CORRECTION.kk, CORRECTION.ru]) {
      expect(source).toContain(t.content);
      expect(source).toContain(t.reason);
    }
  });

  it('stores a record flat, its id as _id', () => {
    const doc = toPouchDoc({
      entity: 'consultation',
      entityId: 'c1',
      record: { id: 'c1', version: 1, entryJson: '{}' },
    });
    expect(doc).toEqual({ _id: 'c1', entity: 'consultation', version: 1, entryJson: '{}' });
    expect(() => toPouchDoc({ entity: 'x', entityId: 'a', record: { id: 'b' } })).toThrow(/op for/);
    expect(() => toPouchDoc({ entity: 'x', entityId: 'a', record: { _rev: '1' } })).toThrow(
      /PouchDB field/,
    );
  });

  it('picks every n-th consultation in key order, as first-sync.ts', () => {
    const ids = ['e', 'a', 'd', 'b', 'c', 'f', 'h', 'g'];
    expect(changedIds(ids, 4)).toEqual(['a', 'c', 'e', 'g']);
    expect(changedIds(ids, 3)).toEqual(['a', 'c', 'e']);
    expect(changedIds(['b', 'a'], 3)).toEqual(['a', 'b', 'a']);
  });
});
