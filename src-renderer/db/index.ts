/** The app's database and repositories, wired once for the renderer. */
import { v7 as uuidv7 } from 'uuid';
import { AppDb } from './app-db';
import { AppointmentRepository } from './appointment-repository';
import type { RepoDeps } from './commit-change';
import { identityCodec } from './field-codec';
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

export const appDb = new AppDb();
export const repoDeps: RepoDeps = {
  db: appDb,
  codec: identityCodec,
  // UUIDv7: generated offline on any device without collisions, and time-ordered.
  newId: () => uuidv7(),
  now: () => new Date().toISOString(),
};
export const repos = createRepositories(repoDeps);
