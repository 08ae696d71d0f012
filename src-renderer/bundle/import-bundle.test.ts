import { describe, expect, it } from 'vitest';
import type { PushResult } from '../../src-shared/contracts/sync/protocol';
import { rejectionReasons } from '../../src-shared/contracts/sync/rejections';
import {
  BundleError,
  recordHash,
  type RelayRequest,
  type RelayResponse,
} from '../../src-shared/sync/bundle';
import {
  consultationOp,
  keys,
  OFFICE,
  officeKeyOf,
  opsOf,
  USER,
  type Keys,
} from '../../src-shared/sync/bundle/bundle.fixture';
import { buildBundle, bundleFileName } from './build-bundle';
import { importBundle, RelayAnswerError, type Relay } from './import-bundle';

const TRUST = {
  keyId: '0000-0000-0000-0000',
  registeredVia: 'relay' as const,
  registeredAt: '2026-12-01T08:00:00.000Z',
  registeredNow: true,
};

async function built(k: Keys, ops: readonly unknown[] = opsOf(3)) {
  return buildBundle({
    ops,
    userId: USER,
    officeId: OFFICE,
    signingPrivateKey: k.signing.privateKey,
    signingPublicKey: k.signing.publicKey,
    officePublicKey: { key: k.office.publicKey, keyId: k.office.keyId },
    newId: () => '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
    now: () => new Date('2026-11-25T10:00:00.000Z'),
  });
}

/** A relay that answers every op with `answer(op index)` and records what it was sent. */
function fakeRelay(answer: (opId: string, n: number) => Partial<PushResult>) {
  const sent: RelayRequest[] = [];
  let n = 0;
  const relay: Relay = async (req) => {
    sent.push(req);
    const results = req.ops.map((op) => ({
      opId: op.opId,
      outcome: 'accepted' as const,
      ...answer(op.opId, n++),
    }));
    return {
      ok: true,
      results,
      revision: n,
      signingKey: { ...TRUST, registeredNow: sent.length === 1 },
    } as RelayResponse;
  };
  return { relay, sent };
}

describe('buildBundle', () => {
  it('names the file by date and bundle id, nothing personal', async () => {
    const k = await keys();
    const b = await built(k);
    expect(b.fileName).toBe('qorgau-2026-11-25-0193a1b2.qorgau-bundle');
    expect(bundleFileName(b.header)).toBe(b.fileName);
    expect(b.header.createdAt).toBe('2026-11-25T10:00:00.000Z');
  });
});

describe('importBundle', () => {
  it('relays every chunk in order and lists every op on the receipt with its record hash', async () => {
    const k = await keys();
    const ops = opsOf(1001);
    const b = await built(k, ops);
    const { relay, sent } = fakeRelay((_id, n) =>
      n === 5
        ? { outcome: 'rejected', code: 'version-gap', reason: rejectionReasons['version-gap'] }
        : n === 6
          ? { outcome: 'duplicate', original: 'accepted' }
          : {},
    );
    const progress: number[] = [];
    const receipt = await importBundle(b.bytes, officeKeyOf(k), relay, {
      fileName: b.fileName,
      advocateName: (id) => (id === USER ? 'Әбілқасымова Гүлнәр' : null),
      importedBy: { userId: 'head-1', name: 'Болат Ахметов' },
      now: () => new Date('2026-12-01T09:00:00.000Z'),
      onProgress: (done) => progress.push(done),
    });
    expect(sent.map((r) => r.chunk)).toEqual([0, 1, 2]);
    expect(progress).toEqual([500, 1000, 1001]);
    expect(receipt).toMatchObject({
      bundleId: b.header.bundleId,
      fileSha256: b.fileSha256,
      fileName: b.fileName,
      advocate: { userId: USER, name: 'Әбілқасымова Гүлнәр' },
      createdAt: '2026-11-25T10:00:00.000Z',
      importedAt: '2026-12-01T09:00:00.000Z',
      signingKey: { registeredNow: true },
      officeKeyId: k.office.keyId,
      serverRevision: 1001,
      totals: { accepted: 999, rejected: 1, duplicate: 1, conflict: 0, total: 1001 },
    });
    expect(receipt.lines.map((l) => l.opId)).toEqual(ops.map((o) => o.opId));
    expect(receipt.lines[5]).toMatchObject({ outcome: 'rejected', code: 'version-gap' });
    expect(receipt.lines[6]).toMatchObject({ outcome: 'duplicate', original: 'accepted' });
    expect(receipt.lines[0]!.recordHash).toBe(await recordHash(ops[0]!));
  });

  it('sends nothing for a file that does not open', async () => {
    const k = await keys();
    const b = await built(k);
    const { relay, sent } = fakeRelay(() => ({}));
    const damaged = b.bytes.slice(0, -10);
    await expect(importBundle(damaged, officeKeyOf(k), relay)).rejects.toBeInstanceOf(BundleError);
    const other = await keys();
    await expect(importBundle(b.bytes, officeKeyOf(other), relay)).rejects.toMatchObject({
      code: 'not-for-this-office',
    });
    expect(sent).toEqual([]);
  });

  it('an answer that is not for the ops sent is an error, not a receipt', async () => {
    const k = await keys();
    const b = await built(k, [consultationOp(1), consultationOp(2)]);
    const swapped: Relay = async (req) => ({
      ok: true,
      revision: 1,
      signingKey: TRUST,
      results: [...req.ops].reverse().map((op) => ({ opId: op.opId, outcome: 'accepted' })),
    });
    await expect(importBundle(b.bytes, officeKeyOf(k), swapped)).rejects.toBeInstanceOf(
      RelayAnswerError,
    );
    const garbage = (async () => ({ ok: true })) as unknown as Relay;
    await expect(importBundle(b.bytes, officeKeyOf(k), garbage)).rejects.toBeInstanceOf(
      RelayAnswerError,
    );
  });

  it('a relay failure half-way gives no receipt (importing again finishes the job)', async () => {
    const k = await keys();
    const b = await built(k, opsOf(600));
    let calls = 0;
    const failing: Relay = async (req) => {
      if (++calls === 2) throw new Error('offline');
      return fakeRelay(() => ({})).relay(req);
    };
    await expect(importBundle(b.bytes, officeKeyOf(k), failing)).rejects.toThrow('offline');
  });
});
