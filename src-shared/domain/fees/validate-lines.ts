/**
 * Checks of what the claim asks to be paid: that there is something, that no work is paid twice
 * across claims, what the caps cut off, what the engine could not price, and the expenses'
 * supporting documents.
 */
import type { FeeProblem, WorkRef } from './types';
import { entryFor, issue, type Claimed } from './validate-entries';
import type { ClaimCheckContext, ClaimIssue } from './validate-types';

/** "No lines at all": nothing chosen and nothing priced (a line the engine refused has a problem). */
export function nothingClaimedIssues(ctx: ClaimCheckContext, claimed: Claimed): ClaimIssue[] {
  const chosen = claimed.work.length + claimed.consultations.length + claimed.expenses.length;
  const { lines, problems } = ctx.calculation;
  if (lines.length > 0 || problems.length > 0 || chosen > 0) return [];
  return [issue('nothing-claimed', 'error', undefined)];
}

/**
 * A ref already in another claim that is not rejected: a draft counts too, because two drafts
 * for the same work would both be filed. A rejected claim's work may be claimed again (its copy).
 */
export function acrossClaimsIssues(ctx: ClaimCheckContext, claimed: Claimed): ClaimIssue[] {
  const refs = new Set<WorkRef>([
    ...claimed.work.map((w) => w.entry.ref),
    ...claimed.consultations.map((c) => c.entry.ref),
    ...claimed.expenses.map((e) => e.ref),
    ...ctx.calculation.lines.map((l) => l.ref),
  ]);
  const out: ClaimIssue[] = [];
  for (const o of ctx.otherClaims) {
    if (o.state === 'rejected') continue;
    const theirs = new Set(o.refs);
    for (const ref of refs) {
      if (theirs.has(ref))
        out.push(
          issue('duplicate-across-claims', 'error', entryFor(claimed, ref), {
            claim: o.label,
            state: o.state,
            claimId: o.id,
          }),
        );
    }
  }
  return out;
}

/**
 * The minutes a cap removed from a line. The cap's size is named only when the line was priced
 * with the pack the context holds (a line of another edition may have had another cap).
 */
export function capIssues(ctx: ClaimCheckContext, claimed: Claimed): ClaimIssue[] {
  const out: ClaimIssue[] = [];
  const t = ctx.tariff;
  for (const line of ctx.calculation.lines) {
    const samePack =
      t !== null && line.tariffPack?.id === t.id && line.tariffPack.version === t.version;
    const caps = samePack ? t.caps : null;
    const entry = entryFor(claimed, line.ref);
    const person = line.cappedBy?.perPerson ?? 0;
    const day = line.cappedBy?.perDay ?? 0;
    if (person > 0)
      out.push(
        issue('over-cap-person', 'warning', entry, {
          minutes: person,
          ...(caps ? { cap: caps.consultationMinutesPerPerson } : {}),
        }),
      );
    if (day > 0)
      out.push(
        issue('over-cap-day', 'warning', entry, {
          minutes: day,
          ...(caps ? { cap: caps.minutesPerDay } : {}),
        }),
      );
  }
  return out;
}

function problemParams(p: FeeProblem): Record<string, string> {
  switch (p.code) {
    case 'no-tariff-pack':
    case 'no-mrp':
      return { on: p.date };
    case 'category-needed':
      return { candidates: p.candidates.join(',') };
    case 'category-not-applicable':
      return { category: p.categoryId };
    case 'unknown-expense-type':
      return { type: p.typeId };
  }
}

export function problemIssues(ctx: ClaimCheckContext, claimed: Claimed): ClaimIssue[] {
  return ctx.calculation.problems.map((p) =>
    issue(p.code, 'error', entryFor(claimed, p.ref), problemParams(p)),
  );
}

/** An expense whose type needs a ticket or receipt must name it (number and date). */
export function expenseIssues(ctx: ClaimCheckContext, claimed: Claimed): ClaimIssue[] {
  if (!ctx.tariff) return [];
  const out: ClaimIssue[] = [];
  for (const x of ctx.claim.expenses) {
    const type = ctx.tariff.expenseTypes.find((t) => t.id === x.typeId);
    // An unknown type is the engine's `unknown-expense-type`; one message per mistake.
    if (!type?.requiresDocument) continue;
    if (x.document?.number.trim() && x.document.date) continue;
    out.push(issue('expense-document-missing', 'error', entryFor(claimed, `expense:${x.id}`)));
  }
  return out;
}
