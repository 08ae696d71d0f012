/**
 * The office server's HTTP API as typed calls, over an injected `send` (Node's fetch in the
 * main process, the page's fetch in the browser preview), so the mapping from HTTP to outcomes
 * is written and tested once. Every response is validated with the shared schemas: a body the
 * app does not understand is `badResponse`, never trusted. Nothing here throws for a network or
 * server failure — the caller gets a `SyncFailure` it can show in kk/ru and retry later.
 */
import { z } from 'zod';
import {
  registerDeviceResponse,
  type RegisterDeviceRequest,
  type RegisterDeviceResponse,
  type SyncFailure,
  type SyncFailureCode,
} from '../contracts/sync/account';
import {
  pullResponseSchema,
  pushResponseSchema,
  resolveConflictResponseSchema,
  type PullRequest,
  type PullResponse,
  type PushRequest,
  type PushResponse,
  type ResolveConflictRequest,
  type ResolveConflictResponse,
} from '../contracts/sync/protocol';
import {
  registerSigningKeyResponseSchema,
  relayResponseSchema,
  type RegisterSigningKeyRequest,
  type RegisterSigningKeyResponse,
  type RelayRequest,
  type RelayResponse,
} from './bundle/relay-protocol';

export interface HttpRequest {
  method: 'GET' | 'POST' | 'DELETE';
  url: string;
  token?: string;
  body?: unknown;
}

export interface HttpResponse {
  status: number;
  /** The Retry-After header, when present. */
  retryAfter: string | null;
  /** The parsed JSON body, or undefined when it was not JSON. */
  json: unknown;
}

/** Thrown by `send` when no HTTP answer came at all. */
export class NoAnswerError extends Error {
  constructor(
    readonly kind: 'offline' | 'timeout',
    detail: string,
  ) {
    super(detail);
    this.name = 'NoAnswerError';
  }
}

export type HttpSend = (req: HttpRequest) => Promise<HttpResponse>;

export type Outcome<T> = { ok: true; value: T } | { ok: false; failure: SyncFailure };

const failure = (code: SyncFailureCode, detail: string, extra: Partial<SyncFailure> = {}) => ({
  ok: false as const,
  failure: { code, detail: detail.slice(0, 500), ...extra },
});

/** The server's error envelope: `{ ok: false, error: { code, message: {kk, ru, en} } }`. */
function serverError(json: unknown): { code?: string; message?: SyncFailure['serverMessage'] } {
  const error = (json as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  const m = error?.message as SyncFailure['serverMessage'] | undefined;
  const message =
    m && typeof m.kk === 'string' && typeof m.ru === 'string' && typeof m.en === 'string'
      ? { kk: m.kk, ru: m.ru, en: m.en }
      : undefined;
  return {
    ...(typeof error?.code === 'string' ? { code: error.code } : {}),
    ...(message ? { message } : {}),
  };
}

const AUTH_CODES: Partial<Record<string, SyncFailureCode>> = {
  invalidCredentials: 'invalidCredentials',
  accountDisabled: 'accountDisabled',
};

async function call<T>(
  send: HttpSend,
  req: HttpRequest,
  schema: z.ZodType<T>,
): Promise<Outcome<T>> {
  let res: HttpResponse;
  try {
    res = await send(req);
  } catch (error) {
    if (error instanceof NoAnswerError) return failure(error.kind, error.message);
    return failure('offline', error instanceof Error ? error.message : String(error));
  }
  if (res.status >= 200 && res.status < 300) {
    const parsed = schema.safeParse(res.json);
    return parsed.success
      ? { ok: true, value: parsed.data }
      : failure('badResponse', `${req.method} ${req.url}: ${parsed.error.message}`);
  }
  const { code, message } = serverError(res.json);
  const extra: Partial<SyncFailure> = message ? { serverMessage: message } : {};
  const detail = `${req.method} ${new URL(req.url).pathname}: HTTP ${res.status} ${code ?? ''}`;
  if (res.status === 401) {
    const auth = code ? AUTH_CODES[code] : undefined;
    return failure(auth ?? 'unauthenticated', detail, extra);
  }
  if (res.status === 429) {
    const seconds = Number(res.retryAfter);
    return failure('tooManyAttempts', detail, {
      ...extra,
      ...(Number.isFinite(seconds) && seconds >= 0
        ? { retryAfterSeconds: Math.ceil(seconds) }
        : {}),
    });
  }
  if (res.status >= 500) return failure('serverError', detail, extra);
  return failure('rejectedRequest', detail, extra);
}

/** The server's address with a path appended, whatever slashes the user typed. */
export const endpoint = (serverUrl: string, path: string) =>
  `${serverUrl.replace(/\/+$/, '')}${path}`;

const anyBody = z.unknown();

export function createServerClient(send: HttpSend) {
  return {
    signIn: (
      serverUrl: string,
      body: RegisterDeviceRequest,
    ): Promise<Outcome<RegisterDeviceResponse>> =>
      call(
        send,
        { method: 'POST', url: endpoint(serverUrl, '/v1/devices'), body },
        registerDeviceResponse,
      ),
    signOut: (serverUrl: string, token: string): Promise<Outcome<unknown>> =>
      call(
        send,
        { method: 'DELETE', url: endpoint(serverUrl, '/v1/devices/current'), token },
        anyBody,
      ),
    push: (serverUrl: string, token: string, body: PushRequest): Promise<Outcome<PushResponse>> =>
      call(
        send,
        { method: 'POST', url: endpoint(serverUrl, '/v1/sync/push'), token, body },
        pushResponseSchema,
      ),
    pull: (serverUrl: string, token: string, body: PullRequest): Promise<Outcome<PullResponse>> =>
      call(
        send,
        { method: 'POST', url: endpoint(serverUrl, '/v1/sync/pull'), token, body },
        pullResponseSchema,
      ),
    resolveConflict: (
      serverUrl: string,
      token: string,
      conflictId: string,
      body: ResolveConflictRequest,
    ): Promise<Outcome<ResolveConflictResponse>> =>
      call(
        send,
        {
          method: 'POST',
          url: endpoint(serverUrl, `/v1/sync/conflicts/${encodeURIComponent(conflictId)}/resolve`),
          token,
          body,
        },
        resolveConflictResponseSchema,
      ),
    /** One chunk of an advocate's offline bundle, relayed by the head (docs/sync.md). */
    relay: (
      serverUrl: string,
      token: string,
      body: RelayRequest,
    ): Promise<Outcome<RelayResponse>> =>
      call(
        send,
        { method: 'POST', url: endpoint(serverUrl, '/v1/sync/relay'), token, body },
        relayResponseSchema,
      ),
    registerSigningKey: (
      serverUrl: string,
      token: string,
      body: RegisterSigningKeyRequest,
    ): Promise<Outcome<RegisterSigningKeyResponse>> =>
      call(
        send,
        { method: 'POST', url: endpoint(serverUrl, '/v1/sync/signing-key'), token, body },
        registerSigningKeyResponseSchema,
      ),
  };
}
export type ServerClient = ReturnType<typeof createServerClient>;
