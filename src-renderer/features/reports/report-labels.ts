/**
 * The rule packs' names for the ids the monthly report counts, and the order rows follow, for
 * the screen. The printout builds the same with documents/report-doc-parts.ts; the screen keeps
 * its own copy because nothing on a page imports the document modules statically (they load with
 * pdfmake on the first print), and report-labels.test.ts holds the two to the same answers.
 */
import type { CountRow } from '../../../src-shared/domain/reports/monthly-report';
import type {
  DefenceRegisterPack,
  EligibilityPack,
  Localized,
} from '../../../src-shared/rules/pack-schema';

export interface ScreenLabels {
  categories: Record<string, Localized>;
  issueAreas: Record<string, Localized>;
  declineGrounds: Record<string, Localized>;
  stages: Record<string, Localized>;
}

const byId = (items: readonly { id: string; label: Localized }[]) =>
  Object.fromEntries(items.map((i) => [i.id, i.label]));

/**
 * Every eligibility version, oldest first, so a category a newer pack renamed shows its new name
 * and one it dropped still has one; the defence pack's grounds, and its stages in their order.
 */
export function screenLabels(
  eligibility: readonly EligibilityPack[],
  defence: DefenceRegisterPack | null,
): ScreenLabels {
  const sorted = [...eligibility].sort((a, b) => a.version - b.version);
  return {
    categories: Object.assign(
      {},
      ...sorted.map((p) => byId(p.categories)),
    ) as ScreenLabels['categories'],
    issueAreas: Object.assign(
      {},
      ...sorted.map((p) => byId(p.issueAreas)),
    ) as ScreenLabels['issueAreas'],
    declineGrounds: byId(defence?.declineGrounds ?? []),
    stages: byId([...(defence?.stages ?? [])].sort((a, b) => a.order - b.order)),
  };
}

/** Rows in the labels' order; ids the labels do not know after them, "none" (null) last. */
export function inPackOrder<T extends Pick<CountRow, 'id'>>(
  rows: readonly T[],
  labels: Record<string, Localized>,
): T[] {
  const order = Object.keys(labels);
  const rank = (id: string | null) => {
    if (id === null) return Number.MAX_SAFE_INTEGER;
    const i = order.indexOf(id);
    return i >= 0 ? i : order.length;
  };
  return [...rows].sort((a, b) => rank(a.id) - rank(b.id));
}
