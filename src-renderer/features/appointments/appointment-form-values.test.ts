import { describe, expect, it } from 'vitest';
import { appointmentIntakeSchema } from '../../../src-shared/contracts/entities/appointment';
import type { DefenceRegisterPack } from '../../../src-shared/rules/pack-schema';
import { loadShippedPacks } from '../../../src-shared/rules/shipped-packs';
import { settlementError, settlementOnOpen } from '../../components/settlement';
import {
  applyEzkPaste,
  emptyAppointmentValues,
  intakePathToField,
  toIntakeInput,
  valuesFromIntake,
  type AppointmentFormValues,
} from './appointment-form-values';

const filled = (over: Partial<AppointmentFormValues> = {}): AppointmentFormValues => ({
  ...emptyAppointmentValues(new Date(2026, 2, 2, 9, 5), 'kk'),
  receivedDate: '2026-03-02',
  receivedTime: '09:05',
  decreeNumber: '117',
  decreeDate: '2026-03-01',
  body: 'Жалағаш аудандық полиция бөлімі',
  caseNumber: '241500031000123',
  clientName: 'Әлиев Нұрлан Қайратұлы',
  statusId: 'status.suspect',
  stageId: 'stage.pre-trial',
  ...over,
});

describe('appointment form values', () => {
  it('make a valid intake and come back unchanged', () => {
    const v = filled({
      opposing: [{ key: 'r1', fullName: 'Серікбаев Арман', iin: '', statusId: 'status.victim' }],
    });
    const input = toIntakeInput(v);
    expect(appointmentIntakeSchema.safeParse(input).success).toBe(true);
    expect(input.receivedAt).toBe('2026-03-02T09:05');
    const back = valuesFromIntake(input, emptyAppointmentValues(new Date(), 'ru'));
    expect({ ...back, opposing: back.opposing.map((p) => ({ ...p, key: 'r1' })) }).toEqual({
      ...v,
      assignedDate: back.assignedDate,
    });
  });

  it('keeps the settlement chosen, and leaves one not chosen out of the intake', () => {
    const input = toIntakeInput(filled({ settlement: 'rural' }));
    expect(input.settlement).toBe('rural');
    expect(appointmentIntakeSchema.parse(input).settlement).toBe('rural');
    expect(valuesFromIntake(input, emptyAppointmentValues(new Date(), 'kk')).settlement).toBe(
      'rural',
    );
    expect('settlement' in toIntakeInput(filled())).toBe(false);
    expect(intakePathToField(['settlement'])).toBe('settlement');
  });

  it("a new intake starts from the latest appointment's settlement, else must choose one", () => {
    // A next-stage draft carries no settlement: it starts like any new appointment.
    const draft = valuesFromIntake(
      toIntakeInput(filled()),
      emptyAppointmentValues(new Date(), 'kk'),
    );
    expect(draft.settlement).toBe('');
    expect(settlementOnOpen(draft.settlement, true, 'urban')).toBe('urban');
    expect(settlementError(settlementOnOpen(draft.settlement, true, undefined), true)).toBe(
      'fees.settlement.required',
    );
    expect(settlementError(draft.settlement, false)).toBeNull();
  });

  it('keeps a paper assignment only for a paper appointment that was assigned', () => {
    const paper = filled({
      source: 'paper',
      ezkNumber: 'left over',
      assigned: true,
      assignedBy: 'Меңгеруші',
      assignedDate: '2026-03-02',
      assignedTime: '08:30',
    });
    expect(toIntakeInput(paper).paperAssignment?.assignedAt).toBe('2026-03-02T08:30');
    expect(toIntakeInput(paper).ezkNumber).toBe('');
    expect(toIntakeInput({ ...paper, assigned: false }).paperAssignment).toBeUndefined();
    expect(toIntakeInput({ ...paper, source: 'ezk' }).paperAssignment).toBeUndefined();
  });

  it('drops the previous advocate when the switch is off', () => {
    const v = filled({ previousOther: false, previousAdvocate: 'X', replacementReasonId: 'r' });
    expect(toIntakeInput(v).previousAdvocate).toBe('');
    expect(toIntakeInput(v).replacementReasonId).toBe('');
  });

  it('puts schema issues on the fields that show them', () => {
    const r = appointmentIntakeSchema.safeParse(
      toIntakeInput(
        filled({
          receivedDate: '2026-02-28',
          clientIin: '850312300012',
          opposing: [{ key: 'r1', fullName: 'X', iin: '850312300012', statusId: '' }],
        }),
      ),
    );
    expect(r.success).toBe(false);
    const fields = r.error!.issues.map((i) => [intakePathToField(i.path), i.message]);
    expect(fields).toContainEqual(['receivedDate', 'validation.beforeDecree']);
    expect(fields).toContainEqual(['opposing.0.iin', 'validation.sameAsClient']);
    expect(intakePathToField(['decree', 'body'])).toBe('body');
  });
});

describe('paste from Е-Заң көмегі into the form', () => {
  const pack = loadShippedPacks().find(
    (p): p is DefenceRegisterPack => p.kind === 'defence-register',
  )!;
  const untouched = () => false;

  it('fills only the empty fields and says which it kept', () => {
    const v = filled({ decreeNumber: '', body: 'Жалағаш АПБ', clientName: '' });
    const r = applyEzkPaste(
      v,
      {
        decree: { number: '45', body: 'Қызылорда облысы ПД', date: '2026-03-01' },
        client: { fullName: 'Серікбаев Арман' },
        caseNumber: '241500031000123',
      },
      untouched,
      pack,
    );
    expect(r.values.decreeNumber).toBe('45');
    expect(r.values.clientName).toBe('Серікбаев Арман');
    // What the advocate typed stays, and is reported as kept.
    expect(r.values.body).toBe('Жалағаш АПБ');
    expect(r.kept).toEqual(['decree.body']);
    // The same case number as typed is neither filled nor kept.
    expect(r.filled).toEqual(['decree.number', 'decree.date', 'client.fullName']);
  });

  it('treats the default decree date as empty until the advocate changes it', () => {
    const v = filled({ decreeDate: '2026-03-02' });
    const paste = { decree: { date: '2026-02-27' } };
    expect(applyEzkPaste(v, paste, untouched, pack).values.decreeDate).toBe('2026-02-27');
    const typed = applyEzkPaste(v, paste, (f) => f === 'decreeDate', pack);
    expect(typed.values.decreeDate).toBe('2026-03-02');
    expect(typed.kept).toEqual(['decree.date']);
  });

  it('follows a pasted status of another kind of case only while the kind is not chosen', () => {
    const v = filled({ statusId: '', stageId: 'stage.pre-trial' });
    const paste = {
      statusId: 'status.admin-offender',
      caseKind: 'administrative-offence' as const,
    };
    const free = applyEzkPaste(v, paste, untouched, pack);
    expect(free.values.caseKind).toBe('administrative-offence');
    expect(free.values.statusId).toBe('status.admin-offender');
    // Pre-trial investigation is not a stage of an administrative offence case.
    expect(free.values.stageId).toBe('');
    const chosen = applyEzkPaste(v, paste, (f) => f === 'caseKind', pack);
    expect(chosen.values.caseKind).toBe('criminal');
    expect(chosen.values.statusId).toBe('');
    expect(chosen.kept).toEqual(['statusId']);
  });
});
