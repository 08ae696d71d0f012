/**
 * The .qbak file:
 *
 *   QORGAU-BACKUP 1\n                      magic line
 *   {"appVersion":…,"v":1,…}\n             the header, canonical JSON on one line
 *   nonce ‖ AES-256-GCM(gzip(payload JSON)) ‖ tag
 *
 * The associated data is every byte before the encrypted part — magic line and header exactly
 * as stored — so an edited count, audit head, label or vault record makes the file refuse to
 * open ('tampered'), the same as a changed byte of ciphertext. `head -2 file.qbak` shows the
 * header to support staff without any key.
 */
import { canonicalJson, type Json } from '../domain/audit/canonical-json';
import { fromUtf8, utf8 } from '../security/vault/bytes';
import { BlobTamperedError, openBlob, sealBlob } from '../security/vault/blob-cipher';
import type { VaultKey } from '../security/vault/webcrypto';
import { BackupError } from './backup-errors';
import {
  backupHeaderSchema,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupHeader,
} from './backup-header';
import { backupPayloadSchema, checkPayload, type BackupTables } from './backup-payload';
import { gunzip, gzip } from './gzip';

/** 256 MiB: years of a busy advocate's registers are a few MiB; this only stops a runaway. */
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;
const MAX_HEADER_BYTES = 256 * 1024;
/** Decompressed: below V8's longest string, so JSON.parse never meets a bigger one. */
const MAX_PAYLOAD_BYTES = 480 * 1024 * 1024;
const MAGIC = utf8(`QORGAU-BACKUP ${BACKUP_VERSION}\n`);
const MAGIC_PREFIX = utf8('QORGAU-BACKUP ');
const NEWLINE = 0x0a;

export interface ParsedBackupFile {
  header: BackupHeader;
  /** Magic line and header bytes: the associated data of the encrypted part. */
  aad: Uint8Array;
  sealed: Uint8Array;
}

const startsWith = (bytes: Uint8Array, prefix: Uint8Array) =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

/**
 * Rows must survive JSON unchanged: plain objects, arrays, strings, finite numbers, booleans,
 * null (and `undefined` properties, which read the same as absent ones). A Date, a Blob or a
 * typed array would come back as something else, so backing it up fails loudly instead.
 */
function assertJsonValue(value: unknown, path: string): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`backup: ${path} is not a finite number`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => assertJsonValue(v, `${path}[${i}]`));
    return;
  }
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null)
      throw new Error(`backup: ${path} is not a plain object`);
    for (const [k, v] of Object.entries(value))
      if (v !== undefined) assertJsonValue(v, `${path}.${k}`);
    return;
  }
  throw new Error(`backup: ${path} has a ${typeof value}, which JSON cannot keep`);
}

export async function sealBackupFile(
  header: BackupHeader,
  tables: BackupTables,
  dataKey: VaultKey,
): Promise<Uint8Array> {
  // The same checks a restore makes: a file that could never be restored is never written.
  const valid = backupHeaderSchema.parse(header);
  for (const [name, rows] of Object.entries(tables)) assertJsonValue(rows, name);
  checkPayload(valid, tables);
  const headerBytes = utf8(`${canonicalJson(valid as unknown as Json)}\n`);
  const aad = new Uint8Array(MAGIC.length + headerBytes.length);
  aad.set(MAGIC);
  aad.set(headerBytes, MAGIC.length);
  const payload = await gzip(utf8(JSON.stringify({ tables })));
  const sealed = await sealBlob(dataKey, payload, aad);
  const out = new Uint8Array(aad.length + sealed.length);
  out.set(aad);
  out.set(sealed, aad.length);
  return out;
}

/** Reads the header (no key needed). Throws BackupError: file-format, too-large, newer-version. */
export function parseBackupFile(bytes: Uint8Array): ParsedBackupFile {
  if (bytes.length > MAX_BACKUP_BYTES) throw new BackupError('too-large');
  if (!startsWith(bytes, MAGIC)) {
    // "QORGAU-BACKUP 2": ours, from a newer app; anything else is not a backup at all.
    const newer =
      startsWith(bytes, MAGIC_PREFIX) &&
      /^[2-9]/.test(String.fromCharCode(bytes[MAGIC_PREFIX.length] ?? 0));
    throw new BackupError(newer ? 'newer-version' : 'file-format');
  }
  const end = bytes.subarray(MAGIC.length, MAGIC.length + MAX_HEADER_BYTES).indexOf(NEWLINE);
  if (end < 0) throw new BackupError('file-format', 'no header line');
  const headerEnd = MAGIC.length + end + 1;
  let raw: unknown;
  try {
    raw = JSON.parse(fromUtf8(bytes.subarray(MAGIC.length, headerEnd - 1)));
  } catch {
    throw new BackupError('file-format', 'header is not JSON');
  }
  const tag = raw as { format?: unknown; v?: unknown } | null;
  if (tag?.format !== BACKUP_FORMAT) throw new BackupError('file-format', 'not a backup header');
  if (typeof tag.v === 'number' && tag.v > BACKUP_VERSION) throw new BackupError('newer-version');
  const header = backupHeaderSchema.safeParse(raw);
  if (!header.success) throw new BackupError('file-format', 'header fails its schema');
  return {
    header: header.data,
    aad: bytes.subarray(0, headerEnd),
    sealed: bytes.subarray(headerEnd),
  };
}

/**
 * Decrypts and checks the payload against the header. Throws BackupError: tampered (wrong key,
 * edited header, changed or truncated ciphertext), file-format, counts-mismatch, audit-mismatch.
 */
export async function openBackupPayload(
  file: ParsedBackupFile,
  dataKey: VaultKey,
): Promise<BackupTables> {
  let packed: Uint8Array;
  try {
    packed = await openBlob(dataKey, file.sealed, file.aad);
  } catch (e) {
    if (e instanceof BlobTamperedError) throw new BackupError('tampered');
    throw e;
  }
  let payload: unknown;
  try {
    payload = JSON.parse(fromUtf8(await gunzip(packed, MAX_PAYLOAD_BYTES)));
  } catch {
    // Authenticated but unreadable: made by a broken writer, not edited afterwards.
    throw new BackupError('file-format', 'payload is not gzip JSON');
  }
  const parsed = backupPayloadSchema.safeParse(payload);
  if (!parsed.success) throw new BackupError('file-format', 'payload fails its schema');
  checkPayload(file.header, parsed.data.tables);
  return parsed.data.tables;
}
