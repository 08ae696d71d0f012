import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { AppDb } from './app-db';

/**
 * Released schema versions are frozen: real registers live in them. Changing a table
 * means adding version(n+1) with an upgrade and a migration test — never editing v1.
 * If this snapshot fails, you edited a released version.
 */
const RELEASED_V1 = {
  audit: { primKey: '++seq', indexes: ['&id', 'at', '[entity+entityId]'] },
  outbox: { primKey: 'opId', indexes: ['at', 'state', '[entity+entityId]'] },
  profile: { primKey: 'id', indexes: [] },
};

describe('AppDb schema', () => {
  it('v1 is exactly the released schema', async () => {
    const db = new AppDb('schema-snapshot');
    await db.open();
    expect(db.verno).toBe(1);
    const actual = Object.fromEntries(
      db.tables
        .map((t) => [
          t.name,
          { primKey: t.schema.primKey.src, indexes: t.schema.indexes.map((i) => i.src) },
        ])
        .sort(([a], [b]) => String(a).localeCompare(String(b))),
    );
    expect(actual).toEqual(RELEASED_V1);
    await db.delete();
  });
});
