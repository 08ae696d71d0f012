import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it } from 'vitest';
import { AppDb } from '../../src-renderer/db/app-db';
import { copyDb } from './clone-db';
import { seedLaptop } from './seed-laptop';

describe('seedLaptop and copyDb', () => {
  const a = new AppDb('seed-test-a');
  const b = new AppDb('seed-test-b');
  afterAll(async () => {
    await a.delete();
    await b.delete();
  });

  it('writes every record through the repositories: a row, an outbox op and an audit entry each', async () => {
    const r = await seedLaptop(a, 120);
    expect(r.consultations + r.appointments).toBe(120);
    expect(r.appointments).toBe(12);
    expect(await a.consultations.count()).toBe(r.consultations);
    expect(await a.appointments.count()).toBe(r.appointments);
    // The profile too: one op and one audit entry per saved record.
    expect(await a.outbox.where('state').equals('pending').count()).toBe(121);
    expect(await a.audit.count()).toBe(121);
    const rows = await a.consultations.toArray();
    expect(new Set(rows.map((x) => x.advocateId))).toEqual(new Set([r.ownerId]));
    // Numbers run per year from 1, as create() gives them.
    const y2025 = rows.filter((x) => x.year === 2025).map((x) => x.number);
    expect(Math.min(...y2025)).toBe(1);
    // Saved on the day the person applied (the clock follows the data).
    const first = rows.sort((x, y) => x.number - y.number)[0]!;
    expect(first.createdAt.slice(0, 10)).toBe(first.date);
  });

  it('copies a database table by table, keys included', async () => {
    const n = await copyDb(a, b);
    let total = 0;
    for (const t of a.tables) {
      const count = await t.count();
      total += count;
      expect(await b.table(t.name).count()).toBe(count);
    }
    expect(n).toBe(total);
    expect(await b.audit.toArray()).toEqual(await a.audit.toArray());
    expect(await b.outbox.toArray()).toEqual(await a.outbox.toArray());
  });
});
