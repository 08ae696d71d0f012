/**
 * This user's bundle-signing key (ECDSA P-256, src-shared/sync/bundle/signing-key.ts), kept in
 * their directory entry: the public half plain, the private half as JWK encrypted with the
 * user's data key. Made on first use — an advocate who never exports a bundle never has one.
 */
import {
  exportSigningPrivateJwk,
  generateSigningKeyPair,
  importSigningPrivateJwk,
  type SigningKeyPair,
} from '../../src-shared/sync/bundle/signing-key';
import type { VaultSession } from './session';

const SEAL = { entity: 'vaultUser', field: 'signingKeyPrivate' } as const;

export async function ensureSigningKey(session: VaultSession): Promise<SigningKeyPair> {
  const open = session.current();
  const stored = open.entry.signingKey;
  if (stored?.privateSealed) {
    return importSigningPrivateJwk(
      await open.codec.decode(SEAL.entity, SEAL.field, stored.privateSealed),
    );
  }
  const pair = await generateSigningKeyPair();
  const jwk = await exportSigningPrivateJwk(pair.privateKey);
  await session.save({
    ...open.entry,
    signingKey: {
      keyId: pair.keyId,
      publicSpki: pair.spki,
      privateSealed: await open.codec.encode(SEAL.entity, SEAL.field, jwk),
    },
  });
  // Back through import: from here on the private key is non-extractable, as when reloaded.
  return importSigningPrivateJwk(jwk);
}
