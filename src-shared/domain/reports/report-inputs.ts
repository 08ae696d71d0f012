/**
 * What the reports need of the registers (Rules cl. 33, 5.4), as small plain shapes, and the
 * mapping from the stored records to them. The reports never see a name or an IIN: a person is
 * a `personKey` (the caller's lookup key, the codec's keyed hash once the registers are
 * encrypted), so a head's device can count persons from the office copy without reading them.
 *
 * Settlement (town or rural settlement, cl. 5.4) is `'unstated'` when the record does not say —
 * entries made before issue 8 — and is counted apart, never guessed from an address.
 */
import type {
  Appointment,
  AppointmentSource,
  AppointmentState,
  CaseKind,
} from '../../contracts/entities/appointment';
import type {
  ConsultationEntry,
  ConsultationStatus,
  SettlementKind,
} from '../../contracts/entities/consultation';
import type { FeeClaim, FeeClaimKind, FeeClaimState } from '../../contracts/entities/fee-claim';
import { dayOf } from './report-period';

export const settlementKeys = ['urban', 'rural', 'unstated'] as const;
export type SettlementKey = (typeof settlementKeys)[number];

export const settlementOf = (s: SettlementKind | undefined): SettlementKey => s ?? 'unstated';

/** Every record the reports read has an id and a version (corrections are new versions). */
export interface Versioned {
  id: string;
  version: number;
  advocateId: string;
}

export interface ReportConsultation extends Versioned {
  /** Register place as printed, "7/2026". */
  label: string;
  /** "YYYY-MM-DDTHH:mm" on the office clock: the report month is the month of applying. */
  appliedAt: string;
  status: ConsultationStatus;
  form: 'oral' | 'written';
  /** Art. 26(2) category id of the eligibility pack, null when none was established. */
  categoryId: string | null;
  issueAreaId: string;
  /** cl. 40: given where the person is (illness, disability, mobility). */
  atPersonLocation: boolean;
  minutes: number;
  settlement: SettlementKey;
  /** The person helped (the represented person when a representative applied, cl. 52). */
  personKey: string;
}

export interface ReportWorkItem {
  id: string;
  date: string;
  minutes: number;
  nightMinutes: number;
  nonWorkingDay: boolean;
  /** A withdrawn item was logged in error: it is kept in the register, never counted. */
  withdrawn: boolean;
}

export interface ReportAppointment extends Versioned {
  /** Register place as printed, "12/2026". */
  label: string;
  source: AppointmentSource;
  receivedDate: string;
  caseKind: CaseKind;
  stageId: string;
  state: AppointmentState;
  /**
   * The current decision. A decline after acceptance (a ground found later, cl. 36) replaces
   * the acceptance on the record, so such a defence counts as declined, never as in progress.
   */
  decision: { kind: 'accepted' | 'declined'; date: string; groundId: string | null } | null;
  completionDate: string | null;
  /**
   * The day the advocate's part ended, however it ended: completion, a permitted transfer
   * (cl. 27(2)), a refusal accepted by the body (UPK 69), a decline after acceptance.
   */
  endDate: string | null;
  noticeDates: string[];
  work: ReportWorkItem[];
  settlement: SettlementKey;
}

export interface ReportClaim extends Versioned {
  /** Register place as printed, "3/2026". */
  label: string;
  kind: FeeClaimKind;
  state: FeeClaimState;
  /**
   * The claimed amount as frozen when the claim was made ready. A claim is submitted only
   * after it is ready, so a submitted claim always has one; a draft may have none (0).
   */
  totalTiyn: number;
  submittedDate: string | null;
  rejectedDate: string | null;
  payments: { date: string; amountTiyn: number }[];
  /** `totalTiyn` split by where the aid was given (sums to it; empty when it is 0). */
  parts: { settlement: SettlementKey; tiyn: number }[];
}

/** The person's key: their IIN unless the caller hashes it (codec lookup key). */
export type PersonKey = (iin: string) => string;
const plainKey: PersonKey = (iin) => iin;

export function reportConsultation(
  e: ConsultationEntry,
  personKey: PersonKey = plainKey,
): ReportConsultation {
  const person = e.representedPerson ?? e.applicant;
  return {
    id: e.id,
    version: e.version,
    advocateId: e.advocateId,
    label: `${e.number}/${e.year}`,
    appliedAt: e.appliedAt,
    status: e.status,
    form: e.form,
    categoryId: e.categoryId,
    issueAreaId: e.issue.areaId,
    atPersonLocation: e.place.kind === 'person-location',
    // Only a given consultation took the advocate's time; the schema requires its times.
    minutes: e.status === 'given' ? e.durationMinutes : 0,
    settlement: settlementOf(e.settlement),
    // The IIN is required on an entry; an empty one still must not merge different people.
    personKey: person.iin ? personKey(person.iin) : `consultation:${e.id}`,
  };
}

