import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { buildServer } from '../app';
import type { Db } from '../db/db';
import {
  pullResponseSchema,
  resolveConflictResponseSchema,
  type PushOp,
} from '../../src-shared/contracts/sync/protocol';
import { applyPush } from './push';
import { consultation, NOW, op, principal, serverRevision, tokenFor } from './testing';
import { useSyncTestDb } from './test-hooks';

let db: Db;
let app: FastifyInstance;
useSyncTestDb(
  async (opened) => {
    db = opened;
    app = await buildServer({ db, now: () => NOW });
  },
  () => app.close(),
);

const post = (url: string, payload: unknown, device: string | null) =>
  app.inject({
    method: 'POST',
    url,
    payload: payload as object,
    headers: device ? { authorization: `Bearer ${tokenFor(device)}` } : {},
  });

const resolve = (
  id: string,
  device: string | null,
  body: unknown = { resolution: 'kept-server' },
) => post(`/v1/sync/conflicts/${encodeURIComponent(id)}/resolve`, body, device);

/**
 * adv-a's two laptops edit c1 from v1: the first is accepted (v2), the second conflicts.
 * Returns the conflict id and the server revision after it.
 */
async function makeConflict(id = 'c1'): Promise<{ conflictId: string; revision: number }> {
  const A = principal('adv-a');
  const A2 = principal('adv-a', 'dev-adv-a-2');
  const v1 = consultation(id, 'adv-a', 1);
  await applyPush(db, A, [op(v1)], NOW);
  await applyPush(db, A, [op(consultation(id, 'adv-a', 2, { status: 'deferred' }))], NOW);
  const mine: PushOp = op(consultation(id, 'adv-a', 2, { status: 'refused' }));
  const res = await applyPush(db, A2, [mine], NOW);
  expect(res.results[0]!.outcome).toBe('conflict');
  return { conflictId: res.results[0]!.conflictId!, revision: res.revision };
}

async function stored(conflictId: string) {
  const { rows } = await db.query<{
    resolved_at: Date | string | null;
    resolved_by: string | null;
    resolution: string | null;
    resolution_note: string | null;
    revision: number | string;
    theirs: Record<string, unknown>;
    ours: Record<string, unknown>;
  }>(
    `SELECT resolved_at, resolved_by, resolution, resolution_note, revision, theirs, ours
       FROM conflicts WHERE id = $1`,
    [conflictId],
  );
  return rows[0]!;
}

describe('POST /v1/sync/conflicts/:id/resolve', () => {
  it('the owner resolves: resolved_at/by/resolution set, a new revision, both versions kept', async () => {
    const { conflictId, revision } = await makeConflict();
    const before = await stored(conflictId);
    const res = await resolve(conflictId, 'dev-adv-a-2', {
      resolution: 'reapplied',
      note: 'мәтін қайта енгізілді',
    });
    expect(res.statusCode).toBe(200);
    const body = resolveConflictResponseSchema.parse(res.json());
    expect(body).toEqual({
      ok: true,
      conflictId,
      resolution: 'reapplied',
      resolvedAt: NOW.toISOString(),
      resolvedBy: 'adv-a',
      revision: revision + 1,
    });
    expect(await serverRevision(db)).toBe(revision + 1);
    const after = await stored(conflictId);
    expect(after).toMatchObject({
      resolved_by: 'adv-a',
      resolution: 'reapplied',
      resolution_note: 'мәтін қайта енгізілді',
    });
    expect(Number(after.revision)).toBe(revision + 1);
    expect(new Date(after.resolved_at!).toISOString()).toBe(NOW.toISOString());
    // Nothing of the conflict itself is rewritten.
    expect(after.theirs).toEqual(before.theirs);
    expect(after.ours).toEqual(before.ours);
  });

  it('is idempotent: a second request (even another choice) gets the same answer, no new revision', async () => {
    const { conflictId } = await makeConflict();
    const first = await resolve(conflictId, 'dev-adv-a', { resolution: 'kept-server' });
    const revision = await serverRevision(db);
    const again = await resolve(conflictId, 'dev-adv-a', { resolution: 'kept-server' });
    const other = await resolve(conflictId, 'dev-adv-a-2', { resolution: 'sent-as-new' });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    expect(other.json()).toEqual(first.json());
    expect(await serverRevision(db)).toBe(revision);
    expect((await stored(conflictId)).resolution).toBe('kept-server');
  });

  it('the head of the office may resolve; others may not, and nothing changes for them', async () => {
    const { conflictId, revision } = await makeConflict();
    expect((await resolve(conflictId, 'dev-adv-b')).statusCode).toBe(403); // same office
    expect((await resolve(conflictId, 'dev-staff')).statusCode).toBe(403); // collegium staff
    const otherOffice = await resolve(conflictId, 'dev-adv-x');
    expect(otherOffice.statusCode).toBe(404);
    expect(otherOffice.json()).toMatchObject({ ok: false, error: { code: 'conflictNotFound' } });
    expect((await resolve(conflictId, 'dev-head-2')).statusCode).toBe(404);
    expect(await serverRevision(db)).toBe(revision);
    expect((await stored(conflictId)).resolved_at).toBeNull();

    const head = await resolve(conflictId, 'dev-head-1');
    expect(head.statusCode).toBe(200);
    expect(head.json()).toMatchObject({ resolvedBy: 'head-1', resolution: 'kept-server' });
  });

  it('refuses an unknown id (404), a bad body (400) and a missing token (401)', async () => {
    const { conflictId } = await makeConflict();
    expect((await resolve('no-such-conflict', 'dev-adv-a')).statusCode).toBe(404);
    const bad = await resolve(conflictId, 'dev-adv-a', { resolution: 'deleted' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'validationFailed' } });
    expect(
      (await resolve(conflictId, 'dev-adv-a', { resolution: 'kept-server', note: 'x\u0000' }))
        .statusCode,
    ).toBe(400);
    expect((await resolve(conflictId, null)).statusCode).toBe(401);
    expect((await stored(conflictId)).resolved_at).toBeNull();
  });

  it('every device that pulled the conflict unresolved pulls it again, resolved', async () => {
    const { conflictId } = await makeConflict();
    const pullFrom = async (device: string, since: number) =>
      pullResponseSchema.parse((await post('/v1/sync/pull', { since }, device)).json());
    // Both laptops of the owner and the head have pulled everything so far.
    const seen = await pullFrom('dev-adv-a', 0);
    expect(seen.conflicts).toMatchObject([{ id: conflictId, resolvedAt: null }]);
    const since = seen.revision;

    await resolve(conflictId, 'dev-adv-a-2', { resolution: 'kept-server' });

    for (const device of ['dev-adv-a', 'dev-head-1']) {
      const page = await pullFrom(device, since);
      expect(page.conflicts).toEqual([
        expect.objectContaining({ id: conflictId, resolvedAt: NOW.toISOString() }),
      ]);
      expect(page.revision).toBe(since + 1);
    }
    // Another advocate and another office still see nothing of it.
    expect((await pullFrom('dev-adv-b', 0)).conflicts).toEqual([]);
    expect((await pullFrom('dev-head-2', 0)).conflicts).toEqual([]);
  });
});
