import { describe, expect, it } from 'vitest';
import {
  appointmentIntakeSchema,
  type Appointment,
  type AppointmentIntake,
} from '../../contracts/entities/appointment';
import type { DefenceRegisterPack } from '../../rules/pack-schema';
import { loadShippedPacks } from '../../rules/shipped-packs';
import { findPreviousStage, nextStage, nextStageDraft } from './continuity';

const pack = loadShippedPacks().find(
  (p): p is DefenceRegisterPack => p.kind === 'defence-register',
)!;

const CASE = '241500031000123';
const ARMAN = { fullName: 'Серікбаев Арман Болатұлы', iin: '900101300126' };
const DANA = { fullName: 'Ахметова Дана Серікқызы', iin: '950202400458' };

let seq = 0;
function appointment(over: Partial<Appointment> = {}): Appointment {
  seq += 1;
  const intake: AppointmentIntake = {
    source: 'paper',
    receivedAt: '2026-01-10T10:00',
    language: 'ru',
    ezkNumber: '',
    decree: { number: '7', date: '2026-01-10', body: 'СУ ДП г. Алматы', official: '' },
    paperAssignment: { assignedBy: 'Заведующий', assignedAt: '2026-01-10T09:00', number: '' },
    caseKind: 'criminal',
    caseNumber: CASE,
    client: { ...ARMAN },
    statusId: 'status.suspect',
    categoryId: 'def.26-3-1.criminal-defence',
    eligibilityPack: { id: 'kz-sgla-eligibility', version: 2 },
    qualification: 'ч. 2 ст. 190 УК',
    stageId: 'stage.pre-trial',
    mandatoryGrounds: ['upk-67-1-2', 'upk-67-1-6'],
    opposingParties: [{ fullName: DANA.fullName, iin: DANA.iin, statusId: 'status.victim' }],
    previousAdvocate: '',
    replacementReasonId: '',
    replacementNote: '',
    note: 'заметка',
  };
  return {
    ...intake,
    id: `a${seq}`,
    version: 1,
    advocateId: 'adv1',
    year: 2026,
    number: seq,
    state: 'completed',
    caseGroupId: `a${seq}`,
    notices: [],
    notifications: [],
    work: [],
    createdAt: '2026-01-10T10:00:00Z',
    updatedAt: '2026-01-10T10:00:00Z',
    ...over,
  };
}

const at = (stageId: string, over: { caseNumber?: string; client?: typeof ARMAN } = {}) => ({
  caseNumber: over.caseNumber ?? CASE,
  client: over.client ?? ARMAN,
  stageId,
  caseKind: 'criminal' as const,
});

describe('findPreviousStage', () => {
  it('finds the pre-trial appointment when the case reaches the first instance', () => {
    const pre = appointment();
    expect(findPreviousStage(at('stage.first-instance'), [pre], pack)).toBe(pre);
  });

  it('finds the case written another way and the client without an IIN by name', () => {
    const pre = appointment({
      caseNumber: '2415 0003 1000 123',
      client: { fullName: 'арман  серікбаев болатұлы', iin: '' },
    });
    expect(findPreviousStage(at('stage.appeal'), [pre], pack)).toBe(pre);
  });

  it('prefers the latest earlier stage, then the latest received', () => {
    const pre = appointment({ stageId: 'stage.pre-trial', receivedAt: '2026-03-01T10:00' });
    const first = appointment({ stageId: 'stage.first-instance', receivedAt: '2026-02-01T10:00' });
    const firstAgain = appointment({
      stageId: 'stage.first-instance',
      receivedAt: '2026-02-15T10:00',
    });
    expect(findPreviousStage(at('stage.appeal'), [pre, firstAgain, first], pack)).toBe(firstAgain);
  });

  it('does not take a later stage as the previous one', () => {
    const appeal = appointment({ stageId: 'stage.appeal' });
    expect(findPreviousStage(at('stage.first-instance'), [appeal], pack)).toBeNull();
  });

  it('ignores another client in the same case, another case, declined records and self', () => {
    const otherClient = appointment({ client: { ...DANA }, statusId: 'status.victim' });
    const sameNameOtherIin = appointment({
      client: { fullName: ARMAN.fullName, iin: '010101500995' },
    });
    const otherCase = appointment({ caseNumber: '231500031000999' });
    const declined = appointment({ state: 'declined' });
    const self = appointment({ stageId: 'stage.first-instance' });
    expect(
      findPreviousStage(
        at('stage.first-instance'),
        [otherClient, sameNameOtherIin, otherCase, declined, self],
        pack,
        self.id,
      ),
    ).toBeNull();
  });
});

