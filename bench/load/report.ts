/** The load bench's figures as markdown (stdout), from the same object that goes to --out. */
import type { DbInfo } from '../sync/server-protocol';
import type { DayFigures, KindFigures } from './figures';

export interface LoadReport {
  date: string;
  command: string;
  machine: {
    cpu: string;
    cores: number;
    ramGb: number;
    node: string;
    os: string;
    loadBefore: number[];
    loadAfter: number[];
  };
  options: Record<string, unknown>;
  db: DbInfo;
  setup: {
    templates: number;
    templatesMs: number;
    usersMs: number;
    historyMs: number;
    recordsBefore: number;
  };
  warmup: DayFigures | null;
  days: DayFigures[];
  end: { recordsExpected: number; records: number };
  checks: string[];
  failures: string[];
  totalS: number;
}

const f0 = (x: number) => Math.round(x).toLocaleString('en-US').replace(/,/g, ' ');
const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toFixed(2);
const kb = (b: number) => (b / 1024).toFixed(1);
const mb = (b: number) => (b / 1024 / 1024).toFixed(0);
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

function kindRow(name: string, k: KindFigures): string {
  const l = k.latency;
  return row([
    name,
    f0(k.requests),
    `**${f0(k.rps)}**`,
    f1(l.p50),
    f1(l.p90),
    `**${f1(l.p99)}**`,
    f1(l.max),
    `${k.errors} / ${k.timeouts} / ${k.non2xx}`,
    `${kb(k.bodyOut)} / ${kb(k.bodyIn)}`,
  ]);
}

function dayTable(d: DayFigures): string[] {
  const s = d.server;
  const c = d.cpu;
  const look = d.pullLook;
  return [
    `### ${d.label}: ${d.connections} connections, ${f0(d.advocates)} advocates, ${f1(d.wallS)} s`,
    '',
    row([
      '',
      'requests',
      'req/s',
      'p50 ms',
      'p90 ms',
      'p99 ms',
      'max ms',
      'errors / timeouts / non-2xx',
      'KB out / in',
    ]),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
    kindRow(`push (${d.opsAccepted / Math.max(1, d.push.requests)} ops)`, d.push),
    kindRow('pull', d.pull),
    kindRow('both', d.both),
    '',
    `Server: ${f1(s.statementsPerRequest)} statements and ${f1(s.dbMsPerRequest)} ms waiting on the database per request; ${f1(s.serverMsPerRequest)} ms in the server per request (handler ${f1(s.handlerMsPerRequest)} ms); peak RSS ${mb(s.peakRss)} MB.`,
    `CPU (% of one core over the day): server ${f0(c.serverPct)} %, PostgreSQL ${c.postgresPct === null ? '—' : `${f0(c.postgresPct)} %`}, driver ${f0(c.driverPct)} %; the machine ${f0(c.machinePct)} % of ${c.cores} cores. Per request: server ${f2(c.perRequestMs.server)} ms, PostgreSQL ${c.perRequestMs.postgres === null ? '—' : `${f2(c.perRequestMs.postgres)} ms`}, driver ${f2(c.perRequestMs.driver)} ms of CPU.`,
    `A pull answer (${look.answers} looked at): ${f1(look.changes)} changes, ${f1(look.marks)} aid marks, ${f1(look.conflicts)} conflicts, ${kb(look.jsonBytes)} KB of JSON; ${look.more} said "more".`,
    `Requests per second through the day: ${d.perSecond.join(' ')}.`,
    ...(d.problems.length ? ['', `**Problems:** ${d.problems.join('; ')}`] : []),
    '',
  ];
}

export function renderLoadMarkdown(r: LoadReport): string {
  const m = r.machine;
  const o = r.options;
  const db =
    r.db.kind === 'postgres'
      ? `PostgreSQL ${r.db.version} (fsync=${r.db.fsync}, synchronous_commit=${r.db.synchronousCommit})`
      : `PGlite (PostgreSQL ${r.db.version}, in memory in the server process)`;
  const lines = [
    `# Server load (${r.date})`,
    '',
    `\`${r.command}\``,
    '',
    `Machine: ${m.cores} × ${m.cpu}, ${m.ramGb.toFixed(1)} GB RAM, ${m.os}, Node ${m.node}; load average ${m.loadBefore.map(f1).join(' / ')} before, ${m.loadAfter.map(f1).join(' / ')} after. Database: ${db}.`,
    '',
    `${f0(Number(o['advocates']))} advocates in ${f0(Number(o['offices']))} offices of one collegium${r.days.length > 1 ? ' (a new set of them, in offices of their own, for each day)' : ''}, a device each, ${o['history']} records each already on the server (${f0(r.setup.recordsBefore)} records in all). A day: every advocate pushes ${o['opsPerPush']} new records once (real rows of a ${f0(r.setup.templates)}-record laptop, gzipped as the app sends them), then pulls once since the day's start${o['echoes'] ? ' naming its push as echoes' : ''}. Server: ${o['workers']} process(es), pool ${o['poolMax']}, request log at ${o['logLevel']}.`,
    '',
    `Set-up (not measured): templates ${f1(r.setup.templatesMs / 1000)} s, users and devices ${f1(r.setup.usersMs / 1000)} s, history ${f1(r.setup.historyMs / 1000)} s. Latency is from writing the request to the answer's last byte, in the driver (same machine).`,
    '',
    ...r.days.flatMap(dayTable),
    ...(r.warmup
      ? [
          `Warm-up day (not measured above): ${f0(r.warmup.advocates)} advocates, ${f0(r.warmup.rps)} req/s.`,
          '',
        ]
      : []),
    `End: ${f0(r.end.records)} records on the server, ${f0(r.end.recordsExpected)} expected.`,
    '',
    '## Checks',
    '',
    ...r.checks.map((c) => `- ${c}`),
    ...r.failures.map((f) => `- **FAILED:** ${f}`),
    '',
    `Total ${f1(r.totalS)} s.`,
  ];
  return lines.join('\n');
}
