/**
 * The collegium-wide semiannual summary on SGLA (Rules cl. 5.4: to the justice bodies by 5 July
 * and 5 January, with the aid in rural settlements shown apart), made on the sync server for
 * the collegium's staff by the admin CLI (`semiannual`).
 *
 * Staff read nothing personal (access.ts), so every figure comes from the plain index fields of
 * the stored rows — `status`, `date`, `receivedDate`, `state`, `settlement`, `periodTo`,
 * `totalTiyn`, `paidTiyn` — and never from `entryJson`, `recordJson` or `claimJson`, which the
 * client encrypts once issue 9 lands. That is why it is coarser than the head's office summary
 * (src-shared/domain/reports/semiannual-summary.ts), which decodes the records on the device:
 * - consultations: given (`status`), by the day of applying (`date`);
 * - appointments: received in the half-year (`receivedDate`), and of those how many are accepted
 *   (their state is one reached only through acceptance) and completed by now — the row has no
 *   date of acceptance or completion;
 * - fee claims: for work of the half-year (`periodTo`, the month a claim is filed in — see
 *   fee-claim-rows.ts), submitted by now (`state`), and of those paid, with `totalTiyn` /
 *   `paidTiyn`. The row has no submission or payment date, so a claim for December work filed
 *   in January counts in the second half-year. Claims are NOT split by settlement: a claim row
 *   does not say where the work was done (one claim may price records of both).
 * Every settlement split is town / rural / not stated; anything but 'urban' or 'rural' in the
 * row (absent on records made before issue 8) is not stated — never guessed.
 *
 * The `records` table keeps one row per (entity, entity_id): the latest accepted version (its
 * primary key; push-write.ts upserts), so no superseded version can be counted.
 * One query per entity kind, run in one REPEATABLE READ transaction so the three see the same
 * moment; plain SQL that runs on PostgreSQL 15 and on PGlite.
 */
import { ACCEPTED_APPOINTMENT_STATES } from '../../src-shared/domain/office/month-summary';
import { z } from 'zod';
import type { Db, Queryable } from '../db/db';
import type { AppointmentState } from '../../src-shared/contracts/entities/appointment';
import {
  settlementKinds,
  type ConsultationStatus,
} from '../../src-shared/contracts/entities/consultation';
import type { FeeClaimState } from '../../src-shared/contracts/entities/fee-claim';
import type { SyncedEntityName } from '../../src-shared/contracts/sync/protocol';
import { settlementKeys } from '../../src-shared/domain/reports/report-inputs';
import { halfPeriod, type Half, type Period } from '../../src-shared/domain/reports/report-period';
import {
  noSplit,
  splitTotal,
  type Split,
} from '../../src-shared/domain/reports/semiannual-summary';

export { splitTotal, type Split };

export const aggregateQuerySchema = z.object({
  collegiumId: z.string().trim().min(1).max(64),
  year: z.number().int().min(2000).max(2100),
  half: z.union([z.literal(1), z.literal(2)]),
});
export type AggregateQuery = z.input<typeof aggregateQuerySchema>;

export interface ClaimMoney {
  count: number;
  tiyn: number;
}

export interface AggregateFigures {
  consultationsGiven: Split;
  appointmentsReceived: Split;
  /** Of those received in the half-year: accepted by now (completed ones included). */
  appointmentsAccepted: Split;
  /** Of those received in the half-year: completed by now. */
  appointmentsCompleted: Split;
  /** Not split by settlement (see the header). `tiyn`: the amounts claimed. */
  claimsSubmitted: ClaimMoney;
  /** Of the submitted: paid in full or in part. `tiyn`: the amounts received. */
  claimsPaid: ClaimMoney;
  /** Distinct users with any consultation, appointment or claim of the half-year. */
  advocates: number;
}

export interface OfficeAggregate extends AggregateFigures {
  /** null only for records without an office (none are written today: staff cannot push). */
  officeId: string | null;
  officeName: string | null;
}

export interface SemiannualAggregate {
  collegium: { id: string; name: string };
  year: number;
  half: Half;
  period: Period;
  /** Every office of the collegium (by name), records or not. */
  offices: OfficeAggregate[];
  totals: AggregateFigures;
}

const CONSULTATION = 'consultation' satisfies SyncedEntityName;
const APPOINTMENT = 'appointment' satisfies SyncedEntityName;
const FEE_CLAIM = 'feeClaim' satisfies SyncedEntityName;

