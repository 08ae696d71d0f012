import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { decideEligibility } from '../../src-shared/domain/eligibility/engine';
import { eligibilityFactsSchema } from '../../src-shared/domain/eligibility/types';
import { loadShippedPacks } from '../../src-shared/rules/shipped-packs';
import { packInForce } from '../../src-shared/rules/select-pack';
import type { EligibilityPack } from '../../src-shared/rules/pack-schema';
import { AppDb } from './app-db';
import { verifyAuditLog } from './audit-log';
import type { RepoDeps } from './commit-change';
import { EligibilityCheckRepository } from './eligibility-check-repository';
import { identityCodec, type FieldCodec } from './field-codec';

const pack = packInForce(loadShippedPacks(), 'eligibility', '2026-11-25') as EligibilityPack;
const facts = eligibilityFactsSchema.parse({
  date: '2026-11-25',
  service: 'consultation',
  person: { iin: '900101300057', fullName: 'Серікбаев Арман' },
  categoryId: 'cons.26-2-1.issues',
  issue: { areaId: 'alimony', subject: 'Алимент өндіру', isLegal: true },
  evidence: ['identity-document'],
});

const dbs: AppDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

function setup(codec: FieldCodec = identityCodec) {
  const db = new AppDb(`checks-${dbs.length}-${Math.random()}`);
  dbs.push(db);
  let n = 0;
  const deps: RepoDeps = {
    db,
    codec,
    newId: () => `id-${++n}`,
    now: () => '2026-11-25T10:00:00.000Z',
  };
  return { db, repo: new EligibilityCheckRepository(deps) };
}

describe('EligibilityCheckRepository', () => {
  it('records a decision with row, outbox op and audit entry, and replays it identically', async () => {
    const { db, repo } = setup();
    const decision = decideEligibility(facts, pack);
    const saved = await repo.record(facts, decision, 'advocate-1');
    expect(await db.outbox.count()).toBe(1);
    expect(await verifyAuditLog(db)).toMatchObject({ intact: true, count: 1 });
    const loaded = (await repo.get(saved.id))!;
    expect(loaded.decision).toEqual(decision);
    expect(EligibilityCheckRepository.replay(loaded, pack)).toEqual(decision);
  });

  it('finds earlier granted aid by IIN for the once-per-issue check, ignoring refusals', async () => {
    const { repo } = setup();
    await repo.record(facts, decideEligibility(facts, pack), 'a');
    const refused = { ...facts, categoryId: null };
    await repo.record(refused, decideEligibility(refused, pack), 'a');
    const prior = await repo.priorRecordsFor('900101300057');
    expect(prior).toHaveLength(1);
    expect(prior[0]).toMatchObject({
      iin: '900101300057',
      issueAreaId: 'alimony',
      service: 'consultation',
    });
    expect(await repo.priorRecordsFor('751120400126')).toEqual([]);
    const again = decideEligibility(
      { ...facts, sameIssueRecordIds: [prior[0]!.recordId] },
      pack,
      prior,
    );
    expect(again).toMatchObject({
      outcome: 'not-eligible',
      refusalGroundId: 'refusal.42.repeat-issue',
    });
  });

  it('keeps the person out of clear text when the codec encrypts (facts, decision, IIN key)', async () => {
    const sealing: FieldCodec = {
      id: 'test-seal',
      encode: async (_e, _f, plain) => `sealed:${Buffer.from(plain).toString('base64')}`,
      decode: async (_e, _f, stored) => Buffer.from(stored.slice(7), 'base64').toString(),
      lookupKey: async (_e, _f, plain) => `k${plain.length}${plain.at(-1)}`,
    };
    const { db, repo } = setup(sealing);
    const saved = await repo.record(facts, decideEligibility(facts, pack), 'a');
    const raw = JSON.stringify([await db.eligibilityChecks.toArray(), await db.outbox.toArray()]);
    expect(raw).not.toContain('900101300057');
    expect(raw).not.toContain('Серікбаев');
    expect((await repo.get(saved.id))?.facts.person.fullName).toBe('Серікбаев Арман');
    expect(await repo.priorRecordsFor('900101300057')).toHaveLength(1);
  });
});

describe('EligibilityCheckRepository: the office (cl. 42 across advocates)', () => {
  it("adds colleagues' aid from marks, labelled with who gave it, after the own records", async () => {
    const { db, repo } = setup();
    await db.profile.put({ id: 'a', fullName: 'A', version: 1 } as never);
    await repo.record(facts, decideEligibility(facts, pack), 'a');
    await db.officeAidMarks.bulkPut([
      {
        entity: 'consultation',
        entityId: 'c-b1',
        ownerId: 'b',
        ownerName: 'Ахметов Болат',
        iinKey: '900101300057',
        issueAreaId: 'alimony',
        date: '2026-10-01',
        status: 'given',
        service: 'consultation',
        version: 1,
        revision: 3,
      },
      {
        entity: 'consultation',
        entityId: 'c-c1',
        ownerId: 'c',
        ownerName: null,
        iinKey: '900101300057',
        issueAreaId: 'labour',
        date: '2026-09-01',
        status: 'given',
        service: 'consultation',
        version: 1,
        revision: 4,
      },
    ]);
    const prior = await repo.priorRecordsFor('900101300057');
    expect(prior.map((p) => [p.source, p.issueAreaId, p.advocateName])).toEqual([
      ['own', 'alimony', undefined],
      ['office', 'alimony', 'Ахметов Болат'],
      ['office', 'labour', undefined],
    ]);
    // A confirmed colleague's record refuses exactly like an own one.
    const again = decideEligibility({ ...facts, sameIssueRecordIds: ['c-b1'] }, pack, prior);
    expect(again).toMatchObject({
      outcome: 'not-eligible',
      refusalGroundId: 'refusal.42.repeat-issue',
    });
    expect(again.possibleRepeats.map((p) => p.recordId)).toEqual([prior[0]!.recordId, 'c-b1']);
  });

  it("on a head's device a colleague's check is office aid, not the head's own", async () => {
    const { db, repo } = setup();
    await db.profile.put({ id: 'head', fullName: 'H', version: 1 } as never);
    await repo.record(facts, decideEligibility(facts, pack), 'adv-b');
    const prior = await repo.priorRecordsFor('900101300057');
    expect(prior).toEqual([
      expect.objectContaining({ source: 'office', service: 'consultation', date: facts.date }),
    ]);
  });
});
