import { describe, expect, it } from 'vitest';
import type { PushResult } from '../../../src-shared/contracts/sync/protocol';
import { conflictReason, rejectionReasons } from '../../../src-shared/contracts/sync/rejections';
import { BundleError, openBundle, type SigningKeyTrust } from '../../../src-shared/sync/bundle';
import { build, keys, officeKeyOf, opsOf } from '../../../src-shared/sync/bundle/bundle.fixture';
import { RelayAnswerError } from '../../bundle/import-bundle';
import { buildReceipt, type BundleReceipt } from '../../bundle/receipt';
import { SyncCallError } from '../../sync/ipc-transport';
import {
  exportAccountOf,
  exportBlocker,
  importFailureOf,
  mayBePartlySent,
  problemLabelKey,
  receiptSummary,
  shortHash,
} from './bundle-ui';

const user = {
  id: 'adv-a',
  fullName: 'Әбілқасымова Гүлнәр',
  role: 'advocate' as const,
  collegiumId: 'col-1',
  officeId: 'office-1',
};

describe('exportAccountOf', () => {
  it('is the signed-in account only once the register is bound to it', () => {
    const account = { signedIn: true, user };
    expect(exportAccountOf({ phase: 'signedIn', account })).toEqual({
      userId: 'adv-a',
      officeId: 'office-1',
    });
    expect(exportAccountOf({ phase: 'identityRefused', account })).toBeNull();
    expect(exportAccountOf({ phase: 'loading', account: null })).toBeNull();
    expect(exportAccountOf({ phase: 'signedOut', account: null })).toBeNull();
  });
});

describe('exportBlocker', () => {
  const ok = { officePublicSpki: 'MFkw…', account: { userId: 'u', officeId: 'o' }, waiting: 3 };
  it('names the first thing missing, in the order exportOutboxBundle checks', () => {
    expect(exportBlocker(ok)).toBeNull();
    expect(exportBlocker({ ...ok, officePublicSpki: undefined, account: null, waiting: 0 })).toBe(
      'no-office-key',
    );
    expect(exportBlocker({ ...ok, account: null, waiting: 0 })).toBe('not-linked');
    expect(exportBlocker({ ...ok, account: { userId: 'u', officeId: null } })).toBe('not-linked');
    expect(exportBlocker({ ...ok, waiting: 0 })).toBe('nothing-pending');
  });
});

describe('importFailureOf', () => {
  it('tells a refused file (nothing sent) from a failed relay (maybe partly sent)', () => {
    const file = importFailureOf(new BundleError('bad-signature'));
    expect(file).toEqual({ kind: 'bundle', key: 'bundle.errors.bad-signature' });
    expect(mayBePartlySent(file)).toBe(false);

    const relay = importFailureOf(
      new SyncCallError({
        code: 'rejectedRequest',
        detail: '403',
        serverMessage: { kk: 'Рұқсат жоқ', ru: 'Нет доступа', en: 'Forbidden' },
      }),
    );
    expect(relay).toMatchObject({
      kind: 'sync',
      problem: { code: 'rejectedRequest', serverMessage: { ru: 'Нет доступа' } },
    });
    expect(mayBePartlySent(relay)).toBe(true);

    expect(importFailureOf(new RelayAnswerError('chunk 1'))).toEqual({ kind: 'answer' });
    expect(importFailureOf(new TypeError('x'))).toEqual({ kind: 'unexpected' });
  });
});

describe('shortHash', () => {
  it('shows the first 16 hex digits in groups of four', () => {
    expect(shortHash('0123456789abcdef'.repeat(4))).toBe('0123 4567 89ab cdef');
  });
});

describe('receiptSummary', () => {
  const trust: SigningKeyTrust = {
    keyId: '3f2a-91c0-77b4-0e1d',
    registeredVia: 'relay',
    registeredAt: '2026-12-01T08:00:00.000Z',
    registeredNow: true,
  };

  async function receiptOf(
    answer: (opId: string, i: number) => PushResult,
    signingKey: SigningKeyTrust = trust,
  ): Promise<BundleReceipt> {
    const k = await keys();
    const opened = await openBundle((await build(k, opsOf(5))).bytes, officeKeyOf(k));
    return buildReceipt(
      opened,
      opened.ops.map((op, i) => answer(op.opId, i)),
      { importedAt: '2026-12-01T08:00:00.000Z', signingKey, serverRevision: 9 },
    );
  }

  it('counts outcomes and lists the refused and conflicting lines', async () => {
    const r = await receiptOf((opId, i) =>
      i === 1
        ? {
            opId,
            outcome: 'rejected',
            code: 'version-gap',
            reason: rejectionReasons['version-gap'],
          }
        : i === 3
          ? { opId, outcome: 'conflict', conflictId: 'cf-1', reason: conflictReason }
          : { opId, outcome: 'accepted', version: 1, revision: i },
    );
    const s = receiptSummary(r);
    expect(s.totals).toEqual({ total: 5, accepted: 3, duplicate: 0, rejected: 1, conflict: 1 });
    expect(s.allDuplicate).toBe(false);
    expect(s.problems.map((l) => l.opId)).toEqual([r.lines[1]!.opId, r.lines[3]!.opId]);
    expect(s.problems.map(problemLabelKey)).toEqual([
      'bundleUi.receipt.rejected',
      'bundleUi.receipt.conflict',
    ]);
    expect(s.fileHashShort).toBe(shortHash(r.fileSha256));
    expect(s.keyTrust).toBe('first-use');
  });

  it('says a second import changed nothing, still naming what was refused the first time', async () => {
    const r = await receiptOf(
      (opId, i) => ({
        opId,
        outcome: 'duplicate',
        original: i === 2 ? 'rejected' : i === 4 ? 'conflict' : 'accepted',
      }),
      { ...trust, registeredNow: false },
    );
    const s = receiptSummary(r);
    expect(s.allDuplicate).toBe(true);
    expect(s.problems.map(problemLabelKey)).toEqual([
      'bundleUi.receipt.earlierRejected',
      'bundleUi.receipt.earlierConflict',
    ]);
    expect(s.keyTrust).toBe('relay');
    const owner = await receiptOf(
      (opId) => ({ opId, outcome: 'accepted', version: 1, revision: 1 }),
      {
        ...trust,
        registeredVia: 'owner',
        registeredNow: false,
      },
    );
    expect(receiptSummary(owner)).toMatchObject({ keyTrust: 'owner', allDuplicate: false });
  });
});
