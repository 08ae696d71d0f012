/**
 * The app's sync path end to end, minus Electron: the renderer's `ipcSyncTransport` → (a
 * structured clone each way, standing in for Electron IPC) → the main process's dispatcher
 * (zod on arguments and result) → `createSyncHandlers` (token from the credential store) →
 * `createServerClient` (zod on the answer) → `nodeHttpSend` (JSON, gzip from 2 KB, Node's
 * fetch) → the server on loopback. Timers wrap each layer from the outside, so the bench adds no
 * code to the path it measures.
 */
import type { Envelope } from '../../src-shared/contracts/envelope';
import { createDispatcher, type IpcHandlers } from '../../src-shared/contracts/ipc-dispatcher';
import type { QorgauApi } from '../../src-shared/contracts/ipc-contract';
import { memoryCredentialStore } from '../../src-shared/sync/credential-store';
import { createServerClient, type HttpSend } from '../../src-shared/sync/server-client';
import { createSyncHandlers } from '../../src-shared/sync/sync-handlers';
import { nodeHttpSend } from '../../src-main/sync/node-http-send';
import { ipcSyncTransport } from '../../src-renderer/sync/ipc-transport';
import type { SyncTransport } from '../../src-renderer/sync/transport';

/** Client-side time per layer, summed over requests (ms), and request counts. */
export interface ClientTimings {
  push: number;
  pull: number;
  other: number;
  /** Inside transport.push/pull, everything (IPC stand-in, zod, HTTP, server). */
  transportMs: number;
  /** structuredClone of arguments and results (what Electron IPC would copy). */
  ipcCloneMs: number;
  /** JSON.stringify + gzip of the request body (nodeHttpSend, before fetch). */
  encodeMs: number;
  /** fetch() until the response headers: the round trip with the server's work. */
  roundTripMs: number;
  /** Reading (and inflating) the response body. */
  bodyMs: number;
  /** JSON.parse of the response. */
  parseMs: number;
  /** Request bodies as sent (after gzip) and response bodies after inflating, bytes. */
  sentBodyBytes: number;
  receivedJsonBytes: number;
}

export const emptyTimings = (): ClientTimings => ({
  push: 0,
  pull: 0,
  other: 0,
  transportMs: 0,
  ipcCloneMs: 0,
  encodeMs: 0,
  roundTripMs: 0,
  bodyMs: 0,
  parseMs: 0,
  sentBodyBytes: 0,
  receivedJsonBytes: 0,
});

export interface AppTransport {
  transport: SyncTransport;
  timings: ClientTimings;
  signIn(
    login: string,
    password: string,
    deviceName: string,
  ): Promise<{ userId: string; deviceId: string }>;
}

export function appTransport(serverUrl: string): AppTransport {
  const timings = emptyTimings();
  // One request at a time in the first-sync figures, so one "current" request suffices.
  let sendStart = 0;
  let bodyStart = 0;
  const timedFetch: typeof fetch = async (input, init) => {
    const t1 = performance.now();
    timings.encodeMs += t1 - sendStart;
    const body = init?.body;
    if (typeof body === 'string') timings.sentBodyBytes += Buffer.byteLength(body);
    else if (body instanceof Uint8Array) timings.sentBodyBytes += body.byteLength;
    const res = await fetch(input, init);
    const t2 = performance.now();
    timings.roundTripMs += t2 - t1;
    const text = res.text.bind(res);
    Object.defineProperty(res, 'text', {
      value: async () => {
        const s = await text();
        bodyStart = performance.now();
        timings.bodyMs += bodyStart - t2;
        timings.receivedJsonBytes += Buffer.byteLength(s);
        return s;
      },
    });
    return res;
  };
  const inner = nodeHttpSend(120_000, timedFetch);
  const send: HttpSend = async (req) => {
    sendStart = performance.now();
    const res = await inner(req);
    timings.parseMs += performance.now() - bodyStart;
    if (req.url.endsWith('/v1/sync/push')) timings.push += 1;
    else if (req.url.endsWith('/v1/sync/pull')) timings.pull += 1;
    else timings.other += 1;
    return res;
  };

  const handlers = createSyncHandlers(memoryCredentialStore(), createServerClient(send));
  const dispatch = createDispatcher(handlers as IpcHandlers, {
    isTrustedSender: () => true,
    log: (level, message, detail) => console.error(`ipc ${level}: ${message}`, detail ?? ''),
  });
  const sender = { url: 'app://qorgau/index.html', isMainFrame: true };
  const ipc = async (channel: string, args: unknown): Promise<Envelope<unknown>> => {
    let t = performance.now();
    const sent = structuredClone(args);
    timings.ipcCloneMs += performance.now() - t;
    const answer = await dispatch(channel, sender, sent);
    t = performance.now();
    const received = structuredClone(answer);
    timings.ipcCloneMs += performance.now() - t;
    return received;
  };
  const api = {
    sync: {
      push: (req: unknown) => ipc('sync.push', req),
      pull: (req: unknown) => ipc('sync.pull', req),
    },
  } as unknown as QorgauApi;
  const renderer = ipcSyncTransport(() => api);
  const timed =
    <A, R>(f: (a: A) => Promise<R>) =>
    async (a: A): Promise<R> => {
      const t0 = performance.now();
      try {
        return await f(a);
      } finally {
        timings.transportMs += performance.now() - t0;
      }
    };
  return {
    timings,
    transport: { push: timed((r) => renderer.push(r)), pull: timed((r) => renderer.pull(r)) },
    signIn: async (login, password, deviceName) => {
      const r = (await ipc('sync.signIn', { serverUrl, login, password, deviceName })) as Envelope<
        | { ok: true; value: { signedIn: true; deviceId: string; user: { id: string } } }
        | { ok: false; failure: unknown }
      >;
      if (!r.ok) throw new Error(`sign-in: IPC ${r.error.code}`);
      if (!r.value.ok) throw new Error(`sign-in: ${JSON.stringify(r.value.failure)}`);
      return { userId: r.value.value.user.id, deviceId: r.value.value.deviceId };
    },
  };
}
