/**
 * One error envelope for every failure, whoever raised it: our ApiError, a zod error that
 * escaped a handler, Fastify's own 4xx (bad JSON, body too large, wrong content type, bad
 * Content-Encoding), an unknown route, or a bug (500, logged with its stack, never sent).
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import { ApiError, apiErrors, type ApiErrorCode, errorBody, type Localized } from './errors';
import { zodIssues } from './validate';

/** Fastify's client-error codes → ours. Any other 4xx from Fastify becomes badRequest. */
const fastifyCodes: Record<string, ApiErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payloadTooLarge',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupportedMediaType',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'badRequest',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'badRequest',
  FST_ERR_CTP_INVALID_JSON_BODY: 'badRequest',
  FST_CPR_UNSUPPORTED_REQUEST_ENCODING: 'unsupportedMediaType',
  FST_CPR_INVALID_REQUEST_PAYLOAD: 'badRequest',
};

function send(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  message: Localized,
  issues?: { path: string; message: string }[],
) {
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send(errorBody(code, message, { ...(issues ? { issues } : {}), requestId: request.id }));
}

export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | ApiError | ZodError, request, reply) => {
    if (error instanceof ApiError) {
      if (error.status >= 500) request.log.error({ code: error.code }, 'request failed');
      reply.headers(error.headers);
      return send(request, reply, error.status, error.code, error.localized, error.issues);
    }
    if (error instanceof ZodError) {
      const e = apiErrors.validationFailed;
      return send(request, reply, e.status, 'validationFailed', e.message, zodIssues(error));
    }
    const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status >= 400 && status < 500) {
      const mapped =
        fastifyCodes[error.code] ?? (status === 413 ? 'payloadTooLarge' : 'badRequest');
      request.log.info({ fastifyCode: error.code, status }, 'client error');
      // Keep Fastify's status (413, 415…) even when the code is the generic badRequest.
      return send(request, reply, status, mapped, apiErrors[mapped].message);
    }
    // A bug or an unreachable database: the log gets the details, the client a generic 500.
    request.log.error({ err: error }, 'unhandled error');
    const e = status === 503 ? apiErrors.unavailable : apiErrors.internal;
    return send(
      request,
      reply,
      status === 503 ? 503 : 500,
      status === 503 ? 'unavailable' : 'internal',
      e.message,
    );
  });

  app.setNotFoundHandler((request, reply) => {
    const e = apiErrors.notFound;
    return send(request, reply, e.status, 'notFound', e.message);
  });
}
