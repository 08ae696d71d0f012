/**
 * Fee claims (issue 8) between the advocate's laptop, the office server and the head's laptop:
 * a claim made offline syncs once signed in, its steps reach the head (who reads the office's
 * claims and changes none), no other advocate receives it, and a push delivered twice changes
 * nothing.
 */
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../../src-renderer/db/audit-log';
import { FeeClaimRepository } from '../../src-renderer/db/fee-claim-repository';
import { NotOwnRecordError } from '../../src-renderer/db/register-owner';
import { todayIso } from '../../src-shared/domain/dates/iso-date';
import {
  calculationOf,
  defenceClaimInput,
  feeLine,
} from '../../src-shared/domain/fees/claim-lifecycle.fixture';
import { Laptop, NOW, profileInput, TestServer } from './harness';

let server: TestServer;
const laptops: Laptop[] = [];
const laptop = (deviceId: string, userId: string) => {
  const l = new Laptop(server, deviceId, userId);
  laptops.push(l);
  return l;
};
const claims = (l: Laptop) => new FeeClaimRepository(l.deps);

beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(async () => {
  await server.close();
});
afterEach(async () => {
  for (const l of laptops.splice(0)) await l.close();
  await server.reset();
});

async function signedIn(deviceId: string, userId: string, role: 'advocate' | 'head') {
  const l = laptop(deviceId, userId);
  await l.profile.save(profileInput(role));
  await l.adopt();
  return l;
}

const calc = calculationOf([
  feeLine('work:a1:w1', { amountTiyn: 700_000 }),
  feeLine('work:a1:w2', { amountTiyn: 300_000 }),
]);
const TODAY = todayIso(new Date(NOW));

describe('fee claims across the office', () => {
  it('a claim made offline syncs; its steps reach the head; no other advocate sees it', async () => {
    // Offline, before signing in: the claim is owned by the local profile id.
    const a = laptop('dev-adv-a', 'adv-a');
    await a.profile.save(profileInput('advocate'));
    const local = await a.owner();
    const draft = await claims(a).createDraft(defenceClaimInput(), local);
    await claims(a).markReady(draft.id, calc, local, []);
    expect(await a.db.feeClaimVersions.count()).toBe(1);

    // Signing in renames the owner of the claim and of its archived version.
    expect((await a.adopt()).changed).toBe(true);
    expect((await a.db.feeClaims.get(draft.id))!.advocateId).toBe('adv-a');
    expect((await a.db.feeClaimVersions.get([draft.id, 1]))!.advocateId).toBe('adv-a');
    expect(await verifyAuditLog(a.db)).toMatchObject({ intact: true });
    expect(await a.sync()).toMatchObject({ accepted: 3, rejected: 0, conflicts: 0 });
    expect(await a.pending()).toBe(0);

    const head = await signedIn('dev-head-1', 'head-1', 'head');
    const b = await signedIn('dev-adv-b', 'adv-b', 'advocate');
    await head.sync();
    await b.sync();
    const atHead = await claims(head).get(draft.id);
    expect(atHead).toMatchObject({
      advocateId: 'adv-a',
      number: 1,
      state: 'ready',
      calculation: calc,
      basisDocument: { number: '12/345' },
    });
    expect(await b.db.feeClaims.count()).toBe(0);

    // The advocate submits and is paid in part; the head's next sync brings both steps.
    const mine = 'adv-a';
    await claims(a).submit(draft.id, { date: TODAY, channel: 'ezk', ezkNumber: 'ЕЗК-5' }, mine);
    await claims(a).recordPayment(
      draft.id,
      { date: TODAY, amountTiyn: 700_000, reason: 'Екінші әрекетке хаттама жоқ' },
      mine,
    );
    expect(await a.sync()).toMatchObject({ accepted: 2, rejected: 0 });
    await head.sync();
    const now = (await claims(head).get(draft.id))!;
    expect(now).toMatchObject({ state: 'partly-paid', version: 4 });
    expect(now.payments).toEqual([
      { date: TODAY, amountTiyn: 700_000, reason: 'Екінші әрекетке хаттама жоқ' },
    ]);
    expect(await head.db.feeClaims.get(draft.id)).toMatchObject({
      paidTiyn: 700_000,
      totalTiyn: calc.totals.totalTiyn,
    });
    // The head reads the office's claims but changes none of them.
    const err = await claims(head)
      .recordPayment(draft.id, { date: TODAY, amountTiyn: 300_000 }, 'head-1')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotOwnRecordError);
    expect(await head.pending()).toBe(0);
    await b.sync();
    expect(await b.db.feeClaims.count()).toBe(0);
  });

  it('a push delivered twice changes nothing the second time', async () => {
    const a = await signedIn('dev-adv-a', 'adv-a', 'advocate');
    await a.sync();
    const claim = await claims(a).createDraft(defenceClaimInput(), 'adv-a');
    await claims(a).markReady(claim.id, calc, 'adv-a', []);
    a.transport.pushFaults.push('duplicate');
    expect(await a.sync()).toMatchObject({ rejected: 0, conflicts: 0 });
    expect(await a.pending()).toBe(0);
    const records = async () =>
      (await server.records()).filter((r) => r.entity === 'feeClaim').map((r) => r.version);
    expect(await records()).toEqual([2]);
    const before = { records: await server.records(), ops: await server.count('ops') };

    // Nothing pending: another sync pushes nothing and the server stays as it was.
    expect(await a.sync()).toMatchObject({ pushed: 0 });
    expect({ records: await server.records(), ops: await server.count('ops') }).toEqual(before);
    expect((await claims(a).get(claim.id))!.version).toBe(2);
    expect(await a.db.feeClaims.count()).toBe(1);
  });
});
