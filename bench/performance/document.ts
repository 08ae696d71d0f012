/**
 * docs/performance.md, written from one run of `npm run bench` only: the header (machine,
 * command, date), the goals (goals.ts), then each part's own markdown report with its headings
 * moved under this document's. The prose here holds no figure; every number comes from a part.
 */
import { goalsOf, goalsTable } from './goals';

export interface Machine {
  cpu: string;
  cores: number;
  ramGb: number;
  os: string;
  node: string;
  chromium?: string;
  postgres?: string;
  loadBefore: number[];
  loadAfter: number[];
}

export interface PartDoc {
  title: string;
  /** What the part measures and how to read it (no figures). */
  intro: string;
  markdown: string;
  seconds: number;
}

export interface PerformanceDoc {
  date: string;
  command: string;
  machine: Machine;
  totalS: number;
  json: { sync?: unknown; register?: unknown; load?: unknown };
  parts: PartDoc[];
}

/** `# x` → `### x` etc., so a part's report nests under its section; its title line is dropped. */
export function nestHeadings(md: string, by: number): string {
  const lines = md.trim().split('\n');
  if (lines[0]?.startsWith('# ')) lines.shift();
  let fence = false;
  return lines
    .map((line) => {
      if (line.startsWith('```')) fence = !fence;
      return !fence && /^#{1,5} /.test(line) ? `${'#'.repeat(by)}${line}` : line;
    })
    .join('\n')
    .trim();
}

const load = (l: number[]) => l.map((x) => x.toFixed(1)).join(' / ');

export function renderPerformance(doc: PerformanceDoc): string {
  const m = doc.machine;
  const out = [
    '# Performance',
    '',
    `Written by \`${doc.command}\` on ${doc.date}, in ${(doc.totalS / 60).toFixed(0)} minutes. Every figure in this file comes from that one run; run the command again to replace them all (it rewrites this file). Nothing here is a pass/fail test: a slower machine is information.`,
    '',
    '## Machine',
    '',
    `- ${m.cpu}, ${m.cores} cores, ${m.ramGb.toFixed(1)} GB RAM; ${m.os}; Node ${m.node}`,
    ...(m.chromium ? [`- Chromium ${m.chromium}, headless`] : []),
    ...(m.postgres ? [`- ${m.postgres}`] : []),
    `- Load average (1 / 5 / 15 min) before the run ${load(m.loadBefore)}, after ${load(m.loadAfter)}. Above the core count, other work shared the machine and the figures are slower than the code.`,
    '',
    '## Goals',
    '',
    "Issue 10's aims, read from the parts below.",
    '',
    goalsTable(goalsOf(doc.json)),
    '',
  ];
  doc.parts.forEach((p, i) => {
    out.push(
      `## ${i + 1}. ${p.title}`,
      '',
      p.intro.trim(),
      '',
      `Part run time: ${p.seconds.toFixed(0)} s.`,
      '',
    );
    out.push(nestHeadings(p.markdown, 1), '');
  });
  out.push(
    '## How to reproduce',
    '',
    '```sh',
    'npm run bench                 # everything above; about half an hour on 2 cores',
    'npm run bench -- --quick      # the same parts at a tenth of the size, to try the pipeline',
    '```',
    '',
    'Each part also runs on its own: `npm run bench:sync`, `npm run bench:load`, `npm run bench:register` (see `bench/README.md`). The raw JSON of this run is in `bench/results/performance/`.',
    '',
  );
  return out.join('\n');
}
