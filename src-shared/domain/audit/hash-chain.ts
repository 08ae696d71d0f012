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

export type ChainVerdict =
  | { intact: true; count: number; head: string }
  | { intact: false; count: number; brokenAt: number; reason: 'link' | 'hash' };

/** Checks entries in log order; `brokenAt` is the index of the first bad entry. */
export function verifyAuditChain(entries: readonly ChainedAuditEntry[]): ChainVerdict {
  let prev = GENESIS_HASH;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (e.prevHash !== prev)
      return { intact: false, count: entries.length, brokenAt: i, reason: 'link' };
    const { prevHash, hash, ...content } = e;
    // Storage may add bookkeeping keys (e.g. an auto-increment `seq`); hash only the content.
    const pure = pickContent(content);
    if (hashAuditEntry(pure, prevHash) !== hash) {
      return { intact: false, count: entries.length, brokenAt: i, reason: 'hash' };
    }
    prev = hash;
  }
  return { intact: true, count: entries.length, head: prev };
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
