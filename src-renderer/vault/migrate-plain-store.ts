/**
 * Opens the pre-encryption database and encrypts it in place with the first user's codec
 * (the row-by-row work: src-renderer/db/encrypt-plain-store.ts). Separate from session.ts so
 * the session can be tested without IndexedDB work.
 */
import { AppDb } from '../db/app-db';
import { encryptPlainStore } from '../db/encrypt-plain-store';
import type { FieldCodec } from '../db/field-codec';

export async function migratePlainStore(dbName: string, codec: FieldCodec): Promise<void> {
  const db = new AppDb(dbName);
  try {
    await encryptPlainStore(db, codec);
  } finally {
    db.close();
  }
}
