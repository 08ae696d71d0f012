import { describe, expect, it } from 'vitest';
import {
  appointmentIntakeSchema,
  type Appointment,
  type WorkItem,
} from '../../contracts/entities/appointment';
import {
  consultationInputSchema,
  type ConsultationEntry,
} from '../../contracts/entities/consultation';
import { consultationInput } from '../../contracts/entities/consultation.fixture';
import type { FeeClaim } from '../../contracts/entities/fee-claim';
import { calculationOf, feeLine, storedClaim } from './claim-lifecycle.fixture';
import {
  appointmentEndDate,
  claimRefsOf,
  consultationIdsOf,
  countsTowardCaps,
  draftRefsOf,
  feeAppointmentOf,
  feeClaimInputOf,
  feeConsultationOf,
  MissingRecordError,
  otherClaimOf,
  priorMinutesOf,
} from './from-registers';
import type { FeeConsultation } from './types';

const work = (id: string, over: Partial<WorkItem> = {}): WorkItem => ({
  id,
  date: '2026-11-24',
  actionId: 'interrogation',
  startedAt: '10:00',
  endedAt: '11:30',
  note: '',
  minutes: 90,
  nightMinutes: 0,
  nonWorkingDay: false,
  calendarPack: null,
  loggedAt: '2026-11-24T07:00:00.000Z',
  ...over,
});

function appointment(over: Partial<Appointment> = {}): Appointment {
  const intake = appointmentIntakeSchema.parse({
    source: 'ezk',
    receivedAt: '2026-11-21T09:00',
    language: 'ru',
    decree: { number: '12', date: '2026-11-20', body: 'СУ ДП г. Алматы' },
    caseKind: 'criminal',
    caseNumber: '241500031000123',
    client: { fullName: 'Серікбаев Арман', iin: '900101300057' },
    statusId: 'suspect',
    categoryId: null,
    stageId: 'pre-trial',
    mandatoryGrounds: ['upk-67-1-1'],
  });
  return {
    ...intake,
    id: 'a1',
    version: 3,
    advocateId: 'adv-a',
    year: 2026,
    number: 12,
    state: 'accepted',
    caseGroupId: 'a1',
    notices: [],
    notifications: [],
    work: [work('w1'), work('w2', { withdrawn: { at: 'x', reason: 'қате' } })],
    createdAt: 'x',
    updatedAt: 'x',
    ...over,
  };
}

function entry(id: string, number: number, over: Partial<ConsultationEntry> = {}) {
  return {
    ...consultationInputSchema.parse(consultationInput()),
    id,
    version: 1,
    advocateId: 'adv-a',
    year: 2026,
    number,
    durationMinutes: 45,
    createdAt: 'x',
    updatedAt: 'x',
    ...over,
  } satisfies ConsultationEntry;
}

describe('feeAppointmentOf', () => {
  it('keeps what prices and checks the work, and no name', () => {
    const a = appointment();
    const fee = feeAppointmentOf(a);
    expect(fee).toEqual({
      id: 'a1',
      label: '12/2026',
      caseKind: 'criminal',
      stageId: 'pre-trial',
      statusId: 'suspect',
      mandatoryGrounds: ['upk-67-1-1'],
      decreeDate: '2026-11-20',
      receivedDate: '2026-11-21',
      endDate: null,
      work: a.work,
    });
    expect(JSON.stringify(fee)).not.toContain('Серікбаев');
    expect(JSON.stringify(fee)).not.toContain('900101300057');
  });

  it('ends on completion, an accepted refusal, a transfer or a later decline', () => {
    const cases: [Partial<Appointment>, string | null][] = [
      [
        { state: 'completed', completion: { date: '2026-12-02', finalDocument: 'Үкім', note: '' } },
        '2026-12-02',
      ],
      [
        {
          state: 'refused',
          clientRefusal: {
            at: '2026-11-28T15:00',
            form: 'written',
            reason: '',
            outcome: 'accepted',
            warnings: [],
          },
        },
        '2026-11-28',
      ],
      [
        {
          state: 'transferred',
          transfer: {
            toAdvocate: 'Омаров Д.',
            reasonId: 'illness',
            note: '',
            permittedBy: 'Төраға',
            permittedAt: '2026-11-26T10:00',
            permission: '№ 4',
          },
        },
        '2026-11-26',
      ],
      [
        {
          state: 'declined',
          decision: { kind: 'declined', at: '2026-11-25T11:00', groundId: 'g', details: 'd' },
        },
        '2026-11-25',
      ],
      // A refusal recorded but not accepted ends nothing: the state decides.
      [
        {
          state: 'accepted',
          clientRefusal: {
            at: '2026-11-28T15:00',
            form: 'written',
            reason: '',
            outcome: 'not-accepted',
            warnings: [],
          },
        },
        null,
      ],
    ];
    for (const [over, end] of cases) {
      expect(appointmentEndDate(appointment(over)), over.state).toBe(end);
      expect(feeAppointmentOf(appointment(over)).endDate).toBe(end);
    }
  });
});

