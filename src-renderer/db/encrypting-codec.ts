/**
 * The FieldCodec that encrypts: personal fields become AES-GCM ciphertext bound to their
 * entity and field, and lookup keys become keyed blind indexes (HMAC), so the IndexedDB files
 * hold neither names, IINs nor advice in clear (src-shared/security/vault). Built per unlock:
 * dropping the codec and its vault is what locking the app means.
 *
 * Not wired in yet (issue 9, later step): the app still uses identityCodec, and existing
 * plaintext rows need a migration pass before this codec may read them — decode refuses
 * unencrypted values on purpose (field-cipher.ts).
 */
import {
  blindIndex,
  decryptField,
  encryptField,
} from '../../src-shared/security/vault/field-cipher';
import type { UnlockedVault } from '../../src-shared/security/vault/vault';
import type { FieldCodec } from './field-codec';

export const ENCRYPTING_CODEC_ID = 'aes-gcm-v1';

export function encryptingCodec(unlocked: UnlockedVault): FieldCodec {
  return {
    id: ENCRYPTING_CODEC_ID,
    encode: (entity, field, plain) => encryptField(unlocked.dataKey, { entity, field }, plain),
    decode: (entity, field, stored) => decryptField(unlocked.dataKey, { entity, field }, stored),
    lookupKey: (entity, field, plain) => blindIndex(unlocked.indexKey, { entity, field }, plain),
  };
}
