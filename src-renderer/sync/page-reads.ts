/**
 * What taking a batch of server copies needs to read, read once per batch inside its apply
 * transaction: the records' outbox ops (pending ones make a copy wait; refused ones hold the
 * quarantined versions), the local rows, and the rows holding the copies' register numbers.
 * A first pull of a whole register takes 500 copies per page; reading these per copy cost
 * three index queries each (docs/performance.md).
 *
 * Valid only while nothing but `takeServerCopy` writes the records' tables and the outbox is
 * left alone — true of a pull page. A push answer quarantines ops before it takes a copy, so it
 * loads the reads for each copy just before taking it.
 */
import type { Table } from 'dexie';
import type { SyncedEntityName } from '../../src-shared/contracts/sync/protocol';
import type { AppDb } from '../db/app-db';
import type { OutboxRow } from '../db/rows';
import { bindingOf, type Rec } from './records';

export interface CopyKey {
  entity: SyncedEntityName;
  entityId: string;
  /** The copy's record (its register number is looked up). */
  record: Record<string, unknown>;
}

type NumberKey = [string, number, number];

const key = (entity: string, id: string) => `${entity}\u0000${id}`;

export function numberKeyOf(r: Record<string, unknown>): NumberKey | null {
  const { advocateId, year, number } = r;
  return typeof advocateId === 'string' && typeof year === 'number' && typeof number === 'number'
    ? [advocateId, year, number]
    : null;
}
const numberKeyString = (entity: string, k: NumberKey) => `${entity}\u0000${k.join('\u0000')}`;

export class PageReads {
  private readonly pending = new Set<string>();
  private readonly refused = new Map<string, Record<string, unknown>[]>();
  private readonly locals = new Map<string, Rec | undefined>();
  /** Colleagues' profiles (a head's device), by id. */
  private readonly officeProfiles = new Map<string, Rec | undefined>();
  /** numberKeyString → the rows holding that number, by id. */
  private readonly numbers = new Map<string, Map<string, Rec>>();

  private constructor() {}

  static async load(db: AppDb, copies: readonly CopyKey[]): Promise<PageReads> {
    const reads = new PageReads();
    if (copies.length === 0) return reads;
    // One `equals` per key, all in flight at once, rather than `anyOf`: an anyOf cursor jumps
    // from key to key, and fake-indexeddb (the bench's and the tests' IndexedDB) walks each
    // jump from the index's start — a 100-record pull into a 50 000-row register took seconds.
    const ops: OutboxRow[] = (
      await Promise.all(
        copies.map((c) =>
          db.outbox.where('[entity+entityId]').equals([c.entity, c.entityId]).toArray(),
        ),
      )
    ).flat();
    for (const o of ops) {
      const k = key(o.entity, o.entityId);
      if (o.state === 'pending') reads.pending.add(k);
      if (o.state === 'rejected') reads.refused.set(k, [...(reads.refused.get(k) ?? []), o.record]);
    }
    // Profiles may be colleagues' (server-copy.ts): their office copies too. A handful at most.
    const profileIds = [
      ...new Set(copies.filter((c) => c.entity === 'profile').map((c) => c.entityId)),
    ];
    if (profileIds.length > 0) {
      const rows = await db.officeProfiles.bulkGet(profileIds);
      profileIds.forEach((id, i) => reads.officeProfiles.set(id, rows[i] as Rec | undefined));
    }
    const byEntity = new Map<SyncedEntityName, CopyKey[]>();
    for (const c of copies) byEntity.set(c.entity, [...(byEntity.get(c.entity) ?? []), c]);
    for (const [entity, list] of byEntity) {
      const b = bindingOf(db, entity);
      const ids = [...new Set(list.map((c) => c.entityId))];
      const rows = await b.table.bulkGet(ids);
      ids.forEach((id, i) => reads.locals.set(key(entity, id), rows[i]));
      if (!b.numbered) continue;
      const wanted = list.map((c) => numberKeyOf(c.record)).filter((k): k is NumberKey => !!k);
      if (wanted.length === 0) continue;
      const holders = await Promise.all(
        wanted.map((k) =>
          (b.table as Table<Rec, string>).where('[advocateId+year+number]').equals(k).toArray(),
        ),
      );
      for (const row of holders.flat()) reads.addNumber(entity, row);
    }
    return reads;
  }

  hasPending(entity: string, entityId: string): boolean {
    return this.pending.has(key(entity, entityId));
  }

  /** The refused (quarantined) records of this record's ops. */
  refusedRecords(entity: string, entityId: string): readonly Record<string, unknown>[] {
    return this.refused.get(key(entity, entityId)) ?? [];
  }

  local(entity: string, entityId: string): Rec | undefined {
    return this.locals.get(key(entity, entityId));
  }

  /** Another row holding the register number of `record` (the lowest id, deterministic). */
  numberHolder(entity: string, record: Record<string, unknown>): Rec | undefined {
    const k = numberKeyOf(record);
    if (!k) return undefined;
    const rows = this.numbers.get(numberKeyString(entity, k));
    if (!rows) return undefined;
    const others = [...rows.values()].filter((r) => r.id !== record.id);
    others.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return others[0];
  }

  officeProfile(id: string): Rec | undefined {
    return this.officeProfiles.get(id);
  }

  wroteOfficeProfile(row: Rec): void {
    this.officeProfiles.set(row.id, row);
  }

  /** `row` was put into its table: later copies of the batch must see it. */
  wrote(entity: string, row: Rec): void {
    const before = this.locals.get(key(entity, row.id));
    if (before) {
      const old = numberKeyOf(before);
      if (old) this.numbers.get(numberKeyString(entity, old))?.delete(row.id);
    }
    this.locals.set(key(entity, row.id), row);
    this.addNumber(entity, row);
  }

  private addNumber(entity: string, row: Rec): void {
    const k = numberKeyOf(row);
    if (!k) return;
    const s = numberKeyString(entity, k);
    const rows = this.numbers.get(s) ?? new Map<string, Rec>();
    rows.set(row.id, row);
    this.numbers.set(s, rows);
  }
}
