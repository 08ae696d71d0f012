/** Claim-level and priced-line checks: each one catches its mistake and keeps quiet otherwise. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimDueDate, isReady, sortIssues, validateClaim } from './validate';
import type { ClaimCheckContext, ClaimIssueCode } from './validate-types';
import * as f from './validate.fixture';

const of = (ctx: ClaimCheckContext, code: ClaimIssueCode) =>
  validateClaim(ctx).filter((i) => i.code === code);
const basis = (patch: Partial<ClaimCheckContext['claim']['basisDocument']>) =>
  f.claimFields({ basisDocument: { ...f.claimFields().basisDocument, ...patch } });

describe('clean claims', () => {
  it('a defence claim and a consultation claim have no issue and are ready', () => {
    for (const ctx of [f.defenceContext(), f.consultationContext()]) {
      const issues = validateClaim(ctx);
      expect(issues).toEqual([]);
      expect(isReady(issues)).toBe(true);
    }
  });
});

describe('basis-missing', () => {
  it('names every field left empty (a blank number counts as empty)', () => {
    const issues = of(
      f.defenceContext({ claim: basis({ typeId: '', number: '  ', date: '' }) }),
      'basis-missing',
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'error', params: { missing: 'type,number,date' } });
    expect(
      of(f.defenceContext({ claim: basis({ date: '' }) }), 'basis-missing')[0]?.params.missing,
    ).toBe('date');
  });

  it('does not ask for the issuing body, which cl. 56 does not require', () => {
    expect(of(f.defenceContext({ claim: basis({ issuedBy: '' }) }), 'basis-missing')).toEqual([]);
  });
});

describe('basis-type-mismatch', () => {
  const variant = (ctx: ClaimCheckContext) =>
    of(ctx, 'basis-type-mismatch').map((i) => i.params.variant);

  it('catches a type the pack does not have, another service, another case kind or stage', () => {
    expect(variant(f.defenceContext({ claim: basis({ typeId: 'basis.nonsense' }) }))).toEqual([
      'unknown',
    ]);
    expect(
      variant(f.defenceContext({ claim: basis({ typeId: 'basis.consultation-act' }) })),
    ).toEqual(['service']);
    expect(
      variant(f.defenceContext({ claim: basis({ typeId: 'basis.civil-court-ruling' }) })),
    ).toEqual(['case-kind']);
    // The court's decree is for the trial and later stages, not the pre-trial one.
    expect(
      variant(f.defenceContext({ claim: basis({ typeId: 'basis.criminal-court-decree' }) })),
    ).toEqual(['stage']);
  });

  it('accepts a type for the stage, and a type limited to no stage', () => {
    const appeal = f.appointment({ stageId: 'stage.appeal' });
    const ctx = f.defenceContext({
      appointment: appeal,
      claim: basis({ typeId: 'basis.criminal-court-decree' }),
    });
    expect(of(ctx, 'basis-type-mismatch')).toEqual([]);
    const admin = f.appointment({
      caseKind: 'administrative-offence',
      stageId: 'stage.body-consideration',
    });
    const ctx2 = f.defenceContext({
      appointment: admin,
      claim: basis({ typeId: 'basis.admin-offence-decree' }),
    });
    expect(of(ctx2, 'basis-type-mismatch')).toEqual([]);
  });
});

describe('no tariff pack for the claim', () => {
  it('says the claim-level checks could not run, instead of passing them silently', () => {
    const issues = validateClaim(
      f.defenceContext({ tariff: null, claim: basis({ typeId: 'basis.nonsense' }) }),
    );
    expect(issues.map((i) => i.code)).toEqual(['no-tariff-pack']);
    expect(issues[0]).toMatchObject({ params: { on: '2026-11-10' } });
    expect(issues[0]?.ref).toBeUndefined();
  });
});

describe('nothing-claimed', () => {
  it('catches a claim with nothing chosen and nothing priced', () => {
    const ctx = f.defenceContext({ claim: f.claimFields({ workItemIds: [] }) });
    expect(validateClaim(ctx).map((i) => i.code)).toEqual(['nothing-claimed']);
  });

  it('keeps quiet when only an expense is claimed, or the engine reported why a line is missing', () => {
    const perDiem = {
      id: 'x1',
      typeId: 'expense.per-diem',
      date: '2026-11-03',
      description: '',
      days: 1,
    };
    const ctx = f.defenceContext({
      claim: f.claimFields({ workItemIds: [], expenses: [perDiem] }),
    });
    expect(of(ctx, 'nothing-claimed')).toEqual([]);
    const refused = f.defenceContext({
      claim: f.claimFields({ workItemIds: [] }),
      calculation: f.calculation([], [{ code: 'no-mrp', ref: 'work:a1:w1', date: '2026-11-03' }]),
    });
    expect(of(refused, 'nothing-claimed')).toEqual([]);
  });
});

describe('duplicate-across-claims', () => {
  const other = (state: 'draft' | 'submitted' | 'rejected') => ({
    id: 'k3',
    label: '3/2026',
    state,
    refs: ['work:a1:w2' as const, 'work:a1:w9' as const],
  });

  it('catches work already in another claim, a draft too, naming the claim and its state', () => {
    for (const state of ['draft', 'submitted'] as const) {
      const issues = of(
        f.defenceContext({ otherClaims: [other(state)] }),
        'duplicate-across-claims',
      );
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({
        ref: 'work:a1:w2',
        recordLabel: '12/2026',
        params: { claim: '3/2026', state, date: '2026-11-05', action: 'action.case-materials' },
      });
    }
  });

  it('lets work of a rejected claim be claimed again', () => {
    expect(
      of(f.defenceContext({ otherClaims: [other('rejected')] }), 'duplicate-across-claims'),
    ).toEqual([]);
  });
});

describe('over-cap-person / over-cap-day', () => {
  const caps = f.tariff.caps!;

  it('reports the minutes a cap cut and the cap, as warnings that do not stop the claim', () => {
    const appt = f.appointment();
    const lines = [
      f.workLine(appt, appt.work[0]!, { cappedBy: { perDay: 30 }, paidMinutes: 60 }),
      f.workLine(appt, appt.work[1]!),
    ];
    const issues = validateClaim(f.defenceContext({ calculation: f.calculation(lines) }));
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'over-cap-day',
        severity: 'warning',
        ref: 'work:a1:w1',
        params: expect.objectContaining({ minutes: 30, cap: caps.minutesPerDay }),
      }),
    ]);
    expect(isReady(issues)).toBe(true);

    const c = f.consultation('c7');
    const person = f.consultationContext({
      consultations: [c],
      calculation: f.calculation([f.consultationLine(c, { cappedBy: { perPerson: 10 } })]),
      claim: { ...f.consultationContext().claim, consultationIds: ['c7'] },
    });
    expect(of(person, 'over-cap-person')[0]?.params).toMatchObject({
      minutes: 10,
      cap: caps.consultationMinutesPerPerson,
    });
  });

  it('keeps quiet when no cap bit, and leaves the cap out when the line used another pack', () => {
    const appt = f.appointment();
    const zero = [
      f.workLine(appt, appt.work[0]!, { cappedBy: { perDay: 0 } }),
      f.workLine(appt, appt.work[1]!),
    ];
    expect(validateClaim(f.defenceContext({ calculation: f.calculation(zero) }))).toEqual([]);
    const old = [
      f.workLine(appt, appt.work[0]!, {
        cappedBy: { perDay: 5 },
        tariffPack: { id: f.tariff.id, version: 1 },
      }),
    ];
    expect(
      of(f.defenceContext({ calculation: f.calculation(old) }), 'over-cap-day')[0]?.params.cap,
    ).toBeUndefined();
  });
});

describe('late', () => {
  const months = f.tariff.claimDeadline.months;
  const due = claimDueDate('2026-11-10', months);

  it('warns when filed after the due date, giving both dates', () => {
    const dayAfter = claimDueDate('2026-11-11', months);
    const issues = validateClaim(f.defenceContext({ filingDate: dayAfter }));
    expect(issues).toEqual([
      {
        code: 'late',
        severity: 'warning',
        params: { basisDate: '2026-11-10', due, months, filingDate: dayAfter },
      },
    ]);
    expect(isReady(issues)).toBe(true);
  });

  it('keeps quiet when filed on the due date', () => {
    expect(of(f.defenceContext({ filingDate: due }), 'late')).toEqual([]);
  });
});

describe('expense-document-missing', () => {
  const transport = {
    id: 'x1',
    typeId: 'expense.transport',
    date: '2026-11-05',
    description: '',
    amountTiyn: 1500_00,
  };

  it('catches an expense of a type that needs a document without its number or date', () => {
    for (const document of [
      undefined,
      { number: '', date: '2026-11-05' },
      { number: 'AB-1', date: '' },
    ]) {
      const ctx = f.defenceContext({
        claim: f.claimFields({ expenses: [{ ...transport, document }] }),
      });
      expect(of(ctx, 'expense-document-missing')).toEqual([
        {
          code: 'expense-document-missing',
          severity: 'error',
          ref: 'expense:x1',
          recordId: 'x1',
          params: { date: '2026-11-05', type: 'expense.transport' },
        },
      ]);
    }
  });

  it('keeps quiet with the document, or for a type that needs none', () => {
    const withDoc = { ...transport, document: { number: 'AB-1', date: '2026-11-05' } };
    const perDiem = {
      id: 'x2',
      typeId: 'expense.per-diem',
      date: '2026-11-05',
      description: '',
      days: 1,
    };
    expect(f.tariff.expenseTypes.find((t) => t.id === 'expense.per-diem')?.requiresDocument).toBe(
      false,
    );
    const ctx = f.defenceContext({ claim: f.claimFields({ expenses: [withDoc, perDiem] }) });
    expect(validateClaim(ctx)).toEqual([]);
  });
});

describe("the engine's problems", () => {
  it('become errors of the same code on the entry, with their params', () => {
    const ctx = f.defenceContext({
      calculation: f.calculation(
        [],
        [
          {
            code: 'category-needed',
            ref: 'work:a1:w1',
            candidates: ['fee.criminal.minor', 'fee.criminal.grave-medium'],
          },
          { code: 'unknown-expense-type', ref: 'expense:x9', typeId: 'expense.boat' },
        ],
      ),
    });
    const issues = validateClaim(ctx);
    expect(issues).toContainEqual(
      expect.objectContaining({
        code: 'category-needed',
        severity: 'error',
        ref: 'work:a1:w1',
        recordLabel: '12/2026',
        params: expect.objectContaining({
          candidates: 'fee.criminal.minor,fee.criminal.grave-medium',
          date: '2026-11-03',
        }),
      }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({
        code: 'unknown-expense-type',
        ref: 'expense:x9',
        params: { id: 'x9', type: 'expense.boat' },
      }),
    );
    expect(isReady(issues)).toBe(false);
  });

  it('add nothing when the engine priced every line', () => {
    expect(validateClaim(f.defenceContext()).filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('order', () => {
  const messy = () =>
    validateClaim(
      f.defenceContext({
        claim: f.claimFields({
          workItemIds: ['w2', 'w1', 'w9'],
          basisDocument: { ...f.claimFields().basisDocument, number: '' },
        }),
        filingDate: '2027-03-01',
        otherClaims: [
          { id: 'k', label: '1/2026', state: 'ready', refs: ['work:a1:w1', 'work:a1:w2'] },
        ],
      }),
    );

  it('puts errors first, the claim-level ones before entries by date', () => {
    const issues = messy();
    const firstWarning = issues.findIndex((i) => i.severity === 'warning');
    expect(firstWarning).toBeGreaterThan(0);
    expect(issues.slice(firstWarning).every((i) => i.severity === 'warning')).toBe(true);
    expect(issues[0]?.code).toBe('basis-missing');
    const dates = issues
      .filter((i) => i.severity === 'error')
      .map((i) => String(i.params.date ?? ''));
    expect(dates).toEqual([...dates].sort());
  });

  it('does not depend on the order the issues were found in', () => {
    const issues = messy();
    fc.assert(
      fc.property(fc.shuffledSubarray(issues, { minLength: issues.length }), (shuffled) => {
        expect(sortIssues(shuffled)).toEqual(issues);
      }),
    );
  });
});