const GIVEN: ConsultationStatus = 'given';
/**
 * States an appointment reaches only through acceptance (appointments/lifecycle.ts), the set
 * the head's office view counts too. A decline after acceptance is its current state, so it is
 * not counted here.
 */
export const ACCEPTED_STATES: readonly AppointmentState[] = ACCEPTED_APPOINTMENT_STATES;
const COMPLETED: AppointmentState = 'completed';
/**
 * Claim states reached only through submission (fee-claim.ts: draft → ready → submitted →
 * paid / partly paid / rejected). A rejected claim was submitted; a draft made from it counts
 * on its own once submitted.
 */
export const SUBMITTED_STATES: readonly FeeClaimState[] = [
  'submitted',
  'paid',
  'partly-paid',
  'rejected',
];
export const PAID_STATES: readonly FeeClaimState[] = ['paid', 'partly-paid'];

/**
 * The row's settlement, or 'unstated' for anything else. The server does not check the value on
 * push (it is an extra field of a loose row), so the SQL maps, never trusts, it.
 */
const SETTLEMENT_SQL = `CASE WHEN body->>'settlement' = ANY($5::text[])
  THEN body->>'settlement' ELSE 'unstated' END`;
/**
 * A day of the half-year. COLLATE "C": ISO dates compare as plain strings, whatever collation
 * the database was created with; left(…, 10) takes the date of a date-time.
 */
const inHalf = (field: string) => `left(body->>'${field}', 10) COLLATE "C" BETWEEN $3 AND $4`;
/** An amount in tiyn; 0 if the row has none (the row check requires one: belt and braces). */
const tiyn = (field: string) =>
  `CASE WHEN jsonb_typeof(body->'${field}') = 'number' THEN (body->>'${field}')::numeric ELSE 0 END`;

/** The SQL read, exported so a test can show it names no personal field. */
export const AGGREGATE_SQL = {
  consultation: `
    SELECT office_id, owner_id, ${SETTLEMENT_SQL} AS settlement,
           count(*) FILTER (WHERE body->>'status' = $6) AS given
      FROM records
     WHERE entity = $1 AND collegium_id = $2 AND ${inHalf('date')}
     GROUP BY office_id, owner_id, settlement`,
  appointment: `
    SELECT office_id, owner_id, ${SETTLEMENT_SQL} AS settlement,
           count(*) AS received,
           count(*) FILTER (WHERE body->>'state' = ANY($6::text[])) AS accepted,
           count(*) FILTER (WHERE body->>'state' = $7) AS completed
      FROM records
     WHERE entity = $1 AND collegium_id = $2 AND ${inHalf('receivedDate')}
     GROUP BY office_id, owner_id, settlement`,
  feeClaim: `
    SELECT office_id, owner_id,
           count(*) FILTER (WHERE body->>'state' = ANY($5::text[])) AS submitted,
           coalesce(sum(${tiyn('totalTiyn')}) FILTER (WHERE body->>'state' = ANY($5::text[])), 0)
             AS submitted_tiyn,
           count(*) FILTER (WHERE body->>'state' = ANY($6::text[])) AS paid,
           coalesce(sum(${tiyn('paidTiyn')}) FILTER (WHERE body->>'state' = ANY($6::text[])), 0)
             AS paid_tiyn
      FROM records
     WHERE entity = $1 AND collegium_id = $2 AND ${inHalf('periodTo')}
     GROUP BY office_id, owner_id`,
} as const;

/** count(*) and sum(numeric) come back as strings from `pg`, as numbers or bigints from PGlite. */
const amount = z.coerce.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const where = { office_id: z.string().nullable(), owner_id: z.string() };
const settlementRow = z.enum(settlementKeys);
const consultationRow = z.object({ ...where, settlement: settlementRow, given: amount });
const appointmentRow = z.object({
  ...where,
  settlement: settlementRow,
  received: amount,
  accepted: amount,
  completed: amount,
});
const claimRow = z.object({
  ...where,
  submitted: amount,
  submitted_tiyn: amount,
  paid: amount,
  paid_tiyn: amount,
});

const emptyFigures = (): AggregateFigures => ({
  consultationsGiven: noSplit(),
  appointmentsReceived: noSplit(),
  appointmentsAccepted: noSplit(),
  appointmentsCompleted: noSplit(),
  claimsSubmitted: { count: 0, tiyn: 0 },
  claimsPaid: { count: 0, tiyn: 0 },
  advocates: 0,
});

