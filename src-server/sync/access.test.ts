import { describe, expect, it } from 'vitest';
import { rosterMemberRecordSchema } from '../../src-shared/contracts/entities/duty-roster';
import {
  dutyScheduleRecordSchema,
  scheduleAckRecordSchema,
} from '../../src-shared/contracts/entities/duty-schedule';
import { distributionAnswerRecordSchema } from '../../src-shared/contracts/entities/duty-distribution';
import { syncedEntityNames } from '../../src-shared/contracts/sync/protocol';
import {
  canRead,
  canWrite,
  checkOp,
  markedEntities,
  markScope,
  readScope,
  recordBytes,
  seesMarkOf,
  sharedWithOf,
  syncedEntities,
  type RecordOwnership,
} from './access';
import {
  COLLEGIUM,
  consultation,
  distribution,
  distributionAnswer,
  dutySchedule,
  feeClaim,
  OFFICE_1,
  OFFICE_2,
  op,
  principal,
  rosterMember,
  scheduleAck,
  type UserId,
} from './testing';

const own = (ownerId: string, officeId = OFFICE_1): RecordOwnership => ({
  ownerId,
  officeId,
  collegiumId: COLLEGIUM,
});

describe('canWrite / canRead: every role × own / same office / other office', () => {
  // [user, record owner, record office] → [write, read]
  const cases: [UserId, string, string, boolean, boolean][] = [
    ['adv-a', 'adv-a', OFFICE_1, true, true],
    ['adv-a', 'adv-b', OFFICE_1, false, false],
    ['adv-a', 'head-1', OFFICE_1, false, false],
    ['adv-a', 'adv-x', OFFICE_2, false, false],
    // a record of adv-a's filed under another office (a moved advocate): nobody crosses offices
    ['adv-a', 'adv-a', OFFICE_2, false, false],
    ['head-1', 'head-1', OFFICE_1, true, true],
    ['head-1', 'adv-a', OFFICE_1, false, true],
    ['head-1', 'adv-x', OFFICE_2, false, false],
    ['head-2', 'adv-a', OFFICE_1, false, false],
    ['staff', 'adv-a', OFFICE_1, false, false],
    ['staff', 'staff', OFFICE_1, false, false],
  ];
  it.each(cases)('%s on a record of %s in %s: write %s, read %s', (user, owner, office, w, r) => {
    const p = principal(user);
    expect(canWrite(p, 'consultation', own(owner, office)).ok).toBe(w);
    expect(canRead(p, own(owner, office))).toBe(r);
  });

  it('creates: advocates and heads may, staff may not', () => {
    expect(canWrite(principal('adv-a'), 'consultation', null).ok).toBe(true);
    expect(canWrite(principal('head-1'), 'consultation', null).ok).toBe(true);
    expect(canWrite(principal('staff'), 'consultation', null)).toEqual({
      ok: false,
      code: 'forbidden',
    });
  });

  it('another collegium is another world', () => {
    const elsewhere = { ...own('adv-a'), collegiumId: 'col-2' };
    expect(canWrite(principal('adv-a'), 'consultation', elsewhere).ok).toBe(false);
    const schedule = { ...own('head-1'), collegiumId: 'col-2', sharedWith: '*' };
    expect(canWrite(principal('head-1'), 'dutySchedule', schedule).ok).toBe(false);
  });
});

describe('readScope', () => {
  it('advocate: own and shared in the office; head: office; staff: none', () => {
    expect(readScope(principal('adv-a'))).toEqual({
      kind: 'member',
      userId: 'adv-a',
      officeId: OFFICE_1,
    });
    expect(readScope(principal('head-2'))).toEqual({ kind: 'office', officeId: OFFICE_2 });
    expect(readScope(principal('staff'))).toEqual({ kind: 'none' });
    expect(readScope({ ...principal('adv-a'), officeId: null })).toEqual({ kind: 'none' });
  });
});

