/**
 * `POST /v1/sync/push` and `POST /v1/sync/pull` (docs/sync.md, "Protocol"), and
 * `POST /v1/sync/conflicts/:id/resolve` (resolve-route.ts), `POST /v1/sync/relay` and
 * `POST /v1/sync/signing-key` (relay-routes.ts). All need a device
 * token (`app.requireAuth`, src-server/auth/authenticate.ts); bodies are zod-validated with the
 * src-shared protocol schemas (400 naming the failing paths). Responses are compressed by the
 * app's @fastify/compress when the client accepts it.
 */
import type { FastifyPluginAsync } from 'fastify';
import { principalOf } from '../auth/authenticate';
import type { Db } from '../db/db';
import { ApiError } from '../http/errors';
import { parseOr400 } from '../http/validate';
import {
  pullRequestSchema,
  pushRequestSchema,
  type PullResponse,
  type PushResponse,
} from '../../src-shared/contracts/sync/protocol';
import { pull } from './pull';
import { applyPush } from './push';
import { registerRelayRoutes } from './relay-routes';
import { registerResolveRoute } from './resolve-route';

export interface SyncRoutesOptions {
  db: Db;
  now: () => Date;
}

const deviceMismatch = {
  status: 403,
  message: {
    kk: 'Сұрау басқа құрылғының атынан жіберілген. Серверге қайта кіріңіз.',
    ru: 'Запрос отправлен от имени другого устройства. Войдите на сервер заново.',
    en: 'The request names another device. Sign in to the server again.',
  },
};

export const syncRoutes: FastifyPluginAsync<SyncRoutesOptions> = async (app, opts) => {
  const { db, now } = opts;

  app.post(
    '/v1/sync/push',
    { preHandler: app.requireAuth },
    async (request): Promise<PushResponse> => {
      const principal = principalOf(request);
      const body = parseOr400(pushRequestSchema, request.body);
      if (body.deviceId !== undefined && body.deviceId !== principal.deviceId) {
        throw new ApiError('deviceMismatch', deviceMismatch);
      }
      const response = await applyPush(db, principal, body.ops, now());
      const counts: Record<string, number> = {};
      for (const r of response.results) counts[r.outcome] = (counts[r.outcome] ?? 0) + 1;
      // Ids and counts only: never a record.
      request.log.info({ userId: principal.userId, ops: body.ops.length, ...counts }, 'sync push');
      return response;
    },
  );

  app.post(
    '/v1/sync/pull',
    { preHandler: app.requireAuth },
    async (request): Promise<PullResponse> => {
      const principal = principalOf(request);
      const body = parseOr400(pullRequestSchema, request.body);
      return pull(db, principal, body.since, body.limit, body.echoes);
    },
  );

  registerResolveRoute(app, db, now);
  // Offline bundles (docs/sync.md): a head relays an advocate's bundle; devices register keys.
  registerRelayRoutes(app, db, now);
};
