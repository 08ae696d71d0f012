import { describe, expect, it } from 'vitest';
import {
  latestVersions,
  reportAppointment,
  reportClaim,
  reportConsultation,
  settlementLookup,
} from './report-inputs';
import {
  testAppointment,
  testClaim,
  testConsultation,
  testIin,
  testLine,
  testWork,
} from './reports.fixture';

describe('reportConsultation', () => {
  it('keeps what the reports count and keys the person helped, not the representative', () => {
    const represented = { fullName: 'Әсем', iin: testIin(501) };
    const e = testConsultation('c7', '2026-11-30T23:30', {
      minutes: 20,
      form: 'written',
      representedPerson: represented,
      place: { kind: 'person-location', address: 'Ауыл', reason: 'I топ' },
      settlement: 'rural',
      categoryId: null,
    });
    expect(reportConsultation(e, (iin) => `key:${iin}`)).toEqual({
      id: 'c7',
      version: 1,
      advocateId: 'adv-1',
      label: '7/2026',
      appliedAt: '2026-11-30T23:30',
      status: 'given',
      form: 'written',
      categoryId: null,
      issueAreaId: 'housing',
      atPersonLocation: true,
      minutes: 20,
      settlement: 'rural',
      personKey: `key:${represented.iin}`,
    });
  });

  it('counts no time for an entry not given, and an absent settlement as not stated', () => {
    const e = testConsultation('c8', '2026-11-03T10:00', { status: 'deferred' });
    const r = reportConsultation(e);
    expect(r.minutes).toBe(0);
    expect(r.settlement).toBe('unstated');
    expect(r.atPersonLocation).toBe(false);
    expect(r.personKey).toBe(e.applicant.iin);
  });
});

describe('reportAppointment', () => {
  it('dates the decision by the office clock and keeps work, withdrawals and notices', () => {
    const a = testAppointment('a3', '2026-11-30T23:59', {
      state: 'accepted',
      decision: { kind: 'accepted', at: '2026-12-01T00:05' },
      work: [
        testWork('w1', '2026-12-01', 90, { nightMinutes: 30, nonWorkingDay: true }),
        testWork('w2', '2026-12-02', 45, { withdrawn: { at: 'x', reason: 'ошибка' } }),
      ],
      notices: [
        { id: 'n1', number: 4, year: 2026, date: '2026-12-01', addressee: 'X', createdAt: 'x' },
      ],
    });
    const r = reportAppointment(a);
    expect(r.receivedDate).toBe('2026-11-30');
    expect(r.decision).toEqual({ kind: 'accepted', date: '2026-12-01', groundId: null });
    expect(r.work).toEqual([
      {
        id: 'w1',
        date: '2026-12-01',
        minutes: 90,
        nightMinutes: 30,
        nonWorkingDay: true,
        withdrawn: false,
      },
      {
        id: 'w2',
        date: '2026-12-02',
        minutes: 45,
        nightMinutes: 0,
        nonWorkingDay: false,
        withdrawn: true,
      },
    ]);
    expect(r.noticeDates).toEqual(['2026-12-01']);
    expect(r.endDate).toBeNull();
    expect(r.completionDate).toBeNull();
    expect(r.settlement).toBe('unstated');
  });

  it('ends the defence on the earliest of completion, transfer and an accepted refusal', () => {
    const accepted = {
      state: 'accepted' as const,
      decision: { kind: 'accepted' as const, at: '2026-11-02T10:00' },
    };
    const transfer = {
      toAdvocate: 'Б',
      reasonId: 'replace.illness',
      note: '',
      permittedBy: 'Бастық',
      permittedAt: '2026-11-20T17:00',
      permission: '№ 5',
    };
    const transferred = reportAppointment(
      testAppointment('a1', '2026-11-01T09:00', { ...accepted, state: 'transferred', transfer }),
    );
    expect(transferred.endDate).toBe('2026-11-20');
    const pending = reportAppointment(
      testAppointment('a2', '2026-11-01T09:00', {
        ...accepted,
        clientRefusal: {
          at: '2026-11-10T10:00',
          form: 'written',
          reason: '',
          outcome: 'pending',
          warnings: [],
        },
        completion: { date: '2026-11-25', finalDocument: 'Үкім', note: '' },
        state: 'completed',
      }),
    );
    // A refusal the body has not accepted does not end the defence; the completion does.
    expect(pending.endDate).toBe('2026-11-25');
    expect(pending.completionDate).toBe('2026-11-25');
    const refused = reportAppointment(
      testAppointment('a4', '2026-11-01T09:00', {
        ...accepted,
        state: 'refused',
        clientRefusal: {
          at: '2026-11-10T10:00',
          form: 'written',
          reason: '',
          outcome: 'accepted',
          warnings: [],
        },
      }),
    );
    expect(refused.endDate).toBe('2026-11-10');
  });

  it('keeps the decline ground', () => {
    const a = testAppointment('a5', '2026-11-01T09:00', {
      state: 'declined',
      decision: {
        kind: 'declined',
        at: '2026-11-01T10:00',
        groundId: 'decline.36-1.conflict-of-interest',
        details: 'x',
      },
    });
    expect(reportAppointment(a).decision).toEqual({
      kind: 'declined',
      date: '2026-11-01',
      groundId: 'decline.36-1.conflict-of-interest',
    });
  });
});