describe('aid marks (cl. 42): markScope / seesMarkOf', () => {
  // [user, record owner, record office] → gets a mark
  const cases: [UserId, string, string, boolean][] = [
    ['adv-a', 'adv-b', OFFICE_1, true],
    ['adv-a', 'head-1', OFFICE_1, true],
    // their own record is a change, not a mark
    ['adv-a', 'adv-a', OFFICE_1, false],
    ['adv-a', 'adv-x', OFFICE_2, false],
    ['adv-x', 'adv-a', OFFICE_1, false],
    // a head reads the office in full, so no marks on top
    ['head-1', 'adv-a', OFFICE_1, false],
    ['staff', 'adv-a', OFFICE_1, false],
  ];
  it.each(cases)('%s on a record of %s in %s: mark %s', (user, owner, office, mark) => {
    const p = principal(user);
    for (const entity of markedEntities) {
      expect(seesMarkOf(p, entity, own(owner, office))).toBe(mark);
    }
    // A mark is never given for a record the caller may read in full.
    if (mark) expect(canRead(p, own(owner, office))).toBe(false);
  });

  it('only consultations and eligibility checks are marked: duty records never are', () => {
    const shared = { ...own('head-1'), sharedWith: '*' };
    for (const entity of syncedEntityNames) {
      const marked = (markedEntities as readonly string[]).includes(entity);
      expect(seesMarkOf(principal('adv-a'), entity, shared), entity).toBe(marked);
      // the marked kinds are own registers: never shared, so never read in full by a colleague
      if (marked) expect(syncedEntities[entity].policy).toBe('own-register');
    }
  });

  it('advocates of an office only', () => {
    expect(markScope(principal('adv-a'))).toEqual({
      kind: 'peers',
      userId: 'adv-a',
      officeId: OFFICE_1,
    });
    expect(markScope(principal('head-1'))).toEqual({ kind: 'none' });
    expect(markScope(principal('staff'))).toEqual({ kind: 'none' });
    expect(markScope({ ...principal('adv-a'), officeId: null })).toEqual({ kind: 'none' });
  });
});

