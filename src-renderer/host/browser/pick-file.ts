/**
 * A hidden file input standing in for the desktop app's open dialog (backup.openFile,
 * bundle.openFile in the browser preview and e2e): the chosen file's name and bytes, cancelled,
 * or why it could not be read — the same answers, and the same size cap, as the main process.
 */
export type PickedFile =
  | { status: 'cancelled' }
  | { status: 'ok'; name: string; bytes: Uint8Array }
  | { status: 'failed'; reason: 'too-large' | 'read-failed' };

export function pickFile(opts: {
  accept: string;
  maxBytes: number;
  testId: string;
}): Promise<PickedFile> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = opts.accept;
    input.hidden = true;
    input.dataset['testid'] = opts.testId;
    const done = (r: PickedFile) => {
      input.remove();
      resolve(r);
    };
    input.addEventListener('cancel', () => done({ status: 'cancelled' }));
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return done({ status: 'cancelled' });
      if (file.size > opts.maxBytes) return done({ status: 'failed', reason: 'too-large' });
      file.arrayBuffer().then(
        (buf) => done({ status: 'ok', name: file.name, bytes: new Uint8Array(buf) }),
        () => done({ status: 'failed', reason: 'read-failed' }),
      );
    });
    document.body.append(input);
    input.click();
  });
}
