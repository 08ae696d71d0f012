/**
 * Ids as the app makes them (UUIDv7: the time of creation, then random bits), but from a
 * seeded generator and the bench's own clock, so the same data get the same ids on every run.
 */
import { rng } from '../web/fixtures';

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

/** A time-ordered UUIDv7 generator: `clockMs()` gives the time, a counter orders ties. */
export function uuidv7Generator(seed: number, clockMs: () => number): () => string {
  const r = rng(seed);
  let lastMs = -1;
  let seq = 0;
  return () => {
    let ms = clockMs();
    if (ms <= lastMs) {
      ms = lastMs;
      seq += 1;
      // 12 bits of sequence per millisecond; beyond that borrow the next millisecond.
      if (seq > 0xfff) {
        ms += 1;
        seq = 0;
      }
    } else seq = 0;
    lastMs = ms;
    const t = hex(ms, 12);
    const variant = 0x8000 | Math.floor(r() * 0x4000);
    const tail = hex(Math.floor(r() * 0x1000000), 6) + hex(Math.floor(r() * 0x1000000), 6);
    return `${t.slice(0, 8)}-${t.slice(8)}-7${hex(seq, 3)}-${hex(variant, 4)}-${tail}`;
  };
}
