/** Checks of the claimed work against the registers: selection, duplicates, period, overlap. */
import { describe, expect, it } from 'vitest';
import { validateClaim } from './validate';
import type { ClaimCheckContext, ClaimIssueCode, OtherWork } from './validate-types';
import * as f from './validate.fixture';

const of = (ctx: ClaimCheckContext, code: ClaimIssueCode) =>
  validateClaim(ctx).filter((i) => i.code === code);

/** Appointment 12/2026 with extra work items, all of them claimed. */
function withWork(...extra: ReturnType<typeof f.workItem>[]): ClaimCheckContext {
  const base = f.appointment();
  const appt = f.appointment({ work: [...base.work, ...extra] });
  const ids = appt.work.map((w) => w.id);
  return f.defenceContext({ appointment: appt, claim: f.claimFields({ workItemIds: ids }) });
}

describe('withdrawn-work', () => {
  it('catches a withdrawn item, an id not on the appointment, and a consultation not given', () => {
    const appt = f.appointment();
    appt.work[0]!.withdrawn = { at: '2026-11-04T09:00', reason: 'logged in the wrong case' };
    const ctx = f.defenceContext({
      appointment: appt,
      claim: f.claimFields({ workItemIds: ['w1', 'w2', 'w9'] }),
    });
    const issues = of(ctx, 'withdrawn-work');
    expect(issues.map((i) => [i.ref, i.params.variant])).toEqual([
      ['work:a1:w9', 'missing'],
      ['work:a1:w1', 'withdrawn'],
    ]);
    expect(issues[1]?.params.reason).toBe('logged in the wrong case');

    const deferred = f.consultationContext({
      consultations: [
        f.consultation('c7', { status: 'deferred' }),
        f.consultation('c8', { date: '2026-11-04' }),
      ],
    });
    expect(of(deferred, 'withdrawn-work').map((i) => [i.ref, i.params.variant])).toEqual([
      ['consultation:c7', 'not-given'],
    ]);
  });

  it('keeps quiet about a withdrawn item that is not claimed', () => {
    const appt = f.appointment();
    appt.work[0]!.withdrawn = { at: '2026-11-04T09:00', reason: 'typo' };
    const ctx = f.defenceContext({
      appointment: appt,
      claim: f.claimFields({ workItemIds: ['w2'] }),
    });
    expect(validateClaim(ctx)).toEqual([]);
  });
});

describe('duplicate-in-claim', () => {
  it('catches the same action logged twice, on the repeat, naming the first', () => {
    const issues = of(withWork(f.workItem('w3')), 'duplicate-in-claim');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      ref: 'work:a1:w3',
      severity: 'error',
      params: {
        variant: 'work',
        otherRef: 'work:a1:w1',
        date: '2026-11-03',
        start: '10:00',
        end: '11:30',
      },
    });
  });

  it('catches an entry chosen twice and the same consultation logged twice', () => {
    const twice = f.defenceContext({ claim: f.claimFields({ workItemIds: ['w1', 'w2', 'w1'] }) });
    expect(of(twice, 'duplicate-in-claim').map((i) => [i.ref, i.params.variant])).toEqual([
      ['work:a1:w1', 'same-entry'],
    ]);
    const c7 = f.consultation('c7');
    const c9 = f.consultation('c9', { personKey: c7.personKey });
    const ctx = f.consultationContext({ consultations: [c7, c9] });
    expect(of(ctx, 'duplicate-in-claim')).toEqual([
      expect.objectContaining({
        ref: 'consultation:c9',
        params: expect.objectContaining({ variant: 'consultation', otherRecord: '7/2026' }),
      }),
    ]);
  });

  it('keeps quiet about the same action at another time, or the same times of another person', () => {
    expect(
      validateClaim(withWork(f.workItem('w3', { startedAt: '12:00', endedAt: '13:00' }))),
    ).toEqual([]);
    const c7 = f.consultation('c7');
    const c9 = f.consultation('c9', { date: '2026-11-10' });
    expect(validateClaim(f.consultationContext({ consultations: [c7, c9] }))).toEqual([]);
  });
});

