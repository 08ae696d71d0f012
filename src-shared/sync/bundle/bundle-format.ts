/**
 * The offline bundle file (`*.qorgau-bundle`, docs/sync.md "Offline bundles"): one JSON text
 *
 *   { format: 'qorgau-offline-bundle', v: 1,
 *     header: { bundleId, createdAt, userId, officeId, opCount, signingKey: {keyId, spki},
 *               officeKeyId },
 *     seal: { alg, ephemeralPublicKey, nonce, ciphertext },   // sealed for the office key
 *     signature }                                             // the advocate's device
 *
 * The seal holds `{ ops, chunkSizes, opsHash }`: the ops in wire form (exactly what
 * `sync.push` sends), cut into the consecutive chunks they will be relayed in — each a normal
 * push request's size — and the hash that the signature covers (bundle-hash.ts). The header
 * is in clear so the head's screen can say whose bundle it is and for which key before
 * decrypting anything; it is covered by the signature, so changing it is detected.
 *
 * Every schema here is strict: a field this version does not know is damage, not data.
 */
import { z } from 'zod';
import { MAX_PUSH_OPS, pushOpSchema } from '../../contracts/sync/protocol';
import { RECOVERY_SEAL_ALG } from '../../security/vault/recovery-seal';
import { canonicalBase64, signingKeyIdSchema, signingPublicKeySchema } from './signing-key';

export const BUNDLE_FORMAT = 'qorgau-offline-bundle';
export const BUNDLE_VERSION = 1;
export const BUNDLE_FILE_EXTENSION = 'qorgau-bundle';
/** Checked on the raw bytes before anything is parsed. */
export const MAX_BUNDLE_BYTES = 50 * 1024 * 1024;
/** Months of a busy register; a bundle beyond it is a bug, and 50 MB would stop it first. */
export const MAX_BUNDLE_OPS = 50_000;
/** Upper bound of chunks, so a relay request's list of chunk hashes stays small. */
export const MAX_BUNDLE_CHUNKS = 1_000;
/**
 * Canonical JSON bytes of one chunk of ops: half the server's 8 MB body limit, like the sync
 * engine's own push batches, so a relayed chunk with its envelope always fits one request.
 */
export const RELAY_CHUNK_BYTES = 4 * 1024 * 1024;
export { MAX_PUSH_OPS as MAX_CHUNK_OPS };

/** Ids in clear: no NUL (PostgreSQL text) and no control characters (they reach logs). */
const idText = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^\p{Cc}]*$/u);
const base64 = (max: number) => canonicalBase64.max(max);
export const hexSha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const bundleHeaderSchema = z.strictObject({
  /** A UUID: what the receipt and the head name the file by. */
  bundleId: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
  createdAt: z.iso.datetime(),
  /** The server user whose outbox this is (the ops are applied as that user). */
  userId: idText,
  officeId: idText,
  opCount: z.number().int().min(1).max(MAX_BUNDLE_OPS),
  signingKey: signingPublicKeySchema,
  /** The office recovery key id the seal is for (recovery-key.ts `recoveryKeyId`). */
  officeKeyId: signingKeyIdSchema,
});
export type BundleHeader = z.infer<typeof bundleHeaderSchema>;

export const bundleSealSchema = z.strictObject({
  alg: z.literal(RECOVERY_SEAL_ALG),
  ephemeralPublicKey: base64(200),
  nonce: base64(32),
  ciphertext: base64(Math.ceil((MAX_BUNDLE_BYTES * 4) / 3) + 4),
});

export const bundleSignatureSchema = base64(200);

export const bundleFileSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  v: z.literal(BUNDLE_VERSION),
  header: bundleHeaderSchema,
  seal: bundleSealSchema,
  /** ECDSA P-256 / SHA-256 (r‖s, base64) over `signedMessage(header, opsHash)`. */
  signature: bundleSignatureSchema,
});
export type BundleFile = z.infer<typeof bundleFileSchema>;

/** What the seal holds. */
export const bundlePayloadSchema = z.strictObject({
  ops: z.array(pushOpSchema).min(1).max(MAX_BUNDLE_OPS),
  /** How many consecutive ops each relay chunk takes; they add up to `ops.length`. */
  chunkSizes: z.array(z.number().int().min(1).max(MAX_PUSH_OPS)).min(1).max(MAX_BUNDLE_CHUNKS),
  opsHash: hexSha256,
});
export type BundlePayload = z.infer<typeof bundlePayloadSchema>;
