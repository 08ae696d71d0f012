import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FeeClaim, FeeClaimState } from '../../contracts/entities/fee-claim';
import {
  allowedActions,
  backToDraft,
  ClaimLifecycleError,
  draftCopyOf,
  localDayOf,
  markReady,
  paidTiynOf,
  recordPayment,
  reject,
  stateBlocker,
  submit,
  type ClaimAction,
  claimLifecycleErrorCodes,
  type ClaimLifecycleErrorCode,
  type StepMeta,
} from './claim-lifecycle';
import { calculationOf, feeLine, storedClaim } from './claim-lifecycle.fixture';
import { feesEn } from '../../i18n/fees/en';
import { feesKk } from '../../i18n/fees/kk';
import { feesRu } from '../../i18n/fees/ru';

/** Midday UTC: the same calendar day in Kazakhstan (UTC+5) and in most zones a test runs in. */
const READY_AT = '2026-11-24T07:00:00.000Z';
const READY_DAY = localDayOf(READY_AT);

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A step a few days after the claim was made ready. */
const later = (days: number): StepMeta => ({
  at: `${addDays(READY_DAY, days)}T06:00:00.000Z`,
  today: addDays(READY_DAY, days),
});

const calc = calculationOf([
  feeLine('work:a1:w1', { amountTiyn: 300_000 }),
  feeLine('travel:a1:w1', { amountTiyn: 50_000 }),
  feeLine('work:a1:w2', { amountTiyn: 150_000 }),
]);
const TOTAL = calc.totals.totalTiyn;

function refused(fn: () => unknown): ClaimLifecycleError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ClaimLifecycleError) return e;
    throw e;
  }
  throw new Error('the step was not refused');
}

const readyClaim = (): FeeClaim =>
  markReady(storedClaim(), { calculation: calc, issues: [] }, { at: READY_AT, today: READY_DAY });
const submittedClaim = (): FeeClaim =>
  submit(readyClaim(), { date: addDays(READY_DAY, 1), channel: 'ezk', ezkNumber: 'Z-1' }, later(1));

describe('what each state allows', () => {
  // Written out, not derived from the module: the point is to catch a transition appearing.
  const expected: Record<FeeClaimState, ClaimAction[]> = {
    draft: ['edit', 'ready'],
    ready: ['back-to-draft', 'submit'],
    submitted: ['pay', 'reject'],
    'partly-paid': ['pay'],
    paid: [],
    rejected: ['copy'],
  };
  it.each(Object.entries(expected))('%s: %j', (state, actions) => {
    expect(allowedActions({ state: state as FeeClaimState })).toEqual(actions);
  });

  it('says why a step is refused', () => {
    const cases: [ClaimAction, FeeClaimState, ClaimLifecycleErrorCode][] = [
      ['edit', 'ready', 'fees.lifecycle.errors.notDraft'],
      ['ready', 'submitted', 'fees.lifecycle.errors.notDraft'],
      ['submit', 'draft', 'fees.lifecycle.errors.notReady'],
      ['back-to-draft', 'submitted', 'fees.lifecycle.errors.notReady'],
      ['pay', 'ready', 'fees.lifecycle.errors.notSubmitted'],
      ['reject', 'partly-paid', 'fees.lifecycle.errors.partlyPaid'],
      ['reject', 'ready', 'fees.lifecycle.errors.notSubmitted'],
      ['copy', 'submitted', 'fees.lifecycle.errors.notRejected'],
      ['copy', 'paid', 'fees.lifecycle.errors.notRejected'],
      ['pay', 'paid', 'fees.lifecycle.errors.closed'],
      ['edit', 'rejected', 'fees.lifecycle.errors.closed'],
      ['reject', 'rejected', 'fees.lifecycle.errors.closed'],
    ];
    for (const [action, state, code] of cases) {
      expect(stateBlocker(action, { state }), `${action} from ${state}`).toBe(code);
    }
  });
});

