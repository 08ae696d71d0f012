/**
 * Test-only: the synced registers of two offices for the collegium-wide semiannual summary,
 * pushed through the real push (sync/push.ts) by the fixture users of sync/testing.ts, and the
 * figures they must give, worked out by hand below (never computed by the code under test).
 * Half-year: 2026, second (2026-07-01 – 2026-12-31).
 *
 * Every personal part is garbage — not even JSON — so a summary that tried to read one would
 * fail or count wrongly.
 */
import type { Db } from '../db/db';
import { hashToken } from '../auth/tokens';
import type { Principal } from '../auth/principal';
import type { PushOp } from '../../src-shared/contracts/sync/protocol';
import { applyPush } from '../sync/push';
import {
  COLLEGIUM,
  consultation,
  feeClaim,
  NOW,
  OFFICE_1,
  OFFICE_2,
  op,
  principal,
  tokenFor,
  type UserId,
} from '../sync/testing';
import type { AggregateFigures, SemiannualAggregate } from './semiannual-aggregate';

export const YEAR = 2026;
export const HALF = 2;
const GARBAGE = 'garbage{{ not json';

/** Another collegium whose records must never be counted in COLLEGIUM's summary. */
export const OTHER_COLLEGIUM = 'col-2';
const OTHER: Principal = {
  userId: 'adv-z',
  deviceId: 'dev-adv-z',
  role: 'advocate',
  collegiumId: OTHER_COLLEGIUM,
  officeId: 'office-3',
};

let n = 0;
const c = (advocateId: string, date: string, extra: Record<string, unknown> = {}, v = 1) =>
  consultation(`c-${++n}`, advocateId, v, {
    year: YEAR,
    number: n,
    date,
    month: date.slice(0, 7),
    entryJson: GARBAGE,
    ...extra,
  });
const a = (advocateId: string, receivedDate: string, state: string, extra = {}, v = 1) => ({
  id: `a-${++n}`,
  version: v,
  createdAt: '2026-07-01T09:00:00.000Z',
  updatedAt: '2026-07-01T09:00:00.000Z',
  advocateId,
  year: YEAR,
  number: n,
  month: receivedDate.slice(0, 7),
  receivedDate,
  state,
  recordJson: GARBAGE,
  ...extra,
});
const f = (advocateId: string, periodTo: string, state: string, extra = {}, v = 1) =>
  feeClaim(`f-${++n}`, advocateId, v, {
    year: YEAR,
    number: n,
    state,
    periodFrom: `${periodTo.slice(0, 7)}-01`,
    periodTo,
    periodMonth: periodTo.slice(0, 7),
    claimJson: GARBAGE,
    ...extra,
  });
/** The next version of a pushed record. */
const next = (r: Record<string, unknown>, change: Record<string, unknown>) => ({
  ...r,
  ...change,
  version: (r.version as number) + 1,
});

async function push(db: Db, who: UserId | Principal, entity: string, ...records: object[]) {
  const p = typeof who === 'string' ? principal(who) : who;
  const ops: PushOp[] = records.map((r) => op(r as Record<string, unknown>, undefined, { entity }));
  const { results } = await applyPush(db, p, ops, NOW);
  const refused = results.filter((r) => r.outcome !== 'accepted');
  if (refused.length > 0) throw new Error(`push refused: ${JSON.stringify(refused)}`);
}

