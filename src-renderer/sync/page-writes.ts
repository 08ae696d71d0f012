/**
 * What a pull page's (or a push answer's) transaction puts while it takes server copies,
 * written at its end with one bulkPut per table. takeServerCopy decides in memory (PageReads,
 * which it keeps up to date) and never awaits, for two reasons:
 * - A first pull brings 500 records per page: a put request each spent more in request and
 *   event overhead than in storing (docs/performance.md).
 * - Dexie keeps a transaction's zone across native `await`s for a limited number of microtask
 *   hops after each Dexie operation; a loop of hundreds of awaited async calls that issue no
 *   IndexedDB request loses it, and the page's later writes run in transactions of their own
 *   (PrematureCommitError). A loop without awaits cannot.
 * Puts of one key land in order, as they would one by one.
 */
/** A Dexie table, as far as this needs one. */
interface Puttable<T> {
  bulkPut(rows: T[]): PromiseLike<unknown>;
}

export class PageWrites {
  private readonly byTable = new Map<Puttable<unknown>, unknown[]>();

  put<T>(table: Puttable<T>, row: T): void {
    const t = table as Puttable<unknown>;
    const rows = this.byTable.get(t);
    if (rows) rows.push(row);
    else this.byTable.set(t, [row]);
  }

  async flush(): Promise<void> {
    for (const [table, rows] of this.byTable) await table.bulkPut(rows);
    this.byTable.clear();
  }
}
