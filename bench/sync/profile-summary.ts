/**
 * Where a V8 CPU profile spent its time (`--cpu-prof` of the sync bench): self time grouped by
 * package or source folder, and the top functions by self time.
 *
 *   npx tsx bench/sync/profile-summary.ts bench/results/profiles/client-first-sync-pglite.cpuprofile [top]
 */
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

/** A readable owner for a script URL: the npm package, our source folder, or Node itself. */
export function areaOf(url: string, fn: string): string {
  if (!url) return fn.startsWith('(') ? fn : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const ours = /\/(src-[a-z]+\/[a-z-]+|bench\/[a-z-]+)\//.exec(url);
  if (ours) return ours[1]!;
  if (url.startsWith('node:')) return url.replace(/^node:(internal\/)?/, 'node:').split('/')[0]!;
  return url;
}

export function summarize(p: Profile, top = 25) {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  const areas = new Map<string, number>();
  const fns = new Map<string, number>();
  let total = 0;
  for (const [id, us] of self) {
    const n = byId.get(id)!;
    const { functionName, url, lineNumber } = n.callFrame;
    total += us;
    const area = areaOf(url, functionName);
    areas.set(area, (areas.get(area) ?? 0) + us);
    const key = `${functionName || '(anonymous)'} ${area}:${lineNumber + 1}`;
    fns.set(key, (fns.get(key) ?? 0) + us);
  }
  const sorted = (m: Map<string, number>) =>
    [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  return { totalMs: total / 1000, areas: sorted(areas), functions: sorted(fns) };
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: profile-summary.ts <file.cpuprofile> [top]');
  const s = summarize(
    JSON.parse(readFileSync(file, 'utf8')) as Profile,
    Number(process.argv[3] ?? 25),
  );
  const line = ([k, us]: [string, number]) =>
    `${(us / 1000).toFixed(0).padStart(8)} ms ${((100 * us) / 1000 / s.totalMs).toFixed(1).padStart(5)} %  ${k}`;
  console.log(`total ${s.totalMs.toFixed(0)} ms\n\nby area (self time):`);
  s.areas.forEach((a) => console.log(line(a)));
  console.log('\ntop functions (self time):');
  s.functions.forEach((f) => console.log(line(f)));
}
