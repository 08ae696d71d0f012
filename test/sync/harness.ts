/**
 * Simulated laptops (AppDb on fake-indexeddb with the real repositories) against the real
 * office server in-process (buildServer on PGlite, fixture users of src-server/sync/testing.ts),
 * and a fault-injecting transport.
 */
import 'fake-indexeddb/auto';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { buildServer } from '../../src-server/app';
import type { Db } from '../../src-server/db/db';
import { openTestDb, resetSync, tokenFor } from '../../src-server/sync/testing';
import type { AppointmentIntakeInput } from '../../src-shared/contracts/entities/appointment';
import type { ProfileInput } from '../../src-shared/contracts/entities/profile';
import type {
  PullRequest,
  PullResponse,
  PushRequest,
  PushResponse,
} from '../../src-shared/contracts/sync/protocol';
import { AppDb } from '../../src-renderer/db/app-db';
import { AppointmentRepository } from '../../src-renderer/db/appointment-repository';
import type { RepoDeps } from '../../src-renderer/db/commit-change';
import { ConsultationRepository } from '../../src-renderer/db/consultation-repository';
import { identityCodec, type FieldCodec } from '../../src-renderer/db/field-codec';
import { ProfileRepository } from '../../src-renderer/db/profile-repository';
import { adoptServerIdentity } from '../../src-renderer/sync/adopt-identity';
import { syncOnce, type SyncOptions, type SyncReport } from '../../src-renderer/sync/engine';
import { SyncTransportError, type SyncTransport } from '../../src-renderer/sync/transport';

export const NOW = '2026-11-25T10:00:00.000Z';

/** The server, rebuildable on the same database (a restart). */
export class TestServer {
  app!: FastifyInstance;
  requests = 0;
  private constructor(readonly db: Db) {}

  static async start(): Promise<TestServer> {
    const s = new TestServer(await openTestDb());
    s.app = await buildServer({ db: s.db });
    return s;
  }

  async restart(): Promise<void> {
    await this.app.close();
    this.app = await buildServer({ db: this.db });
  }

  async reset(): Promise<void> {
    await resetSync(this.db);
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.db.close();
  }

  async inject(deviceId: string, url: string, body: unknown): Promise<unknown> {
    this.requests += 1;
    const res = await this.app.inject({
      method: 'POST',
      url,
      headers: { authorization: `Bearer ${tokenFor(deviceId)}` },
      payload: body as Record<string, unknown>,
    });
    if (res.statusCode !== 200) {
      const err = res.json() as { error?: { code?: string } };
      throw new SyncTransportError(`HTTP ${res.statusCode}`, res.statusCode, err.error?.code);
    }
    return res.json();
  }

  /** Every record on the server: "entity/id" → {version, owner, office, body}. */
  async records() {
    const { rows } = await this.db.query<{
      entity: string;
      entity_id: string;
      version: number;
      owner_id: string;
      office_id: string;
      body: Record<string, unknown> | string;
    }>('SELECT entity, entity_id, version, owner_id, office_id, body FROM records');
    return rows.map((r) => ({
      entity: r.entity,
      entityId: r.entity_id,
      version: Number(r.version),
      ownerId: r.owner_id,
      officeId: r.office_id,
      body: typeof r.body === 'string' ? (JSON.parse(r.body) as Record<string, unknown>) : r.body,
    }));
  }

  async opOutcomes(): Promise<Map<string, string>> {
    const { rows } = await this.db.query<{ op_id: string; outcome: string }>(
      'SELECT op_id, outcome FROM ops',
    );
    return new Map(rows.map((r) => [r.op_id, r.outcome]));
  }

  async count(table: 'records' | 'ops' | 'conflicts'): Promise<number> {
    const { rows } = await this.db.query<{ n: number | string }>(
      `SELECT count(*) AS n FROM ${table}`,
    );
    return Number(rows[0]!.n);
  }
}

