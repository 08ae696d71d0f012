/**
 * bundle.openFile: the head picks the advocate's `.qorgau-bundle` in the OS open dialog and
 * main reads it, with the same size-capped read as a picked backup (backup-folder.ts: a regular
 * file, no larger than the cap, a copy of the bytes). No Electron here: the dialog comes in as
 * a function, so vitest runs the handler against a temp dir; bundle-file.main.ts supplies it.
 */
import type { IpcHandlers } from '../../src-shared/contracts/ipc-dispatcher';
import { MAX_BUNDLE_BYTES } from '../../src-shared/sync/bundle/bundle-format';
import { BackupFolderError, readPickedFile } from '../backup/backup-folder';

export type BundleFileHandlers = Pick<IpcHandlers, 'bundle.openFile'>;

export interface BundleFileDeps {
  /** The OS open dialog for one .qorgau-bundle file; its path, or null when cancelled. */
  chooseBundleFile: () => Promise<string | null>;
  maxBytes?: number;
}

export function createBundleFileHandlers(deps: BundleFileDeps): BundleFileHandlers {
  const maxBytes = deps.maxBytes ?? MAX_BUNDLE_BYTES;
  return {
    'bundle.openFile': async () => {
      const file = await deps.chooseBundleFile();
      if (!file) return { status: 'cancelled' };
      try {
        const bytes = await readPickedFile(file, maxBytes);
        // Only the name goes back (for the receipt): where the stick is mounted is nobody's business.
        return { status: 'ok', name: file.split(/[\\/]/).pop() || 'bundle.qorgau-bundle', bytes };
      } catch (e) {
        if (!(e instanceof BackupFolderError)) throw e;
        // not-found (gone since the dialog, or not a regular file) reads as a failed read here.
        const reason = e.problem === 'too-large' ? 'too-large' : 'read-failed';
        return { status: 'failed', reason, ...(e.detail ? { detail: e.detail } : {}) };
      }
    },
  };
}
