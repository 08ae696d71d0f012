/**
 * Opening an offline bundle on the head's device (docs/sync.md, "Offline bundles"). All or
 * nothing: the result holds every op, verified — sealed for this office key, signed over the
 * header and the ops, counted, hashed, all of the header's user — or a BundleError with its code
 * is thrown. No other exception escapes, whatever the bytes (a fuzz test holds it to that), so
 * the caller never relays part of a file it could not fully read.
 */
import type { PushOp } from '../../contracts/sync/protocol';
import { fromUtf8 } from '../../security/vault/bytes';
import type { RecoveryPrivateKey } from '../../security/vault/recovery-key';
import { openRecoverySeal } from '../../security/vault/recovery-seal';
import { BundleError } from './bundle-error';
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  bundleFileSchema,
  bundlePayloadSchema,
  MAX_BUNDLE_BYTES,
  type BundleFile,
  type BundleHeader,
  type BundlePayload,
} from './bundle-format';
import { chunkHash, chunksOf, opsHashOf, sha256Hex } from './bundle-hash';
import { verifyBundleSignature } from './bundle-verify';
import { foreignOpProblem } from './bundle-owner';
import { sealContext } from './create-bundle';
import type { RelayRequest } from './relay-protocol';

export interface OpenedBundle {
  header: BundleHeader;
  signature: string;
  ops: PushOp[];
  chunkSizes: number[];
  chunkHashes: string[];
  opsHash: string;
  /** SHA-256 of the file's bytes, hex. */
  fileSha256: string;
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(fromUtf8(bytes));
  } catch {
    return undefined;
  }
}

function readEnvelope(bytes: Uint8Array): BundleFile {
  const json = parseJson(bytes);
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new BundleError('not-a-bundle', 'not a JSON object');
  }
  const { format, v } = json as { format?: unknown; v?: unknown };
  if (format !== BUNDLE_FORMAT) throw new BundleError('not-a-bundle', 'no format marker');
  // A later format is a newer app's file (say so: update); any other `v` is damage.
  if (typeof v === 'number' && Number.isInteger(v) && v > BUNDLE_VERSION) {
    throw new BundleError('unsupported-version', `v = ${v}`);
  }
  const parsed = bundleFileSchema.safeParse(json);
  if (!parsed.success) throw new BundleError('bad-content', `envelope: ${parsed.error.message}`);
  return parsed.data;
}

async function decrypt(file: BundleFile, office: RecoveryPrivateKey): Promise<BundlePayload> {
  if (file.header.officeKeyId !== office.keyId) {
    throw new BundleError('not-for-this-office', `sealed for ${file.header.officeKeyId}`);
  }
  let plain: Uint8Array;
  try {
    plain = await openRecoverySeal(office.privateKey, file.seal, sealContext(file.header));
  } catch {
    throw new BundleError('cannot-decrypt');
  }
  // Authenticated by AES-GCM: content failing here was written wrong, not altered on the way.
  const parsed = bundlePayloadSchema.safeParse(parseJson(plain));
  if (!parsed.success) throw new BundleError('bad-content', `payload: ${parsed.error.message}`);
  return parsed.data;
}

async function verify(file: BundleFile, payload: BundlePayload): Promise<string[]> {
  const { header } = file;
  if (!(await verifyBundleSignature(header, payload.opsHash, file.signature))) {
    throw new BundleError('bad-signature');
  }
  const { ops, chunkSizes } = payload;
  if (ops.length !== header.opCount) throw new BundleError('bad-content', 'op count');
  if (chunkSizes.reduce((a, b) => a + b, 0) !== ops.length) {
    throw new BundleError('bad-content', 'chunk sizes');
  }
  const chunkHashes = await Promise.all(chunksOf(ops, chunkSizes).map(chunkHash));
  if ((await opsHashOf(chunkHashes)) !== payload.opsHash) {
    throw new BundleError('bad-content', 'ops hash');
  }
  const foreign = foreignOpProblem(ops, header.userId);
  if (foreign) throw new BundleError('bad-content', foreign);
  return chunkHashes;
}

export async function openBundle(
  fileBytes: Uint8Array,
  officePrivateKey: RecoveryPrivateKey,
): Promise<OpenedBundle> {
  if (fileBytes.length > MAX_BUNDLE_BYTES) {
    throw new BundleError('too-large', `${fileBytes.length} bytes`);
  }
  try {
    const file = readEnvelope(fileBytes);
    const payload = await decrypt(file, officePrivateKey);
    const chunkHashes = await verify(file, payload);
    return {
      header: file.header,
      signature: file.signature,
      ops: payload.ops,
      chunkSizes: payload.chunkSizes,
      chunkHashes,
      opsHash: payload.opsHash,
      fileSha256: await sha256Hex(fileBytes),
    };
  } catch (error) {
    if (error instanceof BundleError) throw error;
    // E.g. canonical JSON of a record nested too deep for the stack: still the file's fault.
    throw new BundleError('bad-content', error instanceof Error ? error.message : String(error));
  }
}

/** The relay requests of an opened bundle, one per chunk, in order. */
export function relayRequestsOf(opened: OpenedBundle): RelayRequest[] {
  return chunksOf(opened.ops, opened.chunkSizes).map((ops, chunk) => ({
    header: opened.header,
    signature: opened.signature,
    chunkHashes: opened.chunkHashes,
    chunk,
    ops,
  }));
}