/** Writes the registers below into a database opened by sync/testing.ts `openTestDb`. */
export async function seedRegisters(db: Db): Promise<void> {
  // Office 1 — adv-a: consultations and claims.
  const corrected = c('adv-a', '2026-10-01', { settlement: 'urban' });
  const withdrawn = c('adv-a', '2026-10-02', { settlement: 'rural' });
  await push(
    db,
    'adv-a',
    'consultation',
    c('adv-a', '2026-07-01', { settlement: 'urban' }), // the half's first day
    c('adv-a', '2026-09-01', { settlement: 'rural' }),
    c('adv-a', '2026-12-31'), // the last day; no settlement: not stated
    c('adv-a', '2026-08-01', { status: 'refused', settlement: 'rural' }), // not given
    c('adv-a', '2026-06-30', { settlement: 'urban' }), // the first half
    corrected,
    withdrawn,
  );
  // Later versions: the town entry corrected to rural; the other withdrawn.
  await push(
    db,
    'adv-a',
    'consultation',
    next(corrected, { settlement: 'rural' }),
    next(withdrawn, { status: 'withdrawn' }),
  );
  const resubmitted = f('adv-a', '2026-12-31', 'submitted', { totalTiyn: 10_000 });
  await push(
    db,
    'adv-a',
    'feeClaim',
    f('adv-a', '2026-09-30', 'paid', { totalTiyn: 500_000, paidTiyn: 500_000 }),
    f('adv-a', '2026-10-31', 'partly-paid', { totalTiyn: 300_000, paidTiyn: 120_050 }),
    f('adv-a', '2026-11-30', 'rejected', { totalTiyn: 100_000 }),
    f('adv-a', '2026-12-31', 'draft'),
    f('adv-a', '2026-08-31', 'ready', { totalTiyn: 250_000 }), // not submitted yet
    f('adv-a', '2026-07-05', 'submitted', { periodFrom: '2026-06-20', totalTiyn: 77_777 }),
    f('adv-a', '2026-06-30', 'paid', { totalTiyn: 40_000, paidTiyn: 40_000 }), // first half
    resubmitted,
  );
  await push(db, 'adv-a', 'feeClaim', next(resubmitted, { state: 'paid', paidTiyn: 10_000 }));

  // Office 1 — adv-b: appointments.
  const moved = a('adv-b', '2026-09-09', 'received', { settlement: 'rural' });
  await push(
    db,
    'adv-b',
    'appointment',
    a('adv-b', '2026-07-05', 'completed', { settlement: 'rural' }),
    a('adv-b', '2026-08-01', 'accepted', { settlement: 'urban' }),
    a('adv-b', '2026-11-30', 'declined'),
    a('adv-b', '2026-12-15', 'received', { settlement: 'rural' }),
    a('adv-b', '2027-01-01', 'accepted', { settlement: 'urban' }), // the next year
    moved,
  );
  await push(db, 'adv-b', 'appointment', next(moved, { state: 'transferred' }));

  // Office 1 — adv-c: only a draft for the first half (not active in this one); head-1: a claim.
  await push(db, 'adv-c', 'feeClaim', f('adv-c', '2026-05-31', 'draft'));
  await push(
    db,
    'head-1',
    'feeClaim',
    f('head-1', '2026-07-31', 'submitted', { totalTiyn: 1_234_567 }),
  );

  // Office 2.
  await push(
    db,
    'adv-x',
    'consultation',
    c('adv-x', '2026-07-01', { settlement: 'urban' }),
    c('adv-x', '2026-11-11', { settlement: 'urban' }),
    c('adv-x', '2026-08-08', { settlement: 'rural' }),
    // Not a settlement the app writes (the server does not check the value): not stated.
    c('adv-x', '2026-08-09', { settlement: 'village' }),
  );
  await push(
    db,
    'head-2',
    'appointment',
    a('head-2', '2026-10-10', 'accepted', { settlement: 'rural' }),
  );

  // Another collegium, same half-year: never in COLLEGIUM's summary. Its accounts outlive the
  // per-test reset of the sync tables (test-hooks.ts), hence ON CONFLICT.
  await db.query('INSERT INTO collegiums (id, name) VALUES ($1, $1) ON CONFLICT DO NOTHING', [
    OTHER_COLLEGIUM,
  ]);
  await db.query(
    'INSERT INTO offices (id, collegium_id, name) VALUES ($1, $2, $1) ON CONFLICT DO NOTHING',
    [OTHER.officeId, OTHER_COLLEGIUM],
  );
  await db.query(
    `INSERT INTO users (id, login, full_name, role, collegium_id, office_id, password_hash)
     VALUES ($1, $1, $1, 'advocate', $2, $3, 'scrypt$test') ON CONFLICT DO NOTHING`,
    [OTHER.userId, OTHER_COLLEGIUM, OTHER.officeId],
  );
  await db.query(
    `INSERT INTO devices (id, user_id, name, token_hash) VALUES ($1, $2, $1, $3)
     ON CONFLICT DO NOTHING`,
    [OTHER.deviceId, OTHER.userId, hashToken(tokenFor(OTHER.deviceId))],
  );
  await push(db, OTHER, 'consultation', c('adv-z', '2026-07-02', { settlement: 'rural' }));
}

