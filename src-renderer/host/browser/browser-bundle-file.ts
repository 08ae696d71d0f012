/**
 * bundle.openFile for the browser preview and e2e: a file input stands in for the desktop app's
 * open dialog (src-main/bundle), with the same answers — the name and bytes, cancelled, or a
 * failure reason — and the same size cap.
 */
import type { BundleOpenResult } from '../../../src-shared/contracts/bundle-file';
import type { IpcHandlers } from '../../../src-shared/contracts/ipc-dispatcher';
import {
  BUNDLE_FILE_EXTENSION,
  MAX_BUNDLE_BYTES,
} from '../../../src-shared/sync/bundle/bundle-format';

type BundleFileHandlers = Pick<IpcHandlers, 'bundle.openFile'>;

export interface BrowserBundleFileIo {
  record: (channel: string, action: 'info', detail: string) => void;
}

/** Resolves when a file is chosen, or the chooser is closed without one. */
function pickBundle(): Promise<BundleOpenResult> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = `.${BUNDLE_FILE_EXTENSION}`;
    input.hidden = true;
    input.dataset['testid'] = 'bundle-file-input';
    const done = (r: BundleOpenResult) => {
      input.remove();
      resolve(r);
    };
    input.addEventListener('cancel', () => done({ status: 'cancelled' }));
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return done({ status: 'cancelled' });
      if (file.size > MAX_BUNDLE_BYTES) return done({ status: 'failed', reason: 'too-large' });
      file.arrayBuffer().then(
        (buf) => done({ status: 'ok', name: file.name, bytes: new Uint8Array(buf) }),
        () => done({ status: 'failed', reason: 'read-failed' }),
      );
    });
    document.body.append(input);
    input.click();
  });
}

export function browserBundleFileHandlers(io: BrowserBundleFileIo): BundleFileHandlers {
  return {
    'bundle.openFile': async () => {
      io.record('bundle.openFile', 'info', 'file input');
      return pickBundle();
    },
  };
}
