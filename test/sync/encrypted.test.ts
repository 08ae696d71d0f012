/**
 * Encryption at rest with office sync (issue 9, docs/sync.md "Encryption at rest and the wire"):
 * every laptop has its OWN vault, so its IndexedDB holds ciphertext and blind indexes nobody
 * else can read, while the server and the other laptops receive the wire form. Through the real
 * server (PGlite): the head reads an advocate's registers, a colleague's laptop finds the cl. 42
 * aid, a conflict's server copy is kept encrypted and resolves, no local table of any laptop
 * holds a name, an IIN or advice in clear, and the server holds the wire form.
 */
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  allTables,
  checkDecision,
  checkFacts,
  plaintextIn,
} from '../../src-renderer/db/at-rest/registers.fixture';
import { toWire } from '../../src-renderer/db/at-rest/transcode';
import { verifyAuditLog } from '../../src-renderer/db/audit-log';
import { EligibilityCheckRepository } from '../../src-renderer/db/eligibility-check-repository';
import { encryptingCodec } from '../../src-renderer/db/encrypting-codec';
import { FeeClaimRepository } from '../../src-renderer/db/fee-claim-repository';
import { OfficeReads } from '../../src-renderer/db/office-reads';
import { syncOnce } from '../../src-renderer/sync/engine';
import { resolveCase } from '../../src-renderer/sync/resolve-actions';
import { loadRawCase, offeredActions } from '../../src-renderer/sync/resolve-cases';
import { openStored } from '../../src-renderer/sync/resolve-open';
import type { SyncTransport } from '../../src-renderer/sync/transport';
import type { ResolveConflictResponse } from '../../src-shared/contracts/sync/protocol';
import { defenceClaimInput } from '../../src-shared/domain/fees/claim-lifecycle.fixture';
import { createVault } from '../../src-shared/security/vault/vault';
import { consultationInput, intakeInput, Laptop, NOW, profileInput, TestServer } from './harness';

const IIN = '900101300057';
const FIRST = 'Бірінші нұсқа: алимент туралы түсіндірілді';
const SECOND = 'Екінші нұсқа: талап арыз жазылды';

let server: TestServer;
const laptops: Laptop[] = [];

/** A laptop with its own vault (and so its own data and index keys). */
async function laptop(deviceId: string, userId: string) {
  const { vault } = await createVault(`пароль ${deviceId}`, { iterations: 1000 });
  const l = new Laptop(server, deviceId, userId, { codec: encryptingCodec(vault) });
  laptops.push(l);
  return l;
}
async function signedIn(deviceId: string, userId: string, role: 'advocate' | 'head') {
  const l = await laptop(deviceId, userId);
  await l.profile.save(profileInput(role));
  await l.adopt();
  return l;
}

/** Every table of the laptop: nothing personal may be in clear. */
async function expectNoPlaintext(l: Laptop, extra: string[] = []) {
  const tables = await allTables(l.db);
  const json = JSON.stringify(tables);
  expect(plaintextIn(tables), l.deviceId).toEqual([]);
  for (const s of extra) expect(json.includes(s), `${l.deviceId}: ${s}`).toBe(false);
}

/** The laptop's transport plus the resolve call. */
function transportOf(l: Laptop): SyncTransport {
  return {
    push: (req) => l.transport.push(req),
    pull: (req) => l.transport.pull(req),
    resolveConflict: async (conflictId, body) =>
      (await server.inject(
        l.deviceId,
        `/v1/sync/conflicts/${encodeURIComponent(conflictId)}/resolve`,
        body,
      )) as ResolveConflictResponse,
  };
}
const sync = (l: Laptop) =>
  syncOnce(l.db, transportOf(l), { codec: l.codec, deviceId: l.deviceId, now: () => NOW });

beforeAll(async () => {
  server = await TestServer.start();
}, 60_000);
afterAll(async () => {
  await server.close();
});
afterEach(async () => {
  for (const l of laptops.splice(0)) await l.close();
  await server.reset();
});

