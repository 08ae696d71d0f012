/**
 * A claim as the screens show it: the engine's calculation (live while a draft, frozen once
 * ready), the validators' issues and the filing deadline, from the registers and the advocate's
 * other claims. Pure: the hooks in claim-world.ts read the database, this shapes and prices.
 *
 * Consultations come two ways: register rows (plain index fields, no decoding) for every entry,
 * and decoded entries for the few whose times matter (the claim's own, and those on days the
 * claim has work, for the overlap check). The per-person cap of earlier claims needs only a
 * person key, which the row has (`iinKey`), so claims of past years never have to be decoded.
 */
import type { Appointment } from '../../../../src-shared/contracts/entities/appointment';
import type { ConsultationEntry } from '../../../../src-shared/contracts/entities/consultation';
import type { FeeClaim, FeeClaimFields } from '../../../../src-shared/contracts/entities/fee-claim';
import { calculateClaim } from '../../../../src-shared/domain/fees/calculate';
import {
  consultationIdsOf,
  feeClaimInputOf,
  feeConsultationOf,
  MissingRecordError,
  otherClaimOf,
  registerLabel,
} from '../../../../src-shared/domain/fees/from-registers';
import type {
  FeeCalculation,
  FeeClaimInput,
  FeeConsultation,
  FeePacks,
} from '../../../../src-shared/domain/fees/types';
import { validateClaim } from '../../../../src-shared/domain/fees/validate';
import type { ClaimIssue, OtherWork } from '../../../../src-shared/domain/fees/validate-types';
import type { TariffPack } from '../../../../src-shared/rules/tariff-pack-schema';
import { claimDue, claimTariff } from './claim-packs';

/** The plain fields of a consultation register row the claims need (rows.ts ConsultationRow). */
export interface ConsultationRowLike {
  id: string;
  number: number;
  year: number;
  date: string;
  status: string;
  durationMinutes: number;
  iinKey: string;
}

/** What the database gave: the advocate's own records only. */
export interface ClaimWorld {
  appointments: ReadonlyMap<string, Appointment>;
  claims: readonly FeeClaim[];
  rows: ReadonlyMap<string, ConsultationRowLike>;
  /** Decoded entries (see `entriesToOpen`). */
  entries: ReadonlyMap<string, ConsultationEntry>;
}

/** The claim being looked at: stored (id, state…) or a new one (`id` ''). */
export interface ClaimSubject {
  id: string;
  advocateId: string;
  fields: FeeClaimFields;
  state: FeeClaim['state'];
  /** The frozen calculation of a claim that is ready or later. */
  calculation?: FeeCalculation | undefined;
  submissionDate?: string | undefined;
}

export interface ClaimModel {
  /** null when a record the claim needs is not loaded yet (or no longer exists). */
  input: FeeClaimInput | null;
  calculation: FeeCalculation;
  frozen: boolean;
  issues: ClaimIssue[];
  tariff: TariffPack | null;
  due: string | null;
  /** A record the claim refers to that is missing (a deleted-on-this-device copy, a sync gap). */
  missing: MissingRecordError | null;
}

const EMPTY: FeeCalculation = {
  lines: [],
  problems: [],
  totals: { minutes: 0, paidMinutes: 0, feeTiyn: 0, expensesTiyn: 0, totalTiyn: 0 },
  packs: [],
  unverifiedItemIds: [],
};

/** The dates of the claim's own work: other work on them is checked for overlaps. */
export function claimDays(
  fields: FeeClaimFields,
  world: Pick<ClaimWorld, 'appointments' | 'rows'>,
) {
  const days = new Set<string>();
  if (fields.kind === 'defence') {
    const a = world.appointments.get(fields.appointmentId);
    for (const w of a?.work ?? []) if (fields.workItemIds.includes(w.id)) days.add(w.date);
  } else {
    for (const id of fields.consultationIds) {
      const r = world.rows.get(id);
      if (r) days.add(r.date);
    }
  }
  return days;
}

/**
 * The consultation entries to decode for a claim: its own, the period's (the selection list of
 * a consultation claim), and the given ones on days it has work (their times, for overlaps).
 */