describe('feeConsultationOf', () => {
  it('takes the register place, day, times, minutes and the person key', () => {
    const e = entry('c1', 7);
    expect(feeConsultationOf(e, 'key-1')).toEqual({
      id: 'c1',
      label: '7/2026',
      date: e.appliedAt.slice(0, 10),
      startedAt: e.startedAt,
      endedAt: e.endedAt,
      minutes: 45,
      status: 'given',
      personKey: 'key-1',
    });
  });
});

describe('refs', () => {
  it('of a calculation: each line ref once', () => {
    const c = calculationOf([
      feeLine('work:a1:w1'),
      feeLine('travel:a1:w1'),
      feeLine('work:a1:w1', { date: '2026-11-25' }),
    ]);
    expect(claimRefsOf(c)).toEqual(['work:a1:w1', 'travel:a1:w1']);
  });

  it('of a draft: from its selected ids', () => {
    const d = storedClaim({
      expenses: [{ id: 'e1', typeId: 'per-diem', date: '2026-11-24', description: '', days: 1 }],
    });
    expect(draftRefsOf(d)).toEqual(['work:a1:w1', 'work:a1:w2', 'expense:e1']);
    const cons = storedClaim({ kind: 'consultation', consultationIds: ['c1', 'c2'] });
    expect(draftRefsOf(cons)).toEqual(['consultation:c1', 'consultation:c2']);
  });

  it('otherClaimOf: frozen refs once ready, selected ids while a draft', () => {
    const draft = storedClaim({ id: 'k2', number: 2 });
    expect(otherClaimOf(draft)).toEqual({
      id: 'k2',
      label: '2/2026',
      state: 'draft',
      refs: ['work:a1:w1', 'work:a1:w2'],
    });
    const ready = storedClaim({
      state: 'ready',
      calculation: calculationOf([feeLine('work:a1:w1'), feeLine('travel:a1:w1')]),
    });
    expect(otherClaimOf(ready).refs).toEqual(['work:a1:w1', 'travel:a1:w1']);
  });
});

