/** The app's one vault session, wired to the real directory, store and page reload. */
import { v7 as uuidv7 } from 'uuid';
import { openStore } from '../db';
import type { FieldCodec } from '../db/field-codec';
import { callHost } from '../host/host';
import { migratePlainStore } from './migrate-plain-store';
import { VaultSession } from './session';
import { UserDirectory } from './user-directory';

/**
 * The user's database, and their own sync sign-in in the host: two people on one laptop never
 * push with each other's device token.
 */
async function openUserStore(dbName: string, codec: FieldCodec): Promise<void> {
  await openStore(dbName, codec);
  const r = await callHost((a) => a.sync.useStore({ store: dbName }));
  if (!r.ok) throw new Error(`sync.useStore: ${r.error.code}`);
}

export const appSession = new VaultSession({
  directory: new UserDirectory(),
  openStore: openUserStore,
  encryptPlainStore: migratePlainStore,
  reload: () => window.location.reload(),
  now: () => new Date().toISOString(),
  newId: () => uuidv7(),
});