export function entriesToOpen(
  fields: FeeClaimFields,
  world: Pick<ClaimWorld, 'appointments' | 'rows'>,
): string[] {
  const ids = new Set(fields.kind === 'consultation' ? fields.consultationIds : []);
  const days = claimDays(fields, world);
  const { from, to } = fields.period;
  for (const r of world.rows.values()) {
    const inPeriod = fields.kind === 'consultation' && r.date >= from && r.date <= to;
    if (inPeriod || (r.status === 'given' && days.has(r.date))) ids.add(r.id);
  }
  return [...ids].filter((id) => world.rows.has(id)).sort();
}

/** A row as the engine sees it when only its person key matters (an earlier claim's entry). */
function rowConsultation(r: ConsultationRowLike): FeeConsultation {
  return {
    id: r.id,
    label: registerLabel(r),
    date: r.date,
    startedAt: '',
    endedAt: '',
    minutes: r.durationMinutes,
    status: r.status,
    personKey: r.iinKey,
  };
}

function consultationOf(id: string, world: ClaimWorld): FeeConsultation | undefined {
  const row = world.rows.get(id);
  const entry = world.entries.get(id);
  if (entry && row) return feeConsultationOf(entry, row.iinKey);
  return row ? rowConsultation(row) : undefined;
}

/** The advocate's other work on the claim's days: their appointments' and consultations'. */
export function otherWorkOf(fields: FeeClaimFields, world: ClaimWorld): OtherWork[] {
  const days = claimDays(fields, world);
  const out: OtherWork[] = [];
  for (const a of world.appointments.values()) {
    for (const w of a.work) {
      if (w.withdrawn || !days.has(w.date)) continue;
      out.push({
        ref: `work:${a.id}:${w.id}`,
        recordLabel: registerLabel(a),
        date: w.date,
        startedAt: w.startedAt,
        endedAt: w.endedAt,
      });
    }
  }
  for (const e of world.entries.values()) {
    const row = world.rows.get(e.id);
    if (!row || row.status !== 'given' || !days.has(row.date)) continue;
    out.push({
      ref: `consultation:${e.id}`,
      recordLabel: registerLabel(row),
      date: row.date,
      startedAt: e.startedAt,
      endedAt: e.endedAt,
    });
  }
  return out;
}

/** The engine's input, or the record that is missing for it. */
export function claimInput(
  subject: ClaimSubject,
  world: ClaimWorld,
  applicationDate: string,
): FeeClaimInput | MissingRecordError {
  const claim = { ...subject.fields, id: subject.id, advocateId: subject.advocateId };
  const ids = new Set([
    ...(subject.fields.kind === 'consultation' ? subject.fields.consultationIds : []),
    ...consultationIdsOf(claim, world.claims),
  ]);
  const consultations = [...ids].flatMap((id) => {
    const c = consultationOf(id, world);
    return c ? [c] : [];
  });
  try {
    return feeClaimInputOf(
      claim,
      world.appointments.get(subject.fields.appointmentId),
      consultations,
      world.claims,
      applicationDate,
    );
  } catch (error) {
    if (error instanceof MissingRecordError) return error;
    throw error;
  }
}

/**
 * Prices and checks a claim. A draft is priced live; a claim that is ready or later shows its
 * frozen calculation, never a new one (a tariff pack installed later must not change what was
 * filed). Issues are listed for drafts and ready claims — once filed, the checks are the justice
 * body's.
 */
export function claimModel(
  subject: ClaimSubject,
  world: ClaimWorld,
  packs: FeePacks,
  today: string,
): ClaimModel {
  const filingDate = subject.submissionDate || today;
  const tariff = claimTariff(subject.fields, packs.tariffs, today);
  const due = claimDue(subject.fields.basisDocument.date, tariff);
  const built = claimInput(subject, world, filingDate);
  const missing = built instanceof MissingRecordError ? built : null;
  const input = missing ? null : (built as FeeClaimInput);
  const frozen = subject.state !== 'draft' && !!subject.calculation;
  const calculation = frozen ? subject.calculation! : input ? calculateClaim(input, packs) : EMPTY;
  const checked = subject.state === 'draft' || subject.state === 'ready';
  const issues =
    checked && !missing
      ? validateClaim({
          claim: subject.fields,
          calculation,
          tariff,
          ...(input?.appointment ? { appointment: input.appointment } : {}),
          consultations: input?.consultations ?? [],
          otherClaims: world.claims.filter((c) => c.id !== subject.id).map(otherClaimOf),
          otherWork: otherWorkOf(subject.fields, world),
          filingDate,
        })
      : [];
  return { input, calculation, frozen, issues, tariff, due, missing };
}
