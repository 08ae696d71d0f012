import { describe, expect, it } from 'vitest';
import { consultationInputSchema } from '../../../src-shared/contracts/entities/consultation';
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
