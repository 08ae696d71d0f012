/**
 * Issue 8 on the office server: fee claims are the advocate's own register ('own-register'). The
 * advocate writes them; the advocate and the heads of the office read them (the office's reports,
 * Rules cl. 5.2); another advocate, another office and the collegium staff never see them, and
 * the head never writes one. Through the real push and pull against the test database (PGlite,
 * or PostgreSQL under scripts/with-postgres.sh).
 *
 * Expectations are written out per user, not derived from access.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Db } from '../db/db';
import {
  pullResponseSchema,
  type PulledChange,
  type PushOp,
  type PushResult,
} from '../../src-shared/contracts/sync/protocol';
import { sharedWithOf } from './access';
import { pull } from './pull';
import { applyPush } from './push';
import { feeClaim, NOW, op, principal, type UserId } from './testing';
import { useSyncTestDb } from './test-hooks';

let db: Db;
useSyncTestDb((opened) => {
  db = opened;
});

const EVERYONE: UserId[] = ['adv-a', 'adv-b', 'adv-c', 'head-1', 'adv-x', 'head-2', 'staff'];
const claimOp = (record: Record<string, unknown>, base = (record.version as number) - 1): PushOp =>
  op(record, base, { entity: 'feeClaim' });

async function push(user: UserId, ...ops: PushOp[]): Promise<string[]> {
  const { results } = await applyPush(db, principal(user), ops, NOW);
  return results.map((r: PushResult) => r.code ?? r.outcome);
}

async function pullAll(user: UserId, since = 0) {
  const changes: PulledChange[] = [];
  const marks: string[] = [];
  let cursor = since;
  for (let n = 0; n < 100; n++) {
    const page = pullResponseSchema.parse(await pull(db, principal(user), cursor, 2));
    changes.push(...page.changes);
    marks.push(...page.marks.map((m) => `${m.entity}:${m.entityId}`));
    cursor = page.revision;
    if (!page.more) return { changes, marks, cursor };
  }
  throw new Error('pull did not finish');
}
const seen = async (user: UserId, since = 0) =>
  (await pullAll(user, since)).changes.map((c) => `${c.entity}:${c.entityId}@${c.version}`);

async function readers(key: string): Promise<UserId[]> {
  const out: UserId[] = [];
  for (const u of EVERYONE) if ((await seen(u)).includes(key)) out.push(u);
  return out;
}

describe('feeClaim: who writes', () => {
  it('an advocate or a head creates their own; staff cannot; nobody in another name', async () => {
    const create: Record<UserId, string> = {
      'adv-a': 'accepted',
      'adv-b': 'accepted',
      'adv-c': 'accepted',
      'head-1': 'accepted',
      'adv-x': 'accepted',
      'head-2': 'accepted',
      staff: 'forbidden',
    };
    for (const u of EVERYONE) {
      expect(await push(u, claimOp(feeClaim(`f-${u}`, u, 1))), u).toEqual([create[u]]);
    }
    expect(await push('head-1', claimOp(feeClaim('f-for-a', 'adv-a', 1)))).toEqual(['wrong-owner']);
  });

  it("only its advocate updates a claim: the head cannot write an advocate's claim", async () => {
    expect(await push('adv-a', claimOp(feeClaim('f1', 'adv-a', 1)))).toEqual(['accepted']);
    const ready = (by: string) => feeClaim('f1', by, 2, { state: 'ready', totalTiyn: 600_000 });
    const update: Record<UserId, string> = {
      'adv-a': 'accepted',
      'adv-b': 'forbidden',
      'adv-c': 'forbidden',
      'head-1': 'forbidden',
      'adv-x': 'forbidden',
      'head-2': 'forbidden',
      staff: 'forbidden',
    };
    for (const u of EVERYONE.filter((x) => x !== 'adv-a')) {
      // in their own name (the server's record is adv-a's) and in adv-a's name
      expect(await push(u, claimOp(ready(u))), u).toEqual([update[u]]);
      expect(await push(u, claimOp(ready('adv-a'))), u).toEqual([
        u === 'staff' ? 'forbidden' : 'wrong-owner',
      ]);
    }
    expect(await seen('adv-a')).toEqual(['feeClaim:f1@1']);
    expect(await push('adv-a', claimOp(ready('adv-a')))).toEqual([update['adv-a']]);
    expect(await seen('head-1')).toEqual(['feeClaim:f1@2']);
  });

  it('refuses a row without its index fields or with impossible amounts', async () => {
    const { claimJson: _dropped, ...noBody } = feeClaim('f1', 'adv-a', 1);
    const bad = [
      noBody,
      feeClaim('f2', 'adv-a', 1, { totalTiyn: -1 }),
      feeClaim('f3', 'adv-a', 1, { paidTiyn: 1.5 }),
      feeClaim('f4', 'adv-a', 1, { state: '' }),
      feeClaim('f5', 'adv-a', 1, { year: '2025' }),
    ];
    for (const record of bad) {
      expect(await push('adv-a', claimOp(record)), String(record.id)).toEqual(['invalid-record']);
    }
  });
});

describe('feeClaim: who reads', () => {
  it('the advocate and the heads of the office; never another advocate, office or staff', async () => {
    await push('adv-a', claimOp(feeClaim('f1', 'adv-a', 1)));
    expect(await readers('feeClaim:f1@1')).toEqual(['adv-a', 'head-1']);
    expect(sharedWithOf('feeClaim', feeClaim('f1', 'adv-a', 1))).toBeNull();
  });

  it("the claim's state changes reach the head, from where the head stopped", async () => {
    await push('adv-a', claimOp(feeClaim('f1', 'adv-a', 1)));
    const { cursor } = await pullAll('head-1');
    await push(
      'adv-a',
      claimOp(feeClaim('f1', 'adv-a', 2, { state: 'ready', totalTiyn: 600_000 })),
      claimOp(feeClaim('f1', 'adv-a', 3, { state: 'submitted', totalTiyn: 600_000 })),
    );
    const got = await pullAll('head-1', cursor);
    expect(got.changes.map((c) => [c.entityId, c.version, c.record.state])).toEqual([
      ['f1', 3, 'submitted'],
    ]);
    expect(got.changes[0]!.ownerId).toBe('adv-a');
    expect(await seen('adv-b')).toEqual([]);
  });

  it('never becomes an aid mark for a colleague', async () => {
    await push('adv-a', claimOp(feeClaim('f1', 'adv-a', 1, { iinKey: 'k' })));
    for (const u of ['adv-b', 'adv-c'] as const) {
      const got = await pullAll(u);
      expect(got.changes, u).toEqual([]);
      expect(got.marks, u).toEqual([]);
    }
  });

  it('pushing the same op twice changes nothing the second time', async () => {
    const once = claimOp(feeClaim('f1', 'adv-a', 1));
    expect(await push('adv-a', once)).toEqual(['accepted']);
    const before = await seen('head-1');
    expect(await push('adv-a', once)).toEqual(['duplicate']);
    expect(await seen('head-1')).toEqual(before);
  });
});