/** The plain transport: POST through app.inject with the device token. */
export function injectTransport(server: TestServer, deviceId: string): SyncTransport {
  return {
    push: async (req: PushRequest) =>
      (await server.inject(deviceId, '/v1/sync/push', req)) as PushResponse,
    pull: async (req: PullRequest) =>
      (await server.inject(deviceId, '/v1/sync/pull', req)) as PullResponse,
  };
}

export type Fault =
  | 'drop-request' // lost on the way: the server never sees it
  | 'drop-response' // the server applied it, the answer is lost
  | 'duplicate' // delivered twice; the client reads the second answer
  | 'hold' // delayed: the client gives up now, the server gets it after the next push
  | 'garbage'; // an answer that is not the protocol

/** Wraps a transport; faults queued with `inject` hit the next push (or pull) calls. */
export class FaultyTransport implements SyncTransport {
  readonly pushFaults: Fault[] = [];
  readonly pullFaults: Fault[] = [];
  private held: PushRequest | null = null;

  constructor(private readonly inner: SyncTransport) {}

  async push(req: PushRequest): Promise<PushResponse> {
    const fault = this.pushFaults.shift();
    const held = this.held;
    this.held = null;
    const deliverHeld = async () => {
      if (held) await this.inner.push(held).catch(() => undefined); // answer goes nowhere
    };
    switch (fault) {
      case 'drop-request':
        await deliverHeld();
        throw new SyncTransportError('request lost');
      case 'drop-response':
        await this.inner.push(req);
        await deliverHeld();
        throw new SyncTransportError('response lost');
      case 'duplicate': {
        await this.inner.push(req);
        const second = await this.inner.push(req);
        await deliverHeld();
        return second;
      }
      case 'hold':
        this.held = req;
        throw new SyncTransportError('timed out');
      case 'garbage':
        await this.inner.push(req);
        await deliverHeld();
        return { ok: true, results: [{ opId: 'nonsense' }], revision: -1 } as never;
      default: {
        const res = await this.inner.push(req);
        await deliverHeld();
        return res;
      }
    }
  }

  async pull(req: PullRequest): Promise<PullResponse> {
    const fault = this.pullFaults.shift();
    switch (fault) {
      case 'drop-request':
        throw new SyncTransportError('request lost');
      case 'drop-response':
        await this.inner.pull(req);
        throw new SyncTransportError('response lost');
      case 'garbage':
        return {
          ok: true,
          changes: [{ entity: 1 }],
          conflicts: [],
          revision: 0,
          more: false,
        } as never;
      default:
        return this.inner.pull(req);
    }
  }
}

let dbCounter = 0;

/**
 * One laptop: its own IndexedDB, the real repositories, a transport to the server. `codec` is
 * the laptop's field codec (identity unless given: an encrypting codec over the laptop's own
 * vault stores everything at rest, and its sync transcodes at the boundary).
 */
export class Laptop {
  readonly db: AppDb;
  readonly deps: RepoDeps;
  readonly consultations: ConsultationRepository;
  readonly appointments: AppointmentRepository;
  readonly profile: ProfileRepository;
  readonly transport: FaultyTransport;
  readonly codec: FieldCodec;
  private n = 0;

  constructor(
    server: TestServer,
    readonly deviceId: string,
    readonly userId: string,
    opts: { codec?: FieldCodec } = {},
  ) {
    this.codec = opts.codec ?? identityCodec;
    this.db = new AppDb(`sync-${deviceId}-${++dbCounter}-${Math.random()}`);
    this.deps = {
      db: this.db,
      codec: this.codec,
      // Unique across laptops (opIds are global on the server) and time-ordered.
      newId: () => `${deviceId}-${String(++this.n).padStart(6, '0')}`,
      now: () => NOW,
    };
    this.consultations = new ConsultationRepository(this.deps);
    this.appointments = new AppointmentRepository(this.deps, this.consultations);
    this.profile = new ProfileRepository(this.deps);
    this.transport = new FaultyTransport(injectTransport(server, deviceId));
  }

