/**
 * A user's register with real records, written through the real repositories and the
 * encrypting codec, for the backup tests: two consultations (one corrected), an accepted
 * appointment and a fee claim draft. Test-only (fake-indexeddb must be loaded first).
 */
import type { AppointmentIntakeInput } from '../../src-shared/contracts/entities/appointment';
import { consultationInput } from '../../src-shared/contracts/entities/consultation.fixture';
import { defenceClaimInput } from '../../src-shared/domain/fees/claim-lifecycle.fixture';
import {
  exportRecoveryPrivateKeyText,
  generateRecoveryKeyPair,
} from '../../src-shared/security/vault/recovery-key';
import { createVault } from '../../src-shared/security/vault/vault';
import { AppDb } from '../db/app-db';
import type { RepoDeps } from '../db/commit-change';
import { encryptingCodec } from '../db/encrypting-codec';
import type { FieldCodec } from '../db/field-codec';
import { createRepositories } from '../db/index';
import { VaultSession } from '../vault/session';
import { UserDirectory, UserDirectoryDb } from '../vault/user-directory';
import type { UserEntry } from '../vault/user-entry';

export const PASSWORD = 'қыс келді 2026 ақ қар';
export const NOW = '2026-11-25T10:00:00.000Z';
const ITERATIONS = 1000;

let seq = 0;
const unique = (prefix: string) => `${prefix}-${++seq}-${Math.random().toString(36).slice(2)}`;

export function reposOver(db: AppDb, codec: FieldCodec) {
  let n = 0;
  const deps: RepoDeps = {
    db,
    codec,
    newId: () => `${db.name}-id-${String(++n).padStart(4, '0')}`,
    now: () => NOW,
  };
  return createRepositories(deps);
}

const intake: AppointmentIntakeInput = {
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
  client: { fullName: 'Омаров Ерлан', iin: '630528405673' },
  statusId: 'suspect',
  categoryId: 'def.26-3-1',
  stageId: 'pre-trial',
  opposingParties: [],
};

/** A user (vault sealed for an office key) with a register of real, encrypted records. */
export async function userWithRegister(options: { recovery?: boolean } = {}) {
  const pair = options.recovery ? await generateRecoveryKeyPair() : null;
  const { record, vault } = await createVault(PASSWORD, {
    iterations: ITERATIONS,
    ...(pair ? { recoveryPublicKey: pair.publicKey } : {}),
  });
  const storeId = unique('store');
  const db = new AppDb(unique('register'));
  const repos = reposOver(db, encryptingCodec(vault));
  const c1 = await repos.consultations.create(consultationInput(), 'adv-A');
  await repos.consultations.correct(
    c1.id,
    consultationInput({ content: 'Талап арыз үлгісі берілді.' }),
    'толықтырылды',
    'adv-A',
  );
  const c2 = await repos.consultations.create(
    consultationInput({ issue: { areaId: 'housing', subject: 'Тұрғын үй' } }),
    'adv-A',
  );
  const a = await repos.appointments.create(intake, 'adv-A');
  await repos.appointments.recordConflictCheck(
    a.id,
    {
      at: '2026-11-24T09:30',
      compared: { appointments: 0, consultations: 0 },
      findings: [],
      decision: 'no-conflict',
      explanation: '',
    },
    'adv-A',
  );
  await repos.appointments.accept(a.id, { at: '2026-11-24T10:00' }, 'adv-A');
  const claim = await repos.feeClaims.createDraft(
    defenceClaimInput({ appointmentId: a.id }),
    'adv-A',
  );
  const entry: UserEntry = {
    storeId,
    label: 'Арман С.',
    dbName: db.name,
    createdAt: NOW,
    record,
    storeState: 'encrypted',
    idleMinutes: 10,
  };
  const recoveryText = pair ? await exportRecoveryPrivateKeyText(pair) : null;
  return {
    db,
    vault,
    record,
    entry,
    repos,
    ids: { c1: c1.id, c2: c2.id, a: a.id, claim: claim.id },
    recoveryText,
  };
}

/** What the repositories read of the fixture's records: must be the same after a restore. */
export async function readRecords(
  repos: ReturnType<typeof reposOver>,
  ids: { c1: string; c2: string; a: string; claim: string },
) {
  return {
    c1: await repos.consultations.get(ids.c1),
    c1history: await repos.consultations.history(ids.c1),
    c2: await repos.consultations.get(ids.c2),
    a: await repos.appointments.get(ids.a),
    claim: await repos.feeClaims.get(ids.claim),
    search: (await repos.consultations.search('adv-A', 'серікбаев')).map((r) => r.id),
  };
}

/** A laptop: its user directory and the app's session over it (stores are not really opened). */
export function laptop() {
  const directoryDb = new UserDirectoryDb(unique('vaults'));
  const directory = new UserDirectory(directoryDb);
  const opened: string[] = [];
  const session = new VaultSession({
    directory,
    openStore: async (dbName) => void opened.push(dbName),
    encryptPlainStore: async () => undefined,
    reload: () => undefined,
    now: () => NOW,
    newId: () => unique('store'),
    kdfIterations: ITERATIONS,
  });
  const deps = {
    directory: {
      get: (id: string) => directory.get(id),
      add: (e: UserEntry) => directory.add(e),
      remove: async (id: string) => void (await directoryDb.users.delete(id)),
    },
    session,
    now: () => NOW,
  };
  return { directory, directoryDb, session, opened, deps };
}

/** A laptop where the fixture's user is in the directory and signed in (session unlocked). */
export async function laptopWith(u: Awaited<ReturnType<typeof userWithRegister>>) {
  const l = laptop();
  await l.directory.add(u.entry);
  await l.session.unlockWithPassword(u.entry.storeId, PASSWORD);
  return l;
}
