/**
 * Echo ranges (docs/sync.md, "Echoes"): the revisions this device's own accepted ops produced,
 * kept as sorted, disjoint closed ranges until a pull has gone past them. A pull sends the ones
 * above its `since`, and the server leaves those records out: the device wrote them and holds
 * them, so a first sync does not download the register it has just uploaded.
 *
 * Losing a range is always safe (the record simply comes back and is compared as before), so
 * the list is capped and the highest ranges are the ones dropped: a pull consumes from below.
 */
import { MAX_ECHO_RANGES, type EchoRange } from '../contracts/sync/protocol';

/** `ranges` with `revisions` added: sorted, adjacent and overlapping ranges merged, capped. */
export function addEchoes(
  ranges: readonly EchoRange[],
  revisions: readonly number[],
  cap = MAX_ECHO_RANGES,
): EchoRange[] {
  if (revisions.length === 0) return [...ranges];
  const all: EchoRange[] = [...ranges, ...revisions.map((r): EchoRange => [r, r])];
  all.sort((a, b) => a[0] - b[0]);
  const merged: EchoRange[] = [];
  for (const [lo, hi] of all) {
    const last = merged.at(-1);
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else merged.push([lo, hi]);
  }
  return merged.slice(0, cap);
}

/** The ranges a pull from `since` can still use. */
export function echoesAbove(ranges: readonly EchoRange[], since: number): EchoRange[] {
  return ranges.filter(([, hi]) => hi > since);
}

/** After a pull reached `revision`: what is left to skip later. */
export function pruneEchoes(ranges: readonly EchoRange[], revision: number): EchoRange[] {
  return echoesAbove(ranges, revision);
}