/** What seedRegisters' records must give, office by office (names = ids in sync/testing.ts). */
export const EXPECTED: { office1: AggregateFigures; office2: AggregateFigures } = {
  office1: {
    // urban: 07-01; rural: 09-01 and the corrected one; not stated: 12-31.
    consultationsGiven: { urban: 1, rural: 2, unstated: 1 },
    // rural: completed, still received, transferred; urban: accepted; not stated: declined.
    appointmentsReceived: { urban: 1, rural: 3, unstated: 1 },
    appointmentsAccepted: { urban: 1, rural: 2, unstated: 0 },
    appointmentsCompleted: { urban: 0, rural: 1, unstated: 0 },
    // paid, partly paid, rejected, submitted 07-05, the resubmitted one (now paid), head-1's.
    claimsSubmitted: { count: 6, tiyn: 500_000 + 300_000 + 100_000 + 77_777 + 10_000 + 1_234_567 },
    claimsPaid: { count: 3, tiyn: 500_000 + 120_050 + 10_000 },
    // adv-a, adv-b, head-1 (adv-c's only record is of the first half).
    advocates: 3,
  },
  office2: {
    consultationsGiven: { urban: 2, rural: 1, unstated: 1 },
    appointmentsReceived: { urban: 0, rural: 1, unstated: 0 },
    appointmentsAccepted: { urban: 0, rural: 1, unstated: 0 },
    appointmentsCompleted: { urban: 0, rural: 0, unstated: 0 },
    claimsSubmitted: { count: 0, tiyn: 0 },
    claimsPaid: { count: 0, tiyn: 0 },
    advocates: 2,
  },
};

const figures = (over: Partial<AggregateFigures> = {}): AggregateFigures => ({
  consultationsGiven: { urban: 4, rural: 2, unstated: 1 },
  appointmentsReceived: { urban: 3, rural: 5, unstated: 0 },
  appointmentsAccepted: { urban: 2, rural: 4, unstated: 0 },
  appointmentsCompleted: { urban: 1, rural: 0, unstated: 0 },
  claimsSubmitted: { count: 3, tiyn: 123_456_789 },
  claimsPaid: { count: 1, tiyn: 5 },
  advocates: 2,
  ...over,
});

/** A summary as the CSV and the table get it (not from a database). */
export const SAMPLE_SUMMARY: SemiannualAggregate = {
  collegium: { id: 'col-1', name: 'Алматы облысының адвокаттар алқасы' },
  year: 2026,
  half: 2,
  period: { from: '2026-07-01', to: '2026-12-31' },
  offices: [
    { officeId: 'o-1', officeName: '№1 заң консультациясы', ...figures() },
    // A name a spreadsheet would run as a formula, with the separator and a quote in it.
    {
      officeId: 'o-2',
      officeName: '=HYPERLINK("x";"y")',
      ...figures({ advocates: 0, claimsPaid: { count: 0, tiyn: 0 } }),
    },
    { officeId: null, officeName: null, ...figures({ advocates: 1 }) },
  ],
  totals: figures({ advocates: 3, claimsSubmitted: { count: 9, tiyn: 370_370_367 } }),
};

export { COLLEGIUM, OFFICE_1, OFFICE_2 };
