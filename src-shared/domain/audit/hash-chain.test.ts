import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';
import { locateHead, parsePrintedHead, shortHash } from './chain-head';
import {
  chainAuditEntry,
  GENESIS_HASH,
  verifyAuditChain,
  type AuditContent,
  type ChainedAuditEntry,
  type StoredChainEntry,
} from './hash-chain';

const ENTITIES = ['consultation', 'appointment', 'profile', 'feeClaim'];

function content(n: number): AuditContent {
  return {
    id: `e${n}`,
    at: new Date(Date.UTC(2026, 10, 25, 10, 0, n)).toISOString(),
    actor: 'advocate-1',
    entity: ENTITIES[n % ENTITIES.length]!,
    entityId: `r${n}`,
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

/** As IndexedDB holds them: numbered 1, 2, 3… by the key generator. */
function stored(n: number): StoredChainEntry[] {
  return chain(n).map((e, i) => ({ ...e, seq: i + 1 }));
}

/** What commitChange does: chain to the last entry, take the key generator's next number. */
function append(log: StoredChainEntry[], n: number, nextSeq: number): void {
  log.push({ ...chainAuditEntry(content(n), log.at(-1)?.hash ?? GENESIS_HASH), seq: nextSeq });
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

  it('ignores storage bookkeeping keys such as seq', () => {
    expect(verifyAuditChain(stored(3)).intact).toBe(true);
  });
});

describe('where and how the chain breaks', () => {
  it('edited content: the entry no longer matches its seal; the entries before it verify', () => {
    const entries = stored(5);
    entries[2] = { ...entries[2]!, actor: 'someone-else' };
    expect(verifyAuditChain(entries)).toEqual({
      intact: false,
      count: 5,
      brokenAt: 2,
      reason: 'hash',
      kind: 'edited',
      entry: {
        number: 3,
        id: 'e2',
        at: content(2).at,
        entity: content(2).entity,
        action: 'update',
      },
    });
  });

  it('edited seal only: the content is as written, the next entry still links to it', () => {
    const entries = stored(5);
    entries[1] = { ...entries[1]!, hash: 'f'.repeat(64) };
    expect(verifyAuditChain(entries)).toMatchObject({
      brokenAt: 1,
      reason: 'hash',
      kind: 'sealEdited',
    });
  });

  it('an edited seal of the last entry cannot be told from edited content', () => {
    const entries = stored(3);
    entries[2] = { ...entries[2]!, hash: 'f'.repeat(64) };
    expect(verifyAuditChain(entries)).toMatchObject({ brokenAt: 2, kind: 'edited' });
  });

  it('an edited link (prevHash) is an edited entry', () => {
    const entries = stored(4);
    entries[2] = { ...entries[2]!, prevHash: entries[0]!.hash };
    expect(verifyAuditChain(entries)).toMatchObject({
      brokenAt: 2,
      reason: 'link',
      kind: 'edited',
    });
  });

  it('removed middle entry: the numbers say which are missing', () => {
    const entries = stored(6);
    entries.splice(2, 2); // numbers 3 and 4
    expect(verifyAuditChain(entries)).toMatchObject({
      brokenAt: 2,
      reason: 'link',
      kind: 'removed',
      entry: { number: 5, id: 'e4' },
      missing: { count: 2, from: 3, to: 4 },
    });
  });

  it('removed middle entry without storage numbers: removed or replaced, the log cannot tell', () => {
    const entries = chain(4);
    entries.splice(1, 1);
    const v = verifyAuditChain(entries);
    expect(v).toMatchObject({ brokenAt: 1, reason: 'link', kind: 'unlinked' });
    expect(v).not.toHaveProperty('missing');
  });

  it('removed first entries: the first one left links to an entry that is gone', () => {
    const entries = stored(5).slice(2);
    expect(verifyAuditChain(entries)).toMatchObject({
      brokenAt: 0,
      kind: 'removed',
      entry: { number: 3 },
      missing: { count: 2, from: 1, to: 2 },
    });
  });

  it('removed last entry: the chain still verifies, the printed head is no longer in it', () => {
    const before = stored(5);
    const printed = shortHash(verifyAuditChain(before).intact ? before[4]!.hash : '');
    const after = before.slice(0, 4);
    const v = verifyAuditChain(after);
    expect(v).toEqual({ intact: true, count: 4, head: before[3]!.hash });
    expect(locateHead(after, v, printed)).toEqual({ found: false });
    expect(locateHead(before, verifyAuditChain(before), printed)).toMatchObject({
      found: true,
      number: 5,
      after: 0,
    });
  });

  it('removed last entry, then the app went on: the numbers jump, the links do not', () => {
    const entries = stored(5).slice(0, 3); // 4 and 5 deleted
    append(entries, 5, 6); // the key generator does not reuse 4 and 5
    expect(verifyAuditChain(entries)).toMatchObject({
      brokenAt: 3,
      reason: 'number',
      kind: 'removed',
      entry: { number: 6 },
      missing: { count: 2, from: 4, to: 5 },
    });
  });

  it('swapped order: the entry names the one it was written after', () => {
    const entries = stored(5);
    // Storage keeps its numbers in place; the contents trade places.
    const [a, b] = [entries[1]!, entries[2]!];
    entries[1] = { ...b, seq: 2 };
    entries[2] = { ...a, seq: 3 };
    expect(verifyAuditChain(entries)).toMatchObject({
      brokenAt: 1,
      reason: 'link',
      kind: 'reordered',
      entry: { number: 2, id: 'e2' },
      writtenAfter: 3,
    });
  });

  it('swapped order without numbers; an entry moved to the front', () => {
    const entries = chain(4);
    [entries[1], entries[2]] = [entries[2]!, entries[1]!];
    expect(verifyAuditChain(entries)).toMatchObject({ brokenAt: 1, kind: 'reordered' });

    const moved = chain(4);
    moved.unshift(...moved.splice(2, 1));
    expect(verifyAuditChain(moved)).toMatchObject({
      brokenAt: 0,
      kind: 'reordered',
      entry: { id: 'e2', number: 1 },
      writtenAfter: 3,
    });
  });

  it('a log placed after entries of another log: its first entry was written first', () => {
    const other: ChainedAuditEntry[] = [];
    for (const n of [7, 8]) {
      const c = { ...content(n), id: `other-${n}`, actor: 'advocate-2' };
      other.push(chainAuditEntry(c, other.at(-1)?.hash ?? GENESIS_HASH));
    }
    const spliced = [...other, ...chain(3)];
    expect(verifyAuditChain(spliced)).toMatchObject({
      brokenAt: 2,
      reason: 'link',
      kind: 'reordered',
      entry: { id: 'e0', number: 3 },
      writtenAfter: 'start',
    });
  });

  it('an entry rewritten and sealed again: the next link breaks, the rewritten entry is named', () => {
    const entries = stored(4);
    const forged = chainAuditEntry({ ...content(1), fields: ['iin'] }, entries[0]!.hash);
    entries[1] = { ...forged, seq: 2 };
    expect(verifyAuditChain(entries)).toMatchObject({
      brokenAt: 1,
      reason: 'link',
      kind: 'replaced',
      entry: { number: 2, id: 'e1' },
    });
  });
});

describe('the printed head', () => {
  it('reads the full hash or its first 16 characters, as printed or wrapped', () => {
    const h = chain(1)[0]!.hash;
    expect(parsePrintedHead(h.toUpperCase())).toBe(h);
    expect(parsePrintedHead(`${h.slice(0, 16)}…`)).toBe(h.slice(0, 16));
    expect(parsePrintedHead(`  ${h.slice(0, 32)}\n${h.slice(32)} `)).toBe(h);
  });

  it.each(['', 'abc', 'z'.repeat(16), 'a'.repeat(65), 'хэш 1234567890abcdef'])(
    'refuses %j',
    (text) => {
      expect(parsePrintedHead(text)).toBeNull();
    },
  );

  it('is found among the entries that verify, with how many came after it', () => {
    const entries = stored(6);
    const v = verifyAuditChain(entries);
    expect(locateHead(entries, v, shortHash(entries[3]!.hash))).toEqual({
      found: true,
      index: 3,
      number: 4,
      after: 2,
    });
  });

  it('is not vouched for when it lies at or after a break', () => {
    const entries = stored(6);
    const printed = shortHash(entries[4]!.hash);
    entries[2] = { ...entries[2]!, actor: 'x' };
    expect(locateHead(entries, verifyAuditChain(entries), printed)).toEqual({ found: false });
  });
});
