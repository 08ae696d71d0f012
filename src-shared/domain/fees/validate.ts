/**
 * The claim validators (issue 8; Rules cl. 56–57, order 1462): every entry the advocate has to
 * fix before a claim is made ready, and what they should know before filing it. A claim is
 * ready only when no 'error' is left (`isReady`); warnings (caps, a late filing) never stop the
 * advocate printing what they must still file.
 *
 * Pure: the caller gathers the registers, the other claims and the engine's calculation
 * (ClaimCheckContext). Params keep dates ISO and pack items as ids; issue-text.ts turns an issue
 * into its message.
 */
import { basisIssues, deadlineIssues } from './validate-basis';
import { collectClaimed } from './validate-entries';
import {
  acrossClaimsIssues,
  capIssues,
  expenseIssues,
  nothingClaimedIssues,
  problemIssues,
} from './validate-lines';
import type { ClaimCheckContext, ClaimIssue } from './validate-types';
import { duplicateIssues, overlapIssues, periodIssues, selectionIssues } from './validate-work';

export { claimDueDate } from './validate-deadline';

export function validateClaim(ctx: ClaimCheckContext): ClaimIssue[] {
  const claimed = collectClaimed(ctx);
  return sortIssues([
    ...basisIssues(ctx),
    ...deadlineIssues(ctx),
    ...nothingClaimedIssues(ctx, claimed),
    ...selectionIssues(claimed),
    ...duplicateIssues(claimed),
    ...acrossClaimsIssues(ctx, claimed),
    ...periodIssues(ctx, claimed),
    ...overlapIssues(ctx, claimed),
    ...expenseIssues(ctx, claimed),
    ...problemIssues(ctx, claimed),
    ...capIssues(ctx, claimed),
  ]);
}

/** No error left: the claim may be made ready (warnings do not count). */
export function isReady(issues: readonly ClaimIssue[]): boolean {
  return !issues.some((i) => i.severity === 'error');
}

const text = (v: string | number | undefined) => (v === undefined ? '' : String(v));

function compareIssues(a: ClaimIssue, b: ClaimIssue): number {
  const keys = (i: ClaimIssue) => [
    i.severity === 'error' ? '0' : '1',
    // Claim-level issues (no date) come first, then entries by date, start and ref.
    text(i.params.date),
    text(i.params.start),
    i.ref ?? '',
    i.code,
    JSON.stringify(Object.entries(i.params).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))),
  ];
  const [ka, kb] = [keys(a), keys(b)];
  for (let k = 0; k < ka.length; k++) {
    if (ka[k]! < kb[k]!) return -1;
    if (ka[k]! > kb[k]!) return 1;
  }
  return 0;
}

/**
 * Errors first, then by date and ref: the same claim always lists its issues in the same order,
 * whatever order the registers were read in (code-unit comparison, never the locale's).
 */
export function sortIssues(issues: readonly ClaimIssue[]): ClaimIssue[] {
  return [...issues].sort(compareIssues);
}
