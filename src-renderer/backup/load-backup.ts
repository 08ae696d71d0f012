/**
 * Getting a backup file's bytes from the host — from the backup folder by name, or from the
 * open dialog (any .qbak, e.g. on a new laptop) — and reading its header. Nothing is decrypted
 * here; the header is what the screens show before asking for a password.
 */
import { BackupError, type BackupErrorCode } from '../../src-shared/backup/backup-errors';
import { parseBackupFile, type ParsedBackupFile } from '../../src-shared/backup/backup-file';
import type { BackupOpenResult, BackupReadResult } from '../../src-shared/contracts/backup';
import type { Envelope } from '../../src-shared/contracts/envelope';
import { callHost } from '../host/host';

type HostReadFailure = Extract<BackupReadResult | BackupOpenResult, { status: 'failed' }>['reason'];

export type LoadedBackup =
  | { status: 'ok'; name: string; file: ParsedBackupFile }
  | { status: 'cancelled' }
  | { status: 'failed'; problem: BackupErrorCode | HostReadFailure | 'unexpected' };

function fromHost(r: Envelope<BackupReadResult | BackupOpenResult>): LoadedBackup {
  if (!r.ok) {
    console.error('backup: the host could not hand over the file', r.error);
    return { status: 'failed', problem: 'unexpected' };
  }
  const v = r.value;
  if (v.status === 'cancelled') return v;
  if (v.status === 'failed') return { status: 'failed', problem: v.reason };
  try {
    return { status: 'ok', name: v.name, file: parseBackupFile(v.bytes) };
  } catch (e) {
    if (e instanceof BackupError) return { status: 'failed', problem: e.code };
    throw e;
  }
}

export async function loadFromFolder(fileName: string): Promise<LoadedBackup> {
  return fromHost(await callHost((a) => a.backup.read({ fileName })));
}

export async function loadFromDialog(): Promise<LoadedBackup> {
  return fromHost(await callHost((a) => a.backup.openFile()));
}