describe('outside-period', () => {
  it('catches work before the appointment reached the advocate, after it ended, and outside the period', () => {
    const early = f.workItem('w3', { date: '2026-10-29' });
    expect(of(withWork(early), 'outside-period')[0]?.params).toMatchObject({
      variant: 'before-received',
      bound: '2026-10-30',
    });

    const ended = f.appointment({ endDate: '2026-11-04' });
    const afterEnd = of(f.defenceContext({ appointment: ended }), 'outside-period');
    expect(afterEnd.map((i) => [i.ref, i.params.variant, i.params.bound])).toEqual([
      ['work:a1:w2', 'after-end', '2026-11-04'],
    ]);

    const october = f.workItem('w3', { date: '2026-10-31' });
    expect(of(withWork(october), 'outside-period')[0]?.params).toMatchObject({
      variant: 'claim-period',
      from: '2026-11-01',
      to: '2026-11-30',
    });

    const december = f.consultationContext({
      consultations: [f.consultation('c7', { date: '2026-12-01' })],
    });
    expect(of(december, 'outside-period').map((i) => i.ref)).toEqual(['consultation:c7']);
  });

  it('falls back to the decree date when the received date is unknown', () => {
    const appt = f.appointment({
      receivedDate: '',
      work: [f.workItem('w1', { date: '2026-10-28' })],
    });
    const ctx = f.defenceContext({
      appointment: appt,
      claim: f.claimFields({
        workItemIds: ['w1'],
        period: { from: '2026-10-01', to: '2026-10-31' },
      }),
    });
    expect(of(ctx, 'outside-period')[0]?.params).toMatchObject({
      variant: 'before-received',
      bound: '2026-10-29',
    });
  });

  it('keeps quiet on the bounds themselves (all inclusive)', () => {
    const appt = f.appointment({
      receivedDate: '2026-11-01',
      endDate: '2026-11-30',
      work: [f.workItem('w1', { date: '2026-11-01' }), f.workItem('w2', { date: '2026-11-30' })],
    });
    expect(validateClaim(f.defenceContext({ appointment: appt }))).toEqual([]);
  });
});

describe('overlap', () => {
  const consultationAt = (startedAt: string, endedAt: string, date = '2026-11-03'): OtherWork => ({
    ref: 'consultation:c7',
    recordLabel: '7/2026',
    date,
    startedAt,
    endedAt,
  });

  it("catches claimed work overlapping the advocate's other work, naming it", () => {
    const issues = of(
      f.defenceContext({ otherWork: [consultationAt('10:30', '11:00')] }),
      'overlap',
    );
    expect(issues).toEqual([
      expect.objectContaining({
        ref: 'work:a1:w1',
        severity: 'error',
        params: expect.objectContaining({
          otherRef: 'consultation:c7',
          otherRecord: '7/2026',
          otherStart: '10:30',
          otherEnd: '11:00',
        }),
      }),
    ]);
  });

  it('catches an action past midnight overlapping the next morning, and two claimed items once', () => {
    const night = f.workItem('w3', { date: '2026-11-06', startedAt: '23:00', endedAt: '01:00' });
    const ctx = withWork(night);
    const issues = of(
      { ...ctx, otherWork: [consultationAt('00:30', '01:30', '2026-11-07')] },
      'overlap',
    );
    expect(issues.map((i) => i.ref)).toEqual(['work:a1:w3']);

    const inside = f.workItem('w3', {
      actionId: 'action.confrontation',
      startedAt: '10:30',
      endedAt: '11:00',
    });
    const pair = of(withWork(inside), 'overlap');
    expect(pair.map((i) => [i.ref, i.params.otherRef])).toEqual([['work:a1:w1', 'work:a1:w3']]);
    // A repeat of w1 (reported as a duplicate) does not add a second overlap message.
    const withTwin = of(withWork(inside, f.workItem('w4')), 'overlap');
    expect(withTwin.map((i) => [i.ref, i.params.otherRef])).toEqual([['work:a1:w1', 'work:a1:w3']]);
  });

  it('keeps quiet when ends touch, for its own entries in otherWork, and for exact twins (a duplicate)', () => {
    expect(
      validateClaim(
        f.defenceContext({
          otherWork: [consultationAt('11:30', '12:00'), consultationAt('09:00', '10:00')],
        }),
      ),
    ).toEqual([]);
    const self: OtherWork = {
      ref: 'work:a1:w1',
      recordLabel: '12/2026',
      date: '2026-11-03',
      startedAt: '10:00',
      endedAt: '11:30',
    };
    expect(validateClaim(f.defenceContext({ otherWork: [self] }))).toEqual([]);
    expect(of(withWork(f.workItem('w3')), 'overlap')).toEqual([]);
  });
});
