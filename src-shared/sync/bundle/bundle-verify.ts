/**
 * The signature checks both ends share. The head's device runs them when it opens a file
 * (open-bundle.ts); the server runs them on every relayed chunk (src-server/sync/relay.ts),
 * because it cannot decrypt the file and must not take the head's word for its content.
 *
 * Note what a valid signature proves: that the holder of the key in the header signed this
 * header and these ops. Whose key that is, is the server's question (the advocate's registered
 * keys, docs/sync.md "Offline bundles"): anyone can make a key and sign with it.
 */
import { fromBase64 } from '../../security/vault/bytes';
import type { BundleHeader } from './bundle-format';
import { chunkHash, opsHashOf, signedMessage } from './bundle-hash';
import type { RelayRequest } from './relay-protocol';
import { signingKeyId, verifyMessage } from './signing-key';

/** The header's key id is its SPKI's, and the signature verifies over header + opsHash. */
export async function verifyBundleSignature(
  header: BundleHeader,
  opsHash: string,
  signature: string,
): Promise<boolean> {
  let keyId: string;
  try {
    keyId = await signingKeyId(fromBase64(header.signingKey.spki));
  } catch {
    return false;
  }
  if (keyId !== header.signingKey.keyId) return false;
  return verifyMessage(header.signingKey.spki, signature, signedMessage(header, opsHash));
}

export type RelayCheck = 'ok' | 'bad-signature' | 'bad-chunk';

/** One relayed chunk: the signature over the header and the chunk list, then the chunk's ops. */
export async function verifyRelayChunk(req: RelayRequest): Promise<RelayCheck> {
  if (req.chunk >= req.chunkHashes.length) return 'bad-chunk';
  const opsHash = await opsHashOf(req.chunkHashes);
  if (!(await verifyBundleSignature(req.header, opsHash, req.signature))) return 'bad-signature';
  return (await chunkHash(req.ops)) === req.chunkHashes[req.chunk] ? 'ok' : 'bad-chunk';
}
