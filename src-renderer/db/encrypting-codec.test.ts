import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { consultationInput } from '../../src-shared/contracts/entities/consultation.fixture';
import { FieldTamperedError } from '../../src-shared/security/vault/field-cipher';
import { createVault, unlockWithPassword } from '../../src-shared/security/vault/vault';
import { AppDb } from './app-db';
import type { RepoDeps } from './commit-change';
import { ConsultationRepository } from './consultation-repository';
import { encryptingCodec } from './encrypting-codec';
import type { FieldCodec } from './field-codec';

const dbs: AppDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

function setup(codec: FieldCodec, db = new AppDb(`enc-${dbs.length}-${Math.random()}`)) {
  dbs.push(db);
  let n = 0;
  const deps: RepoDeps = {
    db,
    codec,
    newId: () => `id-${String(++n).padStart(4, '0')}-${Math.random()}`,
    now: () => '2026-11-25T10:00:00.000Z',
  };
  return { db, repo: new ConsultationRepository(deps) };
}

const fast = { iterations: 1000 };
const SECRETS = [
  'Серікбаев', // the client's name, any case or prefix
  'серікбае',
  'Арман',
  '900101300057', // IIN
  '900101', // its birth-date prefix (a search key)
  'Талап арыз', // the advice
  'түсіндірілді',
  '045123456', // identity document number
];

describe('encryptingCodec through ConsultationRepository', () => {
  it('stores no name, IIN or advice in clear, and reads them back decrypted', async () => {
    const { vault } = await createVault('құпия', fast);
    const codec = encryptingCodec(vault);
    expect(codec.id).toBe('aes-gcm-v1');
    const { db, repo } = setup(codec);
    const created = await repo.create(consultationInput(), 'adv-A');
    const corrected = await repo.correct(
      created.id,
      consultationInput({ content: 'Талап арыз үлгісі берілді.' }),
      'толықтырылды',
      'adv-A',
    );

    const raw = JSON.stringify([
      await db.consultations.toArray(),
      await db.consultationVersions.toArray(),
      await db.outbox.toArray(),
      await db.audit.toArray(),
    ]);
    for (const secret of SECRETS) expect(raw).not.toContain(secret);
    const row = (await db.consultations.get(created.id))!;
    expect(row.entryJson).toMatch(/^q1\./);
    expect(row.iinKey).not.toBe('900101300057');

    const back = await repo.get(created.id);
    expect(back?.applicant).toEqual(consultationInput().applicant);
    expect(back?.content).toBe('Талап арыз үлгісі берілді.');
    expect(back).toEqual(corrected);
    expect((await repo.history(created.id)).map((e) => e.content)).toEqual([
      consultationInput().content,
      'Талап арыз үлгісі берілді.',
    ]);
    // Blind indexes keep search and repeat detection working without plaintext keys.
    expect((await repo.search('adv-A', 'серікбаев арман'))[0]?.id).toBe(created.id);
    expect((await repo.search('adv-A', '900101'))[0]?.id).toBe(created.id);
    expect(await repo.forPerson('900101300057')).toHaveLength(1);
    expect(await repo.forPerson('900101300058')).toHaveLength(0);
  });

  it('reopens with the password after a restart; another vault cannot read or find anything', async () => {
    const { record, vault } = await createVault('құпия', fast);
    const first = setup(encryptingCodec(vault));
    const created = await first.repo.create(consultationInput(), 'adv-A');

    const reopened = setup(encryptingCodec(await unlockWithPassword(record, 'құпия')), first.db);
    expect((await reopened.repo.get(created.id))?.applicant.iin).toBe('900101300057');

    const stranger = setup(encryptingCodec((await createVault('құпия', fast)).vault), first.db);
    await expect(stranger.repo.get(created.id)).rejects.toBeInstanceOf(FieldTamperedError);
    expect(await stranger.repo.forPerson('900101300057')).toHaveLength(0);
  });

  it('a row edited on disk fails to open instead of showing altered text', async () => {
    const { vault } = await createVault('құпия', fast);
    const { db, repo } = setup(encryptingCodec(vault));
    const created = await repo.create(consultationInput(), 'adv-A');
    const row = (await db.consultations.get(created.id))!;
    const last = row.entryJson.at(-2) === 'A' ? 'B' : 'A';
    const edited = row.entryJson.slice(0, -2) + last + row.entryJson.slice(-1);
    await db.consultations.put({ ...row, entryJson: edited });
    await expect(repo.get(created.id)).rejects.toBeInstanceOf(FieldTamperedError);
    // Plain JSON planted in place of the ciphertext is refused too.
    await db.consultations.put({ ...row, entryJson: JSON.stringify(consultationInput()) });
    await expect(repo.get(created.id)).rejects.toBeInstanceOf(FieldTamperedError);
  });
});
