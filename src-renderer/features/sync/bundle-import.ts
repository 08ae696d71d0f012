/**
 * "Import a bundle from an advocate", without React: the head picks the file (bundle.openFile),
 * this device opens it with the office private key from the head's vault and relays it chunk by
 * chunk (importBundle), and the outcome is either a receipt or something to say.
 */
import type { BundleOpenResult } from '../../../src-shared/contracts/bundle-file';
import type { Envelope, IpcErrorCode } from '../../../src-shared/contracts/envelope';
import type { RecoveryPrivateKey } from '../../../src-shared/security/vault/recovery-key';
import { importBundle, type ImportBundleOptions, type Relay } from '../../bundle/import-bundle';
import type { BundleReceipt } from '../../bundle/receipt';
import { importFailureOf, type ImportFailure } from './bundle-ui';

export interface ImportDeps {
  openFile: () => Promise<Envelope<BundleOpenResult>>;
  /** officePrivateKey(appSession): null on a computer that did not create the office key. */
  officeKey: () => Promise<RecoveryPrivateKey | null>;
  relay: Relay;
  options?: Omit<ImportBundleOptions, 'fileName'>;
  /** A file was chosen: decrypting and checking begins (the screen says so). */
  onChosen?: (name: string) => void;
}

export type ImportOutcome =
  | { status: 'cancelled' }
  | { status: 'open-failed'; reason: 'too-large' | 'read-failed' }
  | { status: 'host-error'; code: IpcErrorCode }
  | { status: 'no-office-key' }
  | { status: 'failed'; failure: ImportFailure }
  | { status: 'done'; receipt: BundleReceipt };

export async function importFromFile(deps: ImportDeps): Promise<ImportOutcome> {
  const picked = await deps.openFile();
  if (!picked.ok) return { status: 'host-error', code: picked.error.code };
  const file = picked.value;
  if (file.status === 'cancelled') return { status: 'cancelled' };
  if (file.status === 'failed') return { status: 'open-failed', reason: file.reason };
  deps.onChosen?.(file.name);
  try {
    const key = await deps.officeKey();
    if (!key) return { status: 'no-office-key' };
    const receipt = await importBundle(file.bytes, key, deps.relay, {
      ...deps.options,
      fileName: file.name,
    });
    return { status: 'done', receipt };
  } catch (error) {
    const failure = importFailureOf(error);
    // The unexpected is for maintainers; the screen says only that it failed.
    if (failure.kind === 'unexpected') console.error('bundle import failed', error);
    return { status: 'failed', failure };
  }
}
