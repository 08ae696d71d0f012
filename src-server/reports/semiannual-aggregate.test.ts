/**
 * The collegium-wide semiannual summary against the test database (PGlite, or PostgreSQL under
 * scripts/with-postgres.sh), from records pushed through the real push: two offices, town /
 * rural / unstated rows, records outside the half-year, a consultation not given, superseded
 * versions, another collegium — and personal parts that are garbage.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db/db';
import { useSyncTestDb } from '../sync/test-hooks';
import {
  COLLEGIUM,
  EXPECTED,
  HALF,
  OFFICE_1,
  OFFICE_2,
  OTHER_COLLEGIUM,
  seedRegisters,
  YEAR,
} from './aggregate.fixture';
import {
  ACCEPTED_STATES,
  AGGREGATE_SQL,
  PAID_STATES,
  semiannualAggregate,
  SUBMITTED_STATES,
  type AggregateFigures,
} from './semiannual-aggregate';
import { appointmentStates } from '../../src-shared/contracts/entities/appointment';
import { feeClaimStates } from '../../src-shared/contracts/entities/fee-claim';

let db: Db;
useSyncTestDb((opened) => {
  db = opened;
});
const seeded = () =>
  beforeEach(async () => {
    await seedRegisters(db);
  });

const query = { collegiumId: COLLEGIUM, year: YEAR, half: HALF } as const;

describe('semiannualAggregate', () => {
  seeded();
  it('counts each office of the collegium, split town / rural / not stated', async () => {
    const s = (await semiannualAggregate(db, query))!;
    expect(s.collegium).toEqual({ id: COLLEGIUM, name: 'Collegium' });
    expect(s.period).toEqual({ from: '2026-07-01', to: '2026-12-31' });
    expect(s.offices).toEqual([
      { officeId: OFFICE_1, officeName: 'office-1', ...EXPECTED.office1 },
      { officeId: OFFICE_2, officeName: 'office-2', ...EXPECTED.office2 },
    ]);
  });

  it('totals are the sum of the offices, and advocates counted once', async () => {
    const s = (await semiannualAggregate(db, query))!;
    const total: AggregateFigures = {
      consultationsGiven: { urban: 3, rural: 3, unstated: 2 },
      appointmentsReceived: { urban: 1, rural: 4, unstated: 1 },
      appointmentsAccepted: { urban: 1, rural: 3, unstated: 0 },
      appointmentsCompleted: { urban: 0, rural: 1, unstated: 0 },
      claimsSubmitted: EXPECTED.office1.claimsSubmitted,
      claimsPaid: EXPECTED.office1.claimsPaid,
      advocates: 5,
    };
    expect(s.totals).toEqual(total);
  });

  it('an advocate whose records sit in two offices is one advocate in the total', async () => {
    // A record filed under office-2 for adv-a (as if adv-a had moved): no push can do this
    // (an office never changes), so it is written straight into the table.
    await db.query(
      `INSERT INTO records (entity, entity_id, version, owner_id, office_id, collegium_id, body,
                            revision, updated_at)
       VALUES ('consultation', 'moved-1', 1, 'adv-a', $1, $2, $3, 999, now())`,
      [
        OFFICE_2,
        COLLEGIUM,
        JSON.stringify({ status: 'given', date: '2026-08-01', settlement: 'urban' }),
      ],
    );
    const s = (await semiannualAggregate(db, query))!;
    expect(s.offices.map((o) => o.advocates)).toEqual([3, 3]);
    expect(s.totals.advocates).toBe(5);
    expect(s.totals.consultationsGiven.urban).toBe(4);
  });

  it('the first half-year and another collegium see other records', async () => {
    const first = (await semiannualAggregate(db, { ...query, half: 1 }))!;
    expect(first.totals.consultationsGiven).toEqual({ urban: 1, rural: 0, unstated: 0 });
    // adv-a's paid claim of June; adv-c's draft makes adv-c an advocate who recorded.
    expect(first.totals.claimsSubmitted).toEqual({ count: 1, tiyn: 40_000 });
    expect(first.totals.claimsPaid).toEqual({ count: 1, tiyn: 40_000 });
    expect(first.totals.advocates).toBe(2);
    const other = (await semiannualAggregate(db, { ...query, collegiumId: OTHER_COLLEGIUM }))!;
    expect(other.offices.map((o) => [o.officeId, o.consultationsGiven])).toEqual([
      ['office-3', { urban: 0, rural: 1, unstated: 0 }],
    ]);
    expect(other.totals.advocates).toBe(1);
  });

  it('lists an office without records with zeros; null for an unknown collegium', async () => {
    await db.query('INSERT INTO offices (id, collegium_id, name) VALUES ($1, $2, $3)', [
      'office-0',
      COLLEGIUM,
      'a-quiet-office',
    ]);
    const s = (await semiannualAggregate(db, query))!;
    expect(s.offices[0]).toMatchObject({
      officeId: 'office-0',
      advocates: 0,
      consultationsGiven: { urban: 0, rural: 0, unstated: 0 },
      claimsSubmitted: { count: 0, tiyn: 0 },
    });
    await db.query('DELETE FROM offices WHERE id = $1', ['office-0']);
    expect(await semiannualAggregate(db, { ...query, collegiumId: 'nope' })).toBeNull();
  });

  it('refuses a malformed query', async () => {
    await expect(semiannualAggregate(db, { ...query, half: 3 as 1 })).rejects.toThrow();
    await expect(semiannualAggregate(db, { ...query, year: 26 })).rejects.toThrow();
  });
});

describe('no personal field is read', () => {
  seeded();
  const personal = ['entryJson', 'recordJson', 'claimJson'];

  it('gives the same figures with the personal parts removed or of another type', async () => {
    const before = await semiannualAggregate(db, query);
    await db.query(`UPDATE records SET body = body - $1::text[]`, [personal]);
    expect(await semiannualAggregate(db, query)).toEqual(before);
    // Not strings at all now: any cast of them to jsonb or reading into them would change or fail.
    await db.query(
      `UPDATE records SET body = body || '{"entryJson": 1, "recordJson": [2], "claimJson": {"x": 3}}'::jsonb`,
    );
    expect(await semiannualAggregate(db, query)).toEqual(before);
  });

  it('its SQL reads only index fields of the row', () => {
    const indexFields = new Set([
      'status',
      'date',
      'settlement',
      'receivedDate',
      'state',
      'periodTo',
      'totalTiyn',
      'paidTiyn',
    ]);
    for (const [kind, sql] of Object.entries(AGGREGATE_SQL)) {
      // Every use of the body is one named field: never the whole body, never a path into one.
      const uses = [...sql.matchAll(/\bbody\b(->>?)?(?:'(\w+)')?/g)];
      expect(uses.length, kind).toBeGreaterThan(0);
      for (const [use, arrow, field] of uses) {
        expect(arrow && field, `${kind}: ${use}`).toBeTruthy();
        expect(indexFields.has(field!), `${kind}: ${field}`).toBe(true);
      }
      expect(sql).not.toMatch(/json(?!b_typeof)/i);
    }
  });
});

describe('state sets', () => {
  it('are states of the contracts; undecided, declined, drafts and ready claims are out', () => {
    for (const s of ACCEPTED_STATES) expect(appointmentStates).toContain(s);
    expect(ACCEPTED_STATES).not.toContain('received');
    expect(ACCEPTED_STATES).not.toContain('declined');
    for (const s of [...SUBMITTED_STATES, ...PAID_STATES]) expect(feeClaimStates).toContain(s);
    expect(SUBMITTED_STATES).not.toContain('draft');
    expect(SUBMITTED_STATES).not.toContain('ready');
    for (const s of PAID_STATES) expect(SUBMITTED_STATES).toContain(s);
  });
});
