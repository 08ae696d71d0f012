/**
 * Graceful shutdown: stop accepting connections, let requests in flight finish (a push that is
 * half-way through its transaction commits or rolls back, never neither), then close the
 * database. If requests outlive the timeout, their connections are cut; the database is closed
 * anyway — an unfinished transaction rolls back, and the client retries (pushes are idempotent).
 */
import type { FastifyInstance } from 'fastify';
import type { Db } from './db/db';

export async function shutdown(
  app: FastifyInstance,
  db: Db,
  timeoutMs: number,
): Promise<'clean' | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const outcome = await Promise.race([app.close().then(() => 'clean' as const), timedOut]);
  clearTimeout(timer);
  if (outcome === 'timeout') {
    app.log.warn({ timeoutMs }, 'shutdown: requests still running, closing their connections');
    app.server.closeAllConnections();
  }
  await db.close();
  return outcome;
}
