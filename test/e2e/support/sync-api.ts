/**
 * Node-side access to the e2e sync server (started by global-setup.ts): another device of a
 * seeded user signs in, pushes and pulls over plain HTTP, the way a second laptop would. Every
 * answer is checked with the protocol's own zod schemas, so a test never reads a shape the app
 * would refuse.
 */
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { registerDeviceResponse } from '../../../src-shared/contracts/sync/account';
import {
  pullResponseSchema,
  pushResponseSchema,
  type PulledChange,
  type PulledConflict,
  type PushOp,
  type PushResponse,
} from '../../../src-shared/contracts/sync/protocol';

export interface DeviceSession {
  token: string;
  deviceId: string;
  userId: string;
  /** The sync server this device signed in to (its own address, not the preview's). */
  serverUrl: string;
}

async function call(
  serverUrl: string,
  path: string,
  init: { method: string; token?: string; body?: unknown },
) {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.token) headers['authorization'] = `Bearer ${init.token}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${serverUrl}${path}`, {
    method: init.method,
    headers,
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  const json: unknown = await res.json();
  if (!res.ok)
    throw new Error(`${init.method} ${path}: HTTP ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** Registers a new device for a seeded account (POST /v1/devices). */
export async function signInDevice(
  account: { login: string; password: string },
  deviceName: string,
  serverUrl = inject('syncDirectUrl'),
): Promise<DeviceSession> {
  const r = registerDeviceResponse.parse(
    await call(serverUrl, '/v1/devices', {
      method: 'POST',
      body: { login: account.login, password: account.password, deviceName },
    }),
  );
  return { token: r.token, deviceId: r.deviceId, userId: r.user.id, serverUrl };
}

/** Everything the device may read since revision 0, page by page. */
export async function pullAll(
  session: DeviceSession,
): Promise<{ changes: PulledChange[]; conflicts: PulledConflict[]; revision: number }> {
  const changes: PulledChange[] = [];
  const conflicts: PulledConflict[] = [];
  let since = 0;
  for (;;) {
    const page = pullResponseSchema.parse(
      await call(session.serverUrl, '/v1/sync/pull', {
        method: 'POST',
        token: session.token,
        body: { since },
      }),
    );
    changes.push(...page.changes);
    conflicts.push(...page.conflicts);
    since = page.revision;
    if (!page.more) return { changes, conflicts, revision: since };
  }
}

/** Pushes ops as this device (POST /v1/sync/push). */
export async function push(session: DeviceSession, ops: PushOp[]): Promise<PushResponse> {
  return pushResponseSchema.parse(
    await call(session.serverUrl, '/v1/sync/push', {
      method: 'POST',
      token: session.token,
      body: { deviceId: session.deviceId, ops },
    }),
  );
}

/** An op changing a record the way the app's commitChange would: base = the server's version. */
export function correctionOp(
  entity: string,
  current: PulledChange,
  change: (record: Record<string, unknown>) => Record<string, unknown>,
): PushOp {
  const at = new Date().toISOString();
  return {
    opId: randomUUID(),
    entity,
    entityId: current.entityId,
    baseVersion: current.version,
    record: { ...change(current.record), version: current.version + 1, updatedAt: at },
    at,
  };
}