describe('draft → ready', () => {
  const meta = { at: READY_AT, today: READY_DAY };

  it('freezes the calculation and records the moment', () => {
    const draft = storedClaim();
    const ready = markReady(draft, { calculation: calc, issues: [] }, meta);
    expect(ready).toMatchObject({ state: 'ready', readyAt: READY_AT, calculation: calc });
    expect(ready.history).toEqual([...draft.history, { at: READY_AT, state: 'ready' }]);
    expect(draft.state).toBe('draft');
  });

  it('warnings do not stop it; an error of the validators does', () => {
    const warning = { severity: 'warning' as const };
    expect(markReady(storedClaim(), { calculation: calc, issues: [warning] }, meta).state).toBe(
      'ready',
    );
    const e = refused(() =>
      markReady(
        storedClaim(),
        { calculation: calc, issues: [warning, { severity: 'error' }, { severity: 'error' }] },
        meta,
      ),
    );
    expect(e.code).toBe('fees.lifecycle.errors.hasErrors');
    expect(e.params).toEqual({ count: 2 });
  });

  it('is refused while a line could not be priced', () => {
    const withProblem = calculationOf(calc.lines, [
      { code: 'no-mrp', ref: 'work:a1:w1', date: '2026-11-24' },
    ]);
    expect(
      refused(() => markReady(storedClaim(), { calculation: withProblem, issues: [] }, meta)).code,
    ).toBe('fees.lifecycle.errors.calculationProblems');
  });

  it('is refused when the calculation prices work the draft does not select', () => {
    const cases = [
      feeLine('work:a1:w9'),
      feeLine('travel:a1:w9'),
      feeLine('work:other:w1'),
      feeLine('consultation:c1'),
      feeLine('expense:e1'),
    ];
    for (const extra of cases) {
      const stale = calculationOf([...calc.lines, extra]);
      expect(
        refused(() => markReady(storedClaim(), { calculation: stale, issues: [] }, meta)).code,
        extra.ref,
      ).toBe('fees.lifecycle.errors.calculationMismatch');
    }
    // …and accepted when the draft does select them.
    const consultationClaim = storedClaim({
      kind: 'consultation',
      appointmentId: '',
      workItemIds: [],
      consultationIds: ['c1'],
      expenses: [{ id: 'e1', typeId: 'travel', date: '2026-11-24', description: '' }],
    });
    const ok = calculationOf([feeLine('consultation:c1'), feeLine('expense:e1')]);
    expect(markReady(consultationClaim, { calculation: ok, issues: [] }, meta).state).toBe('ready');
  });

  it('only from a draft', () => {
    expect(
      refused(() => markReady(readyClaim(), { calculation: calc, issues: [] }, meta)).code,
    ).toBe('fees.lifecycle.errors.notDraft');
  });
});

describe('ready → draft', () => {
  it('needs a reason, and drops the frozen calculation', () => {
    const ready = readyClaim();
    expect(refused(() => backToDraft(ready, '  ', later(0))).code).toBe(
      'fees.lifecycle.errors.reasonRequired',
    );
    expect(refused(() => backToDraft(ready, 'x'.repeat(1001), later(0))).code).toBe(
      'fees.lifecycle.errors.reasonTooLong',
    );
    const draft = backToDraft(ready, ' Қаулының нөмірі қате ', later(0));
    expect(draft.state).toBe('draft');
    expect(draft.calculation).toBeUndefined();
    expect(draft.readyAt).toBeUndefined();
    expect(draft.history.at(-1)).toEqual({
      at: later(0).at,
      state: 'draft',
      note: 'Қаулының нөмірі қате',
    });
  });
});

describe('ready → submitted', () => {
  it('not before the day it was made ready, not in the future', () => {
    const ready = readyClaim();
    const s = (date: string) => ({ date, channel: 'paper' as const, ezkNumber: '' });
    const early = refused(() => submit(ready, s(addDays(READY_DAY, -1)), later(2)));
    expect([early.code, early.field, early.params]).toEqual([
      'fees.lifecycle.errors.beforeReady',
      'date',
      { date: READY_DAY },
    ]);
    expect(refused(() => submit(ready, s(addDays(READY_DAY, 3)), later(2))).code).toBe(
      'fees.lifecycle.errors.future',
    );
    const same = submit(ready, s(READY_DAY), later(0));
    expect(same).toMatchObject({ state: 'submitted', submission: s(READY_DAY) });
    expect(same.history.at(-1)?.state).toBe('submitted');
  });

  it('only a ready claim', () => {
    const s = { date: READY_DAY, channel: 'ezk' as const, ezkNumber: '' };
    expect(refused(() => submit(storedClaim(), s, later(0))).code).toBe(
      'fees.lifecycle.errors.notReady',
    );
  });
});

