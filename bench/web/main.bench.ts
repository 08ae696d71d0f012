/**
 * The benchmark's page: the app's own database, codec and repositories (not copies), driven by
 * bench/register.bench.mjs through window.__bench. Every function times itself with
 * performance.now() inside the page, so the figures exclude the DevTools round trip.
 */
import '../../src-renderer/app/zod-jitless';
import { codecCost, storage } from './diagnostics';
import { notices, pdf } from './documents';
import { closeRaw, getAllAll, getAllFirst, monthIndex, openRaw, searchKeyRows } from './floor';
import {
  firstPage,
  queries,
  searchCheck,
  searchIndexed,
  searchKeyOf,
  searchPhases,
  searchScan,
} from './search';
import { open, seed } from './seed';
import { useStore } from './store';

const bench = {
  useStore,
  seed,
  open,
  queries,
  searchIndexed,
  searchKeyOf,
  searchScan,
  searchPhases,
  searchCheck,
  firstPage,
  floor: { openRaw, getAllAll, getAllFirst, monthIndex, searchKeyRows, closeRaw },
  pdf,
  notices,
  codecCost,
  storage,
};

declare global {
  interface Window {
    __bench: typeof bench;
  }
}
window.__bench = bench;
