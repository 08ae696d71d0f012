/** The app's database and repositories, wired once for the renderer. */
import { v7 as uuidv7 } from 'uuid';
import { AppDb } from './app-db';
import { AppointmentRepository } from './appointment-repository';
import type { RepoDeps } from './commit-change';
import type { FieldCodec } from './field-codec';
import { ConsultationRepository } from './consultation-repository';
import { DistributionRepository } from './distribution-repository';
import { DutyScheduleRepository } from './duty-schedule-repository';
import { RosterRepository } from './duty-roster-repository';
import { EligibilityCheckRepository } from './eligibility-check-repository';
import { FeeClaimRepository } from './fee-claim-repository';
import { InstalledPackRepository } from './installed-pack-repository';
import { OfficeReads } from './office-reads';
import { ProfileRepository } from './profile-repository';

export function createRepositories(deps: RepoDeps) {
  const consultations = new ConsultationRepository(deps);
  const appointments = new AppointmentRepository(deps, consultations);
  return {
    profile: new ProfileRepository(deps),
    eligibilityChecks: new EligibilityCheckRepository(deps),
    installedPacks: new InstalledPackRepository(deps),
    consultations,
    appointments,
    /** The head's office view: the only reads across advocates (read-only). */
    office: new OfficeReads(deps, consultations, appointments),
    /** Duty (issue 7): the roster, the month's schedules and acknowledgments, hand-overs. */
    roster: new RosterRepository(deps),
    schedules: new DutyScheduleRepository(deps),
    distributions: new DistributionRepository(deps),
    /** Fee claims (issue 8): drafts, their life to payment, numbered per advocate per year. */
    feeClaims: new FeeClaimRepository(deps),
  };
}
export type Repositories = ReturnType<typeof createRepositories>;

/**
 * While locked there is no codec: any read or write of personal data fails loudly instead of
 * touching the store (the lock screen never reaches the repositories; this is the backstop).
 */
const lockedCodec: FieldCodec = {
  id: 'locked',
  encode: () => Promise.reject(new Error('the app is locked')),
  decode: () => Promise.reject(new Error('the app is locked')),
  lookupKey: () => Promise.reject(new Error('the app is locked')),
};

/**
 * The signed-in user's register database. A live binding: `openStore` replaces it once the
 * vault is open (src-renderer/vault/session.ts), before any screen mounts. Importers read it
 * at call time, never copy it at module load.
 */
export let appDb = new AppDb();
/** Mutated in place by openStore, so repositories built on it follow the open store. */
export const repoDeps: RepoDeps = {
  db: appDb,
  codec: lockedCodec,
  // UUIDv7: generated offline on any device without collisions, and time-ordered.
  newId: () => uuidv7(),
  now: () => new Date().toISOString(),
};
export const repos = createRepositories(repoDeps);

let openedStore: string | null = null;

/**
 * Points the app at one user's database and codec. Once per page life: switching users goes
 * through a full lock, which reloads the renderer (session.ts explains why).
 */
export async function openStore(dbName: string, codec: FieldCodec): Promise<void> {
  if (openedStore !== null) throw new Error('a store is already open: lock (reload) to switch');
  openedStore = dbName;
  appDb = new AppDb(dbName);
  repoDeps.db = appDb;
  repoDeps.codec = codec;
  await appDb.open();
}
