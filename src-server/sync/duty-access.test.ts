/**
 * Issue 7 on the office server: who writes and who pulls the duty records (access.ts policies,
 * `records.shared_with` from migration 004), through the real push and pull against the test
 * database (PGlite, or PostgreSQL under scripts/with-postgres.sh).
 *
 * The expectations are written out per role, not derived from access.ts: the point is to catch
 * the rule and its SQL drifting from what the Rules ask (the head publishes and hands over,
 * everyone of the office sees the schedules, a hand-over only its advocate).
 */
import { describe, expect, it } from 'vitest';
import type { Principal } from '../auth/principal';
import type { Db } from '../db/db';
import {
  pullResponseSchema,
  type AidMark,
  type PulledChange,
  type PulledConflict,
  type PushOp,
  type PushResult,
} from '../../src-shared/contracts/sync/protocol';
import { canRead } from './access';
import { pull } from './pull';
import { applyPush, applyPushOneByOne } from './push';
import {
  addDevice,
  addUser,
  consultation,
  distribution,
  distributionAnswer,
  dutySchedule,
  NOW,
  op,
  principal,
  resetSync,
  rosterMember,
  scheduleAck,
  type UserId,
} from './testing';
import { useSyncTestDb } from './test-hooks';

let db: Db;
/** A second head of office-1 (a successor), and head-1's second laptop. */
let successor: Principal;
let headLaptop2: Principal;
useSyncTestDb(async (opened) => {
  db = opened;
  successor = await addUser(db, 'head-1b', 'head', 'office-1');
  headLaptop2 = { ...principal('head-1'), deviceId: await addDevice(db, 'head-1', 'dev-head-1-2') };
});

type Caller = UserId | 'head-1b';
const who = (c: Caller): Principal => (c === 'head-1b' ? successor : principal(c));
const EVERYONE: Caller[] = [
  'adv-a',
  'adv-b',
  'adv-c',
  'head-1',
  'head-1b',
  'adv-x',
  'head-2',
  'staff',
];

async function push(p: Principal, ...ops: PushOp[]): Promise<PushResult[]> {
  return (await applyPush(db, p, ops, NOW)).results;
}
const outcomes = (results: PushResult[]) => results.map((r) => r.code ?? r.outcome);

/** Every page from `since`, two items a page, so page boundaries fall between kinds too. */
async function pullAll(p: Principal, since = 0) {
  const changes: PulledChange[] = [];
  const conflicts: PulledConflict[] = [];
  const marks: AidMark[] = [];
  let cursor = since;
  for (let n = 0; n < 1000; n++) {
    const page = pullResponseSchema.parse(await pull(db, p, cursor, 2));
    changes.push(...page.changes);
    conflicts.push(...page.conflicts);
    marks.push(...page.marks);
    cursor = page.revision;
    if (!page.more) return { changes, conflicts, marks, cursor };
  }
  throw new Error('pull did not finish');
}
const seen = async (c: Caller, since = 0) =>
  (await pullAll(who(c), since)).changes.map((ch) => `${ch.entity}:${ch.entityId}@${ch.version}`);

/** The callers of `EVERYONE` who pull `key` (entity:id@version). */
async function readers(key: string): Promise<Caller[]> {
  const out: Caller[] = [];
  for (const c of EVERYONE) if ((await seen(c)).includes(key)) out.push(c);
  return out;
}

// ── the matrix: role × office × entity × create / update / read ─────────────────────────────

type Build = (id: string, writer: string, version: number) => Record<string, unknown>;
interface Kind {
  entity: string;
  build: Build;
  /** Who legitimately made the office-1 record the update and read rows use. */
  maker: Caller;
  create: Record<Caller, 'accepted' | 'forbidden'>;
  update: Record<Caller, 'accepted' | 'forbidden'>;
  read: Caller[];
}

