/**
 * LISTEN for `Db.listen` on PostgreSQL: a connection of its own (a pooled one goes back to the
 * pool and would stop hearing), reopened when it fails. Whoever listens is told `lost` the
 * moment it fails — notifications sent meanwhile are gone — and `ready` once it listens again.
 */
import pg from 'pg';
import { checkChannel, type ListenEvent } from './db';

const FIRST_RETRY_MS = 250;
const LAST_RETRY_MS = 30_000;

export async function listenPostgres(
  connectionString: string,
  channel: string,
  on: (event: ListenEvent) => void,
): Promise<() => Promise<void>> {
  const name = checkChannel(channel);
  let stopped = false;
  let current: pg.Client | null = null;
  let retry: NodeJS.Timeout | undefined;
  let delay = FIRST_RETRY_MS;

  const schedule = () => {
    if (stopped) return;
    retry = setTimeout(() => void open(), delay);
    retry.unref();
    delay = Math.min(LAST_RETRY_MS, delay * 2);
  };

  const open = async (): Promise<void> => {
    // keepAlive: a connection that died silently is noticed by TCP, not only at the next write.
    const client = new pg.Client({ connectionString, keepAlive: true });
    const failed = () => {
      if (current !== client) return;
      current = null;
      void client.end().catch(() => undefined);
      on('lost');
      schedule();
    };
    client.on('error', failed);
    client.on('end', failed);
    client.on('notification', (m) => {
      if (m.channel === name) on('notify');
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${name}`);
    } catch {
      void client.end().catch(() => undefined);
      on('lost');
      schedule();
      return;
    }
    if (stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    // A listener alone never keeps the process alive (the server's sockets do).
    (
      client as unknown as { connection?: { stream?: { unref?: () => void } } }
    ).connection?.stream?.unref?.();
    current = client;
    delay = FIRST_RETRY_MS;
    on('ready');
  };

  await open();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    const client = current;
    current = null;
    await client?.end().catch(() => undefined);
  };
}
