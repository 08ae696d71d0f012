/**
 * `POST /v1/sync/conflicts/:id/resolve` (docs/sync.md, "Resolving conflicts"): bearer auth,
 * zod-validated id and body, the work in resolve.ts. Registered by routes.ts.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { principalOf } from '../auth/authenticate';
import type { Db } from '../db/db';
import { ApiError } from '../http/errors';
import { parseOr400 } from '../http/validate';
import {
  conflictIdSchema,
  resolveConflictRequestSchema,
  type ResolveConflictResponse,
} from '../../src-shared/contracts/sync/protocol';
import { resolveConflict } from './resolve';

const paramsSchema = z.object({ id: conflictIdSchema });

const conflictNotFound = {
  status: 404,
  message: {
    kk: 'Мұндай қайшылық табылмады.',
    ru: 'Такой конфликт не найден.',
    en: 'No such conflict.',
  },
};

const notYourConflict = {
  status: 403,
  message: {
    kk: 'Қайшылықты тек жазба иесі немесе консультация меңгерушісі шеше алады.',
    ru: 'Разрешить конфликт может только владелец записи или заведующий консультацией.',
    en: 'Only the owner of the record or the head of the office may resolve this conflict.',
  },
};

export function registerResolveRoute(app: FastifyInstance, db: Db, now: () => Date): void {
  app.post(
    '/v1/sync/conflicts/:id/resolve',
    { preHandler: app.requireAuth },
    async (request): Promise<ResolveConflictResponse> => {
      const principal = principalOf(request);
      const { id } = parseOr400(paramsSchema, request.params);
      const body = parseOr400(resolveConflictRequestSchema, request.body);
      const outcome = await resolveConflict(db, principal, id, body, now());
      if (!outcome.ok) {
        throw outcome.reason === 'not-found'
          ? new ApiError('conflictNotFound', conflictNotFound)
          : new ApiError('forbidden', notYourConflict);
      }
      // Ids only: a note may say anything and is not logged.
      request.log.info(
        {
          userId: principal.userId,
          conflictId: id,
          resolution: outcome.response.resolution,
          changed: outcome.changed,
        },
        'sync conflict resolved',
      );
      return outcome.response;
    },
  );
}
