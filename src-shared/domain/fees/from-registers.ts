/**
 * From the registers and the stored claims to what the fee engine and the validators take
 * (types.ts, validate-types.ts). Pure: the renderer reads the records, these functions shape
 * them. Nothing personal crosses over — the engine gets register places, dates, times, ids and
 * the person's lookup key, never a name.
 */
import type { Appointment } from '../../contracts/entities/appointment';
import type { ConsultationEntry } from '../../contracts/entities/consultation';
import type { FeeClaim, FeeClaimFields, FeeClaimState } from '../../contracts/entities/fee-claim';
import type {
  FeeAppointment,
  FeeCalculation,
  FeeClaimInput,
  FeeConsultation,
  FeeExpenseInput,
  WorkRef,
} from './types';
import type { OtherClaim } from './validate-types';

/** A register place as printed: "12/2026". */
export const registerLabel = (r: { number: number; year: number }): string =>
  `${r.number}/${r.year}`;

/**
 * The day the defence ended for this advocate, or null while it goes on: the completion, the
 * client's refusal the body accepted (UPK 69), the permitted transfer (cl. 27(2)), or a decline
 * on a cl. 36 ground found after acceptance. Work after that day is not the advocate's to claim.
 * The state decides, not the presence of a field: a refusal that was not accepted ends nothing.
 */
export function appointmentEndDate(a: Appointment): string | null {
  switch (a.state) {
    case 'completed':
      return a.completion?.date ?? null;
    case 'refused':
      return a.clientRefusal?.at.slice(0, 10) ?? null;
    case 'transferred':
      return a.transfer?.permittedAt.slice(0, 10) ?? null;
    case 'declined':
      // Declined before acceptance there is no work; after it, the decline ends the defence.
      return a.decision?.kind === 'declined' ? a.decision.at.slice(0, 10) : null;
    default:
      return null;
  }
}

export function feeAppointmentOf(a: Appointment): FeeAppointment {
  return {
    id: a.id,
    label: registerLabel(a),
    caseKind: a.caseKind,
    stageId: a.stageId,
    statusId: a.statusId,
    mandatoryGrounds: [...a.mandatoryGrounds],
    decreeDate: a.decree.date,
    receivedDate: a.receivedAt.slice(0, 10),
    endDate: appointmentEndDate(a),
    // Withdrawn items too: the engine skips them and the validators name them.
    work: a.work.map((w) => ({ ...w })),
  };
}

/**
 * `personKey` is the row's `iinKey` (the codec's lookup key of the person helped — the one
 * represented, else the applicant): the per-person cap counts by it, never by the IIN itself.
 */
export function feeConsultationOf(entry: ConsultationEntry, personKey: string): FeeConsultation {
  return {
    id: entry.id,
    label: registerLabel(entry),
    date: entry.appliedAt.slice(0, 10),
    startedAt: entry.startedAt,
    endedAt: entry.endedAt,
    minutes: entry.durationMinutes,
    status: entry.status,
    personKey,
  };
}

/** The refs of a calculation's lines, each once, in line order. */
export function claimRefsOf(calculation: Pick<FeeCalculation, 'lines'>): WorkRef[] {
  return [...new Set(calculation.lines.map((l) => l.ref))];
}

/**
 * The refs a draft selects, from its ids (a draft has no frozen calculation). A travel line goes
 * with its work item, so the work ref is enough to find the same work in two claims.
 */
export function draftRefsOf(claim: FeeClaimFields): WorkRef[] {
  const refs: WorkRef[] = [];
  if (claim.kind === 'defence' && claim.appointmentId)
    for (const w of claim.workItemIds) refs.push(`work:${claim.appointmentId}:${w}`);
  if (claim.kind === 'consultation')
    for (const c of claim.consultationIds) refs.push(`consultation:${c}`);
  for (const e of claim.expenses) refs.push(`expense:${e.id}`);
  return [...new Set(refs)];
}

/** Another claim as the duplicate check sees it. */
export function otherClaimOf(claim: FeeClaim): OtherClaim {
  return {
    id: claim.id,
    label: registerLabel(claim),
    state: claim.state,
    refs: claim.calculation ? claimRefsOf(claim.calculation) : draftRefsOf(claim),
  };
}

/**
 * Claims whose amounts count against the caps of another claim: made ready or later. A draft
 * may still change, and a rejected claim was not paid — its work may be claimed again.
 */
const COUNTED: readonly FeeClaimState[] = ['ready', 'submitted', 'paid', 'partly-paid'];
export const countsTowardCaps = (claim: Pick<FeeClaim, 'state'>): boolean =>
  COUNTED.includes(claim.state);

