/**
 * The sync log's routine entries of one push answer or pull page: plain acknowledgements and
 * new records taken from the server. One such entry stays an entry of its own (entity, record,
 * op); several of the same action and entity become ONE entry that counts them and names their
 * revision range. A first sync acknowledges 500 ops per answer and a first pull brings 500
 * records per page: an entry each would push every other decision out of the bounded log
 * (sync-state.ts keeps 5 000) and cost an indexed write and a prune each (docs/performance.md,
 * "Where the time goes"). Refusals, conflicts, skips and replaced versions are never grouped.
 */
import type { SyncLogRow } from '../db/rows';
import type { SyncLogWriter } from './sync-state';

export interface RoutineEntry {
  action: 'acknowledged' | 'applied';
  entity: string;
  entityId: string;
  opId?: string;
  /** The entry's reason when it stands alone. */
  reason: string;
  revision?: number;
  /** Answered before: the server had already taken this op (a retry). */
  duplicate?: boolean;
}

export class RoutineLog {
  private readonly groups = new Map<string, RoutineEntry[]>();

  add(entry: RoutineEntry): void {
    const k = `${entry.action}\u0000${entry.entity}`;
    const list = this.groups.get(k);
    if (list) list.push(entry);
    else this.groups.set(k, [entry]);
  }

  writeTo(log: Pick<SyncLogWriter, 'add'>): void {
    for (const entries of this.groups.values()) {
      const first = entries[0]!;
      if (entries.length === 1) {
        const row: Omit<SyncLogRow, 'seq' | 'at'> = {
          action: first.action,
          entity: first.entity,
          entityId: first.entityId,
          reason: first.reason,
        };
        if (first.opId) row.opId = first.opId;
        log.add(row);
        continue;
      }
      log.add({
        action: first.action,
        entity: first.entity,
        entityId: '',
        reason: groupReason(entries),
      });
    }
    this.groups.clear();
  }
}

function groupReason(entries: readonly RoutineEntry[]): string {
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of entries) {
    if (e.revision === undefined) continue;
    lo = Math.min(lo, e.revision);
    hi = Math.max(hi, e.revision);
  }
  const range = lo <= hi ? `at revisions ${lo}–${hi}` : 'at revisions ?';
  const first = entries[0]!;
  const last = entries[entries.length - 1]!;
  if (first.action === 'applied') {
    return `${entries.length} new records taken from the server; ${first.entityId} … ${last.entityId}`;
  }
  const duplicates = entries.filter((e) => e.duplicate).length;
  const dup = duplicates > 0 ? `; ${duplicates} answered before (duplicates)` : '';
  return `${entries.length} ops acknowledged: server holds them ${range}${dup}; ops ${first.opId} … ${last.opId}`;
}
