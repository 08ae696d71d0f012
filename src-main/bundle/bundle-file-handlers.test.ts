import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ipcContract } from '../../src-shared/contracts/ipc-contract';
import { createBundleFileHandlers } from './bundle-file-handlers';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'qorgau-bundle-file-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const open = (picked: string | null, maxBytes?: number) =>
  createBundleFileHandlers({
    chooseBundleFile: async () => picked,
    ...(maxBytes ? { maxBytes } : {}),
  })['bundle.openFile'](undefined);

/** What the renderer receives: the dispatcher checks every answer against the contract. */
const checked = (r: unknown) => ipcContract['bundle.openFile'].result.parse(r);

const bytes = new TextEncoder().encode('{"format":"qorgau-offline-bundle","v":1}');

describe('bundle.openFile', () => {
  it('reads the picked file anywhere and gives back its bytes and name, never its path', async () => {
    const picked = path.join(dir, 'Флешка', 'qorgau-2026-11-25-0193a1b2.qorgau-bundle');
    await mkdir(path.dirname(picked));
    await writeFile(picked, bytes);
    const r = checked(await open(picked));
    expect(r).toEqual({ status: 'ok', name: 'qorgau-2026-11-25-0193a1b2.qorgau-bundle', bytes });
    expect(JSON.stringify({ ...r, bytes: null })).not.toContain('Флешка');
  });

  it('says cancelled when the dialog was closed, and nothing else happens', async () => {
    expect(checked(await open(null))).toEqual({ status: 'cancelled' });
  });

  it('refuses a file over the cap without reading it into the answer', async () => {
    const picked = path.join(dir, 'big.qorgau-bundle');
    await writeFile(picked, bytes);
    expect(checked(await open(picked, bytes.byteLength - 1))).toEqual({
      status: 'failed',
      reason: 'too-large',
    });
    expect(checked(await open(picked, bytes.byteLength))).toMatchObject({ status: 'ok' });
  });

  it('reports a file gone since the dialog, or a folder, as a failed read', async () => {
    expect(checked(await open(path.join(dir, 'pulled-stick.qorgau-bundle')))).toMatchObject({
      status: 'failed',
      reason: 'read-failed',
    });
    expect(checked(await open(dir))).toMatchObject({ status: 'failed', reason: 'read-failed' });
  });

  it('passes an empty file on: the import screen refuses it as not a bundle, in words', async () => {
    const picked = path.join(dir, 'empty.qorgau-bundle');
    await writeFile(picked, new Uint8Array());
    const r = checked(await open(picked));
    expect(r).toMatchObject({ status: 'ok', name: 'empty.qorgau-bundle' });
    expect(r.status === 'ok' && r.bytes.byteLength).toBe(0);
  });
});