describe('encryption at rest across the office', () => {
  it("the head reads an advocate's registers; a colleague sees the cl. 42 mark; nothing in clear", async () => {
    // The consultation is written offline, before signing in: adoption renames its owner in
    // the encrypted row and op (owner fields are plain; the ciphertext is bound to entity and
    // field, not to the owner).
    const a = await laptop('dev-adv-a', 'adv-a');
    await a.profile.save(profileInput('advocate'));
    const c = await a.consultations.create(consultationInput(), await a.owner());
    expect((await a.adopt()).changed).toBe(true);
    const head = await signedIn('dev-head-1', 'head-1', 'head');
    const b = await signedIn('dev-adv-b', 'adv-b', 'advocate');

    const check = await new EligibilityCheckRepository(a.deps).record(
      checkFacts,
      checkDecision(),
      'adv-a',
    );
    const appt = await a.appointments.create(intakeInput(), 'adv-a');
    const claim = await new FeeClaimRepository(a.deps).createDraft(
      defenceClaimInput({ appointmentId: appt.id }),
      'adv-a',
    );
    expect(await a.sync()).toMatchObject({ accepted: 5, rejected: 0, conflicts: 0 });
    await head.sync();
    await b.sync();

    // The head's laptop stored everything under ITS key and reads it decoded.
    expect(await head.consultations.get(c.id)).toEqual(await a.consultations.get(c.id));
    expect(await head.appointments.get(appt.id)).toEqual(await a.appointments.get(appt.id));
    expect((await new EligibilityCheckRepository(head.deps).get(check.id))?.facts).toEqual(
      checkFacts,
    );
    expect(await new FeeClaimRepository(head.deps).get(claim.id)).toEqual(claim);
    const office = new OfficeReads(head.deps, head.consultations, head.appointments);
    expect((await office.advocates()).map((x) => [x.id, x.profile.fullName])).toEqual([
      ['head-1', profileInput().fullName],
      ['adv-a', profileInput().fullName],
    ]);
    expect((await office.consultationRows('2026-11', 'adv-a')).map((r) => r.id)).toEqual([c.id]);
    // Office-wide lookups run on the head's own blind indexes.
    expect((await head.consultations.forPerson(IIN)).map((r) => r.id)).toEqual([c.id]);
    expect((await head.appointments.search('adv-a', 'серікбаев')).map((x) => x.id)).toEqual([
      appt.id,
    ]);

    // A colleague's laptop: no record of A's, but the aid mark matches under B's own key.
    expect(await b.db.consultations.get(c.id)).toBeUndefined();
    const prior = await new EligibilityCheckRepository(b.deps).priorRecordsFor(IIN);
    expect(prior.map((p) => [p.source, p.recordId, p.advocateName])).toEqual([
      ['office', c.id, 'adv-a'],
    ]);
    expect(await new EligibilityCheckRepository(b.deps).priorRecordsFor('630528405673')).toEqual(
      [],
    );

    for (const l of [a, head, b]) {
      await expectNoPlaintext(l);
      expect(await verifyAuditLog(l.db)).toMatchObject({ intact: true });
    }

    // The server holds the wire form: what the identity codec would have stored.
    const onServer = await server.records();
    const bodies = JSON.stringify(onServer.map((r) => r.body));
    expect(bodies).not.toContain('"q1.');
    expect(plaintextIn(onServer)).toEqual(
      expect.arrayContaining(['Серікбаев', IIN, 'Талап арыз', '241500031000123']),
    );
    const body = (entity: string, id: string) =>
      onServer.find((r) => r.entity === entity && r.entityId === id)!.body;
    expect(body('consultation', c.id).iinKey).toBe(IIN);
    expect(body('eligibilityCheck', check.id).iinKey).toBe(IIN);
    expect(body('appointment', appt.id).personKeys).toEqual(
      expect.arrayContaining([IIN, '630528405673']),
    );
    for (const [entity, table, id] of [
      ['consultation', a.db.consultations, c.id],
      ['appointment', a.db.appointments, appt.id],
      ['eligibilityCheck', a.db.eligibilityChecks, check.id],
      ['feeClaim', a.db.feeClaims, claim.id],
    ] as const) {
      const atRest = (await table.get(id)) as unknown as Record<string, unknown>;
      expect(body(entity, id), entity).toEqual(await toWire(a.codec, entity, atRest));
    }
  });

  it("a conflict's server copy is kept encrypted and resolves; both laptops read the result", async () => {
    // adv-a on two laptops, each with its own vault.
    const a1 = await signedIn('dev-adv-a', 'adv-a', 'advocate');
    const a2 = await laptop('dev-adv-a-2', 'adv-a');
    await a2.adopt();
    const e = await a1.consultations.create(consultationInput(), 'adv-a');
    await sync(a1);
    await sync(a2);
    expect((await a2.consultations.get(e.id))?.applicant.iin).toBe(IIN);

    await a1.consultations.correct(e.id, consultationInput({ content: FIRST }), 'r1', 'adv-a');
    await sync(a1);
    await a2.consultations.correct(e.id, consultationInput({ content: SECOND }), 'r2', 'adv-a');
    expect(await sync(a2)).toMatchObject({ conflicts: 1 });

    const [refused] = await a2.quarantine();
    const conflictId = refused!.rejection!.conflictId!;
    // The push answer's server copy became the local row, under a2's key.
    expect((await a2.consultations.get(e.id))?.content).toBe(FIRST);
    const stored = (await a2.db.syncConflicts.get(conflictId))!;
    expect(plaintextIn(stored)).toEqual([]);
    expect(JSON.stringify(stored)).not.toContain('нұсқа');
    expect((await openStored(a2.deps, 'consultation', stored.theirs))?.content).toBe(SECOND);
    expect((await openStored(a2.deps, 'consultation', stored.ours))?.content).toBe(FIRST);

    const me = { userId: 'adv-a', role: 'advocate' as const };
    const raw = (await loadRawCase(a2.db, { kind: 'op', opId: refused!.opId }))!;
    expect(raw.serverLanded).toBe(true);
    expect(offeredActions(raw, me)).toEqual(['kept-server', 'reapplied']);
    expect((await openStored(a2.deps, 'consultation', raw.mine))?.content).toBe(SECOND);
    expect((await openStored(a2.deps, 'consultation', raw.server))?.content).toBe(FIRST);
    await resolveCase(a2.deps, { kind: 'op', opId: refused!.opId }, 'reapplied', me);
    await sync(a2);
    await sync(a1);

    const onServer = (await server.records()).find((r) => r.entityId === e.id)!;
    expect(onServer.version).toBe(3);
    expect(JSON.parse(onServer.body.entryJson as string).content).toBe(SECOND);
    for (const l of [a1, a2]) {
      expect((await l.consultations.get(e.id))?.content, l.deviceId).toBe(SECOND);
      expect((await l.consultations.history(e.id)).map((x) => x.content)).toEqual([
        consultationInput().content,
        FIRST,
        SECOND,
      ]);
      expect((await l.db.syncConflicts.get(conflictId))?.resolvedAt).toEqual(expect.any(String));
      expect(await l.pending()).toBe(0);
      await expectNoPlaintext(l, [FIRST, SECOND]);
    }
  });

  it('a re-pull of records already held changes nothing (compared in the wire form)', async () => {
    const a = await signedIn('dev-adv-a', 'adv-a', 'advocate');
    const head = await signedIn('dev-head-1', 'head-1', 'head');
    await a.consultations.create(consultationInput(), 'adv-a');
    await a.appointments.create(intakeInput(), 'adv-a');
    await a.sync();
    await head.sync();
    const before = await allTables(head.db);
    // From 0 again: every record comes back; each is recognised, none stored twice.
    await head.db.syncState.update('sync', { serverRevision: 0 });
    const again = await head.sync();
    expect(again.pulled).toBeGreaterThan(0);
    expect(again.applied).toBe(0);
    const after = await allTables(head.db);
    for (const t of ['consultations', 'appointments', 'consultationVersions', 'syncConflicts']) {
      expect(after[t], t).toEqual(before[t]);
    }
  });
});
