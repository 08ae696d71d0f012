/**
 * Which pack applies to an event: among the packs of that kind whose effective period
 * contains the event's date, the highest version. A collegium's corrected pack (a higher
 * version over the same period) therefore wins without deleting the one it corrects.
 */
import type { RulePack, RulePackKind } from './pack-schema';

export function packInForce<K extends RulePackKind>(
  packs: readonly RulePack[],
  kind: K,
  date: string,
): Extract<RulePack, { kind: K }> | null {
  let best: Extract<RulePack, { kind: K }> | null = null;
  for (const p of packs) {
    if (p.kind !== kind) continue;
    if (p.effectiveFrom > date) continue;
    if (p.effectiveTo !== null && p.effectiveTo < date) continue;
    if (!best || p.version > best.version) best = p as Extract<RulePack, { kind: K }>;
  }
  return best;
}
