import { describe, expect, it } from 'vitest';
import type {
  Appointment,
  AppointmentIntake,
  OpposingParty,
} from '../../contracts/entities/appointment';
import type { ConsultationEntry } from '../../contracts/entities/consultation';
import type { DefenceRegisterPack } from '../../rules/pack-schema';
import { loadShippedPacks } from '../../rules/shipped-packs';
import { findConflicts, personLabel } from './conflict-check';

const pack = loadShippedPacks().find(
  (p): p is DefenceRegisterPack => p.kind === 'defence-register',
)!;

const CASE = '241500031000123';
const ARMAN = { fullName: 'Серікбаев Арман Болатұлы', iin: '900101300126' };
const DANA = { fullName: 'Ахметова Дана Серікқызы', iin: '950202400458' };
const BOLAT = { fullName: 'Жұмабаев Болат', iin: '880303300782' };

function intake(over: Partial<AppointmentIntake> = {}): AppointmentIntake {
  return {
    source: 'ezk',
    receivedAt: '2026-03-02T10:00',
    language: 'kk',
    ezkNumber: '',
    decree: { number: '15', date: '2026-03-02', body: 'ДП г. Алматы', official: '' },
    caseKind: 'criminal',
    caseNumber: CASE,
    client: { ...ARMAN },
    statusId: 'status.suspect',
    categoryId: 'def.26-3-1.criminal-defence',
    qualification: 'ч. 1 ст. 188 УК',
    stageId: 'stage.pre-trial',
    mandatoryGrounds: [],
    opposingParties: [],
    previousAdvocate: '',
    replacementReasonId: '',
    replacementNote: '',
    note: '',
    ...over,
  };
}

let seq = 0;
function appointment(over: Partial<Appointment> = {}): Appointment {
  seq += 1;
  return {
    ...intake(),
    id: `a${seq}`,
    version: 1,
    advocateId: 'adv1',
    year: 2026,
    number: seq,
    state: 'accepted',
    caseGroupId: `a${seq}`,
    notices: [],
    notifications: [],
    work: [],
    createdAt: '2026-01-10T10:00:00Z',
    updatedAt: '2026-01-10T10:00:00Z',
    ...over,
  };
}

function consultation(over: Partial<ConsultationEntry> = {}): ConsultationEntry {
  seq += 1;
  return {
    id: `c${seq}`,
    version: 1,
    advocateId: 'adv1',
    year: 2025,
    number: seq,
    durationMinutes: 30,
    createdAt: '2025-05-01T10:00:00Z',
    updatedAt: '2025-05-01T10:00:00Z',
    appliedAt: '2025-05-01T10:00',
    language: 'ru',
    applicant: {
      ...BOLAT,
      identityDocument: { type: 'удостоверение личности', number: '1', date: '' },
    },
    categoryId: 'cons.26-2-1.disability',
    issue: { areaId: 'area.family', subject: 'алименты' },
    form: 'oral',
    content: 'разъяснено',
    startedAt: '10:00',
    endedAt: '10:30',
    place: { kind: 'office' },
    status: 'given',
    appointmentAt: '',
    note: '',
    ...over,
  };
}

const opp = (p: { fullName: string; iin?: string }, statusId = ''): OpposingParty => ({
  fullName: p.fullName,
  iin: p.iin ?? '',
  statusId,
});

const none = { appointments: [], consultations: [] };

