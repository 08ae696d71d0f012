/**
 * Intake validation (Rules cl. 3.3, 4.3, 10; UPK 66(4)) and the smaller step schemas: what the
 * form, the repository and (later) the sync server all refuse, with the message key each shows.
 */
import { describe, expect, it } from 'vitest';
import { iinCheckDigit } from '../../domain/iin/iin';
import {
  appointmentIntakeSchema,
  declineInputSchema,
  transferInputSchema,
  workItemInputSchema,
  type AppointmentIntakeInput,
} from './appointment';

/** A valid IIN for a man born on 1985-03-12 with the given serial (check digit computed). */
function iin(serial: number): string {
  const body = `8503123${String(serial).padStart(4, '0')}`;
  const check = iinCheckDigit(body);
  if (check === null) return iin(serial + 1);
  return `${body}${check}`;
}

const base: AppointmentIntakeInput = {
  source: 'ezk',
  receivedAt: '2026-11-14T10:30',
  language: 'kk',
  ezkNumber: '2026-004512',
  decree: {
    number: '45',
    date: '2026-11-14',
    body: 'Алматы қаласы ПД Тергеу басқармасы',
    official: 'тергеуші Һ. Ғ. Үсенов',
  },
  caseKind: 'criminal',
  caseNumber: '261100031000123',
  client: { fullName: 'Әлиев Нұрлан Қайратұлы', iin: iin(1) },
  statusId: 'status.suspect',
  categoryId: 'def.26-3-1.criminal-defence',
  stageId: 'stage.pre-trial',
};

/** Message keys of the issues at a path ('' for the root). */
function messages(input: AppointmentIntakeInput, path: string): string[] {
  const r = appointmentIntakeSchema.safeParse(input);
  if (r.success) return [];
  return r.error.issues.filter((i) => i.path.join('.') === path).map((i) => i.message);
}

