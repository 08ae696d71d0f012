/**
 * bundle.openFile for the browser preview and e2e: a file input stands in for the desktop app's
 * open dialog (src-main/bundle), with the same answers — the name and bytes, cancelled, or a
 * failure reason — and the same size cap.
 */
import type { IpcHandlers } from '../../../src-shared/contracts/ipc-dispatcher';
import {
  BUNDLE_FILE_EXTENSION,
  MAX_BUNDLE_BYTES,
} from '../../../src-shared/sync/bundle/bundle-format';

import { pickFile } from './pick-file';

type BundleFileHandlers = Pick<IpcHandlers, 'bundle.openFile'>;

export interface BrowserBundleFileIo {
  record: (channel: string, action: 'info', detail: string) => void;
}

export function browserBundleFileHandlers(io: BrowserBundleFileIo): BundleFileHandlers {
  return {
    'bundle.openFile': async () => {
      io.record('bundle.openFile', 'info', 'file input');
      return pickFile({
        accept: `.${BUNDLE_FILE_EXTENSION}`,
        maxBytes: MAX_BUNDLE_BYTES,
        testId: 'bundle-file-input',
      });
    },
  };
}
