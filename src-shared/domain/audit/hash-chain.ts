/**
 * The audit log's hash chain. Each entry carries the hash of the entry before it, and its
 * own hash covers its content plus that link; changing, removing or reordering any entry
 * breaks every hash after it. The chain is append-only evidence for the registers
 * (Rules cl. 61: breaches lead to disciplinary liability, so "who changed what" matters).
 *
 * SHA-256 is computed synchronously (@noble/hashes) on purpose: an IndexedDB transaction
 * commits as soon as it waits on anything but IndexedDB, so WebCrypto's async digest
 * cannot be used between reading the last entry and appending the next.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson, type Json } from './canonical-json';

export const GENESIS_HASH = '0'.repeat(64);

/** What an entry says; `prevHash` and `hash` are added by the chain. */
export interface AuditContent {
  id: string;
  at: string;
  actor: string;
  entity: string;
  entityId: string;
  action: 'create' | 'update' | 'correct' | 'system';
  /** Names of the fields that changed, never their values (those may be secret). */
  fields: string[];
  version: number;
  reason?: string;
}

export interface ChainedAuditEntry extends AuditContent {
  prevHash: string;
  hash: string;
}

export function hashAuditEntry(content: AuditContent, prevHash: string): string {
  const body = canonicalJson({ ...(content as unknown as { [k: string]: Json }), prevHash });
  return bytesToHex(sha256(utf8ToBytes(body)));
}

export function chainAuditEntry(content: AuditContent, prevHash: string): ChainedAuditEntry {
  return { ...content, prevHash, hash: hashAuditEntry(content, prevHash) };
}

/**
 * What the log itself can tell about the first place its chain breaks:
 * - 'edited': the entry no longer matches its own seal (its content, or its link, was changed);
 * - 'sealEdited': only the stored seal was changed — the next entry still links to the hash
 *   the content gives, so the content is as written;
 * - 'removed': entries are missing before this one (its link names an entry that is gone, or
 *   the storage numbers jump);
 * - 'reordered': the entry was written after another entry of the log than the one before it;
 * - 'replaced': the entry before this one was rewritten and sealed again (nothing is missing by
 *   number, but this entry links to a hash no entry has any more) — `brokenAt` names it;
 * - 'unlinked': removed or replaced, and without storage numbers the log cannot tell which.
 * Removing entries from the end leaves a chain that verifies: only a head printed or noted
 * earlier shows that (chain-head.ts), or the numbers once a later entry is appended.
 */
export type ChainBreakKind =
  'edited' | 'sealEdited' | 'removed' | 'reordered' | 'replaced' | 'unlinked';

/** An entry as the verdict names it: never the changed fields' names or any value. */
export interface AuditEntryRef {
  /** Its storage number (`seq`), or its 1-based position when the entries carry none. */
  number: number;
  id: string;
  at: string;
  entity: string;
  action: AuditContent['action'];
}

export type ChainVerdict =
  | { intact: true; count: number; head: string }
  | {
      intact: false;
      count: number;
      /** Index of the first entry that cannot be trusted; every entry before it verifies. */
      brokenAt: number;
      /** Which check failed: the link to the entry before, the entry's own seal, or its number. */
      reason: 'link' | 'hash' | 'number';
      kind: ChainBreakKind;
      entry: AuditEntryRef;
      /** 'removed', when storage numbers tell: how many and which numbers are missing. */
      missing?: { count: number; from: number; to: number };
      /** 'reordered': the number of the entry it was written after, or 'start' if it was first. */
      writtenAfter?: number | 'start';
    };

/** Entries as storage holds them: IndexedDB adds an auto-increment `seq`. */
export type StoredChainEntry = ChainedAuditEntry & { seq?: number };

function refOf(e: StoredChainEntry, index: number): AuditEntryRef {
  return {
    number: typeof e.seq === 'number' ? e.seq : index + 1,
    id: e.id,
    at: e.at,
    entity: e.entity,
    action: e.action,
  };
}

/**
 * Numbers missing between entry i and the one before it (or the start, numbered 0). IndexedDB's
 * key generator is gap-free: an aborted transaction reverts it (IndexedDB spec, "abort a
 * transaction"), so a jump means entries were deleted. Null when the entries carry no numbers.
 */
function numberGap(
  entries: readonly StoredChainEntry[],
  i: number,
): { count: number; from: number; to: number } | null {
  const seq = entries[i]!.seq;
  const before = i === 0 ? 0 : entries[i - 1]!.seq;
  if (typeof seq !== 'number' || typeof before !== 'number' || seq <= before + 1) return null;
  return { count: seq - before - 1, from: before + 1, to: seq - 1 };
}

/** Checks entries in log order (storage order, `seq`) and diagnoses the first break. */
export function verifyAuditChain(entries: readonly StoredChainEntry[]): ChainVerdict {
  const indexOfHash = new Map<string, number>();
  entries.forEach((e, i) => {
    if (!indexOfHash.has(e.hash)) indexOfHash.set(e.hash, i);
  });
  const count = entries.length;
  const broken = (
    at: number,
    reason: 'link' | 'hash' | 'number',
    kind: ChainBreakKind,
    extra: {
      missing?: { count: number; from: number; to: number };
      writtenAfter?: number | 'start';
    } = {},
  ): ChainVerdict => ({
    intact: false,
    count,
    brokenAt: at,
    reason,
    kind,
    entry: refOf(entries[at]!, at),
    ...extra,
  });

  let prev = GENESIS_HASH;
  for (let i = 0; i < count; i++) {
    const e = entries[i]!;
    // Storage may add bookkeeping keys (e.g. `seq`); hash only the content.
    const sealed = hashAuditEntry(pickContent(e), e.prevHash);
    const linked = e.prevHash === prev;
    if (sealed !== e.hash) {
      const next = entries[i + 1];
      const onlySeal = linked && next !== undefined && next.prevHash === sealed;
      return broken(i, linked ? 'hash' : 'link', onlySeal ? 'sealEdited' : 'edited');
    }
    const gap = numberGap(entries, i);
    if (!linked) {
      // The entry is as written, but was written after something else than what precedes it.
      if (i > 0 && e.prevHash === GENESIS_HASH) {
        return broken(i, 'link', 'reordered', { writtenAfter: 'start' });
      }
      const j = indexOfHash.get(e.prevHash);
      if (j !== undefined) {
        return broken(i, 'link', 'reordered', { writtenAfter: refOf(entries[j]!, j).number });
      }
      if (gap) return broken(i, 'link', 'removed', { missing: gap });
      if (i === 0) return broken(i, 'link', 'removed');
      const numbered = typeof e.seq === 'number' && typeof entries[i - 1]!.seq === 'number';
      return numbered ? broken(i - 1, 'link', 'replaced') : broken(i, 'link', 'unlinked');
    }
    // Linked to what precedes it, yet numbers are missing: entries were cut from the end of the
    // log and this one was appended to what was left.
    if (gap) return broken(i, 'number', 'removed', { missing: gap });
    prev = e.hash;
  }
  return { intact: true, count, head: prev };
}

function pickContent(e: AuditContent): AuditContent {
  const out: AuditContent = {
    id: e.id,
    at: e.at,
    actor: e.actor,
    entity: e.entity,
    entityId: e.entityId,
    action: e.action,
    fields: e.fields,
    version: e.version,
  };
  if (e.reason !== undefined) out.reason = e.reason;
  return out;
}
