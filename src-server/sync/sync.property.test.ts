/**
 * Random sequences of edits, pushes (some answers lost), retries and paged pulls from two or
 * three advocates — one of them on two laptops, so stale bases and conflicts happen — against
 * the real push/pull on PGlite. Afterwards: no accepted op lost, nothing duplicated, nothing
 * overwritten silently, and every replica converges to the server.
 *
 * The simulated client follows the apply rule of docs/sync.md: it keeps the newest server copy
 * (by revision) of each record from pulls and push results; a record with no pending ops shows
 * that copy; after a conflict or rejection it drops its later ops on that record.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db';
import type { PushOp, PushResult } from '../../src-shared/contracts/sync/protocol';
import { pull } from './pull';
import { applyPush } from './push';
import {
  consultation,
  NOW,
  OFFICE_1,
  openTestDb,
  principal,
  resetSync,
  type UserId,
} from './testing';

type Rec = Record<string, unknown>;
interface Copy {
  version: number;
  revision: number;
  record: Rec;
}

class Client {
  readonly rows = new Map<string, { version: number; record: Rec }>();
  readonly server = new Map<string, Copy>();
  outbox: PushOp[] = [];
  lastBatch: PushOp[] = [];
  cursor = 0;
  private n = 0;

  constructor(
    readonly user: UserId,
    readonly device: string,
  ) {}

  get principal() {
    return principal(this.user, this.device);
  }

  edit(id: string, payload: string): PushOp {
    const cur = this.rows.get(id);
    const version = (cur?.version ?? 0) + 1;
    this.n += 1;
    const tag = `${this.device}#${this.n}`;
    const record = consultation(id, this.user, version, {
      tag,
      prevTag: cur?.record.tag ?? null,
      payload,
    });
    this.rows.set(id, { version, record });
    const op: PushOp = {
      opId: `${this.device}:${this.n}`,
      entity: 'consultation',
      entityId: id,
      baseVersion: version - 1,
      record,
      at: NOW.toISOString(),
    };
    this.outbox.push(op);
    return op;
  }

  private see(id: string, copy: Copy): void {
    const known = this.server.get(id);
    if (!known || copy.revision > known.revision) this.server.set(id, copy);
  }

  /** A record with nothing pending shows the newest server copy. */
  private settle(id: string): void {
    if (this.outbox.some((o) => o.entityId === id)) return;
    const copy = this.server.get(id);
    if (copy) this.rows.set(id, { version: copy.version, record: copy.record });
    else this.rows.delete(id);
  }

  applyResults(batch: PushOp[], results: PushResult[]): void {
    results.forEach((r, i) => {
      const op = batch[i]!;
      expect(r.opId).toBe(op.opId);
      if (!this.outbox.some((o) => o.opId === op.opId)) return; // answered before
      const outcome = r.outcome === 'duplicate' ? r.original : r.outcome;
      if (outcome === 'accepted') {
        this.outbox = this.outbox.filter((o) => o.opId !== op.opId);
        this.see(op.entityId, { version: r.version!, revision: r.revision!, record: op.record });
      } else {
        // Quarantined: this op and every later one built on it.
        const at = this.outbox.findIndex((o) => o.opId === op.opId);
        this.outbox = this.outbox.filter((o, j) => j < at || o.entityId !== op.entityId);
        if (r.server) this.see(op.entityId, r.server);
      }
      this.settle(op.entityId);
    });
  }

  applyPull(changes: { entityId: string; version: number; revision: number; record: Rec }[]) {
    for (const c of changes) {
      this.see(c.entityId, c);
      this.settle(c.entityId);
    }
  }
}

const action = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      t: fc.constant('edit' as const),
      d: fc.nat(3),
      k: fc.nat(2),
      payload: fc.string({ maxLength: 4 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('push' as const),
      d: fc.nat(3),
      n: fc.integer({ min: 1, max: 4 }),
      lose: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ t: fc.constant('retry' as const), d: fc.nat(3), lose: fc.boolean() }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('pull' as const),
      d: fc.nat(3),
      limit: fc.integer({ min: 1, max: 4 }),
    }),
  },
);

type Action = typeof action extends fc.Arbitrary<infer T> ? T : never;

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(async () => {
  await db.close();
});

