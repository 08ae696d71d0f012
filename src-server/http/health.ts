/**
 * GET /v1/health — for a reverse proxy, a monitoring script or the admin's curl. No auth and
 * nothing secret: the database kind, the schema version and the uptime. 503 when the database
 * does not answer, so a load balancer or systemd watchdog sees a broken server as broken.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../db/db';
import { ApiError } from './errors';

export interface HealthOptions {
  db: Db;
  now: () => Date;
  startedAt: Date;
}

export interface HealthResponse {
  ok: true;
  db: Db['kind'];
  schemaVersion: number;
  uptimeSeconds: number;
  time: string;
}

export const healthRoutes: FastifyPluginAsync<HealthOptions> = async (
  app,
  { db, now, startedAt },
) => {
  app.get('/v1/health', async (request, reply): Promise<HealthResponse> => {
    let schemaVersion: number;
    try {
      const { rows } = await db.query<{ version: number | null }>(
        'SELECT max(version) AS version FROM schema_migrations',
      );
      schemaVersion = Number(rows[0]?.version ?? 0);
    } catch (error) {
      request.log.error({ err: error }, 'health: database unreachable');
      throw new ApiError('unavailable');
    }
    const t = now();
    void reply.header('cache-control', 'no-store');
    return {
      ok: true,
      db: db.kind,
      schemaVersion,
      uptimeSeconds: Math.max(0, Math.round((t.getTime() - startedAt.getTime()) / 1000)),
      time: t.toISOString(),
    };
  });
};
