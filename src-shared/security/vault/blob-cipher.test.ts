import { describe, expect, it } from 'vitest';
import { BLOB_NONCE_BYTES, BlobTamperedError, openBlob, sealBlob } from './blob-cipher';
import { bytesEqual, utf8 } from './bytes';
import { createVault } from './vault';

const fast = { iterations: 1000 };
const aad = utf8('{"format":"qorgau-backup","v":1}');

async function refused(p: Promise<unknown>) {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(BlobTamperedError);
  return (err as BlobTamperedError).code;
}

const flipped = (bytes: Uint8Array, at: number) => {
  const copy = bytes.slice();
  copy[at] = copy[at]! ^ 0x01;
  return copy;
};

describe('blob cipher', () => {
  it('round-trips empty, short and 1 MB blobs with a fresh nonce each time', async () => {
    const { vault } = await createVault('құпия сөз 2026', fast);
    // getRandomValues gives at most 64 KiB per call; a pattern is as good for a round trip.
    const big = Uint8Array.from({ length: 1024 * 1024 }, (_, i) => (i * 31 + 7) & 0xff);
    for (const plain of [new Uint8Array(0), utf8('Серікбаев Арман'), big]) {
      const a = await sealBlob(vault.dataKey, plain, aad);
      const b = await sealBlob(vault.dataKey, plain, aad);
      expect(a.length).toBe(BLOB_NONCE_BYTES + plain.length + 16);
      expect(a.subarray(0, BLOB_NONCE_BYTES)).not.toEqual(b.subarray(0, BLOB_NONCE_BYTES));
      // bytesEqual, not toEqual: a deep diff of a megabyte takes seconds.
      expect(bytesEqual(await openBlob(vault.dataKey, a, aad), plain)).toBe(true);
    }
  });

  it('refuses a flipped bit in the nonce, the ciphertext or the tag', async () => {
    const { vault } = await createVault('құпия сөз 2026', fast);
    const sealed = await sealBlob(vault.dataKey, utf8('кеңес мазмұны'), aad);
    for (const at of [0, BLOB_NONCE_BYTES - 1, BLOB_NONCE_BYTES, sealed.length - 1]) {
      expect(await refused(openBlob(vault.dataKey, flipped(sealed, at), aad))).toBe('tampered');
    }
  });

  it('refuses other associated data (an edited header), even one byte', async () => {
    const { vault } = await createVault('құпия сөз 2026', fast);
    const sealed = await sealBlob(vault.dataKey, utf8('payload'), aad);
    await refused(openBlob(vault.dataKey, sealed, flipped(aad, 5)));
    await refused(openBlob(vault.dataKey, sealed, aad.subarray(1)));
    await refused(openBlob(vault.dataKey, sealed, new Uint8Array(0)));
  });

  it("refuses another vault's key and truncated blobs", async () => {
    const mine = await createVault('құпия сөз 2026', fast);
    const other = await createVault('құпия сөз 2026', fast);
    const sealed = await sealBlob(mine.vault.dataKey, utf8('payload'), aad);
    await refused(openBlob(other.vault.dataKey, sealed, aad));
    await refused(openBlob(mine.vault.dataKey, sealed.subarray(0, sealed.length - 1), aad));
    await refused(openBlob(mine.vault.dataKey, sealed.subarray(0, BLOB_NONCE_BYTES + 15), aad));
    await refused(openBlob(mine.vault.dataKey, new Uint8Array(0), aad));
  });
});