describe('nextStage', () => {
  it('walks the stages of the kind of proceedings in order', () => {
    expect(nextStage('stage.pre-trial', 'criminal', pack)?.id).toBe('stage.first-instance');
    expect(nextStage('stage.first-instance', 'criminal', pack)?.id).toBe('stage.appeal');
    expect(nextStage('stage.appeal', 'civil', pack)?.id).toBe('stage.cassation');
    expect(nextStage('stage.body-consideration', 'administrative-offence', pack)?.id).toBe(
      'stage.first-instance',
    );
  });

  it('has nothing after cassation, nor for an unknown stage', () => {
    expect(nextStage('stage.cassation', 'criminal', pack)).toBeNull();
    expect(nextStage('stage.nowhere', 'criminal', pack)).toBeNull();
  });
});

describe('nextStageDraft', () => {
  it('prefills the first instance from pre-trial: suspect becomes подсудимый', () => {
    const pre = appointment();
    const draft = nextStageDraft(pre, pack)!;
    expect(draft).toEqual({
      source: 'ezk',
      receivedAt: '',
      language: 'ru',
      ezkNumber: '',
      decree: { number: '', date: '', body: '', official: '' },
      caseKind: 'criminal',
      caseNumber: CASE,
      client: ARMAN,
      statusId: 'status.defendant',
      categoryId: 'def.26-3-1.criminal-defence',
      eligibilityPack: { id: 'kz-sgla-eligibility', version: 2 },
      qualification: 'ч. 2 ст. 190 УК',
      stageId: 'stage.first-instance',
      mandatoryGrounds: ['upk-67-1-2', 'upk-67-1-6'],
      opposingParties: [{ fullName: DANA.fullName, iin: DANA.iin, statusId: 'status.victim' }],
      previousAdvocate: '',
      replacementReasonId: '',
      replacementNote: '',
      note: '',
    });
    // A copy, not shared arrays.
    expect(draft.opposingParties).not.toBe(pre.opposingParties);
    expect(draft.mandatoryGrounds).not.toBe(pre.mandatoryGrounds);
  });

  it('maps the accused too, and keeps подсудимый at appeal (the verdict is not known)', () => {
    expect(nextStageDraft(appointment({ statusId: 'status.accused' }), pack)?.statusId).toBe(
      'status.defendant',
    );
    const first = appointment({ statusId: 'status.defendant', stageId: 'stage.first-instance' });
    expect(nextStageDraft(first, pack)).toMatchObject({
      statusId: 'status.defendant',
      stageId: 'stage.appeal',
    });
  });

  it('keeps the victim a victim', () => {
    const victim = appointment({ client: { ...DANA }, statusId: 'status.victim' });
    expect(nextStageDraft(victim, pack)?.statusId).toBe('status.victim');
  });

  it('returns null at cassation', () => {
    expect(nextStageDraft(appointment({ stageId: 'stage.cassation' }), pack)).toBeNull();
  });

  it('needs only the new decree and the time received to be a valid intake', () => {
    const draft = nextStageDraft(appointment(), pack)!;
    expect(appointmentIntakeSchema.safeParse(draft).success).toBe(false);
    const filled = {
      ...draft,
      receivedAt: '2026-04-01T09:00',
      decree: { number: '3', date: '2026-04-01', body: 'Медеуский районный суд', official: '' },
    };
    expect(appointmentIntakeSchema.safeParse(filled).success).toBe(true);
  });
});
