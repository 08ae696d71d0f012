/**
 * The device database (IndexedDB via Dexie), owned by the app://qorgau origin.
 * Only repositories write to it (see commit-change.ts). Each release that changes the
 * schema adds a new `version(n)` with an `.upgrade()` and a migration test; existing
 * versions are never edited, because real registers live in them.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Profile } from '../../src-shared/contracts/entities/profile';
import type { RosterMember } from '../../src-shared/contracts/entities/duty-roster';
import type { DutySchedule, ScheduleAck } from '../../src-shared/contracts/entities/duty-schedule';
import type { DistributionAnswer } from '../../src-shared/contracts/entities/duty-distribution';
import type {
  AppointmentRow,
  ConsultationRow,
  DistributionRow,
  EligibilityCheckRow,
  FeeClaimRow,
  InstalledPackRow,
  OfficeAidMarkRow,
  OutboxRow,
  SyncConflictRow,
  SyncLogRow,
  SyncStateRow,
} from './rows';
import type { ChainedAuditEntry } from '../../src-shared/domain/audit/hash-chain';

/** Audit entries get a local, gap-free sequence number that fixes their chain order. */
export interface StoredAuditEntry extends ChainedAuditEntry {
  seq?: number;
}

export const DB_NAME = 'qorgau';

export class AppDb extends Dexie {
  profile!: EntityTable<Profile, 'id'>;
  outbox!: EntityTable<OutboxRow, 'opId'>;
  audit!: EntityTable<StoredAuditEntry, 'seq'>;
  rulePacks!: EntityTable<InstalledPackRow, 'id'>;
  eligibilityChecks!: EntityTable<EligibilityCheckRow, 'id'>;
  consultations!: EntityTable<ConsultationRow, 'id'>;
  /** Earlier versions of corrected entries (registers are corrected, never overwritten). */
  consultationVersions!: Table<ConsultationRow, [string, number]>;
  appointments!: EntityTable<AppointmentRow, 'id'>;
  /** Earlier versions of appointments: every step appends a version, the old one is kept. */
  appointmentVersions!: Table<AppointmentRow, [string, number]>;
  /** Sync bookkeeping (src-renderer/sync): one row, the server revision applied and status. */
  syncState!: EntityTable<SyncStateRow, 'id'>;
  /** Every sync decision, bounded (the engine keeps the last few thousand). */
  syncLog!: EntityTable<SyncLogRow, 'seq'>;
  /** Conflicts pulled from the server (both versions), and pulls that could not be applied. */
  syncConflicts!: EntityTable<SyncConflictRow, 'conflictId'>;
  /** Other people's profiles of the office, pulled by a head's device (not `profile`, which
   * is this device's user only). */
  officeProfiles!: EntityTable<Profile, 'id'>;
  /** Colleagues' aid to a person, pulled as index fields only: the cl. 42 check office-wide. */
  officeAidMarks!: Table<OfficeAidMarkRow, [string, string]>;
  /** The office's roster of advocates on duty (Rules cl. 12–14, 23), kept by the head. */
  rosterMembers!: EntityTable<RosterMember, 'id'>;
  /** One record per month: the three duty schedules (cl. 20–25), kept by the head. */
  dutySchedules!: EntityTable<DutySchedule, 'id'>;
  /** Advocates' «Қабылданды» to a schedule edition (cl. 22). */
  scheduleAcks!: EntityTable<ScheduleAck, 'id'>;
  /** Paper appointments handed over by queue (cl. 16–17), kept by the head. */
  distributions!: EntityTable<DistributionRow, 'id'>;
  /** An advocate's answer to a hand-over (cl. 17(2)). */
  distributionAnswers!: EntityTable<DistributionAnswer, 'id'>;
  /** The advocate's fee claims (issue 8; Rules cl. 54–59), numbered per advocate per year. */
  feeClaims!: EntityTable<FeeClaimRow, 'id'>;
  /** Earlier versions of fee claims: every change of a claim appends one. */
  feeClaimVersions!: Table<FeeClaimRow, [string, number]>;

  constructor(name: string = DB_NAME) {
    super(name);
    // v1 (0.1.0): the advocate's profile, the sync outbox, the hash-chained audit log.
    this.version(1).stores({
      profile: 'id',
      outbox: 'opId, at, state, [entity+entityId]',
      audit: '++seq, &id, at, [entity+entityId]',
    });
    // v2 (0.2.0): rule packs installed from files; recorded eligibility decisions. Only new
    // tables, so no upgrade function is needed; app-db.test.ts opens a v1 database with v2.
    this.version(2).stores({
      rulePacks: 'id, kind, [packId+packVersion]',
      eligibilityChecks: 'id, date, iinKey, outcome, [iinKey+issueAreaId]',
    });
    // v3 (0.3.0): the consultation register and its archived versions. New tables only.
    this.version(3).stores({
      consultations:
        'id, &[advocateId+year+number], month, date, status, iinKey, [iinKey+issueAreaId], *searchKeys, appointmentAt',
      consultationVersions: '[id+version], id',
    });
    // v4 (0.4.0): the defence register (appointments) and its archived versions. New tables only.
    this.version(4).stores({
      appointments:
        'id, &[advocateId+year+number], month, state, caseGroupId, caseKey, *personKeys, *searchKeys, *noticeKeys',
      appointmentVersions: '[id+version], id',
    });
    // v5 (0.5.0): sync with the office server. New tables only; outbox rows gain an optional
    // `rejection` and the state 'local' (no index change), so no upgrade function is needed.
    this.version(5).stores({
      syncState: 'id',
      syncLog: '++seq, at, [entity+entityId]',
      syncConflicts: 'conflictId, kind, [entity+entityId], at',
      officeProfiles: 'id',
    });
    // v6 (0.6.0): aid marks of office colleagues (Rules cl. 42 across the office). A new table
    // only, so no upgrade function is needed; marks arrive with the next pull.
    this.version(6).stores({
      officeAidMarks: '[entity+entityId], iinKey',
    });
    // v7 (0.7.0): duty schedules and fair distribution (issue 7). New tables only.
    this.version(7).stores({
      rosterMembers: 'id, userId',
      dutySchedules: 'id, month',
      scheduleAcks: 'id, scheduleId, advocateId',
      distributions: 'id, month, [headId+year+number], assigneeUserId',
      distributionAnswers: 'id, distributionId, advocateId',
    });
    // v8 (0.8.0): fee claims and their archived versions (issue 8). New tables only.
    this.version(8).stores({
      feeClaims: 'id, &[advocateId+year+number], state, kind, appointmentId, periodMonth',
      feeClaimVersions: '[id+version], id',
    });
  }
}
