import { describe, expect, it } from 'vitest';
import {
  isSyncedEntity,
  MAX_PUSH_OPS,
  pullRequestSchema,
  pushRequestSchema,
  pushResultSchema,
} from './protocol';
import { conflictReason, rejectionCodes, rejectionReasons } from './rejections';

const op = {
  opId: 'op-1',
  entity: 'consultation',
  entityId: 'c1',
  baseVersion: 0,
  record: { id: 'c1', version: 1 },
  at: '2025-03-01T09:00:00.000Z',
};

describe('push request', () => {
  it('takes outbox ops as stored (the local state is dropped)', () => {
    const parsed = pushRequestSchema.parse({ ops: [{ ...op, state: 'pending' }] });
    expect(parsed.ops[0]).toEqual(op);
  });

  it('refuses malformed envelopes', () => {
    const bad = [
      { ...op, baseVersion: -1 },
      { ...op, baseVersion: 1.5 },
      { ...op, baseVersion: 2 ** 31 },
      { ...op, opId: '' },
      { ...op, opId: 'a\u0000b' },
      { ...op, entityId: 'x'.repeat(201) },
      { ...op, record: [] },
      { ...op, record: null },
    ];
    for (const b of bad)
      expect(pushRequestSchema.safeParse({ ops: [b] }).success, JSON.stringify(b)).toBe(false);
    expect(pushRequestSchema.safeParse({ ops: Array(MAX_PUSH_OPS + 1).fill(op) }).success).toBe(
      false,
    );
    expect(pushRequestSchema.safeParse({ ops: Array(MAX_PUSH_OPS).fill(op) }).success).toBe(true);
    expect(pushRequestSchema.safeParse({}).success).toBe(false);
  });
});

describe('pull request', () => {
  it('since is a revision, limit 1..1000', () => {
    expect(pullRequestSchema.parse({ since: 0 })).toEqual({ since: 0 });
    expect(pullRequestSchema.safeParse({ since: -1 }).success).toBe(false);
    expect(pullRequestSchema.safeParse({ since: '5' }).success).toBe(false);
    expect(pullRequestSchema.safeParse({ since: 0, limit: 0 }).success).toBe(false);
    expect(pullRequestSchema.safeParse({ since: 0, limit: 1001 }).success).toBe(false);
    expect(pullRequestSchema.safeParse({ since: 0, limit: 1000 }).success).toBe(true);
  });
});

describe('push result', () => {
  it('carries only known rejection codes', () => {
    expect(
      pushResultSchema.safeParse({ opId: 'o', outcome: 'rejected', code: 'nope' }).success,
    ).toBe(false);
    expect(
      pushResultSchema.safeParse({ opId: 'o', outcome: 'rejected', code: 'forbidden' }).success,
    ).toBe(true);
  });
});

describe('rejection reasons', () => {
  it('every code has a distinct kk, ru and en text', () => {
    expect(Object.keys(rejectionReasons).sort()).toEqual([...rejectionCodes].sort());
    for (const t of [...Object.values(rejectionReasons), conflictReason]) {
      expect(t.kk.length).toBeGreaterThan(20);
      expect(t.ru.length).toBeGreaterThan(20);
      expect(t.en.length).toBeGreaterThan(20);
      expect(t.kk).not.toBe(t.ru);
      // Kazakh-specific letters: the kk text is Kazakh, not a copy of the Russian one.
      expect(t.kk).toMatch(/[әғқңөұүһі]/i);
    }
  });
});

describe('synced entities', () => {
  it('registers sync; installed rule packs stay on the device', () => {
    expect(isSyncedEntity('consultation')).toBe(true);
    expect(isSyncedEntity('appointment')).toBe(true);
    expect(isSyncedEntity('rulePack')).toBe(false);
  });
});
