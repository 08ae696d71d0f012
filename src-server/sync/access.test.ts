import { describe, expect, it } from 'vitest';
import { syncedEntityNames } from '../../src-shared/contracts/sync/protocol';
import {
  canRead,
  canWrite,
  checkOp,
  markScope,
  readScope,
  seesMarkOf,
  syncedEntities,
  type RecordOwnership,
} from './access';
import { COLLEGIUM, consultation, OFFICE_1, OFFICE_2, op, principal, type UserId } from './testing';

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
    expect(canWrite(p, own(owner, office)).ok).toBe(w);
    expect(canRead(p, own(owner, office))).toBe(r);
  });

  it('creates: advocates and heads may, staff may not', () => {
    expect(canWrite(principal('adv-a'), null).ok).toBe(true);
    expect(canWrite(principal('head-1'), null).ok).toBe(true);
    expect(canWrite(principal('staff'), null)).toEqual({ ok: false, code: 'forbidden' });
  });

  it('another collegium is another world', () => {
    expect(canWrite(principal('adv-a'), { ...own('adv-a'), collegiumId: 'col-2' }).ok).toBe(false);
  });
});

describe('readScope', () => {
  it('advocate: owner and office; head: office; staff: none', () => {
    expect(readScope(principal('adv-a'))).toEqual({
      kind: 'owner',
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
    expect(seesMarkOf(p, own(owner, office))).toBe(mark);
    // A mark is never given for a record the caller may read in full.
    if (mark) expect(canRead(p, own(owner, office))).toBe(false);
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
    };
    expect(Object.keys(rows).sort()).toEqual([...syncedEntityNames].sort());
    expect(Object.keys(syncedEntities).sort()).toEqual([...syncedEntityNames].sort());
    for (const [entity, record] of Object.entries(rows)) {
      expect(checkOp(A, op(record, 0, { entity })), entity).toEqual({ ok: true });
    }
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