  /** The local owner id (the profile's, until adoption; then the server user's). */
  async owner(): Promise<string> {
    return (await this.profile.current())?.id ?? this.userId;
  }

  async adopt() {
    return adoptServerIdentity(this.db, this.userId, {
      deviceId: this.deviceId,
      now: () => NOW,
      newId: this.deps.newId,
    });
  }

  sync(opts: SyncOptions = {}): Promise<SyncReport> {
    return syncOnce(this.db, this.transport, {
      codec: this.codec,
      deviceId: this.deviceId,
      now: () => NOW,
      ...opts,
    });
  }

  async pending(): Promise<number> {
    return this.db.outbox.where('state').equals('pending').count();
  }

  async quarantine() {
    return this.db.outbox.where('state').equals('rejected').toArray();
  }

  async close(): Promise<void> {
    await this.db.delete();
  }
}

export const profileInput = (role: 'advocate' | 'head' = 'advocate'): ProfileInput => ({
  fullName: 'Әбілқасымова Гүлнәр',
  licenceNumber: '17012345',
  licenceDate: '2017-03-14',
  collegium: 'Қызылорда',
  office: 'Жалағаш',
  phone: '+77012345678',
  iin: '900101300057',
  role,
});

export { consultationInput } from '../../src-shared/contracts/entities/consultation.fixture';

export const intakeInput = (
  over: Partial<AppointmentIntakeInput> = {},
): AppointmentIntakeInput => ({
  source: 'ezk',
  receivedAt: '2026-11-24T09:00',
  language: 'ru',
  ezkNumber: 'EZK-1001',
  decree: {
    number: '12/345',
    date: '2026-11-23',
    body: 'СУ ДП г. Алматы',
    official: 'следователь Касымов Б.',
  },
  caseKind: 'criminal',
  caseNumber: '241500031000123',
  client: { fullName: 'Серікбаев Арман', iin: '900101300057' },
  statusId: 'suspect',
  categoryId: 'def.26-3-1',
  stageId: 'pre-trial',
  opposingParties: [{ fullName: 'Омаров Ерлан', iin: '630528405673', statusId: 'victim' }],
  ...over,
});

/** The local rows of the synced registers: "entity/id" → row. */
export async function localRecords(db: AppDb): Promise<Map<string, Record<string, unknown>>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const r of await db.consultations.toArray()) out.set(`consultation/${r.id}`, { ...r });
  for (const r of await db.appointments.toArray()) out.set(`appointment/${r.id}`, { ...r });
  for (const r of await db.eligibilityChecks.toArray())
    out.set(`eligibilityCheck/${r.id}`, { ...r });
  for (const r of await db.profile.toArray()) out.set(`profile/${r.id}`, { ...r });
  for (const r of await db.officeProfiles.toArray()) out.set(`profile/${r.id}`, { ...r });
  return out;
}

/**
 * One TestServer for a test file: started before its tests, closed after them; after each test
 * the laptops made with `laptop()` are closed and the server is reset (plus `afterReset`).
 */
export function useTestServer(afterReset?: (server: TestServer) => Promise<void>) {
  let server: TestServer | undefined;
  const laptops: Laptop[] = [];
  beforeAll(async () => {
    server = await TestServer.start();
  });
  afterAll(async () => {
    await server?.close();
  });
  afterEach(async () => {
    for (const l of laptops.splice(0)) await l.close();
    await server!.reset();
    await afterReset?.(server!);
  });
  return {
    get server(): TestServer {
      if (!server) throw new Error('useTestServer: the server starts in beforeAll');
      return server;
    },
    laptop(deviceId: string, userId: string, opts: { codec?: FieldCodec } = {}): Laptop {
      const l = new Laptop(this.server, deviceId, userId, opts);
      laptops.push(l);
      return l;
    },
  };
}
