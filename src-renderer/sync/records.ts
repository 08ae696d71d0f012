/**
 * Which local table holds each synced entity, and record helpers shared by the engine and the
 * identity adoption.
 */
import type { Table } from 'dexie';
import { canonicalJson, type Json } from '../../src-shared/domain/audit/canonical-json';
import type { SyncedEntityName } from '../../src-shared/contracts/sync/protocol';
import type { AppDb } from '../db/app-db';

export type Rec = Record<string, unknown> & { id: string; version: number };

export interface EntityBinding {
  table: Table<Rec, string>;
  /** The register's archive of replaced versions (key [id+version]). */
  versions?: Table<Rec, [string, number]>;
  /** The field naming the advocate who owns the record (the server checks it is the caller). */
  ownerField?: 'advocateId' | 'actor' | 'headId';
  /** A unique register number index [advocateId+year+number] (pulls must not collide on it). */
  numbered: boolean;
}

export function bindingOf(db: AppDb, entity: SyncedEntityName): EntityBinding {
  switch (entity) {
    case 'consultation':
      return {
        table: db.consultations as unknown as Table<Rec, string>,
        versions: db.consultationVersions as unknown as Table<Rec, [string, number]>,
        ownerField: 'advocateId',
        numbered: true,
      };
    case 'appointment':
      return {
        table: db.appointments as unknown as Table<Rec, string>,
        versions: db.appointmentVersions as unknown as Table<Rec, [string, number]>,
        ownerField: 'advocateId',
        numbered: true,
      };
    case 'eligibilityCheck':
      return {
        table: db.eligibilityChecks as unknown as Table<Rec, string>,
        ownerField: 'actor',
        numbered: false,
      };
    case 'profile':
      return { table: db.profile as unknown as Table<Rec, string>, numbered: false };
    // Duty (issue 7): office-wide records the head writes; their numbers are not unique keys.
    case 'rosterMember':
      return { table: asRec(db.rosterMembers), ownerField: 'headId', numbered: false };
    case 'dutySchedule':
      return { table: asRec(db.dutySchedules), ownerField: 'headId', numbered: false };
    case 'distribution':
      return { table: asRec(db.distributions), ownerField: 'headId', numbered: false };
    case 'scheduleAck':
      return { table: asRec(db.scheduleAcks), ownerField: 'advocateId', numbered: false };
    case 'distributionAnswer':
      return { table: asRec(db.distributionAnswers), ownerField: 'advocateId', numbered: false };
    // Fee claims (issue 8): numbered per advocate per year like the registers, versions kept.
    case 'feeClaim':
      return {
        table: asRec(db.feeClaims),
        versions: db.feeClaimVersions as unknown as Table<Rec, [string, number]>,
        ownerField: 'advocateId',
        numbered: true,
      };
  }
}

const asRec = (t: Table<never, string> | Table<object, string>) =>
  t as unknown as Table<Rec, string>;

/** Every table a sync apply may touch (one Dexie transaction spans them all). */
export function syncTables(db: AppDb): Table[] {
  return [
    db.outbox,
    db.syncState,
    db.syncLog,
    db.syncConflicts,
    db.officeProfiles,
    db.officeAidMarks,
    db.profile,
    db.consultations,
    db.consultationVersions,
    db.appointments,
    db.appointmentVersions,
    db.eligibilityChecks,
    db.rosterMembers,
    db.dutySchedules,
    db.scheduleAcks,
    db.distributions,
    db.distributionAnswers,
    db.feeClaims,
    db.feeClaimVersions,
  ];
}

/**
 * Same content whatever the key order (PostgreSQL jsonb reorders keys) and ignoring
 * `undefined` fields (IndexedDB keeps them, JSON drops them).
 */
export function sameRecord(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

export function canonical(v: unknown): string {
  return canonicalJson(JSON.parse(JSON.stringify(v ?? null)) as Json);
}

/**
 * The UTF-8 length of `s`, as TextEncoder would encode it (a lone surrogate becomes U+FFFD, 3
 * bytes), counted without building the bytes: the push measures every op it sends.
 */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i += 1;
      } else n += 3;
    } else n += 3;
  }
  return n;
}
