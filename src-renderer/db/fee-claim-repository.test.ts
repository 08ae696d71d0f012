import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { ClaimLifecycleError } from '../../src-shared/domain/fees/claim-lifecycle';
import {
  calculationOf,
  consultationClaimInput,
  defenceClaimInput,
  feeLine,
} from '../../src-shared/domain/fees/claim-lifecycle.fixture';
import { AppDb } from './app-db';
import { verifyAuditLog } from './audit-log';
import type { RepoDeps } from './commit-change';
import { FeeClaimRepository } from './fee-claim-repository';
import { identityCodec, type FieldCodec } from './field-codec';
import { NotOwnRecordError } from './register-owner';

const dbs: AppDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

function setup(codec: FieldCodec = identityCodec) {
  const db = new AppDb(`fee-claims-${dbs.length}-${Math.random()}`);
  dbs.push(db);
  let n = 0;
  // Midday in Kazakhstan: the same calendar day in every zone a test is likely to run in.
  const clock = { now: '2026-11-25T07:00:00.000Z' };
  const deps: RepoDeps = {
    db,
    codec,
    newId: () => `id-${String(++n).padStart(4, '0')}`,
    now: () => clock.now,
  };
  return { db, clock, repo: new FeeClaimRepository(deps) };
}

const calc = calculationOf([
  feeLine('work:a1:w1', { amountTiyn: 400_000 }),
  feeLine('work:a1:w2', { amountTiyn: 200_000 }),
]);
const TOTAL = calc.totals.totalTiyn;

async function snapshot(db: AppDb) {
  return {
    claims: await db.feeClaims.toArray(),
    versions: await db.feeClaimVersions.toArray(),
    outbox: await db.outbox.toArray(),
    audit: await db.audit.toArray(),
  };
}

describe('FeeClaimRepository: drafts and numbering', () => {
  it('numbers claims per advocate per year of creation, starting again in January', async () => {
    const { repo, clock } = setup();
    clock.now = '2025-12-30T07:00:00.000Z';
    const a1 = await repo.createDraft(defenceClaimInput(), 'adv-a');
    const a2 = await repo.createDraft(consultationClaimInput(), 'adv-a');
    const b1 = await repo.createDraft(defenceClaimInput(), 'adv-b');
    clock.now = '2026-01-05T07:00:00.000Z';
    const a2026 = await repo.createDraft(defenceClaimInput(), 'adv-a');
    const a2026b = await repo.createDraft(defenceClaimInput(), 'adv-a');
    expect([a1, a2, b1, a2026, a2026b].map((c) => [c.year, c.number])).toEqual([
      [2025, 1],
      [2025, 2],
      [2025, 1],
      [2026, 1],
      [2026, 2],
    ]);
    expect(await repo.get(a2026b.id)).toEqual(a2026b);
  });

  it('writes row, outbox op and audit entry together; invalid input writes nothing', async () => {
    const { db, repo } = setup();
    const claim = await repo.createDraft(defenceClaimInput(), 'adv-a');
    expect(claim).toMatchObject({ state: 'draft', version: 1, payments: [] });
    const [op] = await db.outbox.toArray();
    expect(op).toMatchObject({ entity: 'feeClaim', entityId: claim.id, baseVersion: 0 });
    expect(op!.record).toEqual(await db.feeClaims.get(claim.id));
    expect(await verifyAuditLog(db)).toMatchObject({ intact: true, count: 1 });

    const before = await snapshot(db);
    const err = await repo
      .createDraft(defenceClaimInput({ appointmentId: '' }), 'adv-a')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZodError);
    expect(await snapshot(db)).toEqual(before);
  });

  it('stores index fields plain and the rest through the codec', async () => {
    const tagging: FieldCodec = {
      id: 'tag',
      encode: async (_e, _f, plain) => `enc:${plain}`,
      decode: async (_e, _f, stored) => stored.replace(/^enc:/, ''),
      lookupKey: async (_e, _f, plain) => `k:${plain}`,
    };
    const { db, repo } = setup(tagging);
    const claim = await repo.createDraft(defenceClaimInput(), 'adv-a');
    const row = (await db.feeClaims.get(claim.id))!;
    expect(row.claimJson.startsWith('enc:')).toBe(true);
    const plain = { ...row, claimJson: '' };
    expect(JSON.stringify(plain)).not.toContain('12/345'); // the decree's number
    expect(JSON.stringify(plain)).not.toContain('СУ ДП');
    expect(row).toMatchObject({
      kind: 'defence',
      appointmentId: 'a1',
      periodFrom: '2026-11-01',
      periodTo: '2026-11-30',
      periodMonth: '2026-11',
      totalTiyn: 0,
      paidTiyn: 0,
    });
    expect(await repo.get(claim.id)).toEqual(claim);
  });

  it('edits a draft as a new version, the old one archived', async () => {
    const { db, repo } = setup();
    const claim = await repo.createDraft(defenceClaimInput(), 'adv-a');
    const edited = await repo.updateDraft(
      claim.id,
      defenceClaimInput({ workItemIds: ['w1'], note: 'Тек бірінші' }),
      'adv-a',
    );
    expect(edited).toMatchObject({ version: 2, workItemIds: ['w1'], note: 'Тек бірінші' });
    expect((await repo.history(claim.id)).map((c) => [c.version, c.workItemIds])).toEqual([
      [1, ['w1', 'w2']],
      [2, ['w1']],
    ]);
    const audit = await db.audit.toArray();
    expect(audit.at(-1)).toMatchObject({
      action: 'update',
      reason: 'edit',
      fields: ['workItemIds', 'note'],
    });
  });
});