describe('checkOp', () => {
  const A = principal('adv-a');
  it('accepts each entity row as the client stores it', () => {
    const base = { createdAt: '2025-03-01T09:00:00Z', updatedAt: '2025-03-01T09:00:00Z' };
    const rows: Record<string, Record<string, unknown>> = {
      consultation: consultation('c1', 'adv-a', 1),
      appointment: {
        id: 'p1',
        version: 1,
        ...base,
        advocateId: 'adv-a',
        year: 2025,
        number: 3,
        month: '2025-03',
        receivedDate: '2025-03-01',
        state: 'received',
        stageId: 'pretrial',
        caseKind: 'criminal',
        language: 'ru',
        source: 'ezk',
        caseGroupId: 'g',
        caseKey: 'k',
        personKeys: [],
        searchKeys: [],
        noticeKeys: [],
        recordJson: '{}',
      },
      eligibilityCheck: {
        id: 'e1',
        version: 1,
        ...base,
        actor: 'adv-a',
        date: '2025-03-01',
        service: 'consultation',
        outcome: 'eligible',
        issueAreaId: 'civil',
        categoryId: null,
        packId: 'p',
        packVersion: 1,
        iinKey: 'k',
        factsJson: '{}',
        decisionJson: '{}',
      },
      profile: {
        id: 'pr1',
        version: 1,
        ...base,
        role: 'advocate',
        fullName: 'x',
        licenceNumber: '1',
        licenceDate: '2020-01-01',
        collegium: 'c',
        office: 'o',
        phone: '+7',
        iin: '…',
      },
      // office-wide kinds are the head's, so made by head-1 (the caller below)
      rosterMember: rosterMember('r1', 'head-1', 1),
      dutySchedule: dutySchedule('s1', 'head-1', 1),
      scheduleAck: scheduleAck('k1', 'adv-a', 1),
      distribution: distribution('d1', 'head-1', 'adv-a', 1),
      distributionAnswer: distributionAnswer('n1', 'adv-a', 1),
      feeClaim: feeClaim('f1', 'adv-a', 1),
    };
    expect(Object.keys(rows).sort()).toEqual([...syncedEntityNames].sort());
    expect(Object.keys(syncedEntities).sort()).toEqual([...syncedEntityNames].sort());
    for (const [entity, record] of Object.entries(rows)) {
      const own = syncedEntities[entity as keyof typeof syncedEntities].policy === 'own-register';
      const caller = own ? A : principal('head-1');
      expect(checkOp(caller, op(record, 0, { entity })), entity).toEqual({ ok: true });
    }
  });

  it('the duty fixtures are records the contracts accept (so the light checks see real rows)', () => {
    expect(rosterMemberRecordSchema.safeParse(rosterMember('r1', 'head-1', 1)).success).toBe(true);
    expect(dutyScheduleRecordSchema.safeParse(dutySchedule('s1', 'head-1', 1)).success).toBe(true);
    expect(scheduleAckRecordSchema.safeParse(scheduleAck('k1', 'adv-a', 1)).success).toBe(true);
    expect(
      distributionAnswerRecordSchema.safeParse(distributionAnswer('n1', 'adv-a', 1)).success,
    ).toBe(true);
  });

  it('checks the owner field of each kind', () => {
    expect(checkOp(A, op(consultation('c1', 'adv-b', 1)))).toEqual({
      ok: false,
      code: 'wrong-owner',
    });
    const check = {
      id: 'e1',
      version: 1,
      createdAt: '2025-03-01T09:00:00Z',
      updatedAt: '2025-03-01T09:00:00Z',
      actor: 'adv-b',
      date: '2025-03-01',
      outcome: 'eligible',
      factsJson: '{}',
      decisionJson: '{}',
    };
    expect(checkOp(A, op(check, 0, { entity: 'eligibilityCheck' }))).toEqual({
      ok: false,
      code: 'wrong-owner',
    });
  });

  it('refuses device-local and unknown entities, inherited names included', () => {
    for (const entity of ['rulePack', 'audit', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(checkOp(A, op(consultation('c1', 'adv-a', 1), 0, { entity }))).toEqual({
        ok: false,
        code: 'unknown-entity',
      });
    }
  });

  it('version must be base + 1', () => {
    expect(checkOp(A, op(consultation('c1', 'adv-a', 2), 0)).ok).toBe(false);
    expect(checkOp(A, op(consultation('c1', 'adv-a', 5), 4)).ok).toBe(true);
  });
});

describe('office-wide kinds (issue 7)', () => {
  const H = principal('head-1');
  const successor = { ...H, userId: 'head-1b', deviceId: 'dev-head-1b' };
  const shared = (ownerId: string, officeId: string, sharedWith: string | null) => ({
    ...own(ownerId, officeId),
    sharedWith,
  });

  it('checkOp: only a head writes them, in their own name', () => {
    const cases: [string, Record<string, unknown>][] = [
      ['rosterMember', rosterMember('r1', 'adv-a', 1)],
      ['dutySchedule', dutySchedule('s1', 'adv-a', 1)],
      ['distribution', distribution('d1', 'adv-a', 'adv-a', 1)],
    ];
    for (const [entity, record] of cases) {
      // an advocate may not, even naming themselves: 'forbidden', not 'wrong-owner'
      expect(checkOp(principal('adv-a'), op(record, 0, { entity })), entity).toEqual({
        ok: false,
        code: 'forbidden',
      });
      expect(checkOp(principal('staff'), op(record, 0, { entity })), entity).toEqual({
        ok: false,
        code: 'forbidden',
      });
      // a head, but the record names someone else as its head
      expect(checkOp(H, op(record, 0, { entity })), entity).toEqual({
        ok: false,
        code: 'wrong-owner',
      });
      expect(checkOp(H, op({ ...record, headId: 'head-1' }, 0, { entity })), entity).toEqual({
        ok: true,
      });
    }
  });

  it("checkOp: a hand-over cannot be addressed to '*' (the whole office)", () => {
    expect(
      checkOp(H, op(distribution('d1', 'head-1', '*', 1), 0, { entity: 'distribution' })),
    ).toEqual({
      ok: false,
      code: 'invalid-record',
    });
  });

  it('canWrite: any head of the office updates them (a successor too); nobody else', () => {
    for (const entity of ['rosterMember', 'dutySchedule', 'distribution']) {
      const rec = shared('head-1', OFFICE_1, '*');
      expect(canWrite(H, entity, rec).ok, entity).toBe(true);
      expect(canWrite(successor, entity, rec).ok, entity).toBe(true);
      expect(canWrite(successor, entity, null).ok, entity).toBe(true);
      expect(canWrite(principal('adv-a'), entity, rec), entity).toEqual({
        ok: false,
        code: 'forbidden',
      });
      expect(canWrite(principal('adv-a'), entity, null).ok, entity).toBe(false);
      expect(canWrite(principal('head-2'), entity, rec).ok, entity).toBe(false);
      expect(canWrite(principal('staff'), entity, rec).ok, entity).toBe(false);
    }
    // an own register stays its owner's, whoever else is head
    expect(canWrite(H, 'scheduleAck', own('adv-a')).ok).toBe(false);
    expect(canWrite(principal('adv-a'), 'scheduleAck', own('adv-a')).ok).toBe(true);
    expect(canWrite(H, 'nope', null)).toEqual({ ok: false, code: 'unknown-entity' });
  });

  it('sharedWithOf follows the policy, and a hand-over its current assignee', () => {
    expect(sharedWithOf('rosterMember', rosterMember('r1', 'head-1', 1))).toBe('*');
    expect(sharedWithOf('dutySchedule', dutySchedule('s1', 'head-1', 1))).toBe('*');
    expect(sharedWithOf('distribution', distribution('d1', 'head-1', 'adv-b', 2))).toBe('adv-b');
    expect(sharedWithOf('distribution', distribution('d1', 'head-1', '', 1))).toBeNull();
    expect(sharedWithOf('distribution', distribution('d1', 'head-1', '*', 1))).toBeNull();
    expect(sharedWithOf('scheduleAck', scheduleAck('k1', 'adv-a', 1))).toBeNull();
    expect(sharedWithOf('distributionAnswer', distributionAnswer('n1', 'adv-a', 1))).toBeNull();
    expect(sharedWithOf('consultation', consultation('c1', 'adv-a', 1))).toBeNull();
  });

  // [user, owner, office, shared_with] → read
  const reads: [UserId, string, string, string | null, boolean][] = [
    ['adv-a', 'head-1', OFFICE_1, '*', true],
    ['adv-b', 'head-1', OFFICE_1, '*', true],
    ['adv-x', 'head-1', OFFICE_1, '*', false],
    ['head-2', 'head-1', OFFICE_1, '*', false],
    ['staff', 'head-1', OFFICE_1, '*', false],
    ['adv-a', 'head-1', OFFICE_1, 'adv-a', true],
    ['adv-b', 'head-1', OFFICE_1, 'adv-a', false],
    ['head-1', 'head-1', OFFICE_1, 'adv-a', true],
    // a hand-over naming a user of another office reaches nobody there
    ['adv-x', 'head-1', OFFICE_1, 'adv-x', false],
    ['adv-a', 'head-1', OFFICE_1, null, false],
    ['head-1', 'adv-a', OFFICE_1, null, true],
  ];
  it.each(reads)('%s reads a record of %s in %s shared with %s: %s', (user, o, off, w, r) => {
    expect(canRead(principal(user), shared(o, off, w))).toBe(r);
  });
});

describe('recordBytes', () => {
  it("counts the UTF-8 bytes of the record's JSON, given or not", () => {
    const records = [
      { id: 'a', name: 'Әбілқасымова Гүлнәр' },
      { id: 'b', note: 'emoji 🙂, "quotes", \\ and \u0000' },
      { id: 'c', odd: '\ud800 lone surrogate', n: 1.5, list: [null, true] },
    ];
    for (const r of records) {
      const json = JSON.stringify(r);
      const bytes = new TextEncoder().encode(json).length;
      expect(recordBytes(r)).toBe(bytes);
      expect(recordBytes(r, json)).toBe(bytes);
    }
  });
});
