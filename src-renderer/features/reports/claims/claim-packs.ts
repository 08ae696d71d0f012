/**
 * What the claim screens read from the tariff packs: which pack a claim's checks use, the basis
 * documents and fee categories offered, the filing deadline. All of it is pack data (law is
 * data): nothing here knows a rate, a document or a number of months.
 */
import type { Appointment } from '../../../../src-shared/contracts/entities/appointment';
import type {
  FeeClaimFields,
  FeeClaimKind,
} from '../../../../src-shared/contracts/entities/fee-claim';
import { toDayNumber } from '../../../../src-shared/domain/calendar/calendar-days';
import { isIsoDate } from '../../../../src-shared/domain/dates/iso-date';
import { categoryCandidates } from '../../../../src-shared/domain/fees/select-category';
import type { FeePacks } from '../../../../src-shared/domain/fees/types';
import { claimDueDate } from '../../../../src-shared/domain/fees/validate';
import type { MrpPack, RulePack } from '../../../../src-shared/rules/pack-schema';
import { packInForce } from '../../../../src-shared/rules/select-pack';
import type {
  BasisDocumentType,
  FeeCategory,
  TariffPack,
  TariffTier,
} from '../../../../src-shared/rules/tariff-pack-schema';

/** Every installed tariff and МРП pack: the engine picks by each line's date. */
export function feePacksOf(all: readonly RulePack[]): FeePacks {
  return {
    tariffs: all.filter((p): p is TariffPack => p.kind === 'tariff'),
    mrp: all.filter((p): p is MrpPack => p.kind === 'mrp'),
  };
}

/**
 * The date whose tariff pack checks the claim as a whole (basis document, deadline): the basis
 * document's date, else the period's end, else today — the validators' own rule
 * (validate-types.ts `ClaimCheckContext.tariff`).
 */
export function claimPackDate(
  fields: Pick<FeeClaimFields, 'basisDocument' | 'period'>,
  today: string,
) {
  if (isIsoDate(fields.basisDocument.date)) return fields.basisDocument.date;
  if (isIsoDate(fields.period.to)) return fields.period.to;
  return today;
}

export function claimTariff(
  fields: Pick<FeeClaimFields, 'basisDocument' | 'period'>,
  tariffs: readonly TariffPack[],
  today: string,
): TariffPack | null {
  return packInForce(tariffs, 'tariff', claimPackDate(fields, today));
}

/** The pack's basis documents for this kind of claim, case kind and stage (cl. 56). */
export function basisOptions(
  pack: TariffPack | null,
  kind: FeeClaimKind,
  appointment: Pick<Appointment, 'caseKind' | 'stageId'> | undefined,
): BasisDocumentType[] {
  if (!pack) return [];
  return pack.basisDocuments.filter(
    (b) =>
      b.service === kind &&
      (kind === 'consultation' ||
        !appointment ||
        ((!b.caseKinds || b.caseKinds.includes(appointment.caseKind)) &&
          (!b.stageIds || b.stageIds.includes(appointment.stageId)))),
  );
}

export interface CategoryOption {
  category: FeeCategory;
  tier: TariffTier;
}

/**
 * The fee category of a defence claim as far as the advocate is concerned: `automatic` when the
 * recorded facts decide it (nothing to choose: the highest automatic tier wins, as the engine
 * does), `choose` with the chosen-by-advocate candidates when the pack needs a choice, `none`
 * when nothing applies (the checks then say so).
 */
export type CategoryChoice =
  | { kind: 'automatic'; option: CategoryOption }
  | { kind: 'choose'; options: CategoryOption[] }
  | { kind: 'none' };

export function categoryChoice(
  pack: TariffPack | null,
  a: Pick<Appointment, 'caseKind' | 'stageId' | 'statusId' | 'mandatoryGrounds'> | undefined,
): CategoryChoice {
  if (!pack || !a) return { kind: 'none' };
  const options = categoryCandidates(pack, {
    service: 'defence',
    caseKind: a.caseKind,
    stageId: a.stageId,
    statusId: a.statusId,
    mandatoryGrounds: a.mandatoryGrounds,
  }).flatMap((category) => {
    const tier = pack.tiers.find((t) => t.id === category.tierId);
    return tier ? [{ category, tier }] : [];
  });
  const automatic = options
    .filter((o) => o.category.selection === 'automatic')
    .reduce<CategoryOption | null>(
      (best, o) => (!best || o.tier.mrpPerHour > best.tier.mrpPerHour ? o : best),
      null,
    );
  if (automatic) return { kind: 'automatic', option: automatic };
  const chosen = options.filter((o) => o.category.selection === 'chosen');
  return chosen.length > 0 ? { kind: 'choose', options: chosen } : { kind: 'none' };
}

/** The last day to file (pack's months after the basis document), or null when not known. */
export function claimDue(
  basisDate: string,
  tariff: Pick<TariffPack, 'claimDeadline'> | null,
): string | null {
  if (!tariff || !isIsoDate(basisDate)) return null;
  return claimDueDate(basisDate, tariff.claimDeadline.months);
}

/**
 * How close the deadline is, for the list's colour: `late` after the due day, `soon` within
 * `SOON_DAYS` of it. A reminder threshold of the screen, not a legal term.
 */
export const SOON_DAYS = 5;
export function dueStatus(due: string | null, today: string): 'late' | 'soon' | 'ok' | null {
  if (!due) return null;
  const left = toDayNumber(due) - toDayNumber(today);
  if (left < 0) return 'late';
  return left <= SOON_DAYS ? 'soon' : 'ok';
}
