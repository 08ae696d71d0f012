/**
 * Replaying a stored calculation (a claim made ready, submitted or paid): the same input priced
 * again with only the pack versions the calculation recorded. A collegium that later installs a
 * corrected tariff pack (a higher version over the same dates) must not change an old claim, so
 * newer packs are left out here; a recorded pack that is no longer installed is a difference in
 * itself. The differences are for maintainers and the audit view, not for the advocate.
 */
import { canonicalJson, type Json } from '../audit/canonical-json';
import type { PackRef } from '../../rules/pack-schema';
import { calculateClaim } from './calculate';
import type { FeeCalculation, FeeClaimInput, FeeLine, FeePacks } from './types';

export interface ReplayResult {
  same: boolean;
  differences: string[];
}

const key = (p: PackRef): string => `${p.id}@${p.version}`;
const json = (v: unknown): string => (v === undefined ? '—' : canonicalJson(v as Json));

/** Field by field, in a fixed order of keys, so the differences read the same every time. */
function compareObjects(
  label: string,
  stored: Record<string, unknown>,
  again: Record<string, unknown>,
  out: string[],
): void {
  const keys = [...new Set([...Object.keys(stored), ...Object.keys(again)])].sort();
  for (const k of keys) {
    const a = json(stored[k]);
    const b = json(again[k]);
    if (a !== b) out.push(`${label} ${k}: ${a} → ${b}`);
  }
}

function compareLines(stored: FeeLine[], again: FeeLine[], out: string[]): void {
  const byRef = new Map(again.map((l) => [l.ref, l]));
  const storedRefs = new Set(stored.map((l) => l.ref));
  for (const l of stored) {
    const r = byRef.get(l.ref);
    if (!r) out.push(`line ${l.ref}: missing in the replay`);
    else compareObjects(`line ${l.ref}`, { ...l }, { ...r }, out);
  }
  for (const r of again) {
    if (!storedRefs.has(r.ref)) out.push(`line ${r.ref}: not in the stored calculation`);
  }
  const order = (ls: FeeLine[]) =>
    ls.map((l) => l.ref).filter((x) => storedRefs.has(x) && byRef.has(x));
  if (order(stored).join('\n') !== order(again).join('\n')) out.push('lines: order differs');
}

export function replayCalculation(
  input: FeeClaimInput,
  stored: FeeCalculation,
  packs: FeePacks,
): ReplayResult {
  const recorded = new Set(stored.packs.map(key));
  const used: FeePacks = {
    tariffs: packs.tariffs.filter((p) => recorded.has(key(p))),
    mrp: packs.mrp.filter((p) => recorded.has(key(p))),
  };
  const differences: string[] = [];
  const installed = new Set([...used.tariffs, ...used.mrp].map(key));
  for (const p of stored.packs) {
    if (!installed.has(key(p))) differences.push(`pack ${key(p)}: not installed`);
  }
  const again = calculateClaim(input, used);
  compareLines(stored.lines, again.lines, differences);
  compareObjects('totals', { ...stored.totals }, { ...again.totals }, differences);
  if (json(stored.problems) !== json(again.problems))
    differences.push(`problems: ${json(stored.problems)} → ${json(again.problems)}`);
  if (json(stored.packs) !== json(again.packs))
    differences.push(`packs: ${json(stored.packs)} → ${json(again.packs)}`);
  if (json(stored.unverifiedItemIds) !== json(again.unverifiedItemIds))
    differences.push(
      `unverifiedItemIds: ${json(stored.unverifiedItemIds)} → ${json(again.unverifiedItemIds)}`,
    );
  return { same: differences.length === 0, differences };
}
