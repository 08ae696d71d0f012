/**
 * The main process's HTTP for the sync client: Node's fetch with a timeout, JSON bodies, and
 * gzip for large requests (a month of registers compresses about tenfold; the server accepts
 * gzip). Responses are decompressed by fetch itself.
 */
import { gzipSync } from 'node:zlib';
import { NoAnswerError, type HttpSend } from '../../src-shared/sync/server-client';

/** Requests smaller than this are sent plain: gzip would cost more than it saves. */
const GZIP_FROM_BYTES = 2048;

export function nodeHttpSend(timeoutMs = 30_000, fetchImpl: typeof fetch = fetch): HttpSend {
  return async ({ method, url, token, body }) => {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (token) headers['authorization'] = `Bearer ${token}`;
    let payload: Uint8Array | string | undefined;
    if (body !== undefined) {
      const json = JSON.stringify(body);
      headers['content-type'] = 'application/json';
      if (Buffer.byteLength(json) >= GZIP_FROM_BYTES) {
        payload = gzipSync(json);
        headers['content-encoding'] = 'gzip';
      } else payload = json;
    }
    let res: Response;
    try {
      res = await fetchImpl(url, {
        method,
        headers,
        ...(payload !== undefined ? { body: payload } : {}),
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'error',
      });
    } catch (error) {
      const name = (error as { name?: string }).name;
      const detail =
        error instanceof Error ? `${error.message} ${String(error.cause ?? '')}` : String(error);
      throw new NoAnswerError(name === 'TimeoutError' ? 'timeout' : 'offline', detail.trim());
    }
    const text = await res.text().catch(() => '');
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, retryAfter: res.headers.get('retry-after'), json };
  };
}
