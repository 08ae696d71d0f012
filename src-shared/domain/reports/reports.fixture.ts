/**
 * Stored register records for the reports' tests, built through the contracts' schemas (so
 * they are records the app could really hold) and then mapped with report-inputs.ts, as the
 * renderer will. Each builder takes only what a test is about; the rest is a plain default.
 */
import {
  appointmentIntakeSchema,
  type Appointment,
  type AppointmentIntakeInput,
  type WorkItem,
} from '../../contracts/entities/appointment';
import {
  consultationInputSchema,
  type ConsultationEntry,
  type ConsultationInput,
} from '../../contracts/entities/consultation';
import { feeClaimInputSchema, type FeeClaim } from '../../contracts/entities/fee-claim';
import type { FeeLine } from '../fees/types';
import { iinCheckDigit } from '../iin/iin';

/** A valid IIN per seed (born 1980): the check digit is computed, not made up. */
export function testIin(seed: number): string {
  for (let s = seed; ; s += 1000) {
    const first11 = `8001${String(10 + (s % 18))}3${String(s % 10000).padStart(4, '0')}`;
    const check = iinCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}

const STAMP = '2026-12-01T04:00:00.000Z';
const clock = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/**
 * A consultation entry applied for at `appliedAt`. A given one lasts `minutes` from the hour of
 * applying; other statuses get what the schema requires.
 */
export function testConsultation(
  id: string,
  appliedAt: string,
  over: Partial<ConsultationInput> & {
    minutes?: number;
    advocateId?: string;
    version?: number;
  } = {},
): ConsultationEntry {
  const { minutes = 45, advocateId = 'adv-1', version = 1, ...fields } = over;
  const status = fields.status ?? 'given';
  // Late applications end at 23:59 at the latest (a consultation does not pass midnight).
  const applied = Number(appliedAt.slice(11, 13)) * 60 + Number(appliedAt.slice(14, 16));
  const start = Math.min(applied, 23 * 60 + 59 - minutes);
  const parsed = consultationInputSchema.parse({
    appliedAt,
    language: 'ru',
    applicant: {
      fullName: 'Тестов Тест',
      iin: testIin(Number(id.replace(/\D/g, '') || 1)),
      identityDocument: { type: 'Удостоверение' },
    },
    categoryId: 'cons.26-2-5.pensioners',
    issue: { areaId: 'housing', subject: 'Выселение' },
    form: 'oral',
    content: status === 'given' ? 'Разъяснено' : '',
    startedAt: status === 'given' ? clock(start) : '',
    endedAt: status === 'given' ? clock(start + minutes) : '',
    place: { kind: 'office' },
    status,
    ...(status === 'deferred' ? { appointmentAt: `${appliedAt.slice(0, 10)}T23:59` } : {}),
    ...(status === 'refused' ? { refusalGroundId: 'refusal.38-2.not-legal' } : {}),
    ...fields,
  } satisfies ConsultationInput);
  return {
    ...parsed,
    id,
    version,
    advocateId,
    year: Number(appliedAt.slice(0, 4)),
    number: Number(id.replace(/\D/g, '') || 1),
    durationMinutes: status === 'given' ? minutes : 0,
    createdAt: STAMP,
    updatedAt: STAMP,
  };
}

/** A logged work item; night minutes and the non-working-day flag as given. */
export function testWork(
  id: string,
  date: string,
  minutes: number,
  extra: Partial<WorkItem> = {},
): WorkItem {
  return {
    id,
    date,
    actionId: 'action.interrogation',
    startedAt: '10:00',
    endedAt: clock((600 + minutes) % (24 * 60)),
    note: '',
    minutes,
    nightMinutes: 0,
    nonWorkingDay: false,
    calendarPack: { id: 'kz-calendar', version: 1 },
    loggedAt: `${date}T12:00:00.000Z`,
    ...extra,
  };
}

/** An appointment received at `receivedAt`, with whatever happened afterwards in `stored`. */
export function testAppointment(
  id: string,
  receivedAt: string,
  stored: Partial<Appointment> = {},
  intake: Partial<AppointmentIntakeInput> = {},
): Appointment {
  const fields = appointmentIntakeSchema.parse({
    source: 'ezk',
    receivedAt,
    language: 'kk',
    decree: { number: '1', date: receivedAt.slice(0, 10), body: 'Тергеу басқармасы' },
    caseKind: 'criminal',
    caseNumber: '261100031000123',
    client: { fullName: 'Клиент', iin: '' },
    statusId: 'status.suspect',
    categoryId: 'def.26-3-1.criminal-defence',
    stageId: 'stage.pre-trial',
    ...intake,
  } satisfies AppointmentIntakeInput);
  return {
    ...fields,
    id,
    version: 1,
    advocateId: 'adv-1',
    year: Number(receivedAt.slice(0, 4)),
    number: Number(id.replace(/\D/g, '') || 1),
    state: 'received',
    caseGroupId: id,
    notices: [],
    notifications: [],
    work: [],
    createdAt: STAMP,
    updatedAt: STAMP,
    ...stored,
  };
}

/** A priced line of a claim (only what the reports read is meaningful). */
export function testLine(
  recordId: string,
  amountTiyn: number,
  kind: FeeLine['kind'] = 'work',
): FeeLine {
  return {
    ref: `expense:${recordId}`,
    kind,
    recordId,
    recordLabel: recordId,
    date: '2026-11-10',
    startedAt: '',
    endedAt: '',
    activityId: kind,
    minutes: 0,
    paidMinutes: 0,
    feeCategoryId: null,
    tierId: null,
    rateMrp: 0,
    parts: [],
    mrp: null,
    amountTiyn,
    itemIds: [],
    unverifiedItemIds: [],
    tariffPack: null,
    mrpPack: null,
  };
}

/** A claim with its lines (the total is their sum unless `totalTiyn` says otherwise). */
export function testClaim(
  id: string,
  lines: FeeLine[],
  stored: Partial<FeeClaim> & { totalTiyn?: number } = {},
): FeeClaim {
  const { totalTiyn, ...rest } = stored;
  const sum = lines.reduce((a, l) => a + l.amountTiyn, 0);
  const defence = lines.find((l) => l.kind !== 'consultation' && l.kind !== 'expense');
  const fields = feeClaimInputSchema.parse({
    kind: defence || lines.length === 0 ? 'defence' : 'consultation',
    period: { from: '2026-11-01', to: '2026-11-30' },
    appointmentId: defence?.recordId ?? 'app-none',
    consultationIds: lines.filter((l) => l.kind === 'consultation').map((l) => l.recordId),
    basisDocument: {},
  });
  return {
    ...fields,
    id,
    version: 1,
    advocateId: 'adv-1',
    year: 2026,
    number: Number(id.replace(/\D/g, '') || 1),
    state: 'submitted',
    calculation: {
      lines,
      problems: [],
      totals: {
        minutes: 0,
        paidMinutes: 0,
        feeTiyn: sum,
        expensesTiyn: 0,
        totalTiyn: totalTiyn ?? sum,
      },
      packs: [],
      unverifiedItemIds: [],
    },
    payments: [],
    history: [],
    createdAt: STAMP,
    updatedAt: STAMP,
    ...rest,
  };
}