export function reportAppointment(a: Appointment): ReportAppointment {
  const refusal = a.clientRefusal?.outcome === 'accepted' ? dayOf(a.clientRefusal.at) : null;
  const ends = [
    a.completion?.date,
    a.transfer ? dayOf(a.transfer.permittedAt) : undefined,
    refusal,
    a.decision?.kind === 'declined' ? dayOf(a.decision.at) : undefined,
  ].filter((d): d is string => Boolean(d));
  return {
    id: a.id,
    version: a.version,
    advocateId: a.advocateId,
    label: `${a.number}/${a.year}`,
    source: a.source,
    receivedDate: dayOf(a.receivedAt),
    caseKind: a.caseKind,
    stageId: a.stageId,
    state: a.state,
    decision: a.decision
      ? { kind: a.decision.kind, date: dayOf(a.decision.at), groundId: a.decision.groundId ?? null }
      : null,
    completionDate: a.completion?.date ?? null,
    endDate: ends.length > 0 ? ends.sort()[0]! : null,
    noticeDates: a.notices.map((n) => n.date),
    work: a.work.map((w) => ({
      id: w.id,
      date: w.date,
      minutes: w.minutes,
      nightMinutes: w.nightMinutes,
      nonWorkingDay: w.nonWorkingDay,
      withdrawn: w.withdrawn !== undefined,
    })),
    settlement: settlementOf(a.settlement),
  };
}

/** Where each register record's aid was given, by record id (for splitting claim amounts). */
export function settlementLookup(
  consultations: readonly Pick<ReportConsultation, 'id' | 'settlement'>[],
  appointments: readonly Pick<ReportAppointment, 'id' | 'settlement'>[],
): ReadonlyMap<string, SettlementKey> {
  return new Map([...consultations, ...appointments].map((r) => [r.id, r.settlement]));
}

/**
 * A fee claim for the reports. Its amount is split by the settlement of the record each line
 * prices (`FeeLine.recordId`); an expense line belongs to the claim as a whole: to its
 * appointment, or to the consultations' settlement when they all share one ('unstated' when
 * they do not, since an expense cannot be divided by guessing).
 */
export function reportClaim(
  c: FeeClaim,
  settlements: ReadonlyMap<string, SettlementKey>,
): ReportClaim {
  const totalTiyn = c.calculation?.totals.totalTiyn ?? 0;
  const own = (id: string): SettlementKey => settlements.get(id) ?? 'unstated';
  const ofClaim = (): SettlementKey => {
    if (c.kind === 'defence') return own(c.appointmentId);
    const all = new Set(c.consultationIds.map(own));
    return all.size === 1 ? [...all][0]! : 'unstated';
  };
  const sums = new Map<SettlementKey, number>();
  const add = (s: SettlementKey, tiyn: number) => sums.set(s, (sums.get(s) ?? 0) + tiyn);
  for (const line of c.calculation?.lines ?? [])
    add(line.kind === 'expense' ? ofClaim() : own(line.recordId), line.amountTiyn);
  // The lines add up to the total by construction; should a stored total differ, the
  // difference stays with the claim rather than vanishing from the split.
  const lines = [...sums.values()].reduce((a, b) => a + b, 0);
  if (lines !== totalTiyn) add(ofClaim(), totalTiyn - lines);
  return {
    id: c.id,
    version: c.version,
    advocateId: c.advocateId,
    label: `${c.number}/${c.year}`,
    kind: c.kind,
    state: c.state,
    totalTiyn,
    submittedDate: c.submission?.date ?? null,
    rejectedDate: c.rejection?.date ?? null,
    payments: c.payments.map((p) => ({ date: p.date, amountTiyn: p.amountTiyn })),
    parts: settlementKeys
      .map((settlement) => ({ settlement, tiyn: sums.get(settlement) ?? 0 }))
      .filter((p) => p.tiyn !== 0),
  };
}

/**
 * The newest version of each record, in the order of first appearance. The registers keep
 * every version (a correction is a new one); a report counts each record once, as it now is.
 */
export function latestVersions<T extends Versioned>(records: readonly T[]): T[] {
  const newest = new Map<string, T>();
  for (const r of records) {
    const seen = newest.get(r.id);
    if (!seen || r.version > seen.version) newest.set(r.id, r);
  }
  return [...newest.values()];
}
