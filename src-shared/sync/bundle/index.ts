/** Offline bundles (docs/sync.md, "Offline bundles"): what the renderer, main and server use. */
export { BundleError, bundleErrorCodes, type BundleErrorCode } from './bundle-error';
export {
  BUNDLE_FILE_EXTENSION,
  MAX_BUNDLE_BYTES,
  MAX_BUNDLE_OPS,
  type BundleHeader,
} from './bundle-format';
export { recordHash, sha256Hex } from './bundle-hash';
export { createBundle, type CreateBundleInput, type CreatedBundle } from './create-bundle';
export { openBundle, relayRequestsOf, type OpenedBundle } from './open-bundle';
export {
  relayRequestSchema,
  relayResponseSchema,
  registerSigningKeyRequestSchema,
  registerSigningKeyResponseSchema,
  type RegisterSigningKeyRequest,
  type RegisterSigningKeyResponse,
  type RelayRequest,
  type RelayResponse,
  type SigningKeyTrust,
} from './relay-protocol';
export {
  exportSigningPrivateJwk,
  exportSigningPublicKey,
  generateSigningKeyPair,
  importSigningPrivateJwk,
  importSigningPublicKey,
  SigningKeyError,
  type SigningKeyPair,
  type SigningPublicKeyInfo,
} from './signing-key';
