import type { Page } from 'playwright-core';

/**
 * Every row of one object store of the app's IndexedDB (src-renderer/db/app-db.ts, name
 * 'qorgau'), read in the page with the raw API: what the app has on disk, not what it shows.
 */
export async function readStore<T = Record<string, unknown>>(
  page: Page,
  store: string,
): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('qorgau');
        open.onerror = () => reject(open.error ?? new Error('indexedDB.open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction(name, 'readonly').objectStore(name).getAll();
          req.onerror = () => reject(req.error ?? new Error(`getAll ${name} failed`));
          req.onsuccess = () => {
            db.close();
            resolve(req.result as T[]);
          };
        };
      }),
    store,
  );
}
