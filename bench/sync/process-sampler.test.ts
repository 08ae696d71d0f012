import { once } from 'node:events';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { sampleProcess } from './process-sampler';

describe('sampleProcess', () => {
  it('counts the bytes of open sockets and keeps those of closed ones', async () => {
    const received: Buffer[] = [];
    const server = createServer((s) => {
      s.on('data', (d: Buffer) => {
        received.push(d);
        s.write('ok!');
      });
    });
    const sampler = sampleProcess(server, { everyMs: 60_000 });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    const roundTrip = async (text: string): Promise<Socket> => {
      const c = connect(port, '127.0.0.1');
      await once(c, 'connect');
      c.write(text);
      await once(c, 'data');
      return c;
    };
    try {
      expect(sampler.read()).toMatchObject({ bytesIn: 0, bytesOut: 0 });
      const first = await roundTrip('hello');
      expect(sampler.read()).toMatchObject({ bytesIn: 5, bytesOut: 3 });
      first.end();
      await once(first, 'close');
      // The server side's 'close' may come a tick after the client's.
      await new Promise((r) => setTimeout(r, 50));
      const second = await roundTrip('salem');
      expect(sampler.read()).toMatchObject({ bytesIn: 10, bytesOut: 6 });
      second.destroy();
    } finally {
      sampler.stop();
      server.close();
    }
    expect(Buffer.concat(received).toString()).toBe('hellosalem');
  });

  it('keeps the peak memory until a reset, and reads CPU time in ms', () => {
    const rss = [100, 300, 200, 50];
    const heap = [10, 5, 30, 1];
    let i = 0;
    const sampler = sampleProcess(createServer(), {
      everyMs: 60_000,
      memoryUsage: () => ({ rss: rss[i]!, heapUsed: heap[i++]! }),
      cpuUsage: () => ({ user: 1500, system: 500 }),
    });
    try {
      expect(sampler.read()).toEqual({
        bytesIn: 0,
        bytesOut: 0,
        cpuMs: 2,
        peakRss: 100,
        peakHeap: 10,
      });
      expect(sampler.read()).toMatchObject({ peakRss: 300, peakHeap: 10 });
      // The figures read carry the peaks; the next phase starts from zero.
      expect(sampler.read(true)).toMatchObject({ peakRss: 300, peakHeap: 30 });
      expect(sampler.read()).toMatchObject({ peakRss: 50, peakHeap: 1 });
    } finally {
      sampler.stop();
    }
  });
});