/** A record a claim refers to was not given to `feeClaimInputOf` (the caller must load it). */
export class MissingRecordError extends Error {
  constructor(
    readonly recordType: 'appointment' | 'consultation',
    readonly recordId: string,
  ) {
    super(`${recordType} ${recordId} is referred to by a claim but was not given`);
    this.name = 'MissingRecordError';
  }
}

/** The other claims that count, as the caps need them. */
function countedOthers(
  claim: { id: string; advocateId: string },
  priorClaims: readonly FeeClaim[],
): FeeClaim[] {
  return priorClaims.filter(
    (c) =>
      c.id !== claim.id &&
      c.advocateId === claim.advocateId &&
      countsTowardCaps(c) &&
      c.calculation !== undefined,
  );
}

/**
 * The consultation entries `feeClaimInputOf` needs besides the claim's own: those the counted
 * other claims paid (their person keys feed the per-person cap).
 */
export function consultationIdsOf(
  claim: { id: string; advocateId: string },
  priorClaims: readonly FeeClaim[],
): string[] {
  const ids = new Set<string>();
  for (const c of countedOthers(claim, priorClaims))
    for (const l of c.calculation!.lines) if (l.kind === 'consultation') ids.add(l.recordId);
  return [...ids];
}

/**
 * Paid minutes already claimed per calendar day and per person, from the frozen calculations of
 * the advocate's other claims that count (`countsTowardCaps`). The frozen lines are used, not the
 * registers: what was claimed is what the caps count, even if the register changed since.
 */
export function priorMinutesOf(
  claim: { id: string; advocateId: string },
  priorClaims: readonly FeeClaim[],
  consultations: ReadonlyMap<string, FeeConsultation>,
): Pick<FeeClaimInput, 'priorPaidMinutesByDay' | 'priorPersonMinutes'> {
  const byDay: Record<string, number> = {};
  const byPerson: Record<string, number> = {};
  for (const other of countedOthers(claim, priorClaims)) {
    for (const line of other.calculation!.lines) {
      if (line.kind === 'expense' || line.paidMinutes <= 0) continue;
      byDay[line.date] = (byDay[line.date] ?? 0) + line.paidMinutes;
      if (line.kind !== 'consultation') continue;
      const entry = consultations.get(line.recordId);
      // Guessing would under-count the cap and overpay: the caller loads consultationIdsOf().
      if (!entry) throw new MissingRecordError('consultation', line.recordId);
      byPerson[entry.personKey] = (byPerson[entry.personKey] ?? 0) + line.paidMinutes;
    }
  }
  return { priorPaidMinutesByDay: byDay, priorPersonMinutes: byPerson };
}

function expenseOf(e: FeeClaimFields['expenses'][number]): FeeExpenseInput {
  const out: FeeExpenseInput = { id: e.id, typeId: e.typeId, date: e.date };
  if (e.amountTiyn !== undefined) out.amountTiyn = e.amountTiyn;
  if (e.days !== undefined) out.days = e.days;
  if (e.document) out.document = { number: e.document.number, date: e.document.date };
  return out;
}

/**
 * The engine's input for a claim (stored, or a draft being edited: `id` may be '').
 * `consultations` are the advocate's entries the claim selects and those the counted other
 * claims paid (`consultationIdsOf`), already shaped by `feeConsultationOf`; `priorClaims` the
 * advocate's claims (this one is skipped). A selected record that was not given is an error,
 * never a silently smaller claim.
 */
export function feeClaimInputOf(
  claim: FeeClaimFields & { id: string; advocateId: string },
  appointment: Appointment | undefined,
  consultations: readonly FeeConsultation[],
  priorClaims: readonly FeeClaim[],
  applicationDate: string,
): FeeClaimInput {
  const byId = new Map(consultations.map((c) => [c.id, c]));
  const input: FeeClaimInput = {
    kind: claim.kind,
    expenses: claim.expenses.map(expenseOf),
    applicationDate,
    ...priorMinutesOf(claim, priorClaims, byId),
  };
  if (claim.feeCategoryId) input.feeCategoryId = claim.feeCategoryId;
  if (claim.kind === 'defence') {
    if (!appointment || appointment.id !== claim.appointmentId)
      throw new MissingRecordError('appointment', claim.appointmentId);
    input.appointment = feeAppointmentOf(appointment);
    input.workItemIds = [...claim.workItemIds];
  } else {
    input.consultations = claim.consultationIds.map((id) => {
      const c = byId.get(id);
      if (!c) throw new MissingRecordError('consultation', id);
      return c;
    });
  }
  return input;
}