describe('reportClaim', () => {
  const appointments = [
    reportAppointment(testAppointment('a1', '2026-11-01T09:00', {}, { settlement: 'rural' })),
  ];
  const consultations = [
    reportConsultation(testConsultation('c1', '2026-11-02T10:00', { settlement: 'urban' })),
    reportConsultation(testConsultation('c2', '2026-11-03T10:00', { settlement: 'rural' })),
    reportConsultation(testConsultation('c3', '2026-11-04T10:00', { settlement: 'rural' })),
  ];
  const lookup = settlementLookup(consultations, appointments);

  it("puts a defence claim's expenses with its appointment", () => {
    const claim = testClaim('k1', [testLine('a1', 400_000), testLine('exp-1', 12_345, 'expense')], {
      submission: { date: '2026-11-30', channel: 'ezk', ezkNumber: '' },
      payments: [{ date: '2026-12-10', amountTiyn: 100_000, reason: 'частично' }],
    });
    const r = reportClaim(claim, lookup);
    expect(r.totalTiyn).toBe(412_345);
    expect(r.parts).toEqual([{ settlement: 'rural', tiyn: 412_345 }]);
    expect(r.submittedDate).toBe('2026-11-30');
    expect(r.payments).toEqual([{ date: '2026-12-10', amountTiyn: 100_000 }]);
    expect(r.label).toBe('1/2026');
  });

  it('splits a consultation claim by entry; a shared expense of mixed entries is not stated', () => {
    const lines = [
      testLine('c1', 100_000, 'consultation'),
      testLine('c2', 200_000, 'consultation'),
      testLine('exp-1', 5_000, 'expense'),
    ];
    expect(reportClaim(testClaim('k2', lines), lookup).parts).toEqual([
      { settlement: 'urban', tiyn: 100_000 },
      { settlement: 'rural', tiyn: 200_000 },
      { settlement: 'unstated', tiyn: 5_000 },
    ]);
    // All entries rural: the expense is rural too.
    const rural = [
      testLine('c2', 200_000, 'consultation'),
      testLine('c3', 50_000, 'consultation'),
      testLine('exp-2', 5_000, 'expense'),
    ];
    expect(reportClaim(testClaim('k3', rural), lookup).parts).toEqual([
      { settlement: 'rural', tiyn: 255_000 },
    ]);
  });

  it('never loses a tiyn between the total and the split', () => {
    const claim = testClaim('k4', [testLine('a1', 300_000), testLine('gone', 1_000)], {
      totalTiyn: 301_500,
    });
    const r = reportClaim(claim, lookup);
    expect(r.parts.reduce((a, p) => a + p.tiyn, 0)).toBe(301_500);
    expect(r.parts).toEqual([
      { settlement: 'rural', tiyn: 300_500 },
      { settlement: 'unstated', tiyn: 1_000 },
    ]);
  });

  it('gives a claim without a calculation no amount', () => {
    const { calculation: _c, ...draft } = testClaim('k5', [testLine('a1', 1)], { state: 'draft' });
    void _c;
    const r = reportClaim(draft, lookup);
    expect(r.totalTiyn).toBe(0);
    expect(r.parts).toEqual([]);
    expect(r.submittedDate).toBeNull();
  });
});

describe('latestVersions', () => {
  it('keeps the newest version of each record, in order of first appearance', () => {
    const rows = [
      { id: 'b', version: 1, advocateId: 'x', v: 'b1' },
      { id: 'a', version: 2, advocateId: 'x', v: 'a2' },
      { id: 'b', version: 3, advocateId: 'x', v: 'b3' },
      { id: 'a', version: 1, advocateId: 'x', v: 'a1' },
    ];
    expect(latestVersions(rows).map((r) => r.v)).toEqual(['b3', 'a2']);
  });
});
