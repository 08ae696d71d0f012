/**
 * Register numbers run continuously per advocate per year. The next one is read inside the
 * write transaction (a `beforeWrite` of commitChange), so two tabs adding at once cannot take
 * the same number.
 */
import Dexie, { type Table } from 'dexie';

/** The advocate's next number in the year: one past the highest on `[advocateId+year+number]`. */
export async function nextRegisterNumber<
  R extends { advocateId: string; year: number; number: number },
  I,
>(table: Table<R, string, I>, advocateId: string, year: number): Promise<number> {
  const last = await table
    .where('[advocateId+year+number]')
    .between([advocateId, year, Dexie.minKey], [advocateId, year, Dexie.maxKey])
    .last();
  return (last?.number ?? 0) + 1;
}
