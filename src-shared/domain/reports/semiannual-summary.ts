/**
 * The collegium's semiannual summary on SGLA given by its advocates, with the aid given in
 * rural settlements shown apart (Rules cl. 5.4: to the justice bodies by 5 July and 5 January,
 * on a form the ministry approves with the RBA's recommendations — not seen; this is our
 * estimate). Every figure is split by where the aid was given: town, rural settlement, or not
 * stated on the record (counted apart, never guessed).
 *
 * Counting follows the monthly report (monthly-report.ts): a consultation by its day of
 * applying, an acceptance or completion by its day, work by the day it started, a claim by the
 * day it was submitted, a payment by the day it came. A claim's amount is split by the records
 * it prices (report-inputs.ts); a payment follows its claim's split in proportion.
 */
import { caseKinds, type CaseKind } from '../../contracts/entities/appointment';
import { acceptedIn, completedIn, workIn } from './monthly-report';
import type { ReportRecords } from './monthly-report';
import { latestRecords, rowAdvocates, type OfficeAdvocate } from './office-summary';
import { settlementKeys, type ReportClaim, type SettlementKey } from './report-inputs';
import { halfMonths, halfPeriod, inPeriod, type Half, type Period } from './report-period';

export { halfOf, halfMonths, halfPeriod, type Half } from './report-period';

export type Split = Record<SettlementKey, number>;

export interface SemiannualFigures {
  consultationsGiven: Split;
  /** Distinct persons by where they were helped: one helped in town and village is in both. */
  persons: Split;
  /** Distinct persons overall: not the sum of `persons` when someone is in two of them. */
  personsTotal: number;
  consultationMinutes: Split;
  /** Appointments accepted in the half-year, by kind of case. */
  accepted: Record<CaseKind, Split>;
  completed: Split;
  /** Defence and representation work done in the half-year. */
  workMinutes: Split;
  claimedTiyn: Split;
  paidTiyn: Split;
}

export interface SemiannualRow extends SemiannualFigures {
  advocateId: string;
  /** null: records of an advocate whose profile has not reached this device. */
  fullName: string | null;
}

export interface SemiannualSummary {
  year: number;
  half: Half;
  period: Period;
  /** The six months, 'YYYY-MM'. */
  months: string[];
  rows: SemiannualRow[];
  /** Over all the office's records: persons are distinct across advocates too. */
  totals: SemiannualFigures;
}

export interface SemiannualInput extends ReportRecords {
  year: number;
  half: Half;
  advocates: readonly OfficeAdvocate[];
}

export const noSplit = (): Split => ({ urban: 0, rural: 0, unstated: 0 });
export const splitTotal = (s: Split) => s.urban + s.rural + s.unstated;

/**
 * `amount` divided in proportion to `weights` in whole tiyn, the shares adding up to it: each
 * gets the floor of its share, and the tiyn left over go to the largest remainders (ties in
 * the settlements' order). Without weights the amount is not stated.
 */
export function apportion(amount: number, weights: ReportClaim['parts']): Split {
  const out = noSplit();
  const total = weights.reduce((sum, w) => sum + w.tiyn, 0);
  if (total <= 0) {
    out.unstated = amount;
    return out;
  }
  // BigInt: an amount times a weight can pass 2^53 tiyn, where floats stop being exact.
  const shares = weights.map((w) => {
    const exact = BigInt(amount) * BigInt(w.tiyn);
    const t = BigInt(total);
    return { settlement: w.settlement, whole: Number(exact / t), rest: exact % t };
  });
  let left = amount - shares.reduce((sum, s) => sum + s.whole, 0);
  const byRest = [...shares].sort(
    (a, b) =>
      (b.rest > a.rest ? 1 : b.rest < a.rest ? -1 : 0) ||
      settlementKeys.indexOf(a.settlement) - settlementKeys.indexOf(b.settlement),
  );
  for (const s of byRest) {
    if (left <= 0) break;
    s.whole += 1;
    left -= 1;
  }
  for (const s of shares) out[s.settlement] += s.whole;
  return out;
}

export function semiannualFigures(records: ReportRecords, period: Period): SemiannualFigures {
  const f: SemiannualFigures = {
    consultationsGiven: noSplit(),
    persons: noSplit(),
    personsTotal: 0,
    consultationMinutes: noSplit(),
    accepted: Object.fromEntries(caseKinds.map((k) => [k, noSplit()])) as Record<CaseKind, Split>,
    completed: noSplit(),
    workMinutes: noSplit(),
    claimedTiyn: noSplit(),
    paidTiyn: noSplit(),
  };
  const given = records.consultations.filter(
    (c) => c.status === 'given' && inPeriod(c.appliedAt, period),
  );
  for (const c of given) {
    f.consultationsGiven[c.settlement] += 1;
    f.consultationMinutes[c.settlement] += c.minutes;
  }
  for (const s of settlementKeys)
    f.persons[s] = new Set(given.filter((c) => c.settlement === s).map((c) => c.personKey)).size;
  f.personsTotal = new Set(given.map((c) => c.personKey)).size;
  for (const a of records.appointments) {
    if (acceptedIn(a, period)) f.accepted[a.caseKind][a.settlement] += 1;
    if (completedIn(a, period)) f.completed[a.settlement] += 1;
    f.workMinutes[a.settlement] += workIn(a, period).reduce((sum, w) => sum + w.minutes, 0);
  }
  for (const c of records.claims) {
    if (c.submittedDate !== null && inPeriod(c.submittedDate, period))
      for (const p of c.parts) f.claimedTiyn[p.settlement] += p.tiyn;
    for (const payment of c.payments.filter((p) => inPeriod(p.date, period))) {
      const share = apportion(payment.amountTiyn, c.parts);
      for (const s of settlementKeys) f.paidTiyn[s] += share[s];
    }
  }
  return f;
}

/**
 * One row per advocate (the known ones in the order given, then anyone else with records here,
 * by id) and the office's totals, for the half-year.
 */
export function semiannualSummary(input: SemiannualInput): SemiannualSummary {
  const period = halfPeriod(input.year, input.half);
  const records = latestRecords(input);
  const rowOf = (advocateId: string, fullName: string | null): SemiannualRow => {
    const own = <T extends { advocateId: string }>(rs: readonly T[]) =>
      rs.filter((r) => r.advocateId === advocateId);
    const mine = {
      consultations: own(records.consultations),
      appointments: own(records.appointments),
      claims: own(records.claims),
    };
    return { advocateId, fullName, ...semiannualFigures(mine, period) };
  };
  return {
    year: input.year,
    half: input.half,
    period,
    months: halfMonths(input.year, input.half),
    rows: [...rowAdvocates(input.advocates, records).map((a) => rowOf(a.id, a.fullName))],
    totals: semiannualFigures(records, period),
  };
}
