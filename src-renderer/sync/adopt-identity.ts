/**
 * Binding this device's register to its server account. Until a device signs in, the owner of
 * everything it wrote is the local profile id (`profile.id`, used as `advocateId` of the
 * registers and `actor` of eligibility checks); the server requires the owner field to be the
 * signed-in user's id. `adoptServerIdentity` rewrites one onto the other in ONE transaction —
 * rows, archived versions, and the records inside outbox ops not yet acknowledged — records the
 * server user in `syncState` and appends one audit entry. The audit log itself is not
 * rewritten (it is a hash chain): its older entries keep the old id, and the new entry names
 * both.
 *
 * Refused when this device already synced under another identity (ops acknowledged or records
 * pulled): those are the server's now and cannot be renamed from here.
 */
import {
  chainAuditEntry,
  GENESIS_HASH,
  type AuditContent,
} from '../../src-shared/domain/audit/hash-chain';
import type { Table } from 'dexie';
import type { AppDb } from '../db/app-db';
import { SYNC_STATE_ID, type OutboxRow } from '../db/rows';
import { readSyncState, SyncLogWriter } from './sync-state';

export class IdentityAdoptionError extends Error {
  constructor(
    readonly code: 'bound-to-other-user' | 'already-synced',
    message: string,
  ) {
    super(message);
    this.name = 'IdentityAdoptionError';
  }
}

export interface AdoptOptions {
  now?: () => string;
  newId?: () => string;
  deviceId?: string;
}

export interface AdoptResult {
  /** false: the device was already bound to this user (nothing rewritten). */
  changed: boolean;
  previousProfileId?: string;
  /** Rows, archived versions and outbox ops rewritten. */
  rewritten: { rows: number; versions: number; ops: number };
}

const OWNER_FIELD: Record<string, 'advocateId' | 'actor' | 'headId' | undefined> = {
  consultation: 'advocateId',
  appointment: 'advocateId',
  eligibilityCheck: 'actor',
  rosterMember: 'headId',
  dutySchedule: 'headId',
  distribution: 'headId',
  scheduleAck: 'advocateId',
  distributionAnswer: 'advocateId',
  feeClaim: 'advocateId',
};

/** An appointment's notice keys start with its advocate's id. */
function renameNoticeKeys(keys: unknown, from: string, to: string): unknown {
  if (!Array.isArray(keys)) return keys;
  return keys.map((k) =>
    typeof k === 'string' && k.startsWith(`${from}#`) ? `${to}${k.slice(from.length)}` : k,
  );
}

function renamedRecord(
  entity: string,
  record: Record<string, unknown>,
  from: string,
  to: string,
): Record<string, unknown> | null {
  if (entity === 'profile') return record.id === from ? { ...record, id: to } : null;
  const field = OWNER_FIELD[entity];
  if (!field || record[field] !== from) return null;
  const out: Record<string, unknown> = { ...record, [field]: to };
  if (entity === 'appointment') out.noticeKeys = renameNoticeKeys(record.noticeKeys, from, to);
  return out;
}

