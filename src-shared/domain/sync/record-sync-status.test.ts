import { describe, expect, it } from 'vitest';
import { recordSyncStatus, type OpSyncFacts } from './record-sync-status';

const bound = { boundToServer: true };
const local: OpSyncFacts = { state: 'pending' };
const sent: OpSyncFacts = { state: 'pending', sentAt: '2026-11-25T10:00:00.000Z' };
const rejected: OpSyncFacts = { state: 'rejected' };
const rejectedAfterSend: OpSyncFacts = { state: 'rejected', sentAt: '2026-11-25T10:00:00.000Z' };

function permutations<T>(xs: readonly T[]): T[][] {
  if (xs.length <= 1) return [[...xs]];
  return xs.flatMap((x, i) =>
    permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]),
  );
}

describe('recordSyncStatus', () => {
  it('no op left on a bound device: the server holds the record', () => {
    expect(recordSyncStatus([], bound)).toBe('accepted');
  });

  it('one op: by its state and whether it has left the device', () => {
    expect(recordSyncStatus([local], bound)).toBe('local');
    expect(recordSyncStatus([{ state: 'local' }], bound)).toBe('local');
    expect(recordSyncStatus([sent], bound)).toBe('sent');
    expect(recordSyncStatus([{ state: 'sent' }], bound)).toBe('sent');
    expect(recordSyncStatus([rejected], bound)).toBe('rejected');
    expect(recordSyncStatus([rejectedAfterSend], bound)).toBe('rejected');
  });

  it('rejected wins over sent over local, whatever the order of the ops', () => {
    for (const ops of permutations([local, sent, rejected])) {
      expect(recordSyncStatus(ops, bound)).toBe('rejected');
    }
    for (const ops of permutations([local, sent, local])) {
      expect(recordSyncStatus(ops, bound)).toBe('sent');
    }
    expect(recordSyncStatus([local, local], bound)).toBe('local');
  });

  it('a resolved quarantine no longer counts: the record reads as its other ops say', () => {
    const resolved: OpSyncFacts = { ...rejectedAfterSend, resolved: true };
    expect(recordSyncStatus([resolved], bound)).toBe('accepted');
    expect(recordSyncStatus([resolved, local], bound)).toBe('local');
    expect(recordSyncStatus([resolved, sent], bound)).toBe('sent');
    expect(recordSyncStatus([resolved, rejected], bound)).toBe('rejected');
  });

  it('never signed in: no badge at all, whatever the outbox holds', () => {
    for (const ops of [[], [local], [sent], [rejected], [local, sent, rejected]]) {
      expect(recordSyncStatus(ops, { boundToServer: false })).toBeNull();
    }
  });
});
