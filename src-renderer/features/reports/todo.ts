/**
 * The dashboard's short to-do list: what stands between the advocate's work and the money, most
 * urgent first. Not tied to the month shown — a claim due tomorrow matters whichever month is
 * open:
 * 1. claims not filed whose filing deadline has passed, then those due within a few days (the
 *    deadline is the tariff pack's, claim-packs.ts);
 * 2. claims ready to file but not filed;
 * 3. appointments with logged work that no claim has yet (the claims' own rule of "claimed":
 *    in another claim that is not rejected, a draft included — claim-defaults.ts);
 * 4. filed claims still waiting for (the rest of) the payment.
 * A claim appears once, under its most urgent heading.
 */
import type { Appointment } from '../../../src-shared/contracts/entities/appointment';
import type { FeeClaim } from '../../../src-shared/contracts/entities/fee-claim';
import { registerLabel } from '../../../src-shared/domain/fees/from-registers';
import type { TariffPack } from '../../../src-shared/rules/tariff-pack-schema';
import { claimedElsewhere, unclaimedWork } from './claims/claim-defaults';
import { claimDue, claimTariff, dueStatus } from './claims/claim-packs';

export type TodoItem =
  | { kind: 'late' | 'dueSoon'; claimId: string; label: string; due: string }
  | { kind: 'ready'; claimId: string; label: string; totalTiyn: number }
  | { kind: 'unclaimed'; appointmentId: string; label: string; items: number; minutes: number }
  | {
      kind: 'awaiting';
      claimId: string;
      label: string;
      totalTiyn: number;
      paidTiyn: number;
      submitted: string;
    };

export type TodoKind = TodoItem['kind'];

const ORDER: readonly TodoKind[] = ['late', 'dueSoon', 'ready', 'unclaimed', 'awaiting'];

/** Register order: year, then number. */
const byRegister = (
  a: { year: number; number: number },
  b: { year: number; number: number },
): number => a.year - b.year || a.number - b.number;

export function todoItems(input: {
  appointments: readonly Appointment[];
  claims: readonly FeeClaim[];
  tariffs: readonly TariffPack[];
  today: string;
}): TodoItem[] {
  const { today } = input;
  const claims = [...input.claims].sort(byRegister);
  const items: TodoItem[] = [];
  const placed = new Set<string>();
  for (const c of claims) {
    if (c.state !== 'draft' && c.state !== 'ready') continue;
    const due = claimDue(c.basisDocument.date, claimTariff(c, input.tariffs, today));
    const status = dueStatus(due, today);
    if (due && (status === 'late' || status === 'soon')) {
      items.push({
        kind: status === 'late' ? 'late' : 'dueSoon',
        claimId: c.id,
        label: registerLabel(c),
        due,
      });
      placed.add(c.id);
    }
  }
  for (const c of claims)
    if (c.state === 'ready' && !placed.has(c.id))
      items.push({
        kind: 'ready',
        claimId: c.id,
        label: registerLabel(c),
        totalTiyn: c.calculation?.totals.totalTiyn ?? 0,
      });
  const claimed = claimedElsewhere(input.claims, '');
  for (const a of [...input.appointments].sort(byRegister)) {
    const work = unclaimedWork(a, claimed);
    if (work.length > 0)
      items.push({
        kind: 'unclaimed',
        appointmentId: a.id,
        label: registerLabel(a),
        items: work.length,
        minutes: work.reduce((sum, w) => sum + w.minutes, 0),
      });
  }
  const awaiting = claims
    .filter((c) => c.state === 'submitted' || c.state === 'partly-paid')
    .sort((a, b) => (a.submission?.date ?? '').localeCompare(b.submission?.date ?? ''));
  for (const c of awaiting)
    items.push({
      kind: 'awaiting',
      claimId: c.id,
      label: registerLabel(c),
      totalTiyn: c.calculation?.totals.totalTiyn ?? 0,
      paidTiyn: c.payments.reduce((sum, p) => sum + p.amountTiyn, 0),
      submitted: c.submission?.date ?? '',
    });
  // Stable sort: inside a kind, the order built above (deadline kinds by due date).
  return items.sort(
    (a, b) =>
      ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) ||
      ('due' in a && 'due' in b ? a.due.localeCompare(b.due) : 0),
  );
}
