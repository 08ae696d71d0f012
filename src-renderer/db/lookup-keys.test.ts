/**
 * Every comparison of lookup keys across records, proved with the ENCRYPTING codec (blind
 * indexes bound to entity and field): with the identity codec any namespace "works", so only
 * these tests can show that two entities' keys really meet in one namespace.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { consultationInput } from '../../src-shared/contracts/entities/consultation.fixture';
import { createVault } from '../../src-shared/security/vault/vault';
import { AppDb } from './app-db';
import { AppointmentRepository } from './appointment-repository';
import {
  checkDecision,
  checkFacts,
  IIN,
  intakeInput,
  OTHER_IIN,
  storeDeps,
} from './at-rest/registers.fixture';
import { ConsultationRepository } from './consultation-repository';
import { EligibilityCheckRepository } from './eligibility-check-repository';
import { encryptingCodec } from './encrypting-codec';
import type { FieldCodec } from './field-codec';
import { looksBlinded, personIinKey } from './lookup-keys';
import { OfficeAidLookup } from './office-aid';

const dbs: AppDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

let codec: FieldCodec;
let otherLaptop: FieldCodec;
beforeAll(async () => {
  codec = encryptingCodec((await createVault('құпия сөз', { iterations: 1000 })).vault);
  otherLaptop = encryptingCodec((await createVault('басқа', { iterations: 1000 })).vault);
});

async function device(self: string) {
  const db = new AppDb(`keys-${dbs.length}-${Math.random()}`);
  dbs.push(db);
  await db.profile.put({ id: self, fullName: 'q1.x', version: 1 } as never);
  const deps = storeDeps(db, codec, self);
  const consultations = new ConsultationRepository(deps);
  return {
    db,
    consultations,
    appointments: new AppointmentRepository(deps, consultations),
    checks: new EligibilityCheckRepository(deps),
    office: new OfficeAidLookup(deps),
  };
}

describe('lookup keys compared across entities, under the encrypting codec', () => {
  it('consultation and eligibility-check iinKey meet (the cl. 42 check on a head device)', async () => {
    const head = await device('head-1');
    // A colleague's consultation and check of the same person, day, area and service: one aid.
    const c = await head.consultations.create(consultationInput(), 'adv-b');
    const check = await head.checks.record(checkFacts, checkDecision(), 'adv-b');
    const rows = [
      await head.db.consultations.get(c.id),
      await head.db.eligibilityChecks.get(check.id),
    ];
    expect(rows[0]!.iinKey).toBe(rows[1]!.iinKey);
    expect(rows[0]!.iinKey).not.toBe(IIN);
    expect(looksBlinded(rows[0]!.iinKey)).toBe(true);
    expect((await head.office.forPerson(IIN)).map((a) => [a.entity, a.recordId])).toEqual([
      ['consultation', c.id],
    ]);
    // On another day the check is aid of its own, found by the same key.
    const later = await head.checks.record(
      { ...checkFacts, date: '2026-11-20' },
      { ...checkDecision(), date: '2026-11-20' },
      'adv-b',
    );
    expect((await head.office.forPerson(IIN)).map((a) => a.recordId)).toEqual([c.id, later.id]);
    expect(await head.office.forPerson(OTHER_IIN)).toEqual([]);
  });

  it("a colleague's aid mark, blinded on arrival, meets this device's keys", async () => {
    const adv = await device('adv-a');
    const own = await adv.checks.record(checkFacts, checkDecision(), 'adv-a');
    const mark = {
      entity: 'consultation',
      entityId: 'c-colleague',
      ownerId: 'adv-b',
      ownerName: 'adv-b',
      issueAreaId: 'alimony',
      date: '2026-10-01',
      status: 'given',
      service: 'consultation',
      version: 1,
      revision: 3,
    };
    // As sync/aid-marks.ts stores it: the wire's plain key blinded with this device's codec.
    await adv.db.officeAidMarks.put({ ...mark, iinKey: await personIinKey(codec, IIN) });
    // Blinded by another laptop's key (what travelling in the at-rest form would give): no match.
    await adv.db.officeAidMarks.put({
      ...mark,
      entityId: 'c-elsewhere',
      iinKey: await personIinKey(otherLaptop, IIN),
    });
    const prior = await adv.checks.priorRecordsFor(IIN);
    expect(prior.map((p) => [p.source, p.recordId])).toEqual([
      ['own', own.id],
      ['office', 'c-colleague'],
    ]);
  });

  it('fee caps and reports count a person by the consultation rows’ iinKey', async () => {
    const adv = await device('adv-a');
    const first = await adv.consultations.create(consultationInput(), 'adv-a');
    const second = await adv.consultations.create(
      consultationInput({ appliedAt: '2026-11-20T09:40' }),
      'adv-a',
    );
    const represented = await adv.consultations.create(
      consultationInput({
        representedPerson: { fullName: 'Омаров Ерлан', iin: OTHER_IIN },
      }),
      'adv-a',
    );
    const key = async (id: string) => (await adv.db.consultations.get(id))!.iinKey;
    expect(await key(first.id)).toBe(await key(second.id));
    // The person helped is the one represented: another person, another key.
    expect(await key(represented.id)).not.toBe(await key(first.id));
    expect((await adv.consultations.forPerson(OTHER_IIN)).map((r) => r.id)).toEqual([
      represented.id,
    ]);
  });

  it('the conflict check meets a person on either side of another appointment', async () => {
    const adv = await device('adv-a');
    const earlier = await adv.appointments.create(intakeInput(), 'adv-a');
    const c = await adv.consultations.create(
      consultationInput({
        applicant: {
          fullName: 'Омаров Ерлан',
          iin: OTHER_IIN,
          identityDocument: { type: 'Жеке куәлік', number: '1', date: '2019-05-01' },
        },
      }),
      'adv-a',
    );
    // The earlier victim is the new client: found by IIN key, and by name key without an IIN.
    for (const client of [
      { fullName: 'Омаров Ерлан', iin: OTHER_IIN },
      { fullName: 'ОМАРОВ  Ерлан', iin: '' },
    ]) {
      const found = await adv.appointments.conflictCandidates('adv-a', {
        ...intakeInput({ caseNumber: '999', client, opposingParties: [] }),
        id: 'new',
      } as never);
      expect(found.appointments.map((a) => a.id)).toEqual([earlier.id]);
      expect(found.consultations.map((e) => e.id)).toEqual([c.id]);
    }
  });
});
