import { describe, expect, it } from 'vitest';
import {
  consultationInputSchema,
  type ConsultationEntry,
} from '../../../src-shared/contracts/entities/consultation';
import { settlementError, settlementOnOpen } from '../../components/settlement';
import {
  emptyEntryValues,
  entryPathToField,
  toEntryInput,
  valuesFromEntry,
} from './entry-form-values';

const filled = {
  ...emptyEntryValues(new Date(2026, 10, 25, 9, 40), 'kk'),
  applicantName: 'Серікбаев Арман',
  applicantIin: '900101300057',
  idType: 'Жеке куәлік',
  issueAreaId: 'alimony',
  subject: 'Алимент',
  content: 'Түсіндірілді',
  startedAt: '09:45',
  endedAt: '10:30',
};

const stored = (v: typeof filled): ConsultationEntry => ({
  ...consultationInputSchema.parse(toEntryInput(v)),
  id: 'x',
  version: 1,
  advocateId: 'a',
  year: 2026,
  number: 1,
  durationMinutes: 45,
  createdAt: '',
  updatedAt: '',
});

describe('entry form values', () => {
  it('build a valid entry and round-trip through a stored entry', () => {
    const input = consultationInputSchema.parse(toEntryInput(filled));
    expect(input.appliedAt).toBe('2026-11-25T09:40');
    const back = valuesFromEntry({
      ...input,
      id: 'x',
      version: 1,
      advocateId: 'a',
      year: 2026,
      number: 1,
      durationMinutes: 45,
      createdAt: '',
      updatedAt: '',
    });
    expect(back).toEqual({ ...filled, eligibilityPack: null });
  });

  it('a deferred consultation marked given keeps its appointment; a refusal does not', () => {
    const deferred = {
      ...filled,
      status: 'deferred' as const,
      appointmentDate: '2026-11-26',
      appointmentTime: '11:00',
    };
    expect(toEntryInput({ ...deferred, status: 'given' }).appointmentAt).toBe('2026-11-26T11:00');
    expect(toEntryInput({ ...deferred, status: 'refused' }).appointmentAt).toBe('');
  });

  it('keep the settlement chosen, and leave one not chosen out of the entry', () => {
    expect(toEntryInput({ ...filled, settlement: 'rural' }).settlement).toBe('rural');
    expect(valuesFromEntry(stored({ ...filled, settlement: 'rural' })).settlement).toBe('rural');
    expect('settlement' in toEntryInput(filled)).toBe(false);
    // An entry made before issue 8 opens for correction with nothing chosen.
    expect(valuesFromEntry(stored(filled)).settlement).toBe('');
    expect(entryPathToField['settlement']).toBe('settlement');
  });

  it("a new entry starts from the latest entry's settlement, else must choose one", () => {
    const fresh = emptyEntryValues(new Date(2026, 10, 25, 9, 40), 'ru');
    expect(fresh.settlement).toBe('');
    expect(settlementOnOpen(fresh.settlement, true, 'rural')).toBe('rural');
    const none = settlementOnOpen(fresh.settlement, true, undefined);
    expect(none).toBe('');
    expect(settlementError(none, true)).toBe('fees.settlement.required');
    // Correcting an old entry: nothing is guessed, and nothing is demanded.
    const old = valuesFromEntry(stored(filled));
    expect(settlementOnOpen(old.settlement, false, 'rural')).toBe('');
    expect(settlementError(old.settlement, false)).toBeNull();
  });

  it('maps every schema error path of a broken entry to a form field', () => {
    const r = consultationInputSchema.safeParse(
      toEntryInput({
        ...filled,
        applicantIin: '1',
        endedAt: '09:00',
        status: 'deferred',
        placeKind: 'person-location',
      }),
    );
    expect(r.success).toBe(false);
    for (const issue of r.error!.issues)
      expect(entryPathToField[issue.path.join('.')], issue.path.join('.')).toBeDefined();
  });
});
