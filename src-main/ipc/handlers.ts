/**
 * What each IPC channel does, written against a small OS interface so it runs in Node
 * tests; handlers.main.ts supplies the Electron implementation (dialog, shell, fs).
 */
import path from 'node:path';
import type { AppInfo, saveFileKinds } from '../../src-shared/contracts/ipc-contract';
import type { IpcHandlers } from '../../src-shared/contracts/ipc-dispatcher';
import type { BackupHandlers } from '../backup/backup-handlers';
import type { BundleFileHandlers } from '../bundle/bundle-file-handlers';

type SaveFileKind = (typeof saveFileKinds)[number];

export interface SaveDialogRequest {
  defaultName: string;
  filter: { name: string; extensions: string[] };
}

export interface OsServices {
  appInfo: () => AppInfo;
  /** Shows the save dialog; resolves to the chosen path, or null when cancelled. */
  chooseSavePath: (req: SaveDialogRequest) => Promise<string | null>;
  writeFile: (filePath: string, bytes: Uint8Array) => Promise<void>;
  /** A private folder for files handed to the system viewer (printing). */
  tempDir: () => Promise<string>;
  /** Opens a file with the system's default app; resolves to an error text or ''. */
  openPath: (filePath: string) => Promise<string>;
  openExternal: (url: string) => Promise<void>;
}

const KIND_FILTERS: Record<SaveFileKind, SaveDialogRequest['filter']> = {
  pdf: { name: 'PDF', extensions: ['pdf'] },
  json: { name: 'JSON', extensions: ['json'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  txt: { name: 'Text', extensions: ['txt'] },
  'qorgau-bundle': { name: 'Qorgau offline bundle', extensions: ['qorgau-bundle'] },
};

/** "Тізілім 2026-11" + pdf → "Тізілім 2026-11.pdf"; an existing right extension is kept. */
export function withExtension(name: string, ext: string): string {
  return name.toLowerCase().endsWith(`.${ext}`) ? name : `${name}.${ext}`;
}

async function saveWithDialog(
  os: OsServices,
  suggestedName: string,
  kind: SaveFileKind,
  bytes: Uint8Array,
) {
  const filter = KIND_FILTERS[kind];
  const ext = filter.extensions[0]!;
  const chosen = await os.chooseSavePath({
    defaultName: withExtension(suggestedName, ext),
    filter,
  });
  if (!chosen) return { saved: false };
  const filePath = withExtension(chosen, ext);
  await os.writeFile(filePath, bytes);
  return { saved: true, path: filePath };
}

/** The sync channels come ready-made (src-main/sync/sync-handlers.ts). */
type SyncHandlers = Pick<
  IpcHandlers,
  | 'sync.account'
  | 'sync.signIn'
  | 'sync.signOut'
  | 'sync.push'
  | 'sync.pull'
  | 'sync.resolveConflict'
  | 'sync.useStore'
  | 'sync.relay'
  | 'sync.registerSigningKey'
>;

export function createHandlers(
  os: OsServices,
  sync: SyncHandlers,
  /** backup.* (src-main/backup/backup-handlers.ts): the main process keeps backup files. */
  backup: BackupHandlers,
  /** bundle.openFile (src-main/bundle/bundle-file-handlers.ts): the head picks a bundle file. */
  bundleFile: BundleFileHandlers,
): IpcHandlers {
  return {
    ...sync,
    ...backup,
    ...bundleFile,
    'app.info': async () => os.appInfo(),
    'files.saveFile': async ({ suggestedName, kind, bytes }) =>
      saveWithDialog(os, suggestedName, kind, bytes),
    'files.savePdf': async ({ suggestedName, bytes }) =>
      saveWithDialog(os, suggestedName, 'pdf', bytes),
    'files.printPdf': async ({ title, bytes }) => {
      // Printing goes through the system PDF viewer: it knows the printers and paper
      // sizes of an old office laptop better than a hidden window would.
      const dir = await os.tempDir();
      const filePath = path.join(dir, `${Date.now()}-${withExtension(title, 'pdf')}`);
      await os.writeFile(filePath, bytes);
      const error = await os.openPath(filePath);
      if (error) throw new Error(`could not open the PDF viewer: ${error}`);
      return { opened: true };
    },
    'shell.openExternal': async ({ url }) => {
      await os.openExternal(url);
      return { opened: true };
    },
  };
}
