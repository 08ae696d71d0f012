import { describe, expect, it } from 'vitest';
import {
  appointmentIntakeSchema,
  type Appointment,
  type AppointmentState,
  type ConflictCheck,
} from '../../contracts/entities/appointment';
import {
  acceptBlockerCode,
  acceptBlockers,
  AppointmentStateError,
  assertCan,
  canAccept,
  canComplete,
  canDecline,
  canIssueNotice,
  canLogWork,
  canRecordAssignment,
  canRecordRefusal,
  canTransfer,
  stateBlocker,
  type AppointmentAction,
} from './lifecycle';

const finding: ConflictCheck['findings'][number] = {
  kind: 'opposing-was-client',
  severity: 'conflict',
  recordType: 'consultation',
  recordId: 'c1',
  recordLabel: '№ 3/2026',
  person: 'Омаров Ерлан',
  matchedBy: 'iin',
  caseNumber: '',
};
const clean: ConflictCheck = {
  at: '2026-11-24T10:00',
  compared: { appointments: 0, consultations: 0 },
  findings: [],
  decision: 'no-conflict',
  explanation: '',
};

function appointment(over: Partial<Appointment> = {}): Appointment {
  const intake = appointmentIntakeSchema.parse({
    source: 'ezk',
    receivedAt: '2026-11-24T09:00',
    language: 'ru',
    decree: { number: '12', date: '2026-11-23', body: 'СУ ДП г. Алматы' },
    caseKind: 'criminal',
    caseNumber: '241500031000123',
    client: { fullName: 'Серікбаев Арман', iin: '900101300057' },
    statusId: 'suspect',
    categoryId: null,
    stageId: 'pre-trial',
  });
  return {
    ...intake,
    id: 'a1',
    version: 1,
    advocateId: 'adv',
    year: 2026,
    number: 1,
    state: 'received',
    caseGroupId: 'a1',
    notices: [],
    notifications: [],
    work: [],
    createdAt: 'x',
    updatedAt: 'x',
    ...over,
  };
}

describe('acceptBlockers', () => {
  it('accepts an EZK appointment with a clean conflict check', () => {
    expect(acceptBlockers(appointment({ conflictCheck: clean }))).toEqual([]);
    expect(canAccept(appointment({ conflictCheck: clean }))).toBe(true);
  });

  it('needs a conflict check', () => {
    expect(acceptBlockers(appointment())).toEqual(['no-conflict-check']);
  });

  it('needs the assignment of a paper decree', () => {
    expect(acceptBlockers(appointment({ source: 'paper', conflictCheck: clean }))).toEqual([
      'paper-not-assigned',
    ]);
    const assigned = appointment({
      source: 'paper',
      conflictCheck: clean,
      paperAssignment: { assignedBy: 'Төраға', assignedAt: '2026-11-24T08:00', number: '' },
    });
    expect(acceptBlockers(assigned)).toEqual([]);
  });

  it("is blocked by a 'conflict' decision", () => {
    const check = { ...clean, findings: [finding], decision: 'conflict' as const };
    expect(acceptBlockers(appointment({ conflictCheck: check }))).toEqual(['conflict-found']);
  });

  it('needs an explanation when conflict findings are decided as no conflict', () => {
    const unexplained = { ...clean, findings: [finding] };
    expect(acceptBlockers(appointment({ conflictCheck: unexplained }))).toEqual([
      'conflict-unexplained',
    ]);
    const explained = { ...unexplained, explanation: 'Тезкелер, ЖСН әртүрлі' };
    expect(acceptBlockers(appointment({ conflictCheck: explained }))).toEqual([]);
    const onlyCheck = { ...clean, findings: [{ ...finding, severity: 'check' as const }] };
    expect(acceptBlockers(appointment({ conflictCheck: onlyCheck }))).toEqual([]);
  });

  it('lists every reason, and refuses once decided', () => {
    expect(acceptBlockers(appointment({ source: 'paper', state: 'accepted' }))).toEqual([
      'not-received',
      'paper-not-assigned',
      'no-conflict-check',
    ]);
    expect(acceptBlockerCode('paper-not-assigned')).toBe('appointment.paperNotAssigned');
  });
});

describe('state checks', () => {
  const states: AppointmentState[] = [
    'received',
    'accepted',
    'declined',
    'transferred',
    'refused',
    'completed',
  ];
  const allowed = (fn: (a: Appointment) => boolean) =>
    states.filter((state) => fn(appointment({ state })));

  it('allows declining from received and accepted (cl. 36 grounds can arise later)', () => {
    expect(allowed(canDecline)).toEqual(['received', 'accepted']);
  });

  it('allows the steps of the defence only while accepted', () => {
    for (const fn of [canIssueNotice, canLogWork, canTransfer, canComplete, canRecordRefusal])
      expect(allowed(fn)).toEqual(['accepted']);
  });

  it('records an assignment only for a received paper decree', () => {
    expect(allowed((a) => canRecordAssignment({ ...a, source: 'paper' }))).toEqual(['received']);
    expect(canRecordAssignment(appointment())).toBe(false);
  });

  it('names the refusal: not accepted yet, not received, or closed', () => {
    const code = (action: AppointmentAction, state: AppointmentState, over = {}) =>
      stateBlocker(action, appointment({ state, ...over }));
    expect(code('work', 'received')).toBe('appointment.notAccepted');
    expect(code('work', 'accepted')).toBeNull();
    expect(code('complete', 'completed')).toBe('appointment.closed');
    expect(code('decline', 'declined')).toBe('appointment.closed');
    expect(code('accept', 'accepted')).toBe('appointment.notReceived');
    expect(code('accept', 'completed')).toBe('appointment.closed');
    expect(code('accept', 'received')).toBe('appointment.noConflictCheck');
    expect(code('assign', 'received')).toBe('appointment.notPaper');
    expect(code('assign', 'accepted', { source: 'paper' })).toBe('appointment.notReceived');
    expect(code('conflict-check', 'accepted')).toBeNull();
    expect(code('conflict-check', 'transferred')).toBe('appointment.closed');
  });

  it('throws a typed error with the code and, for accept, every blocker', () => {
    const err = (() => {
      try {
        assertCan('accept', appointment({ source: 'paper' }));
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(AppointmentStateError);
    expect(err).toMatchObject({
      code: 'appointment.paperNotAssigned',
      appointmentId: 'a1',
      blockers: ['paper-not-assigned', 'no-conflict-check'],
    });
    expect(() => assertCan('notice', appointment({ state: 'accepted' }))).not.toThrow();
  });
});