describe('findConflicts', () => {
  it('finds nothing without records', () => {
    expect(findConflicts(intake(), none, pack)).toEqual([]);
  });

  it('(a) same case: the earlier client is now on the other side → conflict', () => {
    const earlier = appointment({ client: { ...DANA }, statusId: 'status.victim' });
    const r = findConflicts(
      intake({ opposingParties: [opp(DANA, 'status.victim')] }),
      { appointments: [earlier], consultations: [] },
      pack,
    );
    expect(r).toEqual([
      {
        kind: 'same-case-opposing',
        severity: 'conflict',
        recordType: 'appointment',
        recordId: earlier.id,
        recordLabel: `${earlier.number}/2026`,
        person: 'Ахметова Дана Серікқызы (950202******)',
        matchedBy: 'iin',
        caseNumber: CASE,
      },
    ]);
  });

  it('(a) same case: the earlier record lists the new client on the other side → conflict', () => {
    const earlier = appointment({
      client: { ...DANA },
      statusId: 'status.victim',
      opposingParties: [opp(ARMAN, 'status.suspect')],
    });
    const r = findConflicts(intake(), { appointments: [earlier], consultations: [] }, pack);
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ kind: 'same-case-opposing', severity: 'conflict' });
    // Named by the earlier client: the person the advocate acted for in that record.
    expect(r[0]!.person).toBe('Ахметова Дана Серікқызы (950202******)');
  });

  it('(a) finds the same case written another way', () => {
    const earlier = appointment({ caseNumber: '2415 0003 1000 123', client: { ...DANA } });
    const r = findConflicts(
      intake({ caseNumber: '№241500031000123', opposingParties: [opp(DANA)] }),
      { appointments: [earlier], consultations: [] },
      pack,
    );
    expect(r.map((f) => f.kind)).toEqual(['same-case-opposing']);
  });

  it('(b) same case, same client (the next stage) is continuity, not a finding', () => {
    const earlier = appointment({ stageId: 'stage.pre-trial', statusId: 'status.accused' });
    const r = findConflicts(
      intake({ stageId: 'stage.first-instance', statusId: 'status.defendant' }),
      { appointments: [earlier], consultations: [] },
      pack,
    );
    expect(r).toEqual([]);
  });

  it('(b) the same client matched by name when the earlier record has no IIN', () => {
    const earlier = appointment({ client: { fullName: 'арман серікбаев болатұлы', iin: '' } });
    expect(findConflicts(intake(), { appointments: [earlier], consultations: [] }, pack)).toEqual(
      [],
    );
  });

  it('(c) same case, another client on the other side (victim vs suspect) → conflict', () => {
    const earlier = appointment({ client: { ...DANA }, statusId: 'status.victim' });
    const r = findConflicts(intake(), { appointments: [earlier], consultations: [] }, pack);
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({
      kind: 'same-case-other-side',
      severity: 'conflict',
      recordId: earlier.id,
      person: 'Ахметова Дана Серікқызы (950202******)',
    });
  });

  it('(c) civil: plaintiff vs defendant are the other side → conflict', () => {
    const earlier = appointment({
      caseKind: 'civil',
      caseNumber: '2-1234/2026',
      client: { ...DANA },
      statusId: 'status.civil-plaintiff',
    });
    const r = findConflicts(
      intake({
        caseKind: 'civil',
        caseNumber: '2–1234 / 2026',
        statusId: 'status.civil-defendant',
        stageId: 'stage.first-instance',
      }),
      { appointments: [earlier], consultations: [] },
      pack,
    );
    expect(r.map((f) => [f.kind, f.severity])).toEqual([['same-case-other-side', 'conflict']]);
  });

  it('(d) same case, another client on the same side (co-suspects) → check', () => {
    const earlier = appointment({ client: { ...BOLAT }, statusId: 'status.accused' });
    const r = findConflicts(intake(), { appointments: [earlier], consultations: [] }, pack);
    expect(r.map((f) => [f.kind, f.severity])).toEqual([['same-case-co-client', 'check']]);
  });

  it('(d) civil co-plaintiffs are the same side → check', () => {
    const civil = {
      caseKind: 'civil' as const,
      caseNumber: '2-77/2026',
      statusId: 'status.civil-plaintiff',
      stageId: 'stage.first-instance',
    };
    const earlier = appointment({ ...civil, client: { ...BOLAT } });
    const r = findConflicts(intake(civil), { appointments: [earlier], consultations: [] }, pack);
    expect(r.map((f) => f.kind)).toEqual(['same-case-co-client']);
  });

  it('(e) an opposing party was the client in another case → check', () => {
    const other = appointment({ caseNumber: '231500031000999', client: { ...DANA } });
    const r = findConflicts(
      intake({ opposingParties: [opp(DANA)] }),
      { appointments: [other], consultations: [] },
      pack,
    );
    expect(r).toEqual([
      expect.objectContaining({
        kind: 'opposing-was-client',
        severity: 'check',
        recordType: 'appointment',
        caseNumber: '231500031000999',
        matchedBy: 'iin',
      }),
    ]);
  });

  it('(e) matches by name alone when the IIN is missing on one side', () => {
    const other = appointment({
      caseNumber: '231500031000999',
      client: { fullName: 'АХМЕТОВА  Дана Серікқызы', iin: '' },
    });
    const r = findConflicts(
      intake({ opposingParties: [opp(DANA)] }),
      { appointments: [other], consultations: [] },
      pack,
    );
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ matchedBy: 'name', person: 'АХМЕТОВА  Дана Серікқызы' });
  });

  it('(e) the same name with a different IIN is another person: no finding', () => {
    const other = appointment({
      caseNumber: '231500031000999',
      client: { fullName: DANA.fullName, iin: '010101600119' },
    });
    expect(
      findConflicts(
        intake({ opposingParties: [opp(DANA)] }),
        { appointments: [other], consultations: [] },
        pack,
      ),
    ).toEqual([]);
  });

  it('(f) an opposing party consulted the advocate (applicant or represented) → check', () => {
    const asApplicant = consultation();
    const asRepresented = consultation({
      applicant: {
        fullName: 'Жұмабаева Айгүл',
        iin: '700707400224',
        identityDocument: { type: 'уд.', number: '2', date: '' },
      },
      representedPerson: { fullName: 'Жұмабаев Болат', iin: '' },
    });
    const unrelated = consultation({
      applicant: {
        fullName: 'Басқа Адам',
        iin: '600606300337',
        identityDocument: { type: 'уд.', number: '3', date: '' },
      },
    });
    const r = findConflicts(
      intake({ opposingParties: [opp(BOLAT)] }),
      { appointments: [], consultations: [asApplicant, asRepresented, unrelated] },
      pack,
    );
    expect(r.map((f) => [f.kind, f.recordType, f.recordId, f.matchedBy, f.caseNumber])).toEqual([
      ['opposing-was-client', 'consultation', asApplicant.id, 'iin', ''],
      ['opposing-was-client', 'consultation', asRepresented.id, 'name', ''],
    ]);
    expect(r[0]!.recordLabel).toBe(`${asApplicant.number}/2025`);
  });

  it('(g) the new client is on the other side in another case → check', () => {
    const other = appointment({
      caseNumber: '221500031000555',
      client: { ...DANA },
      opposingParties: [opp(ARMAN, 'status.suspect')],
    });
    const r = findConflicts(intake(), { appointments: [other], consultations: [] }, pack);
    expect(r).toEqual([
      expect.objectContaining({
        kind: 'client-was-opposing',
        severity: 'check',
        person: 'Серікбаев Арман Болатұлы (900101******)',
        caseNumber: '221500031000555',
      }),
    ]);
  });

  it('ignores declined appointments and the record being corrected', () => {
    const declined = appointment({
      client: { ...DANA },
      statusId: 'status.victim',
      state: 'declined',
    });
    const self = appointment({ client: { ...DANA }, statusId: 'status.victim' });
    expect(
      findConflicts(
        intake({ opposingParties: [opp(DANA)] }),
        { appointments: [declined, self], consultations: [] },
        pack,
        self.id,
      ),
    ).toEqual([]);
  });

  it('does not compare a different case with the same client and no opposing parties', () => {
    const other = appointment({ caseNumber: '191500031000001', statusId: 'status.victim' });
    expect(findConflicts(intake(), { appointments: [other], consultations: [] }, pack)).toEqual([]);
  });

  it('deduplicates and puts conflicts first, then by record', () => {
    const checkFirst = appointment({
      year: 2024,
      number: 3,
      caseNumber: '231500031000999',
      client: { ...DANA },
    });
    const conflictLater = appointment({
      year: 2026,
      number: 9,
      client: { ...DANA },
      statusId: 'status.victim',
      // The same person twice on the other side: one finding.
      opposingParties: [opp(ARMAN), opp({ fullName: ARMAN.fullName })],
    });
    const r = findConflicts(
      intake({ opposingParties: [opp(DANA), opp(DANA)] }),
      { appointments: [checkFirst, conflictLater], consultations: [] },
      pack,
    );
    expect(r.map((f) => [f.severity, f.recordLabel, f.kind, f.person])).toEqual([
      // Both directions of the one fact about record 9/2026 (Дана is on the new other side;
      // that record lists Арман, twice, on its other side) make one finding.
      ['conflict', '9/2026', 'same-case-opposing', 'Ахметова Дана Серікқызы (950202******)'],
      ['check', '3/2024', 'opposing-was-client', 'Ахметова Дана Серікқызы (950202******)'],
    ]);
  });
});

describe('person labels', () => {
  it('masks all but the first six digits of an IIN', () => {
    expect(personLabel({ fullName: 'Серікбаев Арман', iin: '900101300126' })).toBe(
      'Серікбаев Арман (900101******)',
    );
    expect(personLabel({ fullName: ' Серікбаев Арман ', iin: '' })).toBe('Серікбаев Арман');
  });
});
