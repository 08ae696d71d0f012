import { describe, expect, it } from 'vitest';
import { eligibilityFactsSchema } from '../../../src-shared/domain/eligibility/types';
import { emptyCheckForm, NO_CATEGORY, toFacts } from './check-form';

describe('toFacts', () => {
  const filled = {
    ...emptyCheckForm('2026-11-25'),
    iin: '900101300057',
    fullName: 'Серікбаев Арман',
    issueAreaId: 'alimony',
    categoryId: 'cons.26-2-1.issues',
    evidence: ['identity-document'],
  };

  it('maps a filled form to valid facts without a representative', () => {
    const facts = eligibilityFactsSchema.parse(toFacts(filled));
    expect(facts.representative).toBeUndefined();
    expect(facts.categoryId).toBe('cons.26-2-1.issues');
  });

  it('"none of these" becomes a null category', () => {
    expect(toFacts({ ...filled, categoryId: NO_CATEGORY }).categoryId).toBeNull();
  });

  it('includes the representative only when ticked, and validates their IIN', () => {
    const withRep = toFacts({
      ...filled,
      hasRepresentative: true,
      repIin: '123',
      repFullName: 'X',
      repDocType: 'Сенімхат',
    });
    const r = eligibilityFactsSchema.safeParse(withRep);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path.join('.')).toBe('representative.iin');
  });
});