const headsOnly = {
  'adv-a': 'forbidden',
  'adv-b': 'forbidden',
  'adv-c': 'forbidden',
  'head-1': 'accepted',
  'head-1b': 'accepted',
  'adv-x': 'forbidden',
  // another office's head creates in their own office, but cannot touch office-1's record
  'head-2': 'accepted',
  staff: 'forbidden',
} as const;
const headsOfOffice1 = { ...headsOnly, 'head-2': 'forbidden' } as const;
const anyRegisterKeeper = {
  'adv-a': 'accepted',
  'adv-b': 'accepted',
  'adv-c': 'accepted',
  'head-1': 'accepted',
  'head-1b': 'accepted',
  'adv-x': 'accepted',
  'head-2': 'accepted',
  staff: 'forbidden',
} as const;
const ownerOnly = {
  'adv-a': 'accepted',
  'adv-b': 'forbidden',
  'adv-c': 'forbidden',
  'head-1': 'forbidden',
  'head-1b': 'forbidden',
  'adv-x': 'forbidden',
  'head-2': 'forbidden',
  staff: 'forbidden',
} as const;

const kinds: Kind[] = [
  {
    entity: 'rosterMember',
    build: (id, w, v) => rosterMember(id, w, v),
    maker: 'head-1',
    create: headsOnly,
    update: headsOfOffice1,
    read: ['adv-a', 'adv-b', 'adv-c', 'head-1', 'head-1b'],
  },
  {
    entity: 'dutySchedule',
    build: (id, w, v) => dutySchedule(id, w, v),
    maker: 'head-1',
    create: headsOnly,
    update: headsOfOffice1,
    read: ['adv-a', 'adv-b', 'adv-c', 'head-1', 'head-1b'],
  },
  {
    entity: 'distribution',
    build: (id, w, v) => distribution(id, w, 'adv-a', v),
    maker: 'head-1',
    create: headsOnly,
    update: headsOfOffice1,
    read: ['adv-a', 'head-1', 'head-1b'],
  },
  {
    entity: 'scheduleAck',
    build: (id, w, v) => scheduleAck(id, w, v),
    maker: 'adv-a',
    create: anyRegisterKeeper,
    update: ownerOnly,
    read: ['adv-a', 'head-1', 'head-1b'],
  },
  {
    entity: 'distributionAnswer',
    build: (id, w, v) => distributionAnswer(id, w, v),
    maker: 'adv-a',
    create: anyRegisterKeeper,
    update: ownerOnly,
    read: ['adv-a', 'head-1', 'head-1b'],
  },
];

describe.each(kinds)('$entity', (k) => {
  it.each(EVERYONE)('create by %s, in their own name', async (c) => {
    const me = who(c);
    const [res] = await push(me, op(k.build('new', me.userId, 1), 0, { entity: k.entity }));
    expect(res!.code ?? res!.outcome).toBe(k.create[c]);
  });

  it.each(EVERYONE)("update of office-1's record by %s, in their own name", async (c) => {
    const [made] = await push(
      who(k.maker),
      op(k.build('rec', k.maker, 1), 0, { entity: k.entity }),
    );
    expect(made!.outcome).toBe('accepted');
    const me = who(c);
    const [res] = await push(me, op(k.build('rec', me.userId, 2), 1, { entity: k.entity }));
    expect(res!.code ?? res!.outcome).toBe(k.update[c]);
    // a refused update leaves the server's version as it was, for everyone who reads it
    const expected = k.update[c] === 'accepted' ? 2 : 1;
    expect(await seen(k.maker)).toEqual([`${k.entity}:rec@${expected}`]);
  });

  it('read: exactly these users pull it', async () => {
    await push(who(k.maker), op(k.build('rec', k.maker, 1), 0, { entity: k.entity }));
    expect(await readers(`${k.entity}:rec@1`)).toEqual(k.read);
  });
});

// ── the flows of the Rules ──────────────────────────────────────────────────────────────────

