/**
 * The settlement (town or rural, Rules cl. 5.4) of an advocate's most recent record in a
 * register, for the default of the next new record. Read from the rows' plain `settlement`
 * copy, so nothing personal is decoded.
 */
import type { Table } from 'dexie';
import type { SettlementKind } from '../../src-shared/contracts/entities/consultation';
import { ownerRows } from './register-owner';

/**
 * How far back to look for a record that states one. Records made before issue 8 state
 * nothing; a register that has only those gives no default, and reading a few thousand of
 * them each time a form opens would buy nothing: a new record is last in register order (unless
 * dated in an earlier year), so once records state a settlement the newest is found at once.
 */
const LOOK_BACK = 50;

/** Newest in register order (year, then number) among the owner's rows that state one. */
export async function latestSettlement<
  R extends { advocateId: string; year: number; number: number; settlement?: SettlementKind },
  I,
>(table: Table<R, string, I>, ownerId: string): Promise<SettlementKind | undefined> {
  const newest = await ownerRows(table, ownerId).reverse().limit(LOOK_BACK).toArray();
  return newest.find((r) => r.settlement)?.settlement;
}
