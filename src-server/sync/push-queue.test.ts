import { describe, expect, it } from 'vitest';
import { GroupQueue, type Settled } from './push-queue';

/** A queue whose groups finish when the test says so, recording what each group held. */
function controlled(limits = { maxItems: 10, maxWeight: 100, weight: (n: number) => n }) {
  const groups: number[][] = [];
  const finish: (() => void)[] = [];
  const queue = new GroupQueue<number, string>(async (items) => {
    groups.push([...items]);
    await new Promise<void>((r) => finish.push(r));
    return items.map((n): Settled<string> =>
      n < 0 ? { ok: false, error: new Error(`bad ${n}`) } : { ok: true, value: `done ${n}` },
    );
  }, limits);
  const next = async () => {
    await new Promise((r) => setImmediate(r));
    finish.shift()?.();
    await new Promise((r) => setImmediate(r));
  };
  return { queue, groups, next };
}

describe('GroupQueue', () => {
  it('starts a request at once, alone; the ones arriving meanwhile go together next', async () => {
    const { queue, groups, next } = controlled();
    const a = queue.submit(1);
    expect(groups).toEqual([[1]]);
    const rest = [queue.submit(2), queue.submit(3), queue.submit(4)];
    expect(queue.queued).toBe(3);
    await next();
    expect(await a).toBe('done 1');
    expect(groups).toEqual([[1], [2, 3, 4]]);
    await next();
    expect(await Promise.all(rest)).toEqual(['done 2', 'done 3', 'done 4']);
    expect(queue.queued).toBe(0);
  });

  it('caps a group by count and by weight, but always takes one', async () => {
    const { queue, groups, next } = controlled({ maxItems: 2, maxWeight: 10, weight: (n) => n });
    const all = [
      queue.submit(1),
      queue.submit(4),
      queue.submit(5),
      queue.submit(3),
      queue.submit(50),
    ];
    for (let i = 0; i < 5; i++) await next();
    await Promise.all(all);
    expect(groups).toEqual([[1], [4, 5], [3], [50]]);
  });

  it('settles each request with its own outcome; a group that throws fails only its own', async () => {
    let calls = 0;
    const queue = new GroupQueue<number, number>(
      async (items) => {
        calls += 1;
        if (calls === 2) throw new Error('group failed');
        return items.map((n): Settled<number> => ({ ok: true, value: n * 10 }));
      },
      { maxItems: 10, maxWeight: 10, weight: () => 1 },
    );
    const first = queue.submit(1);
    const second = [queue.submit(2), queue.submit(3)].map((p) =>
      p.catch((error: unknown) => error),
    );
    expect(await first).toBe(10);
    expect(await Promise.all(second)).toEqual([
      new Error('group failed'),
      new Error('group failed'),
    ]);
    expect(await queue.submit(4)).toBe(40);
  });

  it('rejects one request of a group and resolves the others', async () => {
    const { queue, next } = controlled();
    const first = queue.submit(1);
    const bad = queue.submit(-1).catch((error: unknown) => error);
    const good = queue.submit(2);
    await next();
    await next();
    expect(await first).toBe('done 1');
    expect(await bad).toEqual(new Error('bad -1'));
    expect(await good).toBe('done 2');
  });
});
