/**
 * Consistency of a tariff pack beyond its shape (pack-integrity.ts calls it): unique ids, fee
 * categories that name a tier of the pack, exactly one consultation category (every consultation
 * is priced by it), surcharges at most one per kind, a per-diem rate where the basis needs one,
 * and basis documents for both services. References to the defence-register pack (stages,
 * actions, UPK grounds) cannot be checked here: the two packs are replaced independently, so the
 * fee engine treats an unknown id as "does not match" and the claim says which category applied.
 */
import type { TariffPack } from './tariff-pack-schema';

export function checkTariffPack(
  pack: TariffPack,
  add: (path: string, message: string) => void,
  duplicates: (ids: readonly string[]) => string[],
): void {
  const all = [
    pack.mrpDate,
    pack.billing,
    ...pack.tiers,
    ...pack.feeCategories,
    ...pack.surcharges,
    pack.surchargeCombination,
    ...pack.activityRates,
    pack.travelTime,
    ...pack.expenseTypes,
    ...(pack.caps ? [pack.caps] : []),
    pack.claimDeadline,
    ...pack.basisDocuments,
    ...pack.applicationFields,
    ...pack.attachments,
  ].map((i) => i.id);
  for (const d of duplicates(all)) add('id', `item id "${d}" is used twice`);
  const tiers = new Set(pack.tiers.map((t) => t.id));
  pack.feeCategories.forEach((c, i) => {
    if (!tiers.has(c.tierId)) add(`feeCategories.${i}.tierId`, `unknown tier "${c.tierId}"`);
  });
  const consultation = pack.feeCategories.filter((c) => c.service === 'consultation');
  if (consultation.length !== 1)
    add('feeCategories', `needs exactly one consultation category, found ${consultation.length}`);
  if (!pack.feeCategories.some((c) => c.service === 'defence'))
    add('feeCategories', 'no defence category');
  for (const d of duplicates(pack.surcharges.map((s) => s.kind)))
    add('surcharges', `two "${d}" surcharges`);
  for (const d of duplicates(pack.activityRates.map((a) => a.actionId)))
    add('activityRates', `action "${d}" has two rates`);
  pack.expenseTypes.forEach((e, i) => {
    if (e.basis === 'mrp-per-day' && e.mrpPerDay === undefined)
      add(`expenseTypes.${i}.mrpPerDay`, 'a per-day expense needs its МРП per day');
  });
  for (const service of ['consultation', 'defence'] as const) {
    if (!pack.basisDocuments.some((b) => b.service === service))
      add('basisDocuments', `no basis document for ${service}`);
  }
}
