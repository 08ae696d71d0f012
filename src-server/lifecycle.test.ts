import { describe, expect, it } from 'vitest';
import { buildServer } from './app';
import { migrate } from './db/migrate';
import { openPglite } from './db/pglite';
import { shutdown } from './lifecycle';

async function serverWithSlowRoute(delayMs: number) {
  const db = await openPglite();
  await migrate(db);
  const app = await buildServer({ db });
  app.get('/v1/test-slow', async () => {
    await new Promise((r) => setTimeout(r, delayMs));
    return { ok: true, done: true };
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { db, app, url: `http://127.0.0.1:${port}` };
}

describe('graceful shutdown', () => {
  it('lets a request in flight finish, refuses new connections, then closes the database', async () => {
    const { db, app, url } = await serverWithSlowRoute(300);
    const inFlight = fetch(`${url}/v1/test-slow`).then((r) => r.json());
    await new Promise((r) => setTimeout(r, 50));
    const outcome = shutdown(app, db, 5_000);
    await new Promise((r) => setTimeout(r, 20));
    await expect(fetch(`${url}/v1/health`)).rejects.toThrow();
    expect(await inFlight).toEqual({ ok: true, done: true });
    expect(await outcome).toBe('clean');
    await expect(db.query('SELECT 1')).rejects.toThrow();
  });

  it('cuts requests that outlive the timeout and still closes the database', async () => {
    const { db, app, url } = await serverWithSlowRoute(3_000);
    const inFlight = fetch(`${url}/v1/test-slow`).then(
      () => 'answered',
      () => 'cut',
    );
    await new Promise((r) => setTimeout(r, 50));
    expect(await shutdown(app, db, 200)).toBe('timeout');
    expect(await inFlight).toBe('cut');
    await expect(db.query('SELECT 1')).rejects.toThrow();
  });
});
