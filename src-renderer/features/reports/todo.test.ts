import { describe, expect, it } from 'vitest';
import type { FeeClaim } from '../../../src-shared/contracts/entities/fee-claim';
import {
  testAppointment,
  testClaim,
  testLine,
  testWork,
} from '../../../src-shared/domain/reports/reports.fixture';
import { loadShippedPacks } from '../../../src-shared/rules/shipped-packs';
import type { TariffPack } from '../../../src-shared/rules/tariff-pack-schema';
import { todoItems, type TodoItem } from './todo';

const tariffs = loadShippedPacks().filter((p): p is TariffPack => p.kind === 'tariff');
const inForce = tariffs.find((p) => p.effectiveTo === null)!;
const months = inForce.claimDeadline.months;

/** The day `months` calendar months after `date` (what the pack's deadline gives). */
function plusMonths(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + n);
  return d.toISOString().slice(0, 10);
}

function daysBefore(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
}

const accepted = { kind: 'accepted' as const, at: '2026-10-02T10:00', groundId: undefined };
const appointment = (id: string, number: number, workIds: string[]) =>
  testAppointment(id, '2026-10-02T09:00', {
    number,
    state: 'accepted',
    decision: accepted,
    work: workIds.map((w, i) => testWork(w, `2026-10-${String(10 + i).padStart(2, '0')}`, 60)),
  });

/** A claim with a frozen calculation of the given work refs. */
const frozen = (id: string, number: number, refs: string[], stored: Partial<FeeClaim>) =>
  testClaim(
    id,
    refs.map((ref) => ({ ...testLine(ref.split(':')[1]!, 10_000, 'work'), ref: ref as never })),
    { number, ...stored },
  );

/** A draft selecting work items (no calculation yet). */
const draft = (id: string, number: number, appointmentId: string, workItemIds: string[]) =>
  testClaim(id, [], {
    number,
    state: 'draft',
    calculation: undefined,
    appointmentId,
    workItemIds,
  });

const basis = (date: string) => ({
  typeId: 'basis.pretrial-decree',
  number: '5',
  date,
  issuedBy: '',
});

describe('todoItems', () => {
  const basisDate = '2026-11-20';
  const due = plusMonths(basisDate, months);

  it('lists late and soon-due claims first, then ready, unclaimed work, and claims awaiting payment', () => {
    const claims = [
      frozen('k1', 1, ['work:a1:w1'], { state: 'ready', basisDocument: basis('2026-01-05') }),
      frozen('k2', 2, ['work:a1:w2'], {
        state: 'submitted',
        submission: { date: '2026-11-02', channel: 'ezk', ezkNumber: '' },
      }),
      frozen('k3', 3, ['work:a2:w3'], { state: 'ready', basisDocument: basis('2030-01-01') }),
      { ...draft('k4', 4, 'a2', ['w4']), basisDocument: basis(basisDate) },
      frozen('k5', 5, ['work:a2:w5'], {
        state: 'partly-paid',
        submission: { date: '2026-10-20', channel: 'paper', ezkNumber: '' },
        payments: [{ date: '2026-11-10', amountTiyn: 4_000, reason: 'Part' }],
      }),
      // Rejected: its work may be claimed again, so it does not count as claimed.
      frozen('k6', 6, ['work:a3:w6'], {
        state: 'rejected',
        rejection: { date: '2026-11-01', reason: 'No' },
      }),
    ];
    const appointments = [
      appointment('a3', 3, ['w6']),
      appointment('a1', 1, ['w1', 'w2']),
      appointment('a2', 2, ['w3', 'w4', 'w5', 'w7']),
    ];
    const today = daysBefore(due, 2);
    const items = todoItems({ appointments, claims, tariffs, today });
    expect(items.map((i) => [i.kind, i.label])).toEqual([
      ['late', '1/2026'],
      ['dueSoon', '4/2026'],
      ['ready', '3/2026'],
      ['unclaimed', '2/2026'],
      ['unclaimed', '3/2026'],
      ['awaiting', '5/2026'],
      ['awaiting', '2/2026'],
    ]);
    const unclaimed = items.filter((i) => i.kind === 'unclaimed');
    // a2: only w7 is in no claim; a3: w6 was in a rejected claim only.
    expect(unclaimed.map((i) => i.kind === 'unclaimed' && [i.items, i.minutes])).toEqual([
      [1, 60],
      [1, 60],
    ]);
    const partly = items.find(
      (i): i is Extract<TodoItem, { kind: 'awaiting' }> => i.label === '5/2026',
    );
    expect(partly).toMatchObject({ totalTiyn: 10_000, paidTiyn: 4_000, submitted: '2026-10-20' });
  });

  it('puts a ready claim with a near deadline under the deadline only', () => {
    const claims = [frozen('k1', 1, [], { state: 'ready', basisDocument: basis(basisDate) })];
    const items = todoItems({ appointments: [], claims, tariffs, today: due });
    expect(items).toEqual([{ kind: 'dueSoon', claimId: 'k1', label: '1/2026', due }]);
  });

  it('says nothing of a claim whose deadline is far or not known yet, or of finished claims', () => {
    const claims = [
      { ...draft('k1', 1, 'a1', ['w1']), basisDocument: basis(basisDate) },
      draft('k2', 2, 'a1', ['w2']),
      frozen('k3', 3, [], {
        state: 'paid',
        submission: { date: '2026-11-02', channel: 'ezk', ezkNumber: '' },
        payments: [{ date: '2026-11-20', amountTiyn: 10_000, reason: '' }],
      }),
    ];
    const items = todoItems({
      appointments: [appointment('a1', 1, ['w1', 'w2'])],
      claims,
      tariffs,
      today: basisDate,
    });
    expect(items).toEqual([]);
  });

  it('does not count withdrawn work as unclaimed', () => {
    const a = appointment('a1', 1, ['w1']);
    a.work[0]!.withdrawn = { at: '2026-10-11T10:00', reason: 'Logged twice' };
    expect(todoItems({ appointments: [a], claims: [], tariffs, today: basisDate })).toEqual([]);
  });
});
