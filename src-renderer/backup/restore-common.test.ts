import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BackupError } from '../../src-shared/backup/backup-errors';
import { NOW, userWithRegister } from './backup.fixture';
import { makeBackup } from './make-backup';
import { restoreDbName, verifiedResult } from './restore-common';

async function refusal(p: Promise<unknown>) {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(BackupError);
  return (e as BackupError).code;
}

describe('the identical check after writing', () => {
  it('passes the store as backed up, and an older backup without a newer table', async () => {
    const u = await userWithRegister();
    const { header } = await makeBackup(u.db, u, '0.9.0', NOW);
    expect(await verifiedResult(u.db, header, 'new-user')).toMatchObject({ identical: true });
    // Made before fee claims existed: the table is absent from the header, empty here.
    await u.db.feeClaims.clear();
    await u.db.feeClaimVersions.clear();
    const { feeClaims: _c, feeClaimVersions: _v, ...older } = header.counts;
    const result = await verifiedResult(u.db, { ...header, counts: older }, 'new-user');
    expect(result.counts['feeClaims']).toBe(0);
    await u.db.delete();
  });

  it('refuses a store with a row less, or with a rewritten audit entry', async () => {
    const u = await userWithRegister();
    const { header } = await makeBackup(u.db, u, '0.9.0', NOW);
    const first = (await u.db.consultationVersions.toArray())[0]!;
    await u.db.consultationVersions.delete([first.id, first.version]);
    expect(await refusal(verifiedResult(u.db, header, 'new-user'))).toBe('not-identical');
    await u.db.consultationVersions.put(first);
    expect((await verifiedResult(u.db, header, 'new-user')).identical).toBe(true);
    // The same number of entries, but the last one rewritten: the head no longer matches.
    const last = (await u.db.audit.toArray()).at(-1)!;
    await u.db.audit.put({ ...last, actor: 'someone else' });
    expect(await refusal(verifiedResult(u.db, header, 'new-user'))).toBe('not-identical');
    await u.db.delete();
  });

  it('names a restored database apart from the one in use', () => {
    const name = restoreDbName('s1', '2026-11-25T10:00:00.000Z');
    expect(name).toBe('qorgau-u-s1-r20261125100000');
    expect(restoreDbName('s1', '2026-11-25T10:00:00.000Z', name)).toBe(`${name}-2`);
  });
});
