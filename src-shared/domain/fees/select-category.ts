/**
 * Which fee category (and so which tier of order 434) prices a piece of work. The tariff pack
 * lists the categories with the facts each needs; the register records some of those facts
 * (kind of case, stage, procedural status, UPK 67(1) grounds) but not the gravity of the crime,
 * so gravity categories are `chosen` by the advocate and the rest follow `automatic`ally.
 */
import type { CaseKind } from '../../contracts/entities/appointment';
import type { FeeCategory, TariffPack, TariffTier } from '../../rules/tariff-pack-schema';

export interface CategoryFacts {
  service: 'consultation' | 'defence';
  /** Null for a consultation. */
  caseKind: CaseKind | null;
  stageId: string;
  statusId: string;
  mandatoryGrounds: readonly string[];
}

export type CategorySelection =
  | {
      ok: true;
      category: FeeCategory;
      tier: TariffTier;
      /**
       * The advocate's choice when an automatic category won over it (a minor's defence is tier
       * I whatever gravity was chosen): the claim can say the choice was not needed.
       */
      ignoredChoice?: string;
    }
  | { ok: false; code: 'category-needed'; candidates: string[] }
  | { ok: false; code: 'category-not-applicable'; categoryId: string; candidates: string[] };

/**
 * Every condition the category states holds. Ids the pack names but the facts do not carry (a
 * stage of a newer defence-register pack) simply do not match: the two packs are replaced
 * independently, and a category that cannot be shown to apply must not raise the rate.
 */
function applies(category: FeeCategory, facts: CategoryFacts): boolean {
  if (category.service !== facts.service) return false;
  const w = category.when;
  if (w.caseKinds && (facts.caseKind === null || !w.caseKinds.includes(facts.caseKind)))
    return false;
  if (w.stageIds && !w.stageIds.includes(facts.stageId)) return false;
  if (w.statusIds && !w.statusIds.includes(facts.statusId)) return false;
  if (w.mandatoryGroundIds && !w.mandatoryGroundIds.some((g) => facts.mandatoryGrounds.includes(g)))
    return false;
  return true;
}

/** The categories of the pack that apply to the facts, in pack order. */
export function categoryCandidates(pack: TariffPack, facts: CategoryFacts): FeeCategory[] {
  return pack.feeCategories.filter((c) => applies(c, facts));
}

function tierOf(pack: TariffPack, category: FeeCategory): TariffTier {
  const tier = pack.tiers.find((t) => t.id === category.tierId);
  // tariff-integrity.ts refuses a pack whose category names a missing tier.
  if (!tier) throw new Error(`pack ${pack.id} v${pack.version}: no tier ${category.tierId}`);
  return tier;
}

/**
 * The category that prices the work:
 * - consultation: the pack's (single) consultation category;
 * - defence: if any automatic category applies, the one with the highest tier rate (an appeal or
 *   a minor's defence is tier I whatever the gravity; pack order breaks a tie), and the
 *   advocate's choice is not needed;
 * - otherwise the advocate's choice, which must be one of the applicable chosen categories.
 */
export function feeCategoryFor(
  pack: TariffPack,
  facts: CategoryFacts,
  chosenId?: string,
): CategorySelection {
  const candidates = categoryCandidates(pack, facts);
  if (facts.service === 'consultation') {
    const c = candidates[0];
    if (!c) return { ok: false, code: 'category-needed', candidates: [] };
    return { ok: true, category: c, tier: tierOf(pack, c) };
  }
  let best: { category: FeeCategory; tier: TariffTier } | null = null;
  for (const c of candidates) {
    if (c.selection !== 'automatic') continue;
    const tier = tierOf(pack, c);
    if (!best || tier.mrpPerHour > best.tier.mrpPerHour) best = { category: c, tier };
  }
  if (best) {
    const ignored = chosenId && chosenId !== best.category.id ? { ignoredChoice: chosenId } : {};
    return { ok: true, ...best, ...ignored };
  }
  const chosen = candidates.filter((c) => c.selection === 'chosen');
  const ids = chosen.map((c) => c.id);
  if (!chosenId) return { ok: false, code: 'category-needed', candidates: ids };
  const c = chosen.find((x) => x.id === chosenId);
  if (!c)
    return { ok: false, code: 'category-not-applicable', categoryId: chosenId, candidates: ids };
  return { ok: true, category: c, tier: tierOf(pack, c) };
}