describe('a published schedule (cl. 21–22)', () => {
  it('reaches both advocates of the office and nobody of another office; a new edition too', async () => {
    const H = principal('head-1');
    expect(
      outcomes(
        await push(
          H,
          op(rosterMember('m1', 'head-1', 1), 0, { entity: 'rosterMember' }),
          op(dutySchedule('s1', 'head-1', 1), 0, { entity: 'dutySchedule' }),
        ),
      ),
    ).toEqual(['accepted', 'accepted']);
    const cursors: Partial<Record<Caller, number>> = {};
    for (const c of ['adv-a', 'adv-b'] as const) {
      const got = await pullAll(principal(c));
      expect(got.changes.map((ch) => ch.entityId).sort()).toEqual(['m1', 's1']);
      const s1 = got.changes.find((ch) => ch.entityId === 's1')!;
      expect(s1.record).toEqual(dutySchedule('s1', 'head-1', 1));
      expect(s1.ownerId).toBe('head-1');
      cursors[c] = got.cursor;
    }
    for (const c of ['adv-x', 'head-2', 'staff'] as const) expect(await seen(c)).toEqual([]);

    // edition 2 by the successor head: pulled from where each advocate stopped
    const edition2 = dutySchedule('s1', 'head-1b', 2, { edition: 2 });
    expect(outcomes(await push(successor, op(edition2, 1, { entity: 'dutySchedule' })))).toEqual([
      'accepted',
    ]);
    for (const c of ['adv-a', 'adv-b'] as const) {
      expect(await seen(c, cursors[c])).toEqual(['dutySchedule:s1@2']);
    }
    expect(await seen('adv-x')).toEqual([]);
  });

  it("an advocate's acknowledgment reaches the heads, not the other advocate", async () => {
    await push(principal('adv-a'), op(scheduleAck('k1', 'adv-a', 1), 0, { entity: 'scheduleAck' }));
    await push(
      principal('adv-a'),
      op(distributionAnswer('n1', 'adv-a', 1), 0, { entity: 'distributionAnswer' }),
    );
    const both = ['distributionAnswer:n1@1', 'scheduleAck:k1@1'];
    expect(await readers('scheduleAck:k1@1')).toEqual(['adv-a', 'head-1', 'head-1b']);
    expect((await seen('head-1')).sort()).toEqual(both);
    expect(await seen('adv-b')).toEqual([]);
    expect(await seen('adv-c')).toEqual([]);
  });
});

describe('a paper hand-over (cl. 16–17, 4.1)', () => {
  it('reaches only its assignee and the heads, and after a re-assignment the new one', async () => {
    const d = (assignee: string, v: number, by = 'head-1') =>
      op(distribution('d1', by, assignee, v), v - 1, { entity: 'distribution' });
    await push(principal('head-1'), d('adv-a', 1));
    expect(await readers('distribution:d1@1')).toEqual(['adv-a', 'head-1', 'head-1b']);
    const cursorA = (await pullAll(principal('adv-a'))).cursor;

    await push(principal('head-1'), d('adv-b', 2));
    expect(await readers('distribution:d1@2')).toEqual(['adv-b', 'head-1', 'head-1b']);
    // the earlier assignee simply stops receiving it: nothing new since her last pull
    expect(await seen('adv-a', cursorA)).toEqual([]);

    // the successor re-assigns; the row keeps its first owner
    await push(successor, d('adv-c', 3, 'head-1b'));
    expect(await readers('distribution:d1@3')).toEqual(['adv-c', 'head-1', 'head-1b']);
    const [change] = (await pullAll(principal('adv-c'))).changes;
    expect(change!.ownerId).toBe('head-1');

    // not yet assigned to anyone with an account: the heads only
    await push(principal('head-1'), d('', 4));
    expect(await readers('distribution:d1@4')).toEqual(['head-1', 'head-1b']);
  });

  it('one request with a re-assignment: the last version decides, on both push paths', async () => {
    const ops = () => [
      op(distribution('d1', 'head-1', 'adv-a', 1), 0, { entity: 'distribution' }),
      op(distribution('d1', 'head-1', 'adv-b', 2), 1, { entity: 'distribution' }),
      op(dutySchedule('s1', 'head-1', 1), 0, { entity: 'dutySchedule' }),
      op(scheduleAck('k1', 'head-1', 1), 0, { entity: 'scheduleAck' }),
    ];
    const rows = async () =>
      (
        await db.query(
          'SELECT entity, entity_id, version, owner_id, shared_with FROM records ORDER BY 1, 2',
        )
      ).rows;
    await applyPush(db, principal('head-1'), ops(), NOW);
    const batch = await rows();
    await resetSync(db);
    await applyPushOneByOne(db, principal('head-1'), ops(), NOW);
    expect(await rows()).toEqual(batch);
    expect(batch.map((r) => r.shared_with)).toEqual(['adv-b', '*', null]);
  });
});

