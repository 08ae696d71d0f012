/**
 * Claims for the validators' tests, built by hand: the engine (calculate.ts) is not used, so a
 * validator test fails only for the validator. The base contexts are clean (no issue at all);
 * each test changes the one thing its check is about. The tariff is the shipped pack in force
 * in November 2026, so the tests read its deadline, caps and basis documents rather than
 * repeating them.
 */
import type { WorkItem } from '../../contracts/entities/appointment';
import type { FeeClaimFields } from '../../contracts/entities/fee-claim';
import { packInForce } from '../../rules/select-pack';
import { loadShippedPacks } from '../../rules/shipped-packs';
import type { TariffPack } from '../../rules/tariff-pack-schema';
import type { FeeAppointment, FeeCalculation, FeeConsultation, FeeLine, WorkRef } from './types';
import type { ClaimCheckContext } from './validate-types';
import { workMinutes } from '../appointments/work-time';

const found = packInForce(loadShippedPacks(), 'tariff', '2026-11-01');
if (!found) throw new Error('no shipped tariff pack in force on 2026-11-01');
export const tariff: TariffPack = found;
const tariffRef = { id: tariff.id, version: tariff.version };

export function workItem(id: string, patch: Partial<WorkItem> = {}): WorkItem {
  const startedAt = patch.startedAt ?? '10:00';
  const endedAt = patch.endedAt ?? '11:30';
  return {
    id,
    date: '2026-11-03',
    actionId: 'action.interrogation',
    startedAt,
    endedAt,
    note: '',
    minutes: workMinutes(startedAt, endedAt),
    nightMinutes: 0,
    nonWorkingDay: false,
    calendarPack: null,
    loggedAt: '2026-11-03T12:00:00Z',
    ...patch,
  };
}

/** Appointment 12/2026: criminal, pre-trial, reached the advocate on 30.10.2026, still open. */
export function appointment(patch: Partial<FeeAppointment> = {}): FeeAppointment {
  return {
    id: 'a1',
    label: '12/2026',
    caseKind: 'criminal',
    stageId: 'stage.pre-trial',
    statusId: 'status.suspect',
    mandatoryGrounds: [],
    decreeDate: '2026-10-29',
    receivedDate: '2026-10-30',
    endDate: null,
    work: [
      workItem('w1'),
      workItem('w2', {
        date: '2026-11-05',
        actionId: 'action.case-materials',
        startedAt: '14:00',
        endedAt: '16:00',
      }),
    ],
    ...patch,
  };
}

export function consultation(id: string, patch: Partial<FeeConsultation> = {}): FeeConsultation {
  const startedAt = patch.startedAt ?? '09:00';
  const endedAt = patch.endedAt ?? '09:40';
  return {
    id,
    label: `${id.replace(/\D/g, '') || '1'}/2026`,
    date: '2026-11-03',
    startedAt,
    endedAt,
    minutes: workMinutes(startedAt, endedAt),
    status: 'given',
    personKey: `person-${id}`,
    ...patch,
  };
}

/** A priced line as the engine would give it (the amount is irrelevant to the validators). */
export function line(
  ref: WorkRef,
  from: {
    recordId: string;
    recordLabel: string;
    date: string;
    startedAt: string;
    endedAt: string;
    activityId: string;
    minutes: number;
  },
  patch: Partial<FeeLine> = {},
): FeeLine {
  const kind = ref.slice(0, ref.indexOf(':')) as FeeLine['kind'];
  // Only the line's own fields: `from` may be a whole work item or consultation.
  const { recordId, recordLabel, date, startedAt, endedAt, activityId, minutes } = from;
  return {
    ref,
    kind,
    recordId,
    recordLabel,
    date,
    startedAt,
    endedAt,
    activityId,
    minutes,
    paidMinutes: minutes,
    feeCategoryId: kind === 'consultation' ? 'fee.consultation' : 'fee.criminal.minor',
    tierId: 'tier.4',
    rateMrp: 1.35,
    parts: [],
    mrp: null,
    amountTiyn: 100_00,
    itemIds: [],
    unverifiedItemIds: [],
    tariffPack: tariffRef,
    mrpPack: null,
    ...patch,
  };
}

export function workLine(appt: FeeAppointment, w: WorkItem, patch: Partial<FeeLine> = {}): FeeLine {
  return line(
    `work:${appt.id}:${w.id}`,
    { recordId: appt.id, recordLabel: appt.label, activityId: w.actionId, ...w },
    patch,
  );
}

export function consultationLine(c: FeeConsultation, patch: Partial<FeeLine> = {}): FeeLine {
  return line(
    `consultation:${c.id}`,
    { recordId: c.id, recordLabel: c.label, activityId: 'consultation', ...c },
    patch,
  );
}

export function calculation(
  lines: FeeLine[],
  problems: FeeCalculation['problems'] = [],
): FeeCalculation {
  const minutes = lines.reduce((s, l) => s + l.minutes, 0);
  const paidMinutes = lines.reduce((s, l) => s + l.paidMinutes, 0);
  const feeTiyn = lines.reduce((s, l) => s + l.amountTiyn, 0);
  return {
    lines,
    problems,
    totals: { minutes, paidMinutes, feeTiyn, expensesTiyn: 0, totalTiyn: feeTiyn },
    packs: [tariffRef],
    unverifiedItemIds: [],
  };
}

export function claimFields(patch: Partial<FeeClaimFields> = {}): FeeClaimFields {
  return {
    kind: 'defence',
    period: { from: '2026-11-01', to: '2026-11-30' },
    appointmentId: 'a1',
    workItemIds: ['w1', 'w2'],
    consultationIds: [],
    feeCategoryId: '',
    basisDocument: {
      typeId: 'basis.pretrial-decree',
      number: '15',
      date: '2026-11-10',
      issuedBy: 'СУ ДП г. Алматы',
    },
    expenses: [],
    justiceBody: '',
    note: '',
    ...patch,
  };
}

/** A clean defence claim of appointment 12/2026: w1 and w2, priced, filed on 20.11.2026. */
export function defenceContext(patch: Partial<ClaimCheckContext> = {}): ClaimCheckContext {
  const appt = patch.appointment ?? appointment();
  const claim = patch.claim ?? claimFields();
  const lines = appt.work
    .filter((w) => claim.workItemIds.includes(w.id) && !w.withdrawn)
    .map((w) => workLine(appt, w));
  return {
    claim,
    calculation: calculation(lines),
    tariff,
    appointment: appt,
    consultations: [],
    otherClaims: [],
    otherWork: [],
    filingDate: '2026-11-20',
    ...patch,
  };
}

/** A clean consultation claim for November 2026: entries 7/2026 and 8/2026. */
export function consultationContext(patch: Partial<ClaimCheckContext> = {}): ClaimCheckContext {
  const consultations = patch.consultations ?? [
    consultation('c7'),
    consultation('c8', { date: '2026-11-04', startedAt: '15:00', endedAt: '15:30' }),
  ];
  const claim =
    patch.claim ??
    claimFields({
      kind: 'consultation',
      appointmentId: '',
      workItemIds: [],
      consultationIds: consultations.map((c) => c.id),
      basisDocument: {
        typeId: 'basis.consultation-act',
        number: '3',
        date: '2026-11-30',
        issuedBy: '',
      },
    });
  return {
    claim,
    calculation: calculation(
      consultations
        .filter((c) => claim.consultationIds.includes(c.id))
        .map((c) => consultationLine(c)),
    ),
    tariff,
    consultations,
    otherClaims: [],
    otherWork: [],
    filingDate: '2026-12-02',
    ...patch,
  };
}
