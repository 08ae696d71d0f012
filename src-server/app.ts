/**
 * The office sync server as a Fastify instance, without listening: index.server.ts listens,
 * tests use `app.inject`. Everything it needs comes in through `opts` (database, clock).
 */
import compress from '@fastify/compress';
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { installSmallInflate } from './app-inflate';
import { installAuth } from './auth/authenticate';
import {
  AUTH_CHANNEL,
  DEFAULT_CACHE,
  PrincipalCache,
  type PrincipalCacheOptions,
} from './auth/principal-cache';
import { LoginLimiter } from './auth/rate-limit';
import { authRoutes } from './auth/routes';
import type { Db } from './db/db';
import { installErrorHandlers } from './http/error-handler';
import { healthRoutes } from './http/health';
import { syncRoutes } from './sync/routes';

export interface BuildServerOptions {
  db: Db;
  /** false (tests), true (info level), or pino options such as `{ level: 'debug' }`. */
  logger?: boolean | Record<string, unknown>;
  now?: () => Date;
  /** true when a reverse proxy terminates TLS in front: then request.ip is X-Forwarded-For's. */
  trustProxy?: boolean;
  /** Tests inject a limiter with a controllable clock or smaller limits. */
  limiter?: LoginLimiter;
  /** The device-token cache (auth/principal-cache.ts); `{ ttlMs: 0, … }` turns it off. */
  authCache?: PrincipalCacheOptions;
}

/** A push of a few thousand ops fits; anything larger is a bug or an attack. */
export const BODY_LIMIT = 8 * 1024 * 1024;

// A client may name its request (x-request-id) so its logs and ours line up; anything that
// does not look like an id is replaced, so a header cannot forge log lines.
const REQUEST_ID = /^[A-Za-z0-9._:-]{8,64}$/;

function loggerOptions(logger: BuildServerOptions['logger']): FastifyServerOptions['logger'] {
  if (!logger) return false;
  return {
    level: 'info',
    ...(typeof logger === 'object' ? logger : {}),
    // Fastify logs method, url, ip and status — never bodies. Headers are not logged either,
    // but if someone adds them, the token and cookies are cut out.
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization'],
      censor: '[redacted]',
    },
  };
}

export async function buildServer(opts: BuildServerOptions): Promise<FastifyInstance> {
  const { db } = opts;
  const now = opts.now ?? (() => new Date());
  const startedAt = now();

  const app = Fastify({
    logger: loggerOptions(opts.logger),
    trustProxy: opts.trustProxy ?? false,
    bodyLimit: BODY_LIMIT,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    // Sync pushes can be slow on a rural 3G link; a stuck client still cannot hold a socket forever.
    requestTimeout: 120_000,
    return503OnClosing: true,
  });

  // While shutting down, answers to requests already in flight close their keep-alive
  // connection; otherwise an idle client socket would hold app.close() open until it times out.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
    if (closing) void reply.header('connection', 'close');
  });

  installErrorHandlers(app);
  // JSON only: without this, Fastify hands a text/plain body to handlers as a string.
  app.removeContentTypeParser('text/plain');
  // Recently seen device tokens, kept only while the database's change notifications
  // (migration 006) are heard: see principal-cache.ts for why that stays correct.
  const principals = new PrincipalCache(opts.authCache ?? DEFAULT_CACHE);
  if (principals.options.ttlMs > 0 && db.listen) {
    const stop = await db.listen(AUTH_CHANNEL, (event) => {
      if (event === 'notify') principals.invalidate();
      else principals.setLive(event === 'ready');
    });
    app.addHook('onClose', async () => {
      await stop();
    });
  }
  installAuth(app, db, now, principals);

  // Small gzip request bodies are inflated in one call (app-inflate.ts), the rest below.
  installSmallInflate(app, BODY_LIMIT);
  // Responses: br or gzip when the client accepts it (pull pages are large, links are slow).
  // Requests: a gzip/br body is inflated before parsing; BODY_LIMIT applies to the inflated
  // size, so a small "zip bomb" is still refused.
  await app.register(compress, {
    global: true,
    encodings: ['br', 'gzip'],
    requestEncodings: ['gzip', 'br'],
    threshold: 1024,
    // A day's pull answer (~20 KB of JSON) is compressed in one call, not through a zlib stream
    // on the threadpool: an office server shares its two cores with PostgreSQL, so there is no
    // spare core for the stream to overlap with, and the stream's set-up cost more than the
    // compression (bench/load: 16 % of the server's CPU went to compression streams). A first
    // sync's pages (~150 KB) still stream, so the event loop is never held for long.
    syncThreshold: 64 * 1024,
  });

  await app.register(healthRoutes, { db, now, startedAt });
  await app.register(authRoutes, {
    db,
    now,
    limiter: opts.limiter ?? new LoginLimiter({}, now),
    principals,
  });

  // Sync (src-server/sync): each route is protected by `preHandler: app.requireAuth` and reads
  // the caller from `principalOf(request)` (src-server/auth/authenticate.ts), never the body.
  await app.register(syncRoutes, { db, now });

  return app;
}
