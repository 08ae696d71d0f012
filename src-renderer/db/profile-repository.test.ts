import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import type { ProfileInput } from '../../src-shared/contracts/entities/profile';
import { AppDb } from './app-db';
import { verifyAuditLog } from './audit-log';
import { commitChange, VersionConflictError, type RepoDeps } from './commit-change';
import { identityCodec, type FieldCodec } from './field-codec';
import { ProfileRepository } from './profile-repository';

const input: ProfileInput = {
  fullName: 'Әбілқасымова Гүлнәр Серікқызы',
  licenceNumber: '17012345',
  licenceDate: '2017-03-14',
  collegium: 'Қызылорда облыстық адвокаттар алқасы',
  office: 'Жалағаш аудандық заң консультациясы',
  phone: '8 (701) 234-56-78',
  iin: '900101300057',
  role: 'advocate',
};

let dbCount = 0;
const open: AppDb[] = [];

function setup(overrides: Partial<RepoDeps> = {}) {
  const db = new AppDb(`test-${++dbCount}`);
  open.push(db);
  let n = 0;
  let t = 0;
  const deps: RepoDeps = {
    db,
    codec: identityCodec,
    newId: () => `id-${String(++n).padStart(4, '0')}`,
    now: () => new Date(Date.UTC(2026, 10, 25, 10, 0, t++)).toISOString(),
    ...overrides,
  };
  return { db, deps, repo: new ProfileRepository(deps) };
}

async function counts(db: AppDb) {
  return {
    profile: await db.profile.count(),
    outbox: await db.outbox.count(),
    audit: await db.audit.count(),
  };
}

afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

describe('ProfileRepository.save', () => {
  it('writes the row, one outbox op and one audit entry', async () => {
    const { db, repo } = setup();
    const saved = await repo.save(input);
    expect(saved).toMatchObject({ version: 1, phone: '+77012345678', iin: '900101300057' });
    expect(await counts(db)).toEqual({ profile: 1, outbox: 1, audit: 1 });
    const [op] = await db.outbox.toArray();
    expect(op).toMatchObject({
      entity: 'profile',
      entityId: saved.id,
      baseVersion: 0,
      state: 'pending',
    });
    const [entry] = await db.audit.toArray();
    expect(entry).toMatchObject({
      action: 'create',
      entityId: saved.id,
      actor: saved.id,
      version: 1,
    });
    expect(entry?.fields).toContain('iin');
    expect(JSON.stringify(entry)).not.toContain('900101300057'); // names, never values
  });

  it('an edit is a new version that names only the changed fields', async () => {
    const { db, repo } = setup();
    const first = await repo.save(input);
    const second = await repo.save({ ...input, phone: '+7 777 000 11 22' });
    expect(second).toMatchObject({ id: first.id, version: 2, phone: '+77770001122' });
    const ops = await db.outbox.toArray();
    expect(ops.map((o) => o.baseVersion)).toEqual([0, 1]);
    const entries = await db.audit.toArray();
    expect(entries[1]).toMatchObject({ action: 'update', fields: ['phone'], version: 2 });
  });

  it('saving the same values again writes nothing', async () => {
    const { db, repo } = setup();
    await repo.save(input);
    await repo.save({ ...input, phone: '+77012345678' }); // same number, other spelling
    expect(await counts(db)).toEqual({ profile: 1, outbox: 1, audit: 1 });
  });

  it('rejects invalid input with i18n message keys and writes nothing', async () => {
    const { db, repo } = setup();
    const err = await repo.save({ ...input, iin: '900101300058', phone: '123' }).catch((e) => e);
    expect(err).toBeInstanceOf(ZodError);
    expect((err as ZodError).issues.map((i) => i.message).sort()).toEqual([
      'validation.iin.checksum',
      'validation.phone',
    ]);
    expect(await counts(db)).toEqual({ profile: 0, outbox: 0, audit: 0 });
  });
});

