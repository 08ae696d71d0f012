import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { syncedEntityNames } from '../../../src-shared/contracts/sync/protocol';
import { createVault } from '../../../src-shared/security/vault/vault';
import { AppDb } from '../app-db';
import { AppointmentRepository } from '../appointment-repository';
import { ConsultationRepository } from '../consultation-repository';
import { EligibilityCheckRepository } from '../eligibility-check-repository';
import { encryptingCodec } from '../encrypting-codec';
import { FeeClaimRepository } from '../fee-claim-repository';
import { identityCodec, type FieldCodec } from '../field-codec';
import { ProfileRepository } from '../profile-repository';
import type { ConsultationRow } from '../rows';
import { fillRegisters, IIN, plaintextIn, storeDeps } from './registers.fixture';
import { atRestShapes, type Rec } from './shapes';
import {
  sealAtRest,
  storedForm,
  toAtRest,
  toAtRestOrSealed,
  toWire,
  TranscodeError,
} from './transcode';

const dbs: AppDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});
const newDb = () => {
  const db = new AppDb(`transcode-${dbs.length}-${Math.random()}`);
  dbs.push(db);
  return db;
};

let codec: FieldCodec;
let stranger: FieldCodec;
beforeAll(async () => {
  codec = encryptingCodec((await createVault('құпия сөз', { iterations: 1000 })).vault);
  stranger = encryptingCodec((await createVault('басқа', { iterations: 1000 })).vault);
});

/** One wire row of every synced entity: the rows the repositories write with identityCodec. */
async function wireRows(): Promise<Map<string, Rec>> {
  const db = newDb();
  await fillRegisters(storeDeps(db));
  const first = async (t: { toCollection(): { first(): Promise<unknown> } }) =>
    (await t.toCollection().first()) as Rec;
  const base = { version: 1, createdAt: 'now', updatedAt: 'now' };
  return new Map<string, Rec>([
    ['consultation', await first(db.consultations)],
    ['appointment', await first(db.appointments)],
    ['eligibilityCheck', await first(db.eligibilityChecks)],
    ['profile', await first(db.profile)],
    ['rosterMember', await first(db.rosterMembers)],
    ['distribution', await first(db.distributions)],
    ['distributionAnswer', await first(db.distributionAnswers)],
    ['feeClaim', await first(db.feeClaims)],
    ['dutySchedule', { ...base, id: 's1', headId: 'h', month: '2026-11', days: [] }],
    ['scheduleAck', { ...base, id: 'k1', advocateId: 'a', scheduleId: 's1', edition: 1 }],
  ]);
}

