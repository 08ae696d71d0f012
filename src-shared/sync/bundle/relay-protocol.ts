/**
 * Relaying an offline bundle to the office server (docs/sync.md, "Offline bundles"), and
 * registering a device's signing key. What crosses IPC is exactly the HTTP body, as for
 * `sync.push`.
 *
 * `POST /v1/sync/relay`, authenticated as the head: one chunk of a bundle the head's device has
 * opened — the header, the signature, the list of every chunk's hash (the signature covers
 * them through `opsHash`), which chunk this is, and its ops in wire form. The server checks the
 * head, the signature and the chunk, the advocate's registered key, then applies the ops through
 * the push code path as that advocate and answers like a push.
 *
 * `POST /v1/sync/signing-key`, authenticated as the key's owner: `{keyId, spki}`.
 */
import { z } from 'zod';
import { syncOutcome } from '../../contracts/sync/account';
import { MAX_PUSH_OPS, pushOpSchema, pushResponseSchema } from '../../contracts/sync/protocol';
import {
  bundleHeaderSchema,
  bundleSignatureSchema,
  hexSha256,
  MAX_BUNDLE_CHUNKS,
} from './bundle-format';
import { signingKeyIdSchema, signingPublicKeySchema } from './signing-key';

export const relayRequestSchema = z
  .strictObject({
    header: bundleHeaderSchema,
    signature: bundleSignatureSchema,
    chunkHashes: z.array(hexSha256).min(1).max(MAX_BUNDLE_CHUNKS),
    chunk: z
      .number()
      .int()
      .min(0)
      .max(MAX_BUNDLE_CHUNKS - 1),
    ops: z.array(pushOpSchema).min(1).max(MAX_PUSH_OPS),
  })
  .refine((r) => r.chunk < r.chunkHashes.length, {
    path: ['chunk'],
    message: 'chunk index beyond the chunk list',
  });
export type RelayRequest = z.infer<typeof relayRequestSchema>;

/**
 * How the server came to trust the signing key: registered by its owner's own device, or by a
 * head relaying the owner's first bundle (trust on first use). `registeredNow`: by this request.
 */
export const signingKeyTrustSchema = z.object({
  keyId: signingKeyIdSchema,
  registeredVia: z.enum(['owner', 'relay']),
  registeredAt: z.string(),
  registeredNow: z.boolean(),
});
export type SigningKeyTrust = z.infer<typeof signingKeyTrustSchema>;

export const relayResponseSchema = pushResponseSchema.extend({ signingKey: signingKeyTrustSchema });
export type RelayResponse = z.infer<typeof relayResponseSchema>;

export const registerSigningKeyRequestSchema = signingPublicKeySchema;
export type RegisterSigningKeyRequest = z.infer<typeof registerSigningKeyRequestSchema>;

export const registerSigningKeyResponseSchema = z.object({ ok: z.literal(true) }).extend({
  signingKey: signingKeyTrustSchema,
});
export type RegisterSigningKeyResponse = z.infer<typeof registerSigningKeyResponseSchema>;

/** The IPC channels (ipc-contract.ts), shaped like `syncIpc`'s push. */
export const bundleIpc = {
  'sync.relay': { args: relayRequestSchema, result: syncOutcome(relayResponseSchema) },
  'sync.registerSigningKey': {
    args: registerSigningKeyRequestSchema,
    result: syncOutcome(registerSigningKeyResponseSchema),
  },
} as const;