describe('one transaction: row + outbox + audit, all or nothing', () => {
  it('a failing outbox write (duplicate op id) leaves the row and the audit log untouched', async () => {
    const { db, repo } = setup({ newId: () => 'same-id-every-time' });
    await repo.save(input);
    const err = await repo.save({ ...input, office: 'Another office' }).catch((e) => e);
    expect(err).toBeInstanceOf(Error);
    expect(await counts(db)).toEqual({ profile: 1, outbox: 1, audit: 1 });
    expect((await repo.current())?.office).toBe(input.office);
    expect((await repo.current())?.version).toBe(1);
  });

  it('a failing audit write leaves neither the row nor the outbox op', async () => {
    let n = 0;
    // op ids are fresh, but the audit entry id collides with an existing entry (&id index)
    const { db, repo } = setup({ newId: () => (++n % 3 === 0 ? 'audit-dup' : `id-${n}`) });
    await db.audit.add({
      id: 'audit-dup',
      at: 'x',
      actor: 'x',
      entity: 'x',
      entityId: 'x',
      action: 'system',
      fields: [],
      version: 0,
      prevHash: 'x',
      hash: 'x',
    });
    const err = await repo.save(input).catch((e) => e);
    expect(err).toBeInstanceOf(Error);
    expect(await counts(db)).toEqual({ profile: 0, outbox: 0, audit: 1 });
  });

  it('a version conflict aborts before anything is written', async () => {
    const { db, deps, repo } = setup();
    const saved = await repo.save(input);
    const stale = { ...saved, office: 'Stale edit', version: saved.version }; // should be 2
    const err = await commitChange(deps, {
      entity: 'profile',
      table: db.profile,
      record: stale,
      personalFields: [],
      action: 'update',
      actor: saved.id,
      fields: ['office'],
    }).catch((e) => e);
    expect(err).toBeInstanceOf(VersionConflictError);
    expect(await counts(db)).toEqual({ profile: 1, outbox: 1, audit: 1 });
  });
});

describe('the codec seam', () => {
  const marking: FieldCodec = {
    id: 'test-marking',
    encode: async (entity, field, plain) =>
      `enc(${entity}.${field}):${[...plain].reverse().join('')}`,
    decode: async (entity, field, stored) => {
      const prefix = `enc(${entity}.${field}):`;
      if (!stored.startsWith(prefix)) throw new Error(`not encoded: ${field}`);
      return [...stored.slice(prefix.length)].reverse().join('');
    },
    lookupKey: async (entity, field, plain) => `key(${entity}.${field}):${plain.length}`,
  };

  it('personal fields are stored encoded (row and outbox) and read back decoded', async () => {
    const { db, repo } = setup({ codec: marking });
    const saved = await repo.save(input);
    const row = await db.profile.get(saved.id);
    expect(row?.iin).toBe('enc(profile.iin):750003101009');
    expect(row?.fullName.startsWith('enc(profile.fullName):')).toBe(true);
    expect(row?.phone.startsWith('enc(profile.phone):')).toBe(true);
    expect(row?.office).toBe(input.office); // not personal: plain, so it can be indexed
    const [op] = await db.outbox.toArray();
    expect(op?.record['iin']).toBe('enc(profile.iin):750003101009');
    expect(await repo.current()).toEqual(saved);
  });
});

describe('audit hash chain in the database', () => {
  it('verifies after several saves and detects an entry edited behind the app', async () => {
    const { db, repo } = setup();
    await repo.save(input);
    await repo.save({ ...input, office: 'Арал аудандық заң консультациясы' });
    await repo.save({ ...input, office: 'Қазалы аудандық заң консультациясы' });
    expect(await verifyAuditLog(db)).toMatchObject({ intact: true, count: 3 });

    const second = (await db.audit.toArray())[1]!;
    await db.audit.update(second.seq!, { fields: ['nothing happened'] });
    expect(await verifyAuditLog(db)).toMatchObject({ intact: false, brokenAt: 1, reason: 'hash' });
  });

  it('detects a deleted entry', async () => {
    const { db, repo } = setup();
    await repo.save(input);
    await repo.save({ ...input, office: 'B' });
    await repo.save({ ...input, office: 'C' });
    await db.audit.delete((await db.audit.toArray())[1]!.seq!);
    expect(await verifyAuditLog(db)).toMatchObject({ intact: false, brokenAt: 1, reason: 'link' });
  });
});