describe('payments', () => {
  const pay = (amountTiyn: number, reason = '', day = 5) => ({
    date: addDays(READY_DAY, day),
    amountTiyn,
    reason,
  });

  it('the whole amount: paid', () => {
    const paid = recordPayment(submittedClaim(), pay(TOTAL), later(5));
    expect(paid.state).toBe('paid');
    expect(paidTiynOf(paid)).toBe(TOTAL);
  });

  it('a part needs the reason; the rest later makes it paid', () => {
    const submitted = submittedClaim();
    expect(refused(() => recordPayment(submitted, pay(TOTAL - 50_000), later(5))).code).toBe(
      'fees.lifecycle.errors.reasonRequired',
    );
    const part = recordPayment(submitted, pay(TOTAL - 50_000, 'Жол уақыты төленбеді'), later(5));
    expect(part.state).toBe('partly-paid');
    expect(part.history.at(-1)).toMatchObject({
      state: 'partly-paid',
      note: 'Жол уақыты төленбеді',
    });
    expect(refused(() => reject(part, { date: pay(0).date, reason: 'x' }, later(6))).code).toBe(
      'fees.lifecycle.errors.partlyPaid',
    );
    const rest = recordPayment(part, pay(50_000, '', 7), later(7));
    expect(rest.state).toBe('paid');
    expect(rest.payments.map((p) => p.amountTiyn)).toEqual([TOTAL - 50_000, 50_000]);
    expect(refused(() => recordPayment(rest, pay(1), later(8))).code).toBe(
      'fees.lifecycle.errors.closed',
    );
  });

  it('refuses more than claimed, nothing, before submission or in the future', () => {
    const submitted = submittedClaim();
    const over = refused(() => recordPayment(submitted, pay(TOTAL + 1), later(5)));
    expect([over.code, over.params]).toEqual([
      'fees.lifecycle.errors.overpaid',
      { remainingTiyn: TOTAL },
    ]);
    expect(refused(() => recordPayment(submitted, pay(0), later(5))).code).toBe(
      'fees.lifecycle.errors.paymentZero',
    );
    // submitted on READY_DAY + 1
    const early = refused(() => recordPayment(submitted, pay(TOTAL, '', 0), later(5)));
    expect([early.code, early.params]).toEqual([
      'fees.lifecycle.errors.beforeSubmission',
      { date: addDays(READY_DAY, 1) },
    ]);
    expect(refused(() => recordPayment(submitted, pay(TOTAL, '', 6), later(5))).code).toBe(
      'fees.lifecycle.errors.future',
    );
  });

  it('any sequence of payments: never above the claim, paid exactly when all is paid', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -10, max: TOTAL + 10 }), { maxLength: 8 }), (xs) => {
        let claim = submittedClaim();
        for (const amount of xs) {
          try {
            claim = recordPayment(claim, pay(amount, 'бөлігі'), later(5));
          } catch (e) {
            if (!(e instanceof ClaimLifecycleError)) throw e;
          }
          const paid = paidTiynOf(claim);
          expect(paid).toBeLessThanOrEqual(TOTAL);
          expect(claim.state === 'paid').toBe(paid === TOTAL);
          if (paid > 0 && paid < TOTAL) expect(claim.state).toBe('partly-paid');
        }
      }),
    );
  });
});

describe('rejection and the copy', () => {
  it('a submitted claim is rejected with the reason, then copied into a new draft', () => {
    const submitted = submittedClaim();
    const date = addDays(READY_DAY, 4);
    expect(refused(() => reject(submitted, { date, reason: ' ' }, later(4))).code).toBe(
      'fees.lifecycle.errors.reasonRequired',
    );
    expect(
      refused(() => reject(submitted, { date: addDays(READY_DAY, 0), reason: 'x' }, later(4))).code,
    ).toBe('fees.lifecycle.errors.beforeSubmission');
    const rejected = reject(submitted, { date, reason: 'Қаулы қоса берілмеген' }, later(4));
    expect(rejected).toMatchObject({
      state: 'rejected',
      rejection: { date, reason: 'Қаулы қоса берілмеген' },
    });
    expect(refused(() => draftCopyOf(submitted)).code).toBe('fees.lifecycle.errors.notRejected');

    const copy = draftCopyOf(rejected);
    expect(copy.copiedFromId).toBe(rejected.id);
    expect(copy).toMatchObject({
      kind: rejected.kind,
      period: rejected.period,
      workItemIds: rejected.workItemIds,
      basisDocument: rejected.basisDocument,
    });
    // Only what the advocate filled in: no state, payments, calculation or place.
    for (const k of ['state', 'calculation', 'number', 'history', 'rejection', 'id']) {
      expect(copy).not.toHaveProperty(k);
    }
    // A deep copy: fixing the new draft does not touch the rejected claim.
    copy.workItemIds.push('w3');
    copy.basisDocument.number = '99';
    expect(rejected.workItemIds).toEqual(['w1', 'w2']);
    expect(rejected.basisDocument.number).toBe('12/345');
  });
});

describe('messages', () => {
  it('every refusal has its words in kk, ru and en, and no message is left without a code', () => {
    const codes = claimLifecycleErrorCodes.map((c) => c.replace('fees.lifecycle.errors.', ''));
    for (const [locale, catalog] of Object.entries({ en: feesEn, kk: feesKk, ru: feesRu })) {
      const errors = catalog.lifecycle.errors as Record<string, string>;
      expect(Object.keys(errors).sort(), locale).toEqual([...codes].sort());
      for (const code of codes) expect(errors[code]?.trim(), `${locale} ${code}`).toBeTruthy();
    }
    // Different words per language, not a copy of the English.
    expect(feesKk.lifecycle.errors.closed).not.toBe(feesEn.lifecycle.errors.closed);
    expect(feesRu.lifecycle.errors.closed).not.toBe(feesKk.lifecycle.errors.closed);
  });
});