function addFigures(into: AggregateFigures, from: AggregateFigures): void {
  for (const s of settlementKeys) {
    into.consultationsGiven[s] += from.consultationsGiven[s];
    into.appointmentsReceived[s] += from.appointmentsReceived[s];
    into.appointmentsAccepted[s] += from.appointmentsAccepted[s];
    into.appointmentsCompleted[s] += from.appointmentsCompleted[s];
  }
  into.claimsSubmitted.count += from.claimsSubmitted.count;
  into.claimsSubmitted.tiyn += from.claimsSubmitted.tiyn;
  into.claimsPaid.count += from.claimsPaid.count;
  into.claimsPaid.tiyn += from.claimsPaid.tiyn;
}

async function rows<S extends z.ZodType>(
  q: Queryable,
  schema: S,
  sql: string,
  params: unknown[],
): Promise<z.infer<S>[]> {
  const r = await q.query(sql, params);
  return r.rows.map((row) => schema.parse(row));
}

/**
 * The summary of `collegiumId` for the half-year, or null when there is no such collegium.
 * Throws a ZodError on a malformed query (the CLI checks its arguments first).
 */
export async function semiannualAggregate(
  db: Db,
  query: AggregateQuery,
): Promise<SemiannualAggregate | null> {
  const { collegiumId, year, half } = aggregateQuerySchema.parse(query);
  const period = halfPeriod(year, half);
  const base = [collegiumId, period.from, period.to];
  const read = await db.transaction(async (tx) => {
    // First statement of the transaction: the queries below see one snapshot.
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
    const collegium = await tx.query<{ id: string; name: string }>(
      'SELECT id, name FROM collegiums WHERE id = $1',
      [collegiumId],
    );
    if (!collegium.rows[0]) return null;
    const offices = await tx.query<{ id: string; name: string }>(
      'SELECT id, name FROM offices WHERE collegium_id = $1 ORDER BY name, id',
      [collegiumId],
    );
    const settlements = [...settlementKinds];
    return {
      collegium: collegium.rows[0],
      offices: offices.rows,
      consultations: await rows(tx, consultationRow, AGGREGATE_SQL.consultation, [
        CONSULTATION,
        ...base,
        settlements,
        GIVEN,
      ]),
      appointments: await rows(tx, appointmentRow, AGGREGATE_SQL.appointment, [
        APPOINTMENT,
        ...base,
        settlements,
        [...ACCEPTED_STATES],
        COMPLETED,
      ]),
      claims: await rows(tx, claimRow, AGGREGATE_SQL.feeClaim, [
        FEE_CLAIM,
        ...base,
        [...SUBMITTED_STATES],
        [...PAID_STATES],
      ]),
    };
  });
  if (!read) return null;

  const byOffice = new Map<string | null, { figures: AggregateFigures; owners: Set<string> }>();
  const slot = (officeId: string | null) => {
    let s = byOffice.get(officeId);
    if (!s) {
      s = { figures: emptyFigures(), owners: new Set() };
      byOffice.set(officeId, s);
    }
    return s;
  };
  for (const o of read.offices) slot(o.id);
  const allOwners = new Set<string>();
  const of = (r: { office_id: string | null; owner_id: string }) => {
    const s = slot(r.office_id);
    // Every row returned is a record of the half-year, whatever its status: its owner recorded.
    s.owners.add(r.owner_id);
    allOwners.add(r.owner_id);
    return s.figures;
  };
  for (const r of read.consultations) of(r).consultationsGiven[r.settlement] += r.given;
  for (const r of read.appointments) {
    const f = of(r);
    f.appointmentsReceived[r.settlement] += r.received;
    f.appointmentsAccepted[r.settlement] += r.accepted;
    f.appointmentsCompleted[r.settlement] += r.completed;
  }
  for (const r of read.claims) {
    const f = of(r);
    f.claimsSubmitted.count += r.submitted;
    f.claimsSubmitted.tiyn += r.submitted_tiyn;
    f.claimsPaid.count += r.paid;
    f.claimsPaid.tiyn += r.paid_tiyn;
  }

  const names = new Map(read.offices.map((o) => [o.id, o.name]));
  const offices: OfficeAggregate[] = [...byOffice].map(([officeId, s]) => ({
    officeId,
    officeName: officeId === null ? null : (names.get(officeId) ?? null),
    ...s.figures,
    advocates: s.owners.size,
  }));
  const totals = emptyFigures();
  for (const o of offices) addFigures(totals, o);
  // Not the sum of the offices': a user whose records are filed in two offices is one person.
  totals.advocates = allOwners.size;
  return { collegium: read.collegium, year, half, period, offices, totals };
}