describe('FeeClaimRepository: the life of a claim', () => {
  it('ready → submitted → partly paid → paid, each step a version with its audit entry', async () => {
    const { db, repo, clock } = setup();
    const claim = await repo.createDraft(defenceClaimInput(), 'adv-a');
    const ready = await repo.markReady(claim.id, calc, 'adv-a', [
      { code: 'late', severity: 'warning', params: {} },
    ]);
    expect(ready).toMatchObject({ state: 'ready', calculation: calc, version: 2 });
    expect(await db.feeClaims.get(claim.id)).toMatchObject({ state: 'ready', totalTiyn: TOTAL });

    clock.now = '2026-11-26T07:00:00.000Z';
    await repo.submit(
      claim.id,
      { date: '2026-11-26', channel: 'ezk', ezkNumber: 'ЕЗК-77' },
      'adv-a',
    );
    clock.now = '2026-12-10T07:00:00.000Z';
    const part = await repo.recordPayment(
      claim.id,
      { date: '2026-12-10', amountTiyn: 400_000, reason: 'Екінші әрекетке құжат жоқ' },
      'adv-a',
    );
    expect(part).toMatchObject({ state: 'partly-paid', version: 4 });
    expect(await db.feeClaims.get(claim.id)).toMatchObject({
      state: 'partly-paid',
      paidTiyn: 400_000,
      totalTiyn: TOTAL,
    });
    const paid = await repo.recordPayment(
      claim.id,
      { date: '2026-12-10', amountTiyn: TOTAL - 400_000 },
      'adv-a',
    );
    expect(paid.state).toBe('paid');
    expect(paid.history.map((h) => h.state)).toEqual([
      'draft',
      'ready',
      'submitted',
      'partly-paid',
      'paid',
    ]);

    expect((await repo.history(claim.id)).map((c) => [c.version, c.state])).toEqual([
      [1, 'draft'],
      [2, 'ready'],
      [3, 'submitted'],
      [4, 'partly-paid'],
      [5, 'paid'],
    ]);
    expect(await db.feeClaimVersions.count()).toBe(4);
    expect((await db.outbox.toArray()).map((o) => [o.baseVersion, o.record.state])).toEqual([
      [0, 'draft'],
      [1, 'ready'],
      [2, 'submitted'],
      [3, 'partly-paid'],
      [4, 'paid'],
    ]);
    const audit = await db.audit.toArray();
    expect(audit.map((a) => a.reason ?? null)).toEqual([
      null,
      'ready',
      'submit',
      'pay: Екінші әрекетке құжат жоқ',
      'pay',
    ]);
    expect(await verifyAuditLog(db)).toMatchObject({ intact: true, count: 5 });
  });

  it('writes nothing when a step is refused', async () => {
    const { db, repo } = setup();
    const claim = await repo.createDraft(defenceClaimInput(), 'adv-a');
    const before = await snapshot(db);
    const refusals: [Promise<unknown>, string][] = [
      [
        repo.submit(claim.id, { date: '2026-11-25', channel: 'paper' }, 'adv-a'),
        'fees.lifecycle.errors.notReady',
      ],
      [
        repo.markReady(claim.id, calc, 'adv-a', [
          { code: 'basis-missing', severity: 'error', params: {} },
        ]),
        'fees.lifecycle.errors.hasErrors',
      ],
      [
        repo.markReady(claim.id, calculationOf([feeLine('work:a1:w9')]), 'adv-a', []),
        'fees.lifecycle.errors.calculationMismatch',
      ],
      [
        repo.recordPayment(claim.id, { date: '2026-11-25', amountTiyn: 1 }, 'adv-a'),
        'fees.lifecycle.errors.notSubmitted',
      ],
      [repo.copyAsNewDraft(claim.id, 'adv-a'), 'fees.lifecycle.errors.notRejected'],
      [repo.backToDraft('nope', 'x', 'adv-a'), 'fees.lifecycle.errors.notFound'],
    ];
    for (const [attempt, code] of refusals) {
      const err = await attempt.catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ClaimLifecycleError);
      expect((err as ClaimLifecycleError).code).toBe(code);
    }
    expect(await snapshot(db)).toEqual(before);

    await repo.markReady(claim.id, calc, 'adv-a', []);
    await repo.submit(claim.id, { date: '2026-11-25', channel: 'paper' }, 'adv-a');
    const submitted = await snapshot(db);
    const over = await repo
      .recordPayment(claim.id, { date: '2026-11-25', amountTiyn: TOTAL + 1 }, 'adv-a')
      .catch((e: unknown) => e);
    expect((over as ClaimLifecycleError).code).toBe('fees.lifecycle.errors.overpaid');
    const future = await repo
      .reject(claim.id, { date: '2026-11-27', reason: 'x' }, 'adv-a')
      .catch((e: unknown) => e);
    expect((future as ClaimLifecycleError).code).toBe('fees.lifecycle.errors.future');
    const noReason = await repo
      .reject(claim.id, { date: '2026-11-25', reason: ' ' }, 'adv-a')
      .catch((e: unknown) => e);
    expect(noReason).toBeInstanceOf(ZodError);
    expect(await snapshot(db)).toEqual(submitted);
  });

  it('back to draft with a reason, fixed, ready again', async () => {
    const { db, repo } = setup();
    const claim = await repo.createDraft(defenceClaimInput(), 'adv-a');
    await repo.markReady(claim.id, calc, 'adv-a', []);
    const draft = await repo.backToDraft(claim.id, 'Қаулының күні қате', 'adv-a');
    expect(draft.state).toBe('draft');
    expect(draft.calculation).toBeUndefined();
    expect(await db.feeClaims.get(claim.id)).toMatchObject({ state: 'draft', totalTiyn: 0 });
    expect((await db.audit.toArray()).at(-1)?.reason).toBe('back-to-draft: Қаулының күні қате');
    const fixed = await repo.updateDraft(
      claim.id,
      defenceClaimInput({
        basisDocument: { typeId: 'decree', number: '12/345', date: '2026-11-21', issuedBy: 'СУ' },
      }),
      'adv-a',
    );
    expect(fixed.basisDocument.date).toBe('2026-11-21');
    expect((await repo.markReady(claim.id, calc, 'adv-a', [])).version).toBe(5);
  });

  it('a rejected claim stays; a new draft with its own number is made from it', async () => {
    const { db, repo } = setup();
    const claim = await repo.createDraft(defenceClaimInput({ note: 'Бірінші' }), 'adv-a');
    await repo.markReady(claim.id, calc, 'adv-a', []);
    await repo.submit(claim.id, { date: '2026-11-25', channel: 'ezk' }, 'adv-a');
    const rejected = await repo.reject(
      claim.id,
      { date: '2026-11-25', reason: 'Қаулының көшірмесі жоқ' },
      'adv-a',
    );
    const copy = await repo.copyAsNewDraft(claim.id, 'adv-a');
    expect(copy).toMatchObject({
      state: 'draft',
      version: 1,
      number: 2,
      copiedFromId: claim.id,
      note: 'Бірінші',
      workItemIds: ['w1', 'w2'],
      payments: [],
    });
    expect(copy.calculation).toBeUndefined();
    expect(await repo.get(claim.id)).toEqual(rejected);
    expect((await db.audit.toArray()).at(-1)).toMatchObject({ action: 'create', reason: 'copy' });
  });

  it("refuses a change by anyone but the claim's owner, writing nothing", async () => {
    const { db, repo } = setup();
    const claim = await repo.createDraft(defenceClaimInput(), 'adv-a');
    const before = await snapshot(db);
    for (const attempt of [
      repo.updateDraft(claim.id, defenceClaimInput(), 'head-1'),
      repo.markReady(claim.id, calc, 'head-1', []),
    ]) {
      expect(await attempt.catch((e: unknown) => e)).toBeInstanceOf(NotOwnRecordError);
    }
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('FeeClaimRepository: reads', () => {
  it('lists one advocate newest first, with filters; other claims for the duplicate check', async () => {
    const { repo, clock } = setup();
    clock.now = '2025-12-30T07:00:00.000Z';
    const old = await repo.createDraft(defenceClaimInput(), 'adv-a');
    clock.now = '2026-11-25T07:00:00.000Z';
    const cons = await repo.createDraft(
      consultationClaimInput({ period: { from: '2026-10-01', to: '2026-10-31' } }),
      'adv-a',
    );
    const def = await repo.createDraft(defenceClaimInput({ workItemIds: ['w1'] }), 'adv-a');
    await repo.createDraft(defenceClaimInput(), 'adv-b');
    await repo.markReady(old.id, calc, 'adv-a', []);

    expect((await repo.list('adv-a')).map((c) => c.id)).toEqual([def.id, cons.id, old.id]);
    expect((await repo.list('adv-a', { kind: 'consultation' })).map((c) => c.id)).toEqual([
      cons.id,
    ]);
    expect((await repo.list('adv-a', { periodMonth: '2026-10' })).map((c) => c.id)).toEqual([
      cons.id,
    ]);
    expect((await repo.list('adv-a', { state: 'ready', year: 2025 })).map((c) => c.id)).toEqual([
      old.id,
    ]);
    expect((await repo.list('adv-a', { appointmentId: 'a1' })).map((c) => c.id)).toEqual([
      def.id,
      old.id,
    ]);

    expect(await repo.otherClaims('adv-a', def.id)).toEqual([
      {
        id: cons.id,
        label: `${cons.number}/2026`,
        state: 'draft',
        refs: ['consultation:c1', 'consultation:c2'],
      },
      { id: old.id, label: '1/2025', state: 'ready', refs: ['work:a1:w1', 'work:a1:w2'] },
    ]);
  });
});
