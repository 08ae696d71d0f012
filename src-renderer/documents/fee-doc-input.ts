/**
 * What the fee documents (the application for payment and its checklist) are given, and the
 * small pieces both print: pack labels by id, the claim's number and period, the attachments
 * that apply to its service, the expense behind a line and a drawn check box. Pure: the
 * caller resolves names and packs, nothing here looks anything up elsewhere.
 */
import type { ContentCanvas } from 'pdfmake/interfaces';
import type { ClaimExpense, FeeClaim } from '../../src-shared/contracts/entities/fee-claim';
import type { FeeCalculation, FeeLine } from '../../src-shared/domain/fees/types';
import { formatDate, formatNumber } from '../../src-shared/i18n/format';
import type { Localized } from '../../src-shared/rules/pack-base';
import type { DefenceRegisterPack, PackRef } from '../../src-shared/rules/pack-schema';
import type { TariffPack } from '../../src-shared/rules/tariff-pack-schema';
import type { SheetLocale } from './explanation-texts';
import type { FeeTexts } from './fee-texts';

type Labels = Readonly<Record<string, Localized>>;

/** Names of pack items, in both languages (feeDocLabels builds them from the packs). */
export interface FeeDocLabels {
  /** Work-log actions of the defence-register pack. */
  actions: Labels;
  tiers: Labels;
  categories: Labels;
  /** Surcharges and activity sub-rates: the names of a part's factors. */
  factors: Labels;
  basisDocuments: Labels;
  expenseTypes: Labels;
}

export interface FeeDocAdvocate {
  fullName: string;
  iin: string;
  licenceNumber: string;
  /** ISO date. */
  licenceDate: string;
  collegium: string;
  office: string;
  /** Canonical "+7…"; printed grouped. */
  phone: string;
}

/** A defence claim's client and case, as the appointment has them (no lookups here). */
export interface FeeDocCase {
  clientName: string;
  clientIin: string;
  /** As printed, e.g. "ЕРДР № 261100031000123". */
  caseNumber: string;
  /** The body conducting the process. */
  body: string;
  /** The stage's label from the defence-register pack (the same input prints in both languages). */
  stage: Localized;
  decreeNumber: string;
  /** ISO date of the appointing decree. */
  decreeDate: string;
}

/** What a pack is called, to name the packs a calculation used. */
export type PackSummary = PackRef & { title: Localized; effectiveFrom: string };

export interface FeeApplicationInput {
  claim: FeeClaim & { calculation: FeeCalculation };
  advocate: FeeDocAdvocate;
  /** Defence claims: the client and case; null for consultation claims. */
  case: FeeDocCase | null;
  labels: FeeDocLabels;
  /** The territorial justice body, as addressed (usually claim.justiceBody). */
  justiceBody: string;
  /** The tariff pack in force on the application date: the form's fields and attachments. */
  tariff: Pick<TariffPack, 'applicationFields' | 'attachments' | 'expenseTypes'>;
  /** Installed packs; those the calculation used are named in the citation footer. */
  packs: readonly PackSummary[];
  /**
   * Optional attachments the advocate encloses (pack attachment ids). Required ones that
   * apply to the claim's service are always ticked; optional ones get an empty box.
   */
  attachedIds?: readonly string[];
  /** ISO date printed by the signature. */
  applicationDate: string;
}

/** Labels for the fee documents from the tariff packs (later ones win) and the defence pack. */
export function feeDocLabels(
  tariffs: readonly TariffPack[],
  defence: Pick<DefenceRegisterPack, 'actions'>,
): FeeDocLabels {
  const map = (items: { id: string; label: Localized }[]) =>
    Object.fromEntries(items.map((i) => [i.id, i.label]));
  const merged = (pick: (p: TariffPack) => { id: string; label: Localized }[]) =>
    Object.assign({}, ...tariffs.map((p) => map(pick(p)))) as Labels;
  return {
    actions: map(defence.actions),
    tiers: merged((p) => p.tiers),
    categories: merged((p) => p.feeCategories),
    factors: merged((p) => [...p.surcharges, ...p.activityRates]),
    basisDocuments: merged((p) => p.basisDocuments),
    expenseTypes: merged((p) => p.expenseTypes),
  };
}

/** Side margin of the fee documents. */
export const SIDE = 40;
/** Header cells of the fee tables. */
export const HEADER_FONT = 7.5;

export const label = (labels: Labels, id: string | null, locale: SheetLocale) =>
  (id && labels[id]?.[locale]) || id || '';
/** "2,2", "1,5", "1": rates and factors as the order prints them. */
export const decimal = (n: number, locale: SheetLocale) => formatNumber(n, locale);
export const claimNo = (claim: FeeClaim) => `${claim.number}/${claim.year}`;
export const claimPeriod = (claim: FeeClaim, t: FeeTexts, locale: SheetLocale) =>
  t.period(formatDate(claim.period.from, locale), formatDate(claim.period.to, locale));

/** The pack's attachments for the claim's service, each with whether it is ticked. */
export function claimAttachments(
  input: Pick<FeeApplicationInput, 'claim' | 'tariff' | 'attachedIds'>,
): { item: TariffPack['attachments'][number]; ticked: boolean }[] {
  const kind = input.claim.kind;
  return input.tariff.attachments
    .filter((a) => a.service === kind || a.service === 'both')
    .map((item) => ({
      item,
      ticked: item.required || (input.attachedIds ?? []).includes(item.id),
    }));
}

/** The claim's expense (document, days) behind an expense line. */
export const expenseOf = (claim: FeeClaim, line: FeeLine): ClaimExpense | undefined =>
  claim.expenses.find((e) => e.id === line.recordId);

/** A box drawn with lines (the font has no ballot box), ticked or empty. */
export function checkBox(ticked: boolean, size = 8): ContentCanvas {
  const tick = [
    { x: 1.6, y: size * 0.55 + 1 },
    { x: size * 0.42, y: size - 0.6 },
    { x: size - 1, y: 2.2 },
  ];
  return {
    canvas: [
      { type: 'rect', x: 0, y: 1, w: size, h: size, lineWidth: 0.7 },
      ...(ticked ? [{ type: 'polyline' as const, points: tick, lineWidth: 1.2 }] : []),
    ],
  };
}