export async function adoptServerIdentity(
  db: AppDb,
  serverUserId: string,
  opts: AdoptOptions = {},
): Promise<AdoptResult> {
  const now = opts.now ?? (() => new Date().toISOString());
  const newId = opts.newId ?? (() => crypto.randomUUID());
  const tables = [
    db.syncState,
    db.syncLog,
    db.profile,
    db.consultations,
    db.consultationVersions,
    db.appointments,
    db.appointmentVersions,
    db.eligibilityChecks,
    db.rosterMembers,
    db.dutySchedules,
    db.distributions,
    db.scheduleAcks,
    db.distributionAnswers,
    db.feeClaims,
    db.feeClaimVersions,
    db.outbox,
    db.audit,
  ];
  return db.transaction('rw', tables, async () => {
    const state = await readSyncState(db);
    if (state.serverUserId === serverUserId) {
      if (opts.deviceId && state.deviceId !== opts.deviceId) {
        await db.syncState.put({ ...state, deviceId: opts.deviceId });
      }
      return { changed: false, rewritten: { rows: 0, versions: 0, ops: 0 } };
    }
    if (state.serverUserId) {
      throw new IdentityAdoptionError(
        'bound-to-other-user',
        `this device syncs as ${state.serverUserId}; it cannot become ${serverUserId}`,
      );
    }
    if (state.serverRevision > 0 || state.lastSuccessAt) {
      throw new IdentityAdoptionError(
        'already-synced',
        'this device already exchanged records with a server under another identity',
      );
    }

    const profile = await db.profile.toCollection().first();
    const from = profile?.id;
    const rewritten = { rows: 0, versions: 0, ops: 0 };
    if (profile && from !== serverUserId) {
      const to = serverUserId;
      await db.profile.delete(profile.id);
      await db.profile.put({ ...profile, id: to });
      rewritten.rows += 1;
      const owned = <T extends { advocateId: string }>(r: T) => r.advocateId === from;
      rewritten.rows += await db.consultations.filter(owned).modify((r) => {
        r.advocateId = to;
      });
      rewritten.rows += await db.appointments.filter(owned).modify((r) => {
        r.advocateId = to;
        r.noticeKeys = renameNoticeKeys(r.noticeKeys, profile.id, to) as string[];
      });
      rewritten.rows += await db.eligibilityChecks
        .filter((r) => r.actor === from)
        .modify((r) => {
          r.actor = to;
        });
      // Duty records made before signing in (a head's roster, schedules and hand-overs; an
      // advocate's acknowledgments and answers) are owned by the local id too.
      for (const t of [db.rosterMembers, db.dutySchedules, db.distributions]) {
        rewritten.rows += await (t as unknown as Table<{ headId: string }, string>)
          .filter((r) => r.headId === from)
          .modify((r) => {
            r.headId = to;
          });
      }
      // …and so are fee claims made before signing in (issue 8).
      for (const t of [db.scheduleAcks, db.distributionAnswers, db.feeClaims]) {
        rewritten.rows += await (t as unknown as Table<{ advocateId: string }, string>)
          .filter(owned)
          .modify((r) => {
            r.advocateId = to;
          });
      }
      rewritten.versions += await db.consultationVersions.filter(owned).modify((r) => {
        r.advocateId = to;
      });
      rewritten.versions += await db.appointmentVersions.filter(owned).modify((r) => {
        r.advocateId = to;
        r.noticeKeys = renameNoticeKeys(r.noticeKeys, profile.id, to) as string[];
      });
      rewritten.versions += await db.feeClaimVersions.filter(owned).modify((r) => {
        r.advocateId = to;
      });
      // Every op still in the outbox is unacknowledged (acknowledged ops are deleted).
      const ops = await db.outbox.toArray();
      const changedOps: OutboxRow[] = [];
      for (const op of ops) {
        const record = renamedRecord(op.entity, op.record, profile.id, to);
        if (!record) continue;
        changedOps.push({
          ...op,
          record,
          entityId: op.entity === 'profile' ? to : op.entityId,
        });
      }
      await db.outbox.bulkPut(changedOps);
      rewritten.ops = changedOps.length;
    }

    await db.syncState.put({
      ...state,
      id: SYNC_STATE_ID,
      serverUserId,
      ...(opts.deviceId ? { deviceId: opts.deviceId } : {}),
      ...(from ? { previousProfileId: from } : {}),
    });
    const last = await db.audit.toCollection().last();
    const content: AuditContent = {
      id: newId(),
      at: now(),
      actor: serverUserId,
      entity: 'profile',
      entityId: serverUserId,
      action: 'system',
      fields: from && from !== serverUserId ? ['id'] : [],
      version: profile?.version ?? 0,
      reason: from
        ? `sync: register owner ${from} is server user ${serverUserId}`
        : `sync: device bound to server user ${serverUserId}`,
    };
    await db.audit.add(chainAuditEntry(content, last?.hash ?? GENESIS_HASH));
    const log = new SyncLogWriter(now());
    log.add({
      action: 'identity-adopted',
      entity: 'profile',
      entityId: serverUserId,
      reason: `${from ?? '(no profile)'} → ${serverUserId}: ${rewritten.rows} rows, ${rewritten.versions} archived versions, ${rewritten.ops} ops`,
    });
    await log.flush(db);
    return { changed: true, ...(from ? { previousProfileId: from } : {}), rewritten };
  });
}
