import { describe, expect, it } from 'vitest';
import {
  chainAuditEntry,
  GENESIS_HASH,
  type ChainedAuditEntry,
} from '../../../src-shared/domain/audit/hash-chain';
import { auditHeadOf } from './audit-head';

function chain(n: number): ChainedAuditEntry[] {
  const out: ChainedAuditEntry[] = [];
  for (let i = 0; i < n; i++) {
    const prev = out.at(-1)?.hash ?? GENESIS_HASH;
    out.push(
      chainAuditEntry(
        {
          id: `e${i}`,
          at: `2026-11-${String(10 + i).padStart(2, '0')}T09:00:00.000Z`,
          actor: 'adv-1',
          entity: 'consultation',
          entityId: `c${i}`,
          action: 'create',
          fields: [],
          version: 1,
        },
        prev,
      ),
    );
  }
  return out;
}

describe('auditHeadOf', () => {
  it('is nothing for an empty log', () => {
    expect(auditHeadOf([])).toBeNull();
  });

  it('gives the count, the last entry’s time and hash of an intact chain', () => {
    const entries = chain(3);
    expect(auditHeadOf(entries)).toEqual({
      entries: 3,
      lastAt: '2026-11-12T09:00:00.000Z',
      headHash: entries[2]!.hash,
      brokenAt: null,
    });
    expect(entries[2]!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names the first entry that no longer verifies', () => {
    const entries = chain(4);
    entries[1] = { ...entries[1]!, entityId: 'changed afterwards' };
    expect(auditHeadOf(entries)).toMatchObject({ entries: 4, brokenAt: 2 });
  });
});
