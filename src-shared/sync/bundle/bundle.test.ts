import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '../../security/vault/bytes';
import { BundleError, type BundleErrorCode } from './bundle-error';
import { MAX_BUNDLE_BYTES, RELAY_CHUNK_BYTES } from './bundle-format';
import { chunkHash, chunksOf, opsHashOf, recordHash } from './bundle-hash';
import {
  BUNDLE_ID,
  build,
  consultationOp,
  CREATED_AT,
  encode,
  fileJson,
  forge,
  keys,
  officeKeyOf,
  opsOf,
  USER,
} from './bundle.fixture';
import { verifyRelayChunk } from './bundle-verify';
import { openBundle, relayRequestsOf } from './open-bundle';
import { generateSigningKeyPair } from './signing-key';

async function refusal(p: Promise<unknown>): Promise<BundleErrorCode> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BundleError);
  return (error as BundleError).code;
}

describe('offline bundle: build → open', () => {
  it('round-trips the ops, the header and the file hash', async () => {
    const k = await keys();
    const ops = opsOf(3);
    const made = await build(k, ops);
    const opened = await openBundle(made.bytes, officeKeyOf(k));
    expect(opened.ops).toEqual(ops);
    expect(opened.header).toEqual(made.header);
    expect(opened.header).toMatchObject({
      bundleId: BUNDLE_ID,
      createdAt: CREATED_AT,
      userId: USER,
      opCount: 3,
      officeKeyId: k.office.keyId,
      signingKey: { keyId: k.signing.keyId, spki: k.signing.spki },
    });
    expect(opened.fileSha256).toBe(made.fileSha256);
    expect(opened.fileSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps personal content out of the clear part of the file', async () => {
    const k = await keys();
    const made = await build(k, [consultationOp(1, USER, {})]);
    const text = new TextDecoder().decode(made.bytes);
    expect(text).not.toContain('ciphertext1');
    expect(text).not.toContain('op-adv-a-1');
  });

  it('drops what is not wire form (the outbox state) and refuses what is not an op', async () => {
    const k = await keys();
    const withState = opsOf(2).map((o) => ({ ...o, state: 'pending' }));
    const opened = await openBundle((await build(k, withState)).bytes, officeKeyOf(k));
    expect(opened.ops).toEqual(opsOf(2));
    expect(await refusal(build(k, [{ opId: 'x' }]))).toBe('bad-content');
    expect(await refusal(build(k, []))).toBe('bad-content');
  });

  it("refuses to export another user's ops or a device-local entity", async () => {
    const k = await keys();
    expect(await refusal(build(k, [consultationOp(1), consultationOp(2, 'adv-b')]))).toBe(
      'bad-content',
    );
    expect(await refusal(build(k, [{ ...consultationOp(1), entity: 'rulePack' }]))).toBe(
      'bad-content',
    );
  });

  it('another office key id → not-for-this-office; same id, other key → cannot-decrypt', async () => {
    const k = await keys();
    const other = await keys();
    const { bytes } = await build(k);
    expect(await refusal(openBundle(bytes, officeKeyOf(other)))).toBe('not-for-this-office');
    expect(
      await refusal(
        openBundle(bytes, { privateKey: other.office.privateKey, keyId: k.office.keyId }),
      ),
    ).toBe('cannot-decrypt');
  });

  it.each([
    [
      'createdAt',
      (h: Record<string, unknown>) => ({ ...h, createdAt: '2026-11-26T10:00:00.000Z' }),
    ],
    ['userId', (h: Record<string, unknown>) => ({ ...h, userId: 'adv-b' })],
    ['officeId', (h: Record<string, unknown>) => ({ ...h, officeId: 'office-2' })],
    ['opCount', (h: Record<string, unknown>) => ({ ...h, opCount: 2 })],
  ])('a changed header (%s) → bad-signature', async (_name, change) => {
    const k = await keys();
    const file = fileJson((await build(k)).bytes);
    file['header'] = change(file['header']!);
    expect(await refusal(openBundle(encode(file), officeKeyOf(k)))).toBe('bad-signature');
  });

  it('a header naming another signing key (a substituted key) → bad-signature', async () => {
    const k = await keys();
    const file = fileJson((await build(k)).bytes);
    const other = await generateSigningKeyPair();
    file['header'] = { ...file['header'], signingKey: { keyId: other.keyId, spki: other.spki } };
    expect(await refusal(openBundle(encode(file), officeKeyOf(k)))).toBe('bad-signature');
    // A key id that is not its key's.
    file['header'] = {
      ...file['header'],
      signingKey: { keyId: k.signing.keyId, spki: other.spki },
    };
    expect(await refusal(openBundle(encode(file), officeKeyOf(k)))).toBe('bad-signature');
  });

  it('a changed bundle id no longer opens the seal (it is bound to the file)', async () => {
    const k = await keys();
    const file = fileJson((await build(k)).bytes);
    file['header'] = { ...file['header'], bundleId: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c' };
    expect(await refusal(openBundle(encode(file), officeKeyOf(k)))).toBe('cannot-decrypt');
  });

  it('format, version and size are checked first', async () => {
    const k = await keys();
    const file = fileJson((await build(k)).bytes);
    expect(await refusal(openBundle(encode({ ...file, v: 2 }), officeKeyOf(k)))).toBe(
      'unsupported-version',
    );
    for (const v of [0, '1', 1.5, null]) {
      expect(await refusal(openBundle(encode({ ...file, v }), officeKeyOf(k)))).toBe('bad-content');
    }
    expect(await refusal(openBundle(encode({ ...file, format: 'zip' }), officeKeyOf(k)))).toBe(
      'not-a-bundle',
    );
    expect(await refusal(openBundle(encode({ ...file, extra: 1 }), officeKeyOf(k)))).toBe(
      'bad-content',
    );
    expect(await refusal(openBundle(new Uint8Array([0xff, 0xfe]), officeKeyOf(k)))).toBe(
      'not-a-bundle',
    );
    // Not parsed at all: a buffer of zeros one byte over the limit.
    expect(await refusal(openBundle(new Uint8Array(MAX_BUNDLE_BYTES + 1), officeKeyOf(k)))).toBe(
      'too-large',
    );
  });

  it('refuses a non-canonical spelling of the signature (ignored low bits set)', async () => {
    const k = await keys();
    const file = fileJson((await build(k)).bytes);
    const sig = String(file['signature']);
    expect(sig.endsWith('==')).toBe(true); // 64 bytes
    const ALPHA = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const last = sig.at(-3)!;
    const twin = ALPHA[ALPHA.indexOf(last) ^ 1]!;
    const altered = `${sig.slice(0, -3)}${twin}==`;
    // The same bytes, spelled differently…
    expect(toBase64(fromBase64(altered))).toBe(sig);
    const json = { ...file, signature: altered };
    // …are still refused: one spelling per file.
    expect(await refusal(openBundle(encode(json), officeKeyOf(k)))).toBe('bad-content');
  });
});

describe('offline bundle: content a key holder got wrong', () => {
  async function forged(payload: (ops: ReturnType<typeof opsOf>) => Record<string, unknown>) {
    const k = await keys();
    const { header } = await build(k);
    const ops = opsOf(3);
    const p = payload(ops);
    const bytes = await forge(k, header, p, String(p['opsHash']));
    return refusal(openBundle(bytes, officeKeyOf(k)));
  }
  const hashOf = async (ops: ReturnType<typeof opsOf>, sizes: number[]) =>
    opsHashOf(await Promise.all(chunksOf(ops, sizes).map(chunkHash)));

  it('a count that differs from the header', async () => {
    expect(
      await forged((ops) => ({ ops: ops.slice(0, 2), chunkSizes: [2], opsHash: 'a'.repeat(64) })),
    ).toBe('bad-content');
  });

  it('chunk sizes that do not add up, or a hash that is not the ops', async () => {
    expect(await forged((ops) => ({ ops, chunkSizes: [2], opsHash: 'a'.repeat(64) }))).toBe(
      'bad-content',
    );
    expect(await forged((ops) => ({ ops, chunkSizes: [3], opsHash: 'b'.repeat(64) }))).toBe(
      'bad-content',
    );
  });

  it("ops of another user than the header's, even correctly hashed", async () => {
    const k = await keys();
    const { header } = await build(k);
    const ops = [consultationOp(1), consultationOp(2, 'adv-b'), consultationOp(3)];
    const opsHash = await hashOf(ops, [3]);
    const bytes = await forge(k, header, { ops, chunkSizes: [3], opsHash }, opsHash);
    expect(await refusal(openBundle(bytes, officeKeyOf(k)))).toBe('bad-content');
  });

  it('a payload that is not the schema (huge counts, wrong types)', async () => {
    expect(await forged((ops) => ({ ops, chunkSizes: [1e12], opsHash: 'a'.repeat(64) }))).toBe(
      'bad-content',
    );
    expect(await forged(() => ({ ops: 'all of them', chunkSizes: [3], opsHash: 'x' }))).toBe(
      'bad-content',
    );
  });

  it('the same payload, correctly hashed, opens (the forger reaches the real checks)', async () => {
    const k = await keys();
    const { header } = await build(k);
    const ops = opsOf(3);
    const opsHash = await hashOf(ops, [3]);
    const bytes = await forge(k, header, { ops, chunkSizes: [3], opsHash }, opsHash);
    expect((await openBundle(bytes, officeKeyOf(k))).ops).toEqual(ops);
  });
});

describe('offline bundle: chunks and relay requests', () => {
  it('cuts a long outbox into push-sized chunks, each verifiable on its own', async () => {
    const k = await keys();
    const ops = opsOf(1203);
    const opened = await openBundle((await build(k, ops)).bytes, officeKeyOf(k));
    expect(opened.chunkSizes).toEqual([500, 500, 203]);
    const requests = relayRequestsOf(opened);
    expect(requests.map((r) => r.ops.length)).toEqual([500, 500, 203]);
    expect(requests.flatMap((r) => r.ops)).toEqual(ops);
    for (const r of requests) expect(await verifyRelayChunk(r)).toBe('ok');
    // A chunk's ops moved to another index, or one op changed: refused.
    expect(await verifyRelayChunk({ ...requests[0]!, chunk: 1 })).toBe('bad-chunk');
    const changed = JSON.parse(JSON.stringify(requests[2]!)) as (typeof requests)[number];
    changed.ops[0]!.record['status'] = 'refused';
    expect(await verifyRelayChunk(changed)).toBe('bad-chunk');
    expect(
      await verifyRelayChunk({ ...requests[2]!, header: { ...requests[2]!.header, opCount: 1 } }),
    ).toBe('bad-signature');
  });

  it('cuts by size too, so a chunk of large records stays under the relay limit', async () => {
    const k = await keys();
    const big = 'x'.repeat(200 * 1024);
    const ops = opsOf(45).map((o) => ({ ...o, record: { ...o.record, entryJson: big } }));
    const opened = await openBundle((await build(k, ops)).bytes, officeKeyOf(k));
    expect(opened.chunkSizes.length).toBeGreaterThan(1);
    for (const chunk of chunksOf(opened.ops, opened.chunkSizes)) {
      expect(JSON.stringify(chunk).length).toBeLessThanOrEqual(RELAY_CHUNK_BYTES);
    }
  });

  it('hashes a record by its canonical JSON: the same record in any key order', async () => {
    const op = consultationOp(1);
    const reversed = {
      ...op,
      record: Object.fromEntries(Object.entries(op.record).reverse()),
    };
    expect(await recordHash(reversed)).toBe(await recordHash(op));
    expect(await recordHash(consultationOp(2))).not.toBe(await recordHash(op));
  });
});
