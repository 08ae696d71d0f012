import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { consultationInput } from '../../src-shared/contracts/entities/consultation.fixture';
import { AppDb } from './app-db';
import { verifyAuditLog } from './audit-log';
import type { RepoDeps } from './commit-change';
import { ConsultationRepository, mostSelective } from './consultation-repository';
import { identityCodec, type FieldCodec } from './field-codec';

const dbs: AppDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

function setup(codec: FieldCodec = identityCodec) {
  const db = new AppDb(`register-${dbs.length}-${Math.random()}`);
  dbs.push(db);
  let n = 0;
  const deps: RepoDeps = {
    db,
    codec,
    newId: () => `id-${String(++n).padStart(4, '0')}`,
    now: () => '2026-11-25T10:00:00.000Z',
  };
  return { db, repo: new ConsultationRepository(deps) };
}

// "now" is 2026-11-25T10:00Z; the fixture is dated the day before so that no time zone makes it
// future (the future check uses the device's local clock).
const entry = consultationInput;

describe('ConsultationRepository', () => {
  it('numbers entries continuously per advocate per year, starting again in January', async () => {
    const { repo } = setup();
    const a1 = await repo.create(entry({ appliedAt: '2025-11-25T09:40' }), 'adv-A');
    const a2 = await repo.create(entry({ appliedAt: '2025-12-31T17:00' }), 'adv-A');
    const b1 = await repo.create(entry({ appliedAt: '2025-11-25T09:40' }), 'adv-B');
    const a2026 = await repo.create(entry({ appliedAt: '2026-01-05T09:00' }), 'adv-A');
    const a3 = await repo.create(entry({ appliedAt: '2025-12-01T10:00' }), 'adv-A');
    expect([a1.number, a2.number, b1.number, a2026.number, a3.number]).toEqual([1, 2, 1, 1, 3]);
    expect(a1).toMatchObject({ year: 2025, durationMinutes: 45, version: 1 });
  });

  it("refuses an application time in the future (the clock is the device's)", async () => {
    const { db, repo } = setup();
    const err = await repo
      .create(entry({ appliedAt: '2026-11-26T10:01' }), 'adv-A')
      .catch((e) => e);
    expect(err).toBeInstanceOf(ZodError);
    expect((err as ZodError).issues[0]).toMatchObject({
      path: ['appliedAt'],
      message: 'validation.future',
    });
    expect(await db.consultations.count()).toBe(0);
  });

  it('writes row, outbox op and audit entry together; invalid input writes nothing', async () => {
    const { db, repo } = setup();
    await repo.create(entry(), 'adv-A');
    expect([
      await db.consultations.count(),
      await db.outbox.count(),
      await db.audit.count(),
    ]).toEqual([1, 1, 1]);
    const err = await repo.create(entry({ endedAt: '09:00' }), 'adv-A').catch((e) => e);
    expect(err).toBeInstanceOf(ZodError);
    expect([
      await db.consultations.count(),
      await db.outbox.count(),
      await db.audit.count(),
    ]).toEqual([1, 1, 1]);
  });

  it('corrects with a reason: new version, same number, the old version archived and in the history', async () => {
    const { db, repo } = setup();
    const first = await repo.create(
      entry({
        status: 'deferred',
        startedAt: '',
        endedAt: '',
        content: '',
        appointmentAt: '2026-11-26T10:00',
      }),
      'adv-A',
    );
    const given = await repo.correct(
      first.id,
      entry({ content: 'Кеңес берілді.' }),
      'Кеңес 26.11 берілді',
      'adv-A',
    );
    expect(given).toMatchObject({
      id: first.id,
      number: first.number,
      version: 2,
      status: 'given',
      correctionReason: 'Кеңес 26.11 берілді',
    });
    const history = await repo.history(first.id);
    expect(history.map((h) => [h.version, h.status])).toEqual([
      [1, 'deferred'],
      [2, 'given'],
    ]);
    expect(await db.consultations.count()).toBe(1);
    const audit = await db.audit.toArray();
    expect(audit.at(-1)).toMatchObject({
      action: 'correct',
      reason: 'Кеңес 26.11 берілді',
      version: 2,
    });
    expect(audit.at(-1)?.fields).toEqual(
      expect.arrayContaining(['status', 'content', 'startedAt']),
    );
    expect(await verifyAuditLog(db)).toMatchObject({ intact: true, count: 2 });
    await expect(repo.correct(first.id, entry(), '  ', 'adv-A')).rejects.toThrow(/reason/);
  });

  it('finds entries by name prefix, several words, full IIN or its birth-date prefix', async () => {
    const { repo } = setup();
    await repo.create(entry(), 'adv-A');
    await repo.create(
      entry({
        applicant: {
          fullName: 'Серікова Айгүл',
          iin: '751120400126',
          identityDocument: { type: 'Төлқұжат' },
        },
      }),
      'adv-A',
    );
    await repo.create(
      entry({
        applicant: {
          fullName: 'Омарова Дана',
          iin: '630528405673',
          identityDocument: { type: 'Сенімхат' },
        },
        representedPerson: { fullName: 'Омаров Ерлан', iin: '050607500031' },
      }),
      'adv-A',
    );
    const names = async (q: string) =>
      (await repo.search('adv-A', q)).map((e) => e.applicant.fullName).sort();
    expect(await names('сер')).toEqual(['Серікбаев Арман', 'Серікова Айгүл'].sort());
    expect(await names('серікбаев арман')).toEqual(['Серікбаев Арман']);
    expect(await names('СЕРІКБАЕВА')).toEqual([]);
    expect(await names('751120400126')).toEqual(['Серікова Айгүл']);
    expect(await names('900101')).toEqual(['Серікбаев Арман']);
    expect(await names('ерлан')).toEqual(['Омарова Дана']); // the represented person
    expect(await names('ар')).toEqual([]);
  });

  it('reads the most selective key: IIN, then a word pair, then a birth date, then the longest word', () => {
    expect(mostSelective(['w:сер', 'w:серікбае', 'p:сер|арм', 'i6:900101'])).toBe('p:сер|арм');
    expect(mostSelective(['w:сер', 'i:900101300057', 'p:сер|арм'])).toBe('i:900101300057');
    expect(mostSelective(['w:сер', 'w:серікбае'])).toBe('w:серікбае');
  });

  it('stops decrypting once the limit is reached, newest entries first', async () => {
    const { repo } = setup();
    for (let i = 0; i < 5; i++) await repo.create(entry(), 'adv-A');
    const found = await repo.search('adv-A', 'серікбаев', {}, 2);
    expect(found.map((e) => e.number)).toEqual([5, 4]);
  });

  it('keeps names, IINs and the advice out of clear text when the codec encrypts', async () => {
    const sealing: FieldCodec = {
      id: 'test-seal',
      encode: async (_e, _f, p) => `sealed:${Buffer.from(p).toString('base64')}`,
      decode: async (_e, _f, s) => Buffer.from(s.slice(7), 'base64').toString(),
      lookupKey: async (_e, kind, p) =>
        `${kind}#${[...p].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7).toString(36)}`,
    };
    const { db, repo } = setup(sealing);
    await repo.create(entry(), 'adv-A');
    const raw = JSON.stringify([await db.consultations.toArray(), await db.outbox.toArray()]);
    for (const secret of [
      'Серікбаев',
      'серікбае',
      '900101300057',
      '900101',
      'Талап арыз',
      '045123456',
    ]) {
      expect(raw).not.toContain(secret);
    }
    expect((await repo.search('adv-A', 'серікбаев'))[0]?.applicant.iin).toBe('900101300057');
    expect(await repo.forPerson('900101300057')).toHaveLength(1);
  });

  it('lists by month and status in register order, and finds overdue deferred entries', async () => {
    const { repo } = setup();
    await repo.create(entry({ appliedAt: '2026-11-03T10:00' }), 'adv-A');
    await repo.create(entry({ appliedAt: '2026-10-30T10:00' }), 'adv-A');
    const deferred = { status: 'deferred' as const, startedAt: '', endedAt: '', content: '' };
    await repo.create(
      entry({ ...deferred, appliedAt: '2026-11-20T10:00', appointmentAt: '2026-11-23T10:00' }),
      'adv-A',
    );
    await repo.create(
      entry({ ...deferred, appliedAt: '2026-11-24T08:00', appointmentAt: '2026-11-26T10:00' }),
      'adv-A',
    );
    expect((await repo.list('adv-A', { month: '2026-11' })).map((r) => r.number)).toEqual([
      1, 3, 4,
    ]);
    expect((await repo.list('adv-A', { status: 'deferred' })).map((r) => r.number)).toEqual([3, 4]);
    expect((await repo.list('adv-A')).map((r) => r.number)).toEqual([1, 2, 3, 4]);
    expect((await repo.overdue('adv-A', '2026-11-25T12:00')).map((r) => r.number)).toEqual([3]);
  });
});
