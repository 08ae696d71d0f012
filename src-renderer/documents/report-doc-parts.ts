/**
 * What the report documents share (issue 8): the packs' names for the ids the reports count
 * (`ReportLabels`) and the order they are printed in, the audit time as printed, and a page
 * footer whose left part may take the room a name and a month need, and the small tables the
 * monthly report is made of.
 */
import type { Content, DynamicContent, TableCell } from 'pdfmake/interfaces';
import type {
  DefenceRegisterPack,
  EligibilityPack,
  Localized,
} from '../../src-shared/rules/pack-schema';
import { gridLayout, HEADER_FILL, MUTED } from './doc-parts';
import { formatDay } from './duty-texts';
import type { SheetLocale } from './explanation-texts';
import type { ReportTexts } from './report-texts';

/** Pack names by id, in the pack's order (the order rows are printed in). */
export interface ReportLabels {
  categories: Record<string, Localized>;
  issueAreas: Record<string, Localized>;
  declineGrounds: Record<string, Localized>;
  stages: Record<string, Localized>;
}

/**
 * Labels from the installed packs. Every eligibility version is read, newest last, so a
 * category that a newer pack renamed prints under its new name and one it dropped still has one.
 */
export function reportLabelsFromPacks(
  eligibility: readonly EligibilityPack[],
  defence: DefenceRegisterPack,
): ReportLabels {
  const byId = (items: readonly { id: string; label: Localized }[]) =>
    Object.fromEntries(items.map((i) => [i.id, i.label]));
  const sorted = [...eligibility].sort((a, b) => a.version - b.version);
  return {
    categories: Object.assign(
      {},
      ...sorted.map((p) => byId(p.categories)),
    ) as ReportLabels['categories'],
    issueAreas: Object.assign(
      {},
      ...sorted.map((p) => byId(p.issueAreas)),
    ) as ReportLabels['issueAreas'],
    declineGrounds: byId(defence.declineGrounds),
    stages: byId([...defence.stages].sort((a, b) => a.order - b.order)),
  };
}

/** Rows in the labels' order; ids the labels do not know after them, "none" last. */
export function inLabelOrder<T extends { id: string | null }>(
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

/** A pack's name for the id, or the id itself marked as unknown. */
export function labelOf(
  labels: Record<string, Localized>,
  id: string,
  locale: SheetLocale,
  t: ReportTexts,
): string {
  return labels[id]?.[locale] ?? `${id} (${t.monthly.unverifiedLabel})`;
}

/** An ISO instant as "30.11.2026 18:04" on this device's clock, as printouts show it. */
export function localDateTime(iso: string, locale: SheetLocale): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${formatDay(iso, locale)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * The page footer: what the page is on the left (it may take all the room it needs), the page
 * count on the right. doc-parts' footer halves the line, too little for a name and a month.
 */
export function reportFooter(
  left: string,
  page: (page: number, pages: number) => string,
  side: number,
): DynamicContent {
  return (current, pages) => ({
    margin: [side, 16, side, 0],
    fontSize: 8.5,
    color: MUTED,
    columns: [
      { width: '*', text: left },
      { width: 'auto', text: page(current, pages), alignment: 'right' },
    ],
  });
}

export const HEADER_FONT = 8.5;
/** The value column of a label–value grid: room for "11 ч 30 мин (6 действий, 3 назначения)". */
const VALUE_WIDTH = 210;

/** A header cell of the report tables. */
export const head = (text: string, more: Partial<TableCell> = {}): TableCell =>
  ({
    text,
    bold: true,
    fontSize: HEADER_FONT,
    fillColor: HEADER_FILL,
    alignment: 'center',
    ...more,
  }) as TableCell;

/** A section's heading with its figures, never split from them across a page. */
export function keepTogether(title: string, rows: Parameters<typeof figures>[0]): Content {
  return { unbreakable: true, stack: [{ text: title, style: 'section' }, figures(rows)] };
}

/** A label–value grid; `sub` rows are indented under the row before them. */
export function figures(
  rows: { label: string; value: string; sub?: boolean; bold?: boolean }[],
): Content {
  return {
    layout: gridLayout(4),
    table: {
      widths: ['*', VALUE_WIDTH],
      body: rows.map((r): TableCell[] => [
        { text: r.label, margin: [r.sub ? 12 : 0, 0, 0, 0], bold: r.bold ?? false },
        { text: r.value, alignment: 'right', bold: r.bold ?? false },
      ]),
    },
  };
}
