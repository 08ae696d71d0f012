import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';
import {
  chainAuditEntry,
  GENESIS_HASH,
  verifyAuditChain,
  type AuditContent,
  type ChainedAuditEntry,
} from './hash-chain';

function content(n: number): AuditContent {
  return {
    id: `e${n}`,
    at: `2026-11-25T10:00:0${n}.000Z`,
    actor: 'advocate-1',
    entity: 'profile',
    entityId: 'p1',
    action: n === 0 ? 'create' : 'update',
    fields: ['fullName'],
    version: n + 1,
  };
}

function chain(n: number): ChainedAuditEntry[] {
  const out: ChainedAuditEntry[] = [];
  for (let i = 0; i < n; i++)
    out.push(chainAuditEntry(content(i), out.at(-1)?.hash ?? GENESIS_HASH));
  return out;
}

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[1,{"y":2,"z":1}]},"b":1}',
    );
    expect(canonicalJson({ a: 1, b: undefined } as never)).toBe('{"a":1}');
  });
  it('refuses NaN and Infinity, which JSON would silently turn into null', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow();
  });
});

describe('audit hash chain', () => {
  it('verifies an untouched chain and reports its head', () => {
    const entries = chain(5);
    const v = verifyAuditChain(entries);
    expect(v).toEqual({ intact: true, count: 5, head: entries[4]!.hash });
  });

  it('an empty log is intact', () => {
    expect(verifyAuditChain([])).toEqual({ intact: true, count: 0, head: GENESIS_HASH });
  });

  it('hash does not depend on key order', () => {
    const a = chainAuditEntry(content(0), GENESIS_HASH);
    const reordered = Object.fromEntries(Object.entries(content(0)).reverse()) as AuditContent;
    expect(chainAuditEntry(reordered, GENESIS_HASH).hash).toBe(a.hash);
  });

  it('detects an edited field', () => {
    const entries = chain(4);
    entries[2] = { ...entries[2]!, actor: 'someone-else' };
    expect(verifyAuditChain(entries)).toMatchObject({ intact: false, brokenAt: 2, reason: 'hash' });
  });

  it('detects a removed entry', () => {
    const entries = chain(4);
    entries.splice(1, 1);
    expect(verifyAuditChain(entries)).toMatchObject({ intact: false, brokenAt: 1, reason: 'link' });
  });

  it('detects swapped entries', () => {
    const entries = chain(4);
    [entries[1], entries[2]] = [entries[2]!, entries[1]!];
    expect(verifyAuditChain(entries)).toMatchObject({ intact: false, brokenAt: 1 });
  });

  it('detects a rewritten entry whose own hash was recomputed (the next link breaks)', () => {
    const entries = chain(4);
    const forged = chainAuditEntry({ ...content(1), fields: ['iin'] }, entries[0]!.hash);
    entries[1] = forged;
    expect(verifyAuditChain(entries)).toMatchObject({ intact: false, brokenAt: 2, reason: 'link' });
  });

  it('ignores storage bookkeeping keys such as seq', () => {
    const entries = chain(3).map((e, i) => ({ ...e, seq: i + 1 }));
    expect(verifyAuditChain(entries).intact).toBe(true);
  });
});
