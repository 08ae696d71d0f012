/**
 * Checks of the claim as a whole: its basis document (Rules cl. 56) and the filing deadline
 * (order 1462: so many months from the basis document). Both read the tariff pack in force on
 * the basis document's date; without one they cannot be checked, and the claim says so.
 */
import { isIsoDate } from '../dates/iso-date';
import { issue } from './validate-entries';
import { claimDueDate, isLate } from './validate-deadline';
import type { ClaimCheckContext, ClaimIssue } from './validate-types';

/** The basis document's fields an advocate must fill, in the order the message lists them. */
export const basisFields = ['type', 'number', 'date'] as const;

export function basisIssues(ctx: ClaimCheckContext): ClaimIssue[] {
  const doc = ctx.claim.basisDocument;
  const missing = basisFields.filter((f) => {
    if (f === 'type') return !doc.typeId;
    if (f === 'number') return !doc.number.trim();
    return !isIsoDate(doc.date);
  });
  const out: ClaimIssue[] = [];
  if (missing.length > 0)
    out.push(issue('basis-missing', 'error', undefined, { missing: missing.join(',') }));

  const tariff = ctx.tariff;
  if (!tariff) {
    // The engine reports lines it could not price; this says the claim-level checks are blind.
    const on = isIsoDate(doc.date) ? doc.date : ctx.claim.period.to;
    out.push(issue('no-tariff-pack', 'error', undefined, { on }));
    return out;
  }
  if (!doc.typeId) return out;

  const type = tariff.basisDocuments.find((b) => b.id === doc.typeId);
  const mismatch = (variant: string) =>
    out.push(issue('basis-type-mismatch', 'error', undefined, { variant, type: doc.typeId }));
  if (!type) mismatch('unknown');
  else if (type.service !== ctx.claim.kind) mismatch('service');
  else if (ctx.appointment) {
    const { caseKind, stageId } = ctx.appointment;
    if (type.caseKinds && !type.caseKinds.includes(caseKind)) mismatch('case-kind');
    else if (type.stageIds && !type.stageIds.includes(stageId)) mismatch('stage');
  }
  return out;
}

/**
 * `late` is a warning, not an error: the advocate must still be able to print and file a late
 * claim; whether it is paid is for the justice body to decide.
 */
export function deadlineIssues(ctx: ClaimCheckContext): ClaimIssue[] {
  const basisDate = ctx.claim.basisDocument.date;
  if (!ctx.tariff || !isIsoDate(basisDate) || !isIsoDate(ctx.filingDate)) return [];
  const months = ctx.tariff.claimDeadline.months;
  const due = claimDueDate(basisDate, months);
  if (!isLate(ctx.filingDate, due)) return [];
  return [
    issue('late', 'warning', undefined, { basisDate, due, months, filingDate: ctx.filingDate }),
  ];
}
