/**
 * The office sync server for the e2e run (global-setup.ts only; tests talk to it over HTTP):
 * the real Fastify app (src-server/app.ts) on a migrated test database — PGlite in memory, or a
 * fresh PostgreSQL database under scripts/with-postgres.sh — listening on a free loopback port,
 * with one collegium, one office and three accounts made through the admin commands, exactly
 * as an administrator would.
 */
import type { FastifyInstance } from 'fastify';
import { createCollegium, createOffice, createUser } from '../../../src-server/admin/commands';
import { buildServer } from '../../../src-server/app';
import type { Db } from '../../../src-server/db/db';
import { openTestDb } from '../../../src-server/db/test-db';
import { FAST_SCRYPT } from '../../../src-server/test-support';
import { advocate } from './profile-fixture';

export interface LiveAccount {
  login: string;
  password: string;
  fullName: string;
}

export interface LiveAccounts {
  /** The advocate who signs in from the browser. */
  advocate: LiveAccount;
  /** Another advocate of the same office: must not see the first one's records. */
  otherAdvocate: LiveAccount;
  /** The head of the office: reads every record of the office. */
  head: LiveAccount;
}

export interface LiveServer {
  /** The server's own address (http://127.0.0.1:<port>), for Node-side checks. */
  url: string;
  accounts: LiveAccounts;
  close(): Promise<void>;
}

// Passwords that pass the server's policy (10+ characters, mixed classes, not the login).
// Test-only secrets for an in-memory database that lives as long as the run.
const ACCOUNTS: Record<keyof LiveAccounts, LiveAccount & { role: 'advocate' | 'head' }> = {
  advocate: {
    login: 'aigerim',
    password: 'Kokzhiek-Dala-2024!',
    fullName: 'Серікова Айгерім Болатқызы',
    role: 'advocate',
  },
  otherAdvocate: {
    login: 'daniyar',
    password: 'Balkhash-Tolqyn-77',
    fullName: 'Данияр Омаров',
    role: 'advocate',
  },
  head: { login: 'bolat', password: 'Zhetisu-Tau-Head#9', fullName: 'Болат Ахметов', role: 'head' },
};

async function seed(db: Db): Promise<LiveAccounts> {
  // The same collegium and office as the advocate's profile in the app (profile-fixture.ts).
  const { id: collegiumId } = await createCollegium(db, { name: advocate.collegium });
  const { id: officeId } = await createOffice(db, { collegiumId, name: advocate.office });
  const accounts = {} as LiveAccounts;
  for (const [key, { role, ...account }] of Object.entries(ACCOUNTS)) {
    // Cheap scrypt keeps sign-in fast; verification reads the cost back from the stored hash.
    await createUser(db, { ...account, role, collegiumId, officeId }, FAST_SCRYPT);
    accounts[key as keyof LiveAccounts] = account;
  }
  return accounts;
}

export async function startLiveServer(): Promise<LiveServer> {
  const db = await openTestDb();
  let app: FastifyInstance | undefined;
  try {
    const accounts = await seed(db);
    // QORGAU_E2E_SERVER_LOG=debug shows the server's request log while debugging a test.
    const level = process.env['QORGAU_E2E_SERVER_LOG'];
    app = await buildServer({ db, logger: level ? { level } : false });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('sync server has no TCP port');
    const server = app;
    return {
      url: `http://127.0.0.1:${address.port}`,
      accounts,
      close: async () => {
        await server.close();
        await db.close();
      },
    };
  } catch (error) {
    await app?.close().catch(() => undefined);
    await db.close().catch(() => undefined);
    throw error;
  }
}