describe('appointment intake', () => {
  it('accepts a complete EZK appointment and fills the defaults', () => {
    const r = appointmentIntakeSchema.parse(base);
    expect(r.mandatoryGrounds).toEqual([]);
    expect(r.opposingParties).toEqual([]);
    expect(r.previousAdvocate).toBe('');
    expect(r.decree.official).toBe('тергеуші Һ. Ғ. Үсенов');
  });

  it('requires the appointing document, the case and the client (cl. 3.3)', () => {
    const blank = {
      ...base,
      decree: { number: ' ', date: '', body: '', official: '' },
      caseNumber: '  ',
      client: { fullName: '', iin: '' },
    };
    expect(messages(blank, 'decree.number')).toEqual(['validation.required']);
    expect(messages(blank, 'decree.date')).toEqual(['validation.date']);
    expect(messages(blank, 'decree.body')).toEqual(['validation.required']);
    expect(messages(blank, 'caseNumber')).toEqual(['validation.required']);
    expect(messages(blank, 'client.fullName')).toEqual(['validation.required']);
    // An unknown IIN is allowed (a detained foreigner), an invalid one is not.
    expect(messages(blank, 'client.iin')).toEqual([]);
  });

  it('checks an IIN when one is given, for the client and the other side', () => {
    const bad = `${iin(1).slice(0, 11)}${(Number(iin(1)[11]) + 1) % 10}`;
    expect(messages({ ...base, client: { ...base.client, iin: bad } }, 'client.iin')).toEqual([
      'validation.iin.checksum',
    ]);
    const withParty = {
      ...base,
      opposingParties: [{ fullName: 'Серікбаев Арман', iin: '12345', statusId: 'status.victim' }],
    };
    expect(messages(withParty, 'opposingParties.0.iin')).toEqual(['validation.iin.format']);
  });

  it('refuses an opposing party with the client’s own IIN (UPK 66(4))', () => {
    const same = {
      ...base,
      opposingParties: [{ fullName: 'Әлиев Н. Қ.', iin: base.client.iin, statusId: '' }],
    };
    expect(messages(same, 'opposingParties.0.iin')).toEqual(['validation.sameAsClient']);
    // Without IINs there is nothing to compare: names alone are for the conflict check.
    const unknown = {
      ...base,
      client: { ...base.client, iin: '' },
      opposingParties: [{ fullName: 'Әлиев Нұрлан Қайратұлы', iin: '', statusId: '' }],
    };
    expect(appointmentIntakeSchema.safeParse(unknown).success).toBe(true);
  });

  it('refuses receipt before the decree was issued', () => {
    expect(messages({ ...base, receivedAt: '2026-11-13T23:59' }, 'receivedAt')).toEqual([
      'validation.beforeDecree',
    ]);
    expect(messages({ ...base, receivedAt: '2026-11-14T00:00' }, 'receivedAt')).toEqual([]);
  });

  it('keeps the paper assignment to paper appointments, not before the decree (cl. 10, 17)', () => {
    const assignment = { assignedBy: 'Жауапты тұлға Б. Ахметова', assignedAt: '2026-11-14T11:00' };
    expect(messages({ ...base, paperAssignment: assignment }, 'paperAssignment')).toEqual([
      'validation.ezkNoPaper',
    ]);
    const paper = { ...base, source: 'paper' as const, ezkNumber: '' };
    expect(appointmentIntakeSchema.safeParse(paper).success).toBe(true);
    expect(
      appointmentIntakeSchema.safeParse({ ...paper, paperAssignment: assignment }).success,
    ).toBe(true);
    expect(
      messages(
        { ...paper, paperAssignment: { ...assignment, assignedAt: '2026-11-13T09:00' } },
        'paperAssignment.assignedAt',
      ),
    ).toEqual(['validation.beforeDecree']);
  });

  it('needs a replacement reason when another advocate acted before (cl. 4.3)', () => {
    const replaced = { ...base, previousAdvocate: 'Ахметов Ерлан' };
    expect(messages(replaced, 'replacementReasonId')).toEqual(['validation.required']);
    expect(
      appointmentIntakeSchema.safeParse({ ...replaced, replacementReasonId: 'replace.illness' })
        .success,
    ).toBe(true);
  });

  it('refuses malformed times and unknown sources', () => {
    expect(messages({ ...base, receivedAt: '2026-11-14 10:30' }, 'receivedAt')).toContain(
      'validation.dateTime',
    );
    expect(messages({ ...base, receivedAt: '2026-02-30T10:30' }, 'receivedAt')).toContain(
      'validation.dateTime',
    );
    expect(
      appointmentIntakeSchema.safeParse({ ...base, source: 'phone' as unknown as 'ezk' }).success,
    ).toBe(false);
  });
});

describe('step schemas', () => {
  it('a work item may run past midnight but not end where it starts', () => {
    const item = { date: '2026-11-14', actionId: 'action.interrogation' };
    expect(
      workItemInputSchema.safeParse({ ...item, startedAt: '23:00', endedAt: '01:30' }).success,
    ).toBe(true);
    const same = workItemInputSchema.safeParse({ ...item, startedAt: '10:00', endedAt: '10:00' });
    expect(same.success).toBe(false);
    expect(same.error?.issues[0]?.message).toBe('validation.endBeforeStart');
    expect(
      workItemInputSchema.safeParse({ ...item, startedAt: '24:00', endedAt: '01:00' }).success,
    ).toBe(false);
  });

  it('declining needs a ground and details (cl. 36)', () => {
    const r = declineInputSchema.safeParse({ at: '2026-11-14T11:00', groundId: '', details: ' ' });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['groundId', 'details']);
  });

  it('a transfer needs the head’s permission (cl. 27(2))', () => {
    const r = transferInputSchema.safeParse({
      toAdvocate: 'Ахметов Ерлан',
      reasonId: 'replace.illness',
      permittedBy: '',
      permittedAt: '2026-11-15T09:00',
      permission: '',
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['permittedBy', 'permission']);
  });
});