describe('prior minutes for the caps', () => {
  const consultations = new Map<string, FeeConsultation>([
    ['c1', feeConsultationOf(entry('c1', 1), 'person-1')],
    ['c2', feeConsultationOf(entry('c2', 2), 'person-2')],
    ['c3', feeConsultationOf(entry('c3', 3), 'person-1')],
  ]);
  const claimOf = (id: string, state: FeeClaim['state'], lines: ReturnType<typeof feeLine>[]) =>
    storedClaim({ id, state, calculation: calculationOf(lines) });
  const me = { id: 'this', advocateId: 'adv-a' };
  const others: FeeClaim[] = [
    claimOf('k1', 'paid', [
      feeLine('work:a0:w1', { date: '2026-11-24', paidMinutes: 120 }),
      feeLine('travel:a0:w1', { date: '2026-11-24', paidMinutes: 30 }),
      feeLine('expense:e1', { date: '2026-11-24', paidMinutes: 0, amountTiyn: 5 }),
    ]),
    claimOf('k2', 'submitted', [
      feeLine('consultation:c1', { date: '2026-11-24', paidMinutes: 45 }),
      feeLine('consultation:c2', { date: '2026-11-25', paidMinutes: 60 }),
    ]),
    claimOf('k3', 'partly-paid', [
      feeLine('consultation:c3', { date: '2026-11-26', paidMinutes: 30 }),
    ]),
    claimOf('k4', 'ready', [feeLine('work:a0:w2', { date: '2026-11-25', paidMinutes: 15 })]),
    // not counted: a draft, a rejected claim, this claim itself, another advocate's claim
    claimOf('k5', 'draft', [feeLine('work:a0:w3', { date: '2026-11-24', paidMinutes: 480 })]),
    claimOf('k6', 'rejected', [
      feeLine('consultation:c1', { date: '2026-11-24', paidMinutes: 99 }),
    ]),
    claimOf('this', 'ready', [feeLine('work:a1:w1', { date: '2026-11-24', paidMinutes: 480 })]),
    { ...claimOf('k7', 'paid', [feeLine('work:b:w', { paidMinutes: 480 })]), advocateId: 'adv-b' },
  ];

  it('counts ready and later claims of the advocate, from their frozen lines', () => {
    expect(others.map((c) => countsTowardCaps(c))).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      true,
      true,
    ]);
    expect(priorMinutesOf(me, others, consultations)).toEqual({
      priorPaidMinutesByDay: {
        '2026-11-24': 120 + 30 + 45,
        '2026-11-25': 60 + 15,
        '2026-11-26': 30,
      },
      priorPersonMinutes: { 'person-1': 45 + 30, 'person-2': 60 },
    });
    expect(consultationIdsOf(me, others).sort()).toEqual(['c1', 'c2', 'c3']);
  });

  it('refuses to guess a person it was not given', () => {
    const partial = new Map([...consultations].filter(([id]) => id !== 'c3'));
    expect(() => priorMinutesOf(me, others, partial)).toThrow(MissingRecordError);
  });
});

describe('feeClaimInputOf', () => {
  it('a defence claim: the appointment, the selected work, expenses and the caps so far', () => {
    const claim = storedClaim({
      id: 'this',
      feeCategoryId: 'grave',
      expenses: [
        {
          id: 'e1',
          typeId: 'ticket',
          date: '2026-11-24',
          description: 'Автобус',
          amountTiyn: 250_000,
          document: { number: 'A-1', date: '2026-11-24' },
        },
      ],
    });
    const prior = storedClaim({
      id: 'k1',
      state: 'paid',
      calculation: calculationOf([feeLine('work:a0:w1', { date: '2026-11-24', paidMinutes: 90 })]),
    });
    const a = appointment();
    expect(feeClaimInputOf(claim, a, [], [prior, claim], '2026-11-30')).toEqual({
      kind: 'defence',
      appointment: feeAppointmentOf(a),
      workItemIds: ['w1', 'w2'],
      feeCategoryId: 'grave',
      expenses: [
        {
          id: 'e1',
          typeId: 'ticket',
          date: '2026-11-24',
          amountTiyn: 250_000,
          document: { number: 'A-1', date: '2026-11-24' },
        },
      ],
      applicationDate: '2026-11-30',
      priorPaidMinutesByDay: { '2026-11-24': 90 },
      priorPersonMinutes: {},
    });
    expect(() => feeClaimInputOf(claim, undefined, [], [], '2026-11-30')).toThrow(
      MissingRecordError,
    );
    expect(() => feeClaimInputOf(claim, appointment({ id: 'a2' }), [], [], '2026-11-30')).toThrow(
      MissingRecordError,
    );
  });

  it('a consultation claim: its selected entries in its order, not the others given', () => {
    const claim = storedClaim({
      kind: 'consultation',
      appointmentId: '',
      workItemIds: [],
      consultationIds: ['c2', 'c1'],
    });
    const c1 = feeConsultationOf(entry('c1', 1), 'p1');
    const c2 = feeConsultationOf(entry('c2', 2), 'p2');
    const c9 = feeConsultationOf(entry('c9', 9), 'p1');
    const input = feeClaimInputOf(claim, appointment(), [c1, c9, c2], [], '2026-11-30');
    expect(input.consultations).toEqual([c2, c1]);
    expect(input.appointment).toBeUndefined();
    expect(input.feeCategoryId).toBeUndefined();
    expect(() => feeClaimInputOf(claim, undefined, [c1], [], '2026-11-30')).toThrow(
      MissingRecordError,
    );
  });
});
