/**
 * The chain head as printed on paper, and finding it again in the log. The monthly report
 * prints the full head hash, register sheets its first 16 characters (register-sheet.ts). Since
 * every hash covers all entries before it, finding a printed head among the entries that verify
 * proves the log is unchanged up to the printout; not finding it means entries written before
 * the printout were removed from the end of the log (which the chain alone cannot show), or
 * the paper comes from another computer or user.
 */
import { verifyAuditChain, type ChainVerdict, type StoredChainEntry } from './hash-chain';

/**
 * The log's head: how many entries, the last one, and where the chain first breaks (1-based;
 * null when it verifies). One computation for the monthly report's head and a backup's header,
 * so the two can never disagree about the same log.
 */
export function chainHeadOf<T extends StoredChainEntry>(
  entries: readonly T[],
): { entries: number; last: T | null; brokenAt: number | null } {
  const verdict = verifyAuditChain(entries);
  return {
    entries: entries.length,
    last: entries.at(-1) ?? null,
    brokenAt: verdict.intact ? null : verdict.brokenAt + 1,
  };
}

/** Characters of the head shown on screen and on register sheets: 64 bits, plenty to compare. */
export const SHORT_HASH_LENGTH = 16;

export function shortHash(hash: string): string {
  return hash.slice(0, SHORT_HASH_LENGTH);
}

/**
 * A head typed or pasted from paper → lower-case hex, or null if it is not one: at least the
 * short form, at most a full SHA-256. Spaces and line breaks (a hash wrapped on paper) and a
 * trailing ellipsis are ignored.
 */
export function parsePrintedHead(text: string): string | null {
  const hex = text
    .replace(/[\s…]+/g, '')
    .replace(/\.+$/, '')
    .toLowerCase();
  return /^[0-9a-f]+$/.test(hex) && hex.length >= SHORT_HASH_LENGTH && hex.length <= 64
    ? hex
    : null;
}

export type HeadLocation =
  | {
      found: true;
      /** Index of the entry whose hash the paper shows. */
      index: number;
      /** Its storage number (`seq`), or its 1-based position. */
      number: number;
      /** Entries written after it. */
      after: number;
    }
  | { found: false };

/** Looks for the printed head among the entries the verdict vouches for (before any break). */
export function locateHead(
  entries: readonly StoredChainEntry[],
  verdict: ChainVerdict,
  printedHead: string,
): HeadLocation {
  const verified = verdict.intact ? entries.length : verdict.brokenAt;
  for (let i = 0; i < verified; i++) {
    const e = entries[i]!;
    if (e.hash.startsWith(printedHead)) {
      return {
        found: true,
        index: i,
        number: typeof e.seq === 'number' ? e.seq : i + 1,
        after: entries.length - i - 1,
      };
    }
  }
  return { found: false };
}
