/**
 * Whose register a read or a write is about. After sync, a head's device holds every record of
 * the office in the same tables (each row with its own `advocateId`), so "the register" is no
 * longer "the table": the advocate's own pages, prints, reminders and checks read one owner's
 * rows (the signed-in profile's id, passed explicitly by the caller), and no record of another
 * advocate is ever changed from this device — the server would refuse it (`wrong-owner`), and a
 * refused change would sit in the quarantine instead of telling the user at once.
 */
import type { Table } from 'dexie';

/** A change to another advocate's record was refused; `code` is the i18n key that says so. */
export class NotOwnRecordError extends Error {
  readonly code = 'office.notOwnRecord';

  constructor(
    readonly entity: string,
    readonly id: string,
    readonly ownerId: string,
    readonly actor: string,
  ) {
    super(`${entity} ${id} belongs to ${ownerId}, not to ${actor}: it cannot be changed here`);
    this.name = 'NotOwnRecordError';
  }
}

/** Refuses a change by `actor` to a row another advocate owns. */
export function assertOwnRecord(
  entity: string,
  row: { id: string; advocateId: string },
  actor: string,
): void {
  if (row.advocateId !== actor) throw new NotOwnRecordError(entity, row.id, row.advocateId, actor);
}

/** The row filter behind every owner-scoped read that cannot use the owner's index range. */
export const ownedBy =
  (ownerId: string) =>
  (row: { advocateId: string }): boolean =>
    row.advocateId === ownerId;

/**
 * Every row of one advocate, in register order (year, then number), through the
 * `[advocateId+year+number]` index: no other advocate's row is read at all. `[owner]` sorts
 * before every `[owner, year, number]` and `[owner, []]` after it (an array sorts after
 * numbers), so the range is exactly the owner's keys.
 */
export function ownerRows<R extends { advocateId: string; year: number; number: number }, I>(
  table: Table<R, string, I>,
  ownerId: string,
) {
  return table.where('[advocateId+year+number]').between([ownerId], [ownerId, []], true, true);
}
