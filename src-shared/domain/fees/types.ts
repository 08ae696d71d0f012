/**
 * What the fee engine takes and gives (issue 8, docs/fees.md). Pure data: the renderer reads
 * the registers, the engine prices them with the tariff and МРП packs in force on each work
 * date, and the result is stored on the claim when it is made ready, so it can be replayed
 * under the same pack versions years later.
 *
 * Money is integer **tiyn** (1 ₸ = 100 tiyn) everywhere: rates like 1,15 МРП make float tenge
 * drift, and a claim must add up to the last tiyn on paper and on screen.
 */
import type { CaseKind, WorkItem } from '../../contracts/entities/appointment';
import type { PackRef } from '../../rules/pack-schema';
import type { MrpPack } from '../../rules/pack-schema';
import type { TariffPack } from '../../rules/tariff-pack-schema';

/** An appointment as the engine needs it: no names, only what prices and checks the work. */
export interface FeeAppointment {
  id: string;
  /** Register place as printed, e.g. "12/2026". */
  label: string;
  caseKind: CaseKind;
  stageId: string;
  statusId: string;
  mandatoryGrounds: string[];
  /** The appointing decree's date and the date it reached the advocate (period start). */
  decreeDate: string;
  receivedDate: string;
  /** The completion date, when completed (period end); transfers and refusals end it too. */
  endDate: string | null;
  /** Every work item, withdrawn ones too (the engine skips them, validators name them). */
  work: WorkItem[];
}

/** A consultation register entry as the engine needs it. */
export interface FeeConsultation {
  id: string;
  /** Register place as printed, e.g. "7/2026". */
  label: string;
  date: string;
  startedAt: string;
  endedAt: string;
  minutes: number;
  status: string;
  /** The person's lookup key (codec key of the IIN): the per-person cap counts by it. */
  personKey: string;
}

/** An expense the advocate claims (travel to a remote place, accommodation, per diem). */
export interface FeeExpenseInput {
  id: string;
  typeId: string;
  date: string;
  /** For 'actual' expenses: the amount on the document, in tiyn. */
  amountTiyn?: number;
  /** For 'mrp-per-day' expenses: the number of days. */
  days?: number;
  /** The supporting document (ticket, receipt), when the type needs one. */
  document?: { number: string; date: string };
}

/** Reference of a piece of work in a claim (a line's `ref`), unique across the advocate's claims. */
export type WorkRef =
  | `work:${string}:${string}` // appointment id : work item id
  | `travel:${string}:${string}` // appointment id : work item id (its travel time)
  | `consultation:${string}` // consultation id
  | `expense:${string}`; // expense id (unique per claim)

export interface FeeClaimInput {
  kind: 'defence' | 'consultation';
  /** Defence: the appointment, and the work items claimed (ids of `appointment.work`). */
  appointment?: FeeAppointment;
  workItemIds?: string[];
  /** Consultation: the entries claimed. */
  consultations?: FeeConsultation[];
  /** The fee category the advocate chose, when the pack needs a choice (gravity). */
  feeCategoryId?: string;
  expenses: FeeExpenseInput[];
  /** Used when the tariff pack prices by the application's date (`mrpDate.rule`). */
  applicationDate: string;
  /**
   * Paid minutes per calendar day already claimed in the advocate's other claims that are ready
   * or later (not drafts, not rejected): the 8-hours-a-day cap counts them first.
   */
  priorPaidMinutesByDay: Record<string, number>;
  /** Paid consultation minutes per person key already claimed in other claims (per-person cap). */
  priorPersonMinutes: Record<string, number>;
}

/** The packs the engine may use: every installed tariff and МРП pack (it picks by date). */
export interface FeePacks {
  tariffs: readonly TariffPack[];
  mrp: readonly MrpPack[];
}

/** Part of a line paid at one factor (the night part of an interrogation, say). */
export interface FeePart {
  minutes: number;
  /** The combined factor applied to the tier's rate (1 = no surcharge). */
  factor: number;
  /** Pack item ids of the surcharges and sub-rates that made the factor. */
  factorItemIds: string[];
  amountTiyn: number;
}

export interface FeeLine {
  ref: WorkRef;
  kind: 'work' | 'travel' | 'consultation' | 'expense';
  /** The appointment or consultation (or, for an expense, the expense) it comes from. */
  recordId: string;
  recordLabel: string;
  date: string;
  /** 'HH:mm' of the work, '' for expenses. */
  startedAt: string;
  endedAt: string;
  /** A work-log action id, 'consultation', or an expense type id. */
  activityId: string;
  minutes: number;
  /** After the billing unit and the caps. */
  paidMinutes: number;
  /** Minutes removed by each cap (absent when the cap did not bite). */
  cappedBy?: { perPerson?: number; perDay?: number };
  feeCategoryId: string | null;
  tierId: string | null;
  /** МРП per hour of the tier; 0 for expenses. */
  rateMrp: number;
  parts: FeePart[];
  mrp: { amount: number; itemId: string; date: string } | null;
  amountTiyn: number;
  /** Pack items the amount relies on, for the citations printed under the claim. */
  itemIds: string[];
  /** Those of `itemIds` not checked against the official text. */
  unverifiedItemIds: string[];
  tariffPack: PackRef | null;
  mrpPack: PackRef | null;
}

/** Why a line could not be priced (the validators turn these into messages). */
export type FeeProblem =
  | { code: 'no-tariff-pack'; ref: WorkRef; date: string }
  | { code: 'no-mrp'; ref: WorkRef; date: string }
  | { code: 'category-needed'; ref: WorkRef; candidates: string[] }
  | { code: 'category-not-applicable'; ref: WorkRef; categoryId: string }
  | { code: 'unknown-expense-type'; ref: WorkRef; typeId: string };

export interface FeeCalculation {
  lines: FeeLine[];
  problems: FeeProblem[];
  totals: {
    minutes: number;
    paidMinutes: number;
    feeTiyn: number;
    expensesTiyn: number;
    totalTiyn: number;
  };
  /** Every pack used, for replay. */
  packs: PackRef[];
  unverifiedItemIds: string[];
}
