/** setAsideLocalOnly (push-phase.ts): ops of entities the server does not keep become 'local'. */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDb } from '../db/app-db';
import { outboxOp } from './outbox-testing';
import { setAsideLocalOnly } from './push-phase';
import type { Ctx } from './sync-context';

const dbs: AppDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const op = outboxOp;

describe('setAsideLocalOnly', () => {
  it('sets aside the pending ops of every entity the server does not keep, and only those', async () => {
    const db = new AppDb(`set-aside-${Math.random()}`);
    dbs.push(db);
    const ops = [
      // Local-only names sorting before, between and after the synced ones.
      op('aLocalThing', 'x1'),
      op('aLocalThing', 'x2', { state: 'rejected' }),
      op('appointment', 'a1'),
      op('consultation', 'c1'),
      op('consultation', 'c2', { state: 'rejected' }),
      op('consultation', 'c3'),
      op('rulePack', 'kz-2026'),
      op('rulePack', 'kz-2027'),
      op('eligibilityCheck', 'e1'),
      op('zLocalThing', 'z1'),
    ];
    await db.outbox.bulkPut(ops);
    await setAsideLocalOnly({ db, now: () => '2026-11-26T09:00:00.000Z' } as Ctx);
    const state = new Map((await db.outbox.toArray()).map((o) => [o.entityId, o.state]));
    expect(Object.fromEntries(state)).toEqual({
      x1: 'local',
      x2: 'rejected',
      a1: 'pending',
      c1: 'pending',
      c2: 'rejected',
      c3: 'pending',
      'kz-2026': 'local',
      'kz-2027': 'local',
      e1: 'pending',
      z1: 'local',
    });
    const log = await db.syncLog.toArray();
    expect(log.map((r) => [r.action, r.entityId]).sort()).toEqual([
      ['kept-local', 'kz-2026'],
      ['kept-local', 'kz-2027'],
      ['kept-local', 'x1'],
      ['kept-local', 'z1'],
    ]);
  });

  it('does nothing on an empty outbox', async () => {
    const db = new AppDb(`set-aside-${Math.random()}`);
    dbs.push(db);
    await setAsideLocalOnly({ db, now: () => '2026-11-26T09:00:00.000Z' } as Ctx);
    expect(await db.syncLog.count()).toBe(0);
  });
});
