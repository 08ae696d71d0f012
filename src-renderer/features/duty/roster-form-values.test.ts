import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  absenceTypes,
  rosterMemberInputSchema,
  type Absence,
  type RosterMember,
} from '../../../src-shared/contracts/entities/duty-roster';
import {
  absenceToShow,
  emptyRosterValues,
  memberInputWith,
  newAbsence,
  rosterFieldOf,
  rosterIssueFields,
  toRosterInput,
  valuesFromMember,
  type RosterFormValues,
} from './roster-form-values';

const filled: RosterFormValues = {
  ...emptyRosterValues(),
  fullName: 'Жақсыбекова Динара Серікқызы',
  phone: '+7 701 123 45 67',
  userId: 'user-7',
  licenceNumber: '16012345',
  specialisations: ['criminal', 'juvenile'],
  territory: 'Алмалы ауданы',
  kinds: ['pretrial', 'court'],
  soloPractitioner: true,
  absences: [
    {
      id: 'a1',
      type: 'suspension',
      from: '2026-12-01',
      to: '2026-12-15',
      ground: 'illness',
      reason: 'Арыз 20.11.2026',
    },
  ],
  note: 'Тек таңертең',
};

function stored(values: RosterFormValues): RosterMember {
  return {
    ...rosterMemberInputSchema.parse(toRosterInput(values)),
    id: 'm1',
    version: 1,
    createdAt: '',
    updatedAt: '',
    headId: 'head',
  };
}

/** The form value at a dotted path ('absences.0.to'), or undefined when the form has none. */
function at(values: RosterFormValues, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], values);
}

describe('roster form values', () => {
  it('round-trip through a stored member, the phone stored canonical and shown readable', () => {
    const member = stored(filled);
    expect(member.phone).toBe('+77011234567');
    expect(valuesFromMember(member)).toEqual(filled);
  });

  it('a new member is in all three schedules but cannot be saved without name and phone', () => {
    const r = rosterMemberInputSchema.safeParse(toRosterInput(emptyRosterValues()));
    expect(r.success).toBe(false);
    expect(Object.keys(rosterIssueFields(r.error!.issues)).sort()).toEqual(['fullName', 'phone']);
    expect(toRosterInput(emptyRosterValues()).kinds).toEqual(['pretrial', 'court', 'consultation']);
  });

  it('kinds and specialisations keep a fixed order whatever order they were ticked in', () => {
    const input = toRosterInput({
      ...filled,
      kinds: ['consultation', 'pretrial'],
      specialisations: ['civil', 'criminal'],
    });
    expect(input.kinds).toEqual(['pretrial', 'consultation']);
    expect(input.specialisations).toEqual(['criminal', 'civil']);
  });

  it('no schedule ticked is an error on the kinds checkboxes', () => {
    const r = rosterMemberInputSchema.safeParse(toRosterInput({ ...filled, kinds: [] }));
    expect(r.success).toBe(false);
    expect(rosterIssueFields(r.error!.issues)).toEqual({ kinds: 'validation.required' });
  });

  it("shows each absence's errors on that absence's row", () => {
    const r = rosterMemberInputSchema.safeParse(
      toRosterInput({
        ...filled,
        phone: '12345',
        absences: [
          filled.absences[0]!,
          { ...newAbsence('a2', '2026-12-20'), to: '2026-12-10' },
          { ...newAbsence('a3', '2026-12-20'), reason: 'Іссапар' },
        ],
      }),
    );
    expect(r.success).toBe(false);
    expect(rosterIssueFields(r.error!.issues)).toEqual({
      phone: 'validation.phone',
      'absences.1.to': 'validation.periodOrder',
      'absences.1.reason': 'validation.required',
      'absences.2.to': 'validation.date',
    });
  });

  it('maps every schema error path of a broken member to a field the form has', () => {
    const r = rosterMemberInputSchema.safeParse({
      ...toRosterInput(filled),
      fullName: ' ',
      licenceNumber: 'x'.repeat(41),
      territory: 'x'.repeat(201),
      note: 'x'.repeat(501),
      kinds: [],
      absences: [{ ...filled.absences[0]!, from: '2026-13-01', reason: '' }],
    });
    expect(r.success).toBe(false);
    for (const issue of r.error!.issues) {
      const field = rosterFieldOf(issue.path);
      expect(field, issue.path.join('.')).toBe(issue.path.join('.'));
      expect(at(filled, field), field).toBeDefined();
    }
    // Paths the form has no input for still land on a visible field.
    expect(rosterFieldOf(['absences'])).toBe('absences');
    expect(rosterFieldOf(['absences', 3, 'id'])).toBe('absences');
    expect(rosterFieldOf(['headId'])).toBe('fullName');
  });

  it('marking as left changes the status and nothing else', () => {
    const member = stored(filled);
    const left = rosterMemberInputSchema.parse(memberInputWith(member, { status: 'left' }));
    const { status, ...rest } = left;
    expect(status).toBe('left');
    expect(member.status).toBe('active');
    expect(rest).toEqual(omitStatus(member));
  });
});

function omitStatus(m: RosterMember) {
  const { id, version, createdAt, updatedAt, headId, status, ...fields } = m;
  void [id, version, createdAt, updatedAt, headId, status];
  return fields;
}

const day = fc
  .integer({ min: 0, max: 59 })
  .map((n) => new Date(Date.UTC(2026, 10, 1 + n)).toISOString().slice(0, 10));
const absence = fc
  .record({ id: fc.uuid(), a: day, b: day, type: fc.constantFrom(...absenceTypes) })
  .map(({ id, a, b, type }): Absence => ({
    id,
    type,
    from: a < b ? a : b,
    to: a < b ? b : a,
    ground: 'other',
    reason: 'r',
  }));

describe('the absence shown on the roster', () => {
  it('is one in force today (a suspension first), else the nearest ahead', () => {
    fc.assert(
      fc.property(fc.array(absence, { maxLength: 6 }), day, (absences, today) => {
        const shown = absenceToShow(absences, today);
        const inForce = absences.filter((a) => a.from <= today && today <= a.to);
        const ahead = absences.filter((a) => a.from > today);
        if (inForce.length > 0) {
          expect(shown?.now).toBe(true);
          expect(inForce).toContain(shown!.absence);
          if (inForce.some((a) => a.type === 'suspension'))
            expect(shown!.absence.type).toBe('suspension');
        } else if (ahead.length > 0) {
          expect(shown?.now).toBe(false);
          expect(ahead).toContain(shown!.absence);
          for (const a of ahead) expect(shown!.absence.from <= a.from).toBe(true);
        } else {
          expect(shown).toBeNull();
        }
      }),
    );
  });

  it('ignores absences that are over', () => {
    const over: Absence = { ...filled.absences[0]!, from: '2026-10-01', to: '2026-10-31' };
    expect(absenceToShow([over], '2026-11-25')).toBeNull();
    expect(absenceToShow([over], '2026-10-31')).toEqual({ absence: over, now: true });
  });
});
