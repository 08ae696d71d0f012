/**
 * The offline-bundle card's decisions, kept out of React so they are tested as plain functions
 * (docs/sync.md "Offline bundles"): under which account a file may be made, what stops an
 * export, an import's failure as something to say, and the receipt's on-screen summary.
 */
import { BundleError, type BundleErrorCode } from '../../../src-shared/sync/bundle';
import type { ExportProblem } from '../../bundle/export-outbox';
import { RelayAnswerError } from '../../bundle/import-bundle';
import type { BundleReceipt, ReceiptLine } from '../../bundle/receipt';
import type { MessageKey } from '../../i18n/translate';
import { SyncCallError } from '../../sync/ipc-transport';
import { problemOf, type SyncProblem, type SyncSnapshot } from '../../sync/sync-service';

export interface ExportAccount {
  userId: string;
  officeId: string | null;
}

/**
 * The server account a bundle is made under. Only once the device is signed in *and* its register
 * is bound to that account (phase signedIn: adoption succeeded): otherwise the outbox may hold
 * another owner's ops, which the server would refuse anyway. Signing in needs no connection
 * afterwards — main keeps the account — so an advocate who signed in once at the office can
 * export from a village with none.
 */
export function exportAccountOf(
  sync: Pick<SyncSnapshot, 'phase' | 'account'>,
): ExportAccount | null {
  const user = sync.phase === 'signedIn' ? sync.account?.user : undefined;
  return user ? { userId: user.id, officeId: user.officeId } : null;
}

/**
 * What stops an export before any work is done (and before a signing key is made for nothing).
 * Same checks, same order as exportOutboxBundle, which stays the authority.
 */
export function exportBlocker(input: {
  officePublicSpki: string | undefined;
  account: ExportAccount | null;
  waiting: number;
}): ExportProblem | null {
  if (!input.officePublicSpki) return 'no-office-key';
  if (!input.account?.officeId) return 'not-linked';
  if (input.waiting === 0) return 'nothing-pending';
  return null;
}

export const EXPORT_PROBLEM_KEYS: Record<ExportProblem, MessageKey> = {
  'no-office-key': 'bundleUi.export.problems.noOfficeKey',
  'not-linked': 'bundleUi.export.problems.notLinked',
  'nothing-pending': 'bundleUi.export.problems.nothingPending',
};

export type ImportFailure =
  /** The file itself was refused: nothing was sent (openBundle verifies all before relaying). */
  | { kind: 'bundle'; key: `bundle.errors.${BundleErrorCode}` }
  /** The relay failed: no connection, not signed in, the server refused (its own words). */
  | { kind: 'sync'; problem: SyncProblem }
  /** The server answered for other ops than were sent. */
  | { kind: 'answer' }
  | { kind: 'unexpected' };

export function importFailureOf(error: unknown): ImportFailure {
  if (error instanceof BundleError) return { kind: 'bundle', key: error.messageKey };
  if (error instanceof SyncCallError) return { kind: 'sync', problem: problemOf(error) };
  if (error instanceof RelayAnswerError) return { kind: 'answer' };
  return { kind: 'unexpected' };
}

/**
 * Whether some chunks may already be applied: every failure after the file verified. The screen
 * then says that importing the same file again finishes the job (the rest come back duplicate).
 */
export const mayBePartlySent = (f: ImportFailure) => f.kind !== 'bundle';

/** The first 16 hex digits in groups of 4: enough to compare on screen with the printed receipt. */
export function shortHash(hex: string): string {
  return (hex.slice(0, 16).match(/.{1,4}/g) ?? []).join(' ');
}

export type KeyTrust = 'owner' | 'first-use' | 'relay';

export interface ReceiptSummary {
  totals: BundleReceipt['totals'];
  /** A file imported again (or synced meanwhile): the server already had every record. */
  allDuplicate: boolean;
  /** The lines the head must tell the advocate about: not taken now, or not taken the first time. */
  problems: ReceiptLine[];
  fileHashShort: string;
  keyTrust: KeyTrust;
}

const isProblem = (l: ReceiptLine) =>
  l.outcome === 'rejected' ||
  l.outcome === 'conflict' ||
  (l.outcome === 'duplicate' && (l.original === 'rejected' || l.original === 'conflict'));

export function receiptSummary(r: BundleReceipt): ReceiptSummary {
  return {
    totals: r.totals,
    allDuplicate: r.totals.total > 0 && r.totals.duplicate === r.totals.total,
    problems: r.lines.filter(isProblem),
    fileHashShort: shortHash(r.fileSha256),
    keyTrust:
      r.signingKey.registeredVia === 'owner'
        ? 'owner'
        : r.signingKey.registeredNow
          ? 'first-use'
          : 'relay',
  };
}

/** How a problem line is labelled on screen. */
export function problemLabelKey(l: ReceiptLine): MessageKey {
  if (l.outcome === 'duplicate') {
    return l.original === 'conflict'
      ? 'bundleUi.receipt.earlierConflict'
      : 'bundleUi.receipt.earlierRejected';
  }
  return l.outcome === 'conflict' ? 'bundleUi.receipt.conflict' : 'bundleUi.receipt.rejected';
}
