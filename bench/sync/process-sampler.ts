/**
 * What a bench's server process measures of itself from outside the server's code: bytes on its
 * HTTP server's sockets, peak RSS and heap, CPU time. Shared by our server (server-process.ts),
 * the PouchDB side's (pouch/server-process.ts) and the load bench's workers
 * (load/cluster-server.ts), so the figures put side by side are counted the same way.
 */
import type { Server, Socket } from 'node:net';

export interface ProcessFigures {
  /** Bytes read and written on the server's sockets, closed and still open, headers included. */
  bytesIn: number;
  bytesOut: number;
  /** CPU time of the process since it started (user + system), ms. */
  cpuMs: number;
  /** The highest RSS and V8 heap used seen since the start or the last reset. */
  peakRss: number;
  peakHeap: number;
}

export interface ProcessSampler {
  /** The figures now; `resetPeak` starts the peaks again after reading them (a new phase). */
  read(resetPeak?: boolean): ProcessFigures;
  /** Stops the memory sampling (the server is closing). */
  stop(): void;
}

export interface SamplerOptions {
  /** How often memory is sampled, ms: a peak between two samples is missed. */
  everyMs?: number;
  memoryUsage?: () => { rss: number; heapUsed: number };
  cpuUsage?: () => { user: number; system: number };
}

/** Starts counting on `server`: call before it listens, so no connection is missed. */
export function sampleProcess(server: Server, o: SamplerOptions = {}): ProcessSampler {
  const memoryUsage = o.memoryUsage ?? (() => process.memoryUsage());
  const cpuUsage = o.cpuUsage ?? (() => process.cpuUsage());
  const sockets = new Set<Socket>();
  // A closed socket's bytes are kept here, so the totals never go down as connections end.
  let closedIn = 0;
  let closedOut = 0;
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => {
      closedIn += s.bytesRead;
      closedOut += s.bytesWritten;
      sockets.delete(s);
    });
  });

  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const m = memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const timer = setInterval(sample, o.everyMs ?? 50);

  return {
    read(resetPeak = false) {
      sample();
      let bytesIn = closedIn;
      let bytesOut = closedOut;
      for (const s of sockets) {
        bytesIn += s.bytesRead;
        bytesOut += s.bytesWritten;
      }
      const cpu = cpuUsage();
      const figures = {
        bytesIn,
        bytesOut,
        cpuMs: (cpu.user + cpu.system) / 1000,
        peakRss,
        peakHeap,
      };
      if (resetPeak) peakRss = peakHeap = 0;
      return figures;
    },
    stop: () => clearInterval(timer),
  };
}
