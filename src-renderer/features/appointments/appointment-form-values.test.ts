import { describe, expect, it } from 'vitest';
import { appointmentIntakeSchema } from '../../../src-shared/contracts/entities/appointment';
import {
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