describe('aid marks (cl. 42) stay consultations and eligibility checks', () => {
  it('a roster, a schedule, a hand-over, an ack or an answer never becomes a mark', async () => {
    const H = principal('head-1');
    await push(
      H,
      op(rosterMember('m1', 'head-1', 1, { iinKey: 'k' }), 0, { entity: 'rosterMember' }),
      op(dutySchedule('s1', 'head-1', 1, { iinKey: 'k' }), 0, { entity: 'dutySchedule' }),
      op(distribution('d1', 'head-1', 'adv-b', 1, { iinKey: 'k' }), 0, { entity: 'distribution' }),
    );
    await push(
      principal('adv-a'),
      op(scheduleAck('k1', 'adv-a', 1, { iinKey: 'k' }), 0, { entity: 'scheduleAck' }),
      op(distributionAnswer('n1', 'adv-a', 1, { iinKey: 'k' }), 0, {
        entity: 'distributionAnswer',
      }),
      op(consultation('c1', 'adv-a', 1)),
    );
    const b = await pullAll(principal('adv-b'));
    expect(b.marks.map((m) => `${m.entity}:${m.entityId}`)).toEqual(['consultation:c1']);
    expect(b.changes.map((c) => c.entityId).sort()).toEqual(['d1', 'm1', 's1']);
    // every revision is one item: a change or a mark, never both
    const revisions = [...b.changes, ...b.marks].map((x) => x.revision);
    expect(new Set(revisions).size).toBe(revisions.length);
    expect((await pullAll(principal('adv-c'))).marks.map((m) => m.entityId)).toEqual(['c1']);
    expect((await pullAll(H)).marks).toEqual([]);
  });
});

describe('conflicts on office-wide records: the version rule, between the heads', () => {
  it("the head's two laptops: the second edit is a conflict the heads see, not the advocates", async () => {
    const H = principal('head-1');
    await push(H, op(dutySchedule('s1', 'head-1', 1), 0, { entity: 'dutySchedule' }));
    const mine = dutySchedule('s1', 'head-1', 2, { edition: 2 });
    const other = dutySchedule('s1', 'head-1', 2, { edition: 2, responsibleName: 'Басқа' });
    expect(outcomes(await push(H, op(mine, 1, { entity: 'dutySchedule' })))).toEqual(['accepted']);
    const [res] = await push(headLaptop2, op(other, 1, { entity: 'dutySchedule' }));
    expect(res!.outcome).toBe('conflict');
    expect(res!.server!.record).toEqual(mine);

    for (const c of ['head-1', 'head-1b'] as const) {
      const got = await pullAll(who(c));
      expect(
        got.conflicts.map((x) => [x.entityId, x.ownerId]),
        c,
      ).toEqual([['s1', 'head-1']]);
      expect(got.changes[0]!.record).toEqual(mine);
    }
    const a = await pullAll(principal('adv-a'));
    expect(a.conflicts).toEqual([]);
    expect(a.changes.map((x) => x.record)).toEqual([mine]);
  });
});

describe('canRead is the one-record twin of the pull', () => {
  it('for every user, the pulled records are exactly those canRead allows', async () => {
    await push(
      principal('head-1'),
      op(rosterMember('m1', 'head-1', 1), 0, { entity: 'rosterMember' }),
      op(distribution('d1', 'head-1', 'adv-b', 1), 0, { entity: 'distribution' }),
      op(distribution('d2', 'head-1', '', 1), 0, { entity: 'distribution' }),
      op(consultation('hc', 'head-1', 1)),
    );
    await push(
      principal('head-2'),
      op(dutySchedule('s2', 'head-2', 1), 0, { entity: 'dutySchedule' }),
    );
    await push(principal('adv-x'), op(scheduleAck('kx', 'adv-x', 1), 0, { entity: 'scheduleAck' }));
    await push(principal('adv-a'), op(consultation('ca', 'adv-a', 1)));
    const { rows } = await db.query<{
      entity: string;
      entity_id: string;
      owner_id: string;
      office_id: string | null;
      collegium_id: string;
      shared_with: string | null;
    }>('SELECT entity, entity_id, owner_id, office_id, collegium_id, shared_with FROM records');
    expect(rows).toHaveLength(7);
    for (const c of EVERYONE) {
      const p = who(c);
      const allowed = rows
        .filter((r) =>
          canRead(p, {
            ownerId: r.owner_id,
            officeId: r.office_id,
            collegiumId: r.collegium_id,
            sharedWith: r.shared_with,
          }),
        )
        .map((r) => `${r.entity}:${r.entity_id}@1`);
      expect((await seen(c)).sort(), c).toEqual(allowed.sort());
    }
  });
});
