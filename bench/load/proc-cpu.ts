/**
 * CPU time from Linux's /proc, read from outside the processes measured: the whole machine
 * (/proc/stat: how busy both cores were) and PostgreSQL's processes (the postmaster and its
 * children: the server pool's backends, the WAL writer, …), which run outside Node.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

let ticksPerSecond = 0;
function clockTicks(): number {
  if (!ticksPerSecond) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

export interface ProcStat {
  pid: number;
  ppid: number;
  /** user + system, ms */
  cpuMs: number;
}

/** One line of /proc/<pid>/stat (the command name may hold spaces and parentheses). */
export function parseProcStat(line: string, ticks: number): ProcStat {
  const close = line.lastIndexOf(')');
  const pid = Number(line.slice(0, line.indexOf(' ')));
  const rest = line
    .slice(close + 2)
    .trim()
    .split(/\s+/);
  // rest[0] is field 3 (state): ppid is field 4, utime 14, stime 15.
  const ppid = Number(rest[1]);
  const cpuTicks = Number(rest[11]) + Number(rest[12]);
  return { pid, ppid, cpuMs: (cpuTicks * 1000) / ticks };
}

function stat(pid: number): ProcStat | null {
  try {
    return parseProcStat(readFileSync(`/proc/${pid}/stat`, 'utf8'), clockTicks());
  } catch {
    return null; // gone
  }
}

/** CPU of `root` and its direct children, by pid (children that exit take their time along). */
export function treeCpu(root: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const s = stat(Number(name));
    if (s && (s.pid === root || s.ppid === root)) out.set(s.pid, s.cpuMs);
  }
  return out;
}

/** CPU used between two `treeCpu` snapshots by the processes alive at the second. */
export function treeDelta(a: Map<number, number>, b: Map<number, number>): number {
  let ms = 0;
  for (const [pid, v] of b) ms += v - (a.get(pid) ?? 0);
  return ms;
}

/** The parent of a process (a PostgreSQL backend's parent is the postmaster). */
export function parentOf(pid: number): number | null {
  return stat(pid)?.ppid ?? null;
}

export interface MachineCpu {
  busyMs: number;
  totalMs: number;
}

/** /proc/stat's first line: all cores together. */
export function parseMachineCpu(text: string, ticks: number): MachineCpu {
  const line = text.split('\n').find((l) => l.startsWith('cpu '))!;
  const v = line.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal (guest time is already in user)
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = v;
  const busy = user + nice + system + irq + softirq + steal;
  return { busyMs: (busy * 1000) / ticks, totalMs: ((busy + idle + iowait) * 1000) / ticks };
}

export function machineCpu(): MachineCpu {
  return parseMachineCpu(readFileSync('/proc/stat', 'utf8'), clockTicks());
}