async function pullAll(c: Client, limit = 3): Promise<void> {
  for (;;) {
    const page = await pull(db, c.principal, c.cursor, limit);
    c.applyPull(page.changes);
    c.cursor = page.revision;
    if (!page.more) return;
  }
}

async function run(advocates: number, actions: Action[]): Promise<void> {
  await resetSync(db);
  const users = (['adv-a', 'adv-b', 'adv-c'] as const).slice(0, advocates);
  const clients = [
    new Client('adv-a', 'dev-adv-a'),
    new Client('adv-a', 'dev-adv-a-2'),
    ...users.slice(1).map((u) => new Client(u, `dev-${u}`)),
  ];
  /** Every op ever sent, by opId. */
  const sent = new Map<string, PushOp>();

  const push = async (c: Client, batch: PushOp[], lose: boolean) => {
    if (batch.length === 0) return;
    for (const o of batch) sent.set(o.opId, o);
    const res = await applyPush(db, c.principal, batch, NOW);
    c.lastBatch = batch;
    if (!lose) c.applyResults(batch, res.results);
  };

  for (const a of actions) {
    const c = clients[a.d % clients.length]!;
    if (a.t === 'edit') c.edit(`${c.user}-r${a.k}`, a.payload);
    else if (a.t === 'push') await push(c, c.outbox.slice(0, a.n), a.lose);
    else if (a.t === 'retry') await push(c, c.lastBatch, a.lose);
    else {
      const page = await pull(db, c.principal, c.cursor, a.limit);
      c.applyPull(page.changes);
      c.cursor = page.revision;
    }
  }

  // Back online for good: every outbox drains, then everyone pulls what is left.
  for (const c of clients) {
    for (let guard = 0; c.outbox.length > 0; guard++) {
      expect(guard).toBeLessThan(100);
      await push(c, c.outbox.slice(0, 3), false);
    }
  }
  for (const c of clients) await pullAll(c);

  // ── The server's state ──
  const records = (
    await db.query<{ entity_id: string; version: number; owner_id: string; body: Rec }>(
      'SELECT entity_id, version, owner_id, body FROM records',
    )
  ).rows;
  const ops = (
    await db.query<{ op_id: string; entity_id: string; base_version: number; outcome: string }>(
      'SELECT op_id, entity_id, base_version, outcome FROM ops',
    )
  ).rows;

  // Every op sent is stored exactly once; none invented.
  expect(ops.map((o) => o.op_id).sort()).toEqual([...sent.keys()].sort());
  expect(new Set(records.map((r) => r.entity_id)).size).toBe(records.length);

  for (const r of records) {
    const accepted = ops
      .filter((o) => o.entity_id === r.entity_id && o.outcome === 'accepted')
      .map((o) => ({ version: Number(o.base_version) + 1, op: sent.get(o.op_id)! }))
      .sort((x, y) => x.version - y.version);
    // No accepted op lost: versions 1..N, each accepted once, the latest is on the server.
    expect(accepted.map((x) => x.version)).toEqual(
      Array.from({ length: Number(r.version) }, (_, i) => i + 1),
    );
    expect(r.body).toEqual(accepted.at(-1)!.op.record);
    // Nothing overwritten silently: each accepted version was made on top of the previous one.
    for (let i = 1; i < accepted.length; i++) {
      expect(accepted[i]!.op.record.prevTag).toBe(accepted[i - 1]!.op.record.tag);
    }
  }

  // Every replica converges to what the server lets it see.
  for (const c of clients) {
    const visible = records.filter((r) => r.owner_id === c.user);
    expect(
      [...c.rows.entries()].map(([id, row]) => [id, row.version, row.record]).sort(),
      c.device,
    ).toEqual(visible.map((r) => [r.entity_id, Number(r.version), r.body]).sort());
  }
  const head = new Client('head-1', 'dev-head-1');
  await pullAll(head, 2);
  expect(head.rows.size).toBe(records.length);
  const outsider = new Client('adv-x', 'dev-adv-x');
  await pullAll(outsider);
  expect(outsider.rows.size).toBe(0);
  expect(OFFICE_1).toBe(principal('adv-a').officeId);
}

describe('sync property: random pushes, retries, stale bases and pulls', () => {
  it('loses nothing, duplicates nothing, overwrites nothing silently, converges', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 3 }),
        fc.array(action, { minLength: 1, maxLength: 40 }),
        run,
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});
