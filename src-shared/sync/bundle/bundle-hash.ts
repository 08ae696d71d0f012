/**
 * The hashes an offline bundle is built on, all SHA-256 (hex) over canonical JSON
 * (src-shared/domain/audit/canonical-json.ts), so the advocate's device, the head's device and
 * the server compute the same bytes whatever order fields were written in:
 *
 * - a chunk's hash: over the array of its ops in wire form (PushOp);
 * - `opsHash`: over the array of the chunk hashes — a one-level hash list, so the server can
 *   check one relayed chunk against the signature without receiving the others;
 * - the signed message: `{ purpose, header, opsHash }` — the header and, through opsHash, every
 *   op. The purpose string keeps a bundle signature from ever verifying as anything else;
 * - a record's hash (the receipt's column): over `op.record` alone.
 */
import type { PushOp } from '../../contracts/sync/protocol';
import { canonicalJson, type Json } from '../../domain/audit/canonical-json';
import { toHex, utf8 } from '../../security/vault/bytes';
import { sha256 } from '../../security/vault/webcrypto';
import { MAX_CHUNK_OPS, RELAY_CHUNK_BYTES, type BundleHeader } from './bundle-format';

export const SIGNATURE_PURPOSE = 'qorgau-offline-bundle/v1/signature';

/** Ops and records arrive as parsed JSON, so they are JSON values. */
const asJson = (value: unknown) => value as Json;

export const canonicalBytes = (value: unknown): Uint8Array => utf8(canonicalJson(asJson(value)));

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return toHex(await sha256(bytes));
}

export const recordHash = (op: PushOp): Promise<string> => sha256Hex(canonicalBytes(op.record));

/**
 * Consecutive chunks of at most MAX_CHUNK_OPS ops and RELAY_CHUNK_BYTES canonical bytes (an op
 * larger than that on its own goes alone). Order is kept: a later change of a record must reach
 * the server after the earlier one.
 */
export function chunkSizesOf(ops: readonly PushOp[]): number[] {
  const sizes: number[] = [];
  let count = 0;
  let bytes = 0;
  for (const op of ops) {
    const size = canonicalBytes(op).length + 1;
    if (count > 0 && (count === MAX_CHUNK_OPS || bytes + size > RELAY_CHUNK_BYTES)) {
      sizes.push(count);
      count = 0;
      bytes = 0;
    }
    count += 1;
    bytes += size;
  }
  if (count > 0) sizes.push(count);
  return sizes;
}

/** The ops of each chunk; the sizes must add up to `ops.length` (checked by the callers). */
export function chunksOf<T>(ops: readonly T[], sizes: readonly number[]): T[][] {
  const out: T[][] = [];
  let at = 0;
  for (const n of sizes) {
    out.push(ops.slice(at, at + n));
    at += n;
  }
  return out;
}

export const chunkHash = (ops: readonly PushOp[]): Promise<string> =>
  sha256Hex(canonicalBytes(ops));

export const opsHashOf = (chunkHashes: readonly string[]): Promise<string> =>
  sha256Hex(canonicalBytes(chunkHashes));

export const signedMessage = (header: BundleHeader, opsHash: string): Uint8Array =>
  canonicalBytes({ purpose: SIGNATURE_PURPOSE, header, opsHash });
