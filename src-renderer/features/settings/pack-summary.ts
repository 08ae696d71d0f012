/** What the rule-pack list shows about a pack: period and how many items are unverified. */
import type { RulePack } from '../../../src-shared/rules/pack-schema';

export function unverifiedCount(pack: RulePack): number {
  const items: { verified: boolean }[] =
    pack.kind === 'eligibility'
      ? [
          ...pack.issueAreas,
          ...pack.evidence,
          ...pack.categories,
          ...pack.refusalGrounds,
          ...pack.principles,
        ]
      : pack.kind === 'mrp'
        ? pack.values
        : pack.kind === 'consultation-register'
          ? [...pack.columns, pack.caps, pack.deferral]
          : pack.kind === 'defence-register'
            ? [
                ...pack.columns,
                ...pack.statuses,
                ...pack.stages,
                ...pack.actions,
                ...pack.declineGrounds,
                ...pack.replacementReasons,
                ...pack.mandatoryGrounds,
                ...pack.refusalNotAccepted,
                pack.nightTime,
                pack.notice,
                ...pack.paidAdvocateSteps,
              ]
            : pack.kind === 'tariff'
              ? [
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
                ]
              : [pack.transferRule, ...pack.years, ...pack.fixedHolidays, ...pack.days];
  return items.filter((i) => !i.verified).length;
}
