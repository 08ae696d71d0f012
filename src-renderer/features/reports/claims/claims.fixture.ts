/**
 * Records for the claim screens' tests: an appointment with logged work, consultation entries
 * with their register rows, and the shipped packs (ids as the packs have them, so the engine
 * prices them for real). Dated November–December 2026 (tariff pack v2, МРП 4 325 ₸). Test-only.
 */
import {
  appointmentIntakeSchema,
  type Appointment,
  type WorkItem,
} from '../../../../src-shared/contracts/entities/appointment';
import {
  consultationInputSchema,
  type ConsultationEntry,
} from '../../../../src-shared/contracts/entities/consultation';
import { consultationInput } from '../../../../src-shared/contracts/entities/consultation.fixture';
import type { FeeClaim } from '../../../../src-shared/contracts/entities/fee-claim';
import { storedClaim } from '../../../../src-shared/domain/fees/claim-lifecycle.fixture';
import { loadShippedPacks } from '../../../../src-shared/rules/shipped-packs';
import type { ClaimWorld, ConsultationRowLike } from './claim-model';
import { feePacksOf } from './claim-packs';

export const ADVOCATE = 'adv-a';
export const shipped = loadShippedPacks();
export const packs = feePacksOf(shipped);

export const work = (id: string, over: Partial<WorkItem> = {}): WorkItem => ({
  id,
  date: '2026-11-24',
  actionId: 'action.interrogation',
  startedAt: '10:00',
  endedAt: '11:30',
  note: '',
  minutes: 90,
  nightMinutes: 0,
  nonWorkingDay: false,
  calendarPack: null,
  loggedAt: '2026-11-24T07:00:00.000Z',
  ...over,
});

/** Appointment 12/2026: pre-trial, criminal, three work items (w3 withdrawn). */
export function appointment(over: Partial<Appointment> = {}): Appointment {
  const intake = appointmentIntakeSchema.parse({
    source: 'ezk',
    receivedAt: '2026-11-21T09:00',
    language: 'ru',
    decree: { number: '12', date: '2026-11-20', body: 'СУ ДП г. Алматы' },
    caseKind: 'criminal',
    caseNumber: '241500031000123',
    client: { fullName: 'Серікбаев Арман', iin: '900101300057' },
    statusId: 'status.suspect',
    categoryId: null,
    stageId: 'stage.pre-trial',
    mandatoryGrounds: [],
  });
  return {
    ...intake,
    id: 'a1',
    version: 3,
    advocateId: ADVOCATE,
    year: 2026,
    number: 12,
    state: 'accepted',
    caseGroupId: 'a1',
    notices: [],
    notifications: [],
    work: [
      work('w1', { date: '2026-11-24' }),
      work('w2', { date: '2026-11-26', startedAt: '14:00', endedAt: '15:00', minutes: 60 }),
      work('w3', { date: '2026-11-27', withdrawn: { at: 'x', reason: 'қате' } }),
    ],
    createdAt: '2026-11-21T04:00:00.000Z',
    updatedAt: '2026-11-21T04:00:00.000Z',
    ...over,
  };
}

/** A given consultation on `date` at `start`–`end`, entry `number` of 2026. */
export function entry(
  id: string,
  number: number,
  over: { date?: string; start?: string; end?: string; status?: 'given' | 'refused' } = {},
): ConsultationEntry {
  const date = over.date ?? '2026-11-24';
  const status = over.status ?? 'given';
  const fields = consultationInputSchema.parse(
    consultationInput({
      appliedAt: `${date}T09:40`,
      startedAt: over.start ?? '09:45',
      endedAt: over.end ?? '10:30',
      status,
      ...(status === 'refused' ? { refusalGroundId: 'refusal.other' } : {}),
    }),
  );
  return {
    ...fields,
    id,
    version: 1,
    advocateId: ADVOCATE,
    year: 2026,
    number,
    durationMinutes: 45,
    createdAt: 'x',
    updatedAt: 'x',
  } satisfies ConsultationEntry;
}

export const rowOf = (e: ConsultationEntry, personKey = 'person-1'): ConsultationRowLike => ({
  id: e.id,
  number: e.number,
  year: e.year,
  date: e.appliedAt.slice(0, 10),
  status: e.status,
  durationMinutes: e.durationMinutes,
  iinKey: personKey,
});

/** A world of the given records; every entry is both a row and decoded unless `rowsOnly`. */
export function world(
  of: {
    appointments?: Appointment[];
    claims?: FeeClaim[];
    entries?: ConsultationEntry[];
    rowsOnly?: ConsultationEntry[];
    personKey?: (e: ConsultationEntry) => string;
  } = {},
): ClaimWorld {
  const key = of.personKey ?? (() => 'person-1');
  const entries = of.entries ?? [];
  const all = [...entries, ...(of.rowsOnly ?? [])];
  return {
    appointments: new Map((of.appointments ?? [appointment()]).map((a) => [a.id, a])),
    claims: of.claims ?? [],
    rows: new Map(all.map((e) => [e.id, rowOf(e, key(e))])),
    entries: new Map(entries.map((e) => [e.id, e])),
  };
}

export { storedClaim };
