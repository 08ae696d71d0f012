import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDb } from '../db/app-db';
import { outboxOp } from './outbox-testing';
import { SYNC_STATE_ID } from '../db/rows';
import { readRecordSyncStatuses } from './record-status';

const dbs: AppDb[] = [];
async function freshDb(bound: boolean): Promise<AppDb> {
  const db = new AppDb(`record-status-${dbs.length}-${Math.random()}`);
  dbs.push(db);
  if (bound) await db.syncState.put({ id: SYNC_STATE_ID, serverRevision: 0, serverUserId: 'u1' });
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const op = outboxOp;

describe('readRecordSyncStatuses', () => {
  it('reads each listed record of the entity from its own ops only', async () => {
    const db = await freshDb(true);
    await db.outbox.bulkPut([
      op('consultation', 'c-local'),
      op('consultation', 'c-sent', { sentAt: '2026-11-25T10:01:00.000Z' }),
      op('consultation', 'c-sent'),
      op('consultation', 'c-rejected', { state: 'rejected' }),
      // Same id, another entity: must not colour the consultation.
      op('appointment', 'c-accepted', { state: 'rejected' }),
      // Not listed: not read.
      op('consultation', 'c-other'),
    ]);
    const statuses = await readRecordSyncStatuses(db, 'consultation', [
      'c-local',
      'c-sent',
      'c-rejected',
      'c-accepted',
      'c-local',
    ]);
    expect(Object.fromEntries(statuses)).toEqual({
      'c-local': 'local',
      'c-sent': 'sent',
      'c-rejected': 'rejected',
      'c-accepted': 'accepted',
    });
    expect(
      (await readRecordSyncStatuses(db, 'appointment', ['c-accepted'])).get('c-accepted'),
    ).toBe('rejected');
  });

  it('a device never signed in: no badge for any record', async () => {
    const db = await freshDb(false);
    await db.outbox.bulkPut([
      op('consultation', 'c1'),
      op('consultation', 'c2', { state: 'rejected' }),
    ]);
    expect((await readRecordSyncStatuses(db, 'consultation', ['c1', 'c2', 'c3'])).size).toBe(0);
  });

  it('no ids: nothing read', async () => {
    const db = await freshDb(true);
    expect((await readRecordSyncStatuses(db, 'consultation', [])).size).toBe(0);
  });
});