describe('toWire / toAtRest', () => {
  it('has a sample of every synced entity', async () => {
    expect([...(await wireRows()).keys()].sort()).toEqual([...syncedEntityNames].sort());
  });

  it('with identityCodec both return an equal row, for every entity', async () => {
    for (const [entity, wire] of await wireRows()) {
      expect(await toAtRest(identityCodec, entity, wire), entity).toEqual(wire);
      expect(await toWire(identityCodec, entity, wire), entity).toEqual(wire);
    }
  });

  it('encrypting: wire → at rest → wire is the original; at rest holds no plaintext', async () => {
    for (const [entity, wire] of await wireRows()) {
      const atRest = await toAtRest(codec, entity, wire);
      expect(await toWire(codec, entity, atRest), entity).toEqual(wire);
      const shape = atRestShapes[entity as keyof typeof atRestShapes];
      if (shape.personal.length === 0) {
        expect(atRest, entity).toEqual(wire); // plain office records pass through
        continue;
      }
      expect(plaintextIn(wire), entity).not.toEqual([]); // the scan has something to miss
      expect(plaintextIn(atRest), entity).toEqual([]);
      expect(storedForm(entity, atRest), entity).toBe('at-rest');
      expect(storedForm(entity, wire), entity).toBe('plain');
      // Plain fields are untouched; only personal and lookup fields change.
      for (const [k, v] of Object.entries(wire)) {
        if (!shape.personal.includes(k) && !shape.lookupFields.includes(k)) {
          expect(atRest[k], `${entity}.${k}`).toEqual(v);
        }
      }
      for (const f of shape.lookupFields) expect(atRest[f], `${entity}.${f}`).not.toEqual(wire[f]);
    }
  });

  it('derives exactly the declared lookup fields, as the repository wrote them', async () => {
    for (const [entity, wire] of await wireRows()) {
      const shape = atRestShapes[entity as keyof typeof atRestShapes];
      const keys = shape.lookups ? await shape.lookups(identityCodec, wire) : {};
      expect(Object.keys(keys).sort(), entity).toEqual([...shape.lookupFields].sort());
      for (const f of shape.lookupFields) expect(keys[f], `${entity}.${f}`).toEqual(wire[f]);
    }
  });

  it('an at-rest row is the row the repository writes with the same codec', async () => {
    const db = newDb();
    const ids = await fillRegisters(storeDeps(db, codec));
    const plainDb = newDb();
    await fillRegisters(storeDeps(plainDb));
    const enc = storeDeps(db, codec);
    const consultations = new ConsultationRepository(enc);
    for (const [entity, table] of [
      ['consultation', 'consultations'],
      ['appointment', 'appointments'],
      ['eligibilityCheck', 'eligibilityChecks'],
    ] as const) {
      const written = (await db[table].toCollection().first()) as unknown as Rec;
      const wire = (await plainDb[table].toCollection().first()) as unknown as Rec;
      const transcoded = await toAtRest(codec, entity, wire);
      // Same keys (blind indexes are deterministic); ciphertexts differ only by their nonce.
      const shape = atRestShapes[entity];
      for (const f of shape.lookupFields)
        expect(transcoded[f], `${entity}.${f}`).toEqual(written[f]);
    }
    const opened = await consultations.open(
      (await toAtRest(
        codec,
        'consultation',
        (await plainDb.consultations.get(ids.consultationId)) as unknown as Rec,
      )) as unknown as ConsultationRow,
    );
    expect(opened).toEqual(await consultations.get(ids.consultationId));
    expect(
      await new AppointmentRepository(enc, consultations).forCase(
        ids.profileId,
        '2415-0003-1000123',
      ),
    ).toHaveLength(1);
    expect((await new EligibilityCheckRepository(enc).get(ids.checkId))?.facts.person.iin).toBe(
      IIN,
    );
    expect((await new FeeClaimRepository(enc).get(ids.claimId))?.state).toBe('ready');
    expect((await new ProfileRepository(enc).current())?.fullName).toBe('Әбілқасымова Гүлнәр');
  });

  it("refuses another vault's row and a damaged one; never quotes the text", async () => {
    const wire = (await wireRows()).get('consultation')!;
    const atRest = await toAtRest(codec, 'consultation', wire);
    await expect(toWire(stranger, 'consultation', atRest)).rejects.toMatchObject({
      name: 'TranscodeError',
      step: 'decrypt',
    });
    const broken = { ...wire, entryJson: 'Серікбаев Арман, 900101300057' };
    const error = await toAtRest(codec, 'consultation', broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TranscodeError);
    expect((error as TranscodeError).step).toBe('derive');
    expect(plaintextIn((error as Error).message)).toEqual([]);
  });

  it('seals a row whose keys cannot be derived: encrypted, unindexed, kept', async () => {
    const wire = (await wireRows()).get('appointment')!;
    const broken = { ...wire, recordJson: '{"client": "Серікбаев Арман 900101300057"' };
    const { row, sealed } = await toAtRestOrSealed(codec, 'appointment', broken);
    expect(sealed).toBe(true);
    expect(plaintextIn(row)).toEqual([]);
    expect(row).toMatchObject({ caseKey: '', personKeys: [], searchKeys: [], id: wire.id });
    expect(await codec.decode('appointment', 'recordJson', row.recordJson as string)).toBe(
      broken.recordJson,
    );
    expect(await sealAtRest(identityCodec, 'rulePack', { id: 'x', json: '{}' })).toEqual({
      id: 'x',
      json: '{}',
    });
    expect((await toAtRestOrSealed(codec, 'appointment', wire)).sealed).toBe(false);
  });

  it('tells plain, at-rest, mixed and nothing-personal rows apart', async () => {
    const wire = (await wireRows()).get('profile')!;
    const atRest = await toAtRest(codec, 'profile', wire);
    expect(storedForm('profile', wire)).toBe('plain');
    expect(storedForm('profile', atRest)).toBe('at-rest');
    expect(storedForm('profile', { ...atRest, phone: wire.phone })).toBe('mixed');
    expect(storedForm('rosterMember', { id: 'm', fullName: 'x' })).toBe('none');
    expect(storedForm('rulePack', { id: 'p', json: '{}' })).toBe('none');
  });
});
