import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDb } from './app-db';
import { identityCodec, type FieldCodec } from './field-codec';
import { OfficeAidLookup } from './office-aid';
import type { ConsultationRow, EligibilityCheckRow, OfficeAidMarkRow } from './rows';

const X = '900101300057';
const Y = '751120400126';

const dbs: AppDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

async function setup(self: string | null, codec: FieldCodec = identityCodec) {
  const db = new AppDb(`office-aid-${dbs.length}-${Math.random()}`);
  dbs.push(db);
  if (self) await db.profile.put({ id: self, fullName: 'Мен', version: 1 } as never);
  return { db, lookup: new OfficeAidLookup({ db, codec }) };
}

const mark = (over: Partial<OfficeAidMarkRow>): OfficeAidMarkRow => ({
  entity: 'consultation',
  entityId: 'c-b1',
  ownerId: 'adv-b',
  ownerName: 'Ахметов Болат',
  iinKey: X,
  issueAreaId: 'alimony',
  date: '2026-10-01',
  status: 'given',
  service: 'consultation',
  version: 1,
  revision: 5,
  ...over,
});

const consultationRow = (id: string, advocateId: string, over: Partial<ConsultationRow> = {}) =>
  ({
    id,
    version: 1,
    advocateId,
    date: '2026-09-15',
    status: 'given',
    issueAreaId: 'alimony',
    iinKey: X,
    year: 2026,
    number: Number(id.replace(/\D/g, '') || 1),
    entryJson: '{}',
    ...over,
  }) as ConsultationRow;

describe('OfficeAidLookup', () => {
  it("finds colleagues' given aid from marks, labelled, newest first; not the person's other records", async () => {
    const { db, lookup } = await setup('adv-a');
    await db.officeAidMarks.bulkPut([
      mark({}),
      mark({ entityId: 'c-b2', date: '2026-11-02', ownerName: null, ownerId: 'adv-c' }),
      // not aid given: deferred, refused check, other person, own record, bad date, other kind
      mark({ entityId: 'c-b3', status: 'deferred' }),
      mark({ entity: 'eligibilityCheck', entityId: 'e-1', status: 'not-eligible' }),
      mark({ entityId: 'c-b4', iinKey: Y }),
      mark({ entityId: 'c-a1', ownerId: 'adv-a' }),
      mark({ entityId: 'c-b5', date: '' }),
      mark({ entity: 'appointment', entityId: 'p-1' }),
    ]);
    const aid = await lookup.forPerson(X);
    expect(aid).toEqual([
      {
        recordId: 'c-b2',
        entity: 'consultation',
        ownerId: 'adv-c',
        advocateName: null,
        date: '2026-11-02',
        issueAreaId: 'alimony',
        service: 'consultation',
        from: 'mark',
      },
      expect.objectContaining({ recordId: 'c-b1', advocateName: 'Ахметов Болат' }),
    ]);
    expect(await lookup.forPerson(Y)).toHaveLength(1);
  });

  it("a colleague's granted check and consultation of the same day and area are one aid", async () => {
    const { db, lookup } = await setup('adv-a');
    await db.officeAidMarks.bulkPut([
      mark({}),
      mark({ entity: 'eligibilityCheck', entityId: 'e-b1', status: 'eligible' }),
      mark({
        entity: 'eligibilityCheck',
        entityId: 'e-b2',
        status: 'eligible',
        service: 'defence',
        issueAreaId: 'criminal',
      }),
    ]);
    expect((await lookup.forPerson(X)).map((a) => [a.recordId, a.service])).toEqual([
      ['c-b1', 'consultation'],
      ['e-b2', 'defence'],
    ]);
  });

  it('matches every kind in the one person namespace, whatever the codec keys apart', async () => {
    const perEntity: FieldCodec = {
      ...identityCodec,
      id: 'per-entity',
      lookupKey: async (entity, _field, plain) => `${entity}:${plain}`,
    };
    const { db, lookup } = await setup('adv-a', perEntity);
    await db.officeAidMarks.bulkPut([
      mark({ iinKey: `person:${X}` }),
      mark({
        entity: 'eligibilityCheck',
        entityId: 'e-b1',
        status: 'eligible',
        iinKey: `person:${X}`,
        date: '2026-08-01',
      }),
      // Keyed in an entity's own namespace, a mark would never match: not found.
      mark({ entityId: 'c-own-ns', iinKey: `consultation:${X}` }),
    ]);
    expect((await lookup.forPerson(X)).map((a) => a.recordId)).toEqual(['c-b1', 'e-b1']);
  });

  it("on a head's device: colleagues' full rows, named from their profiles; own rows are not office aid", async () => {
    const { db, lookup } = await setup('head-1');
    await db.consultations.bulkPut([
      consultationRow('c-b1', 'adv-b'),
      consultationRow('c-h1', 'head-1'),
      consultationRow('c-b6', 'adv-b', { status: 'refused' }),
    ]);
    await db.eligibilityChecks.put({
      id: 'e-c1',
      actor: 'adv-c',
      date: '2026-07-01',
      service: 'consultation',
      outcome: 'eligible',
      issueAreaId: 'labour',
      iinKey: X,
    } as EligibilityCheckRow);
    await db.officeProfiles.put({ id: 'adv-b', fullName: 'Серікова Айгерім' } as never);
    // A stale mark of a record held in full (say, from before the user became head) is ignored.
    await db.officeAidMarks.bulkPut([
      mark({ entityId: 'c-b1', ownerName: 'old name', date: '2020-01-01' }),
      mark({ entityId: 'c-b6', status: 'given' }),
    ]);
    expect(await lookup.forPerson(X)).toEqual([
      expect.objectContaining({
        recordId: 'c-b1',
        advocateName: 'Серікова Айгерім',
        date: '2026-09-15',
        from: 'row',
      }),
      expect.objectContaining({ recordId: 'e-c1', advocateName: null, entity: 'eligibilityCheck' }),
    ]);
  });

  it('the profile name beats the account name of a mark', async () => {
    const { db, lookup } = await setup('adv-a');
    await db.officeProfiles.put({ id: 'adv-b', fullName: 'Ахметов Болат Серікұлы' } as never);
    await db.officeAidMarks.put(mark({ ownerName: 'bolat' }));
    expect((await lookup.forPerson(X))[0]?.advocateName).toBe('Ахметов Болат Серікұлы');
  });
});
