/**
 * "Save for the office on a USB stick", without React: check what would stop it, make (or load)
 * this user's signing key, register it with the server when that is possible, make the file
 * (exportOutboxBundle) and hand it to the host's save dialog.
 *
 * The registration is best effort and bounded in time: an office "online" on its LAN but with
 * no route to the server must not make the advocate wait. An unregistered key is still trusted
 * on first use when the head relays the file (docs/sync.md, "The signing keys").
 */
import type { Envelope, IpcErrorCode } from '../../../src-shared/contracts/envelope';
import { isSyncedEntity } from '../../../src-shared/contracts/sync/protocol';
import { BundleError } from '../../../src-shared/sync/bundle';
import type {
  SigningKeyPair,
  SigningPublicKeyInfo,
} from '../../../src-shared/sync/bundle/signing-key';
import {
  BundleExportError,
  exportOutboxBundle,
  type ExportProblem,
} from '../../bundle/export-outbox';
import type { AppDb } from '../../db/app-db';
import type { FieldCodec } from '../../db/field-codec';
import { exportBlocker, type ExportAccount } from './bundle-ui';

/** How long an export waits for the key registration before going on without it. */
export const REGISTER_WAIT_MS = 8_000;

/** Pending ops of entities the server keeps: what a bundle would carry (export-outbox.ts). */
export function waitingForOffice(db: AppDb): Promise<number> {
  return db.outbox
    .where('state')
    .equals('pending')
    .filter((o) => isSyncedEntity(o.entity))
    .count();
}

export interface ExportDeps {
  db: AppDb;
  codec: FieldCodec;
  officePublicSpki: string | undefined;
  account: ExportAccount | null;
  /** ensureSigningKey: made on first use, kept in the user's vault entry. */
  signingKey: () => Promise<SigningKeyPair>;
  /** Registers the key with the server; null when offline or not signed in. */
  registerKey: ((key: SigningPublicKeyInfo) => Promise<unknown>) | null;
  save: (file: { fileName: string; bytes: Uint8Array }) => Promise<Envelope<{ saved: boolean }>>;
  registerWaitMs?: number;
}

export type ExportOutcome =
  | { status: 'saved'; fileName: string; opCount: number; keyId: string }
  | { status: 'cancelled' }
  | { status: 'problem'; problem: ExportProblem }
  | { status: 'too-large' }
  | { status: 'host-error'; code: IpcErrorCode };

/** Waits for `work` at most `ms`; its failure or lateness is nobody's concern. */
async function bestEffort(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  try {
    await Promise.race([
      work.then(
        () => undefined,
        () => undefined,
      ),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export async function exportForOffice(deps: ExportDeps): Promise<ExportOutcome> {
  const blocker = exportBlocker({
    officePublicSpki: deps.officePublicSpki,
    account: deps.account,
    waiting: await waitingForOffice(deps.db),
  });
  if (blocker) return { status: 'problem', problem: blocker };

  const signingKey = await deps.signingKey();
  if (deps.registerKey) {
    await bestEffort(
      deps.registerKey({ keyId: signingKey.keyId, spki: signingKey.spki }),
      deps.registerWaitMs ?? REGISTER_WAIT_MS,
    );
  }

  let built;
  try {
    built = await exportOutboxBundle({
      db: deps.db,
      codec: deps.codec,
      officePublicSpki: deps.officePublicSpki,
      account: deps.account,
      signingKey,
    });
  } catch (error) {
    if (error instanceof BundleExportError) return { status: 'problem', problem: error.problem };
    if (error instanceof BundleError && error.code === 'too-large') return { status: 'too-large' };
    throw error;
  }

  const saved = await deps.save({ fileName: built.fileName, bytes: built.bytes });
  if (!saved.ok) return { status: 'host-error', code: saved.error.code };
  if (!saved.value.saved) return { status: 'cancelled' };
  return {
    status: 'saved',
    fileName: built.fileName,
    opCount: built.opCount,
    keyId: built.header.signingKey.keyId,
  };
}
