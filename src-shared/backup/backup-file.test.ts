import { describe, expect, it } from 'vitest';
import { canonicalJson, type Json } from '../domain/audit/canonical-json';
import { chainAuditEntry, GENESIS_HASH } from '../domain/audit/hash-chain';
import { sealBlob } from '../security/vault/blob-cipher';
import { fromUtf8, utf8 } from '../security/vault/bytes';
import { createVault } from '../security/vault/vault';
import { BackupError, type BackupErrorCode } from './backup-errors';
import { openBackupPayload, parseBackupFile, sealBackupFile } from './backup-file';
import type { BackupHeader } from './backup-header';
import { auditHeadOfRows, countsOf, type BackupTables } from './backup-payload';
import { gzip } from './gzip';

const fast = { iterations: 1000 };

function auditRows(n: number) {
  const rows: Record<string, unknown>[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const e = chainAuditEntry(
      {
        id: `a${i}`,
        at: `2026-11-25T10:00:0${i}.000Z`,
        actor: 'adv-A',
        entity: 'consultation',
        entityId: `c${i}`,
        action: 'create',
        fields: ['entry'],
        version: 1,
      },
      prev,
    );
    prev = e.hash;
    rows.push({ ...e, seq: i });
  }
  return rows;
}

async function fixture() {
  const { record, vault } = await createVault('құпия сөз 2026', fast);
  const tables: BackupTables = {
    profile: [{ id: 'p1', version: 1 }],
    consultations: [
      { id: 'c1', version: 1, entryJson: 'q1.AAAA.BBBB', searchKeys: ['k1', 'k2'] },
      { id: 'c2', version: 2, entryJson: 'q1.CCCC.DDDD', searchKeys: [], note: undefined },
    ],
    outbox: [],
    audit: auditRows(3),
  };
  const header: BackupHeader = {
    format: 'qorgau-backup',
    v: 1,
    createdAt: '2026-11-25T10:00:00.000Z',
    appVersion: '0.9.0',
    schema: 8,
    storeId: 'store-1',
    label: 'Арман С.',
    vault: record,
    counts: countsOf(tables),
    auditHead: auditHeadOfRows(tables['audit']!),
  };
  const bytes = await sealBackupFile(header, tables, vault.dataKey);
  return { record, vault, tables, header, bytes };
}

async function code(p: Promise<unknown> | (() => unknown)): Promise<BackupErrorCode> {
  const err = await (typeof p === 'function' ? Promise.resolve().then(p) : p).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(BackupError);
  return (err as BackupError).code;
}

/** The file with its header line rewritten by `edit` (bytes after it untouched). */
function withHeader(bytes: Uint8Array, edit: (json: string) => string): Uint8Array {
  const first = bytes.indexOf(0x0a);
  const second = bytes.indexOf(0x0a, first + 1);
  const header = utf8(edit(fromUtf8(bytes.subarray(first + 1, second))));
  const out = new Uint8Array(first + 1 + header.length + bytes.length - second);
  out.set(bytes.subarray(0, first + 1));
  out.set(header, first + 1);
  out.set(bytes.subarray(second), first + 1 + header.length);
  return out;
}

describe('backup file', () => {
  it('round-trips: readable header, payload exactly the rows given', async () => {
    const { vault, tables, header, bytes } = await fixture();
    expect(fromUtf8(bytes.subarray(0, 16))).toBe('QORGAU-BACKUP 1\n');
    const parsed = parseBackupFile(bytes);
    expect(parsed.header).toEqual(header);
    const back = await openBackupPayload(parsed, vault.dataKey);
    expect(JSON.stringify(back)).toBe(JSON.stringify(tables));
    expect(header.auditHead).toMatchObject({ entries: 3, lastSeq: 3, brokenAt: null });
  });

  it('refuses an edited header even when it is still valid (counts, audit head)', async () => {
    const { vault, bytes } = await fixture();
    const counts = withHeader(bytes, (h) => h.replace('"consultations":2', '"consultations":3'));
    const parsed = parseBackupFile(counts);
    expect(parsed.header.counts['consultations']).toBe(3);
    expect(await code(openBackupPayload(parsed, vault.dataKey))).toBe('tampered');
    const label = withHeader(bytes, (h) => h.replace('Арман С.', 'Арман Б.'));
    expect(await code(openBackupPayload(parseBackupFile(label), vault.dataKey))).toBe('tampered');
  });

  it('refuses a changed or truncated ciphertext, and another vault', async () => {
    const { vault, bytes } = await fixture();
    const flipped = bytes.slice();
    flipped[bytes.length - 20] = flipped[bytes.length - 20]! ^ 0x01;
    expect(await code(openBackupPayload(parseBackupFile(flipped), vault.dataKey))).toBe('tampered');
    const cut = bytes.subarray(0, bytes.length - 1);
    expect(await code(openBackupPayload(parseBackupFile(cut), vault.dataKey))).toBe('tampered');
    const other = await createVault('құпия сөз 2026', fast);
    expect(await code(openBackupPayload(parseBackupFile(bytes), other.vault.dataKey))).toBe(
      'tampered',
    );
  });

  it('tells a foreign file, a damaged header and a newer format apart', async () => {
    const { bytes } = await fixture();
    expect(await code(() => parseBackupFile(utf8('%PDF-1.7\n')))).toBe('file-format');
    expect(await code(() => parseBackupFile(new Uint8Array(0)))).toBe('file-format');
    expect(await code(() => parseBackupFile(bytes.subarray(0, 40)))).toBe('file-format');
    expect(await code(() => parseBackupFile(withHeader(bytes, (h) => h.slice(1))))).toBe(
      'file-format',
    );
    const v2 = bytes.slice();
    v2[14] = '2'.charCodeAt(0);
    expect(await code(() => parseBackupFile(v2))).toBe('newer-version');
    const headerV2 = withHeader(bytes, (h) => h.replace('"v":1', '"v":2'));
    expect(await code(() => parseBackupFile(headerV2))).toBe('newer-version');
  });

  it('never writes a file it could not restore', async () => {
    const { vault, tables, header } = await fixture();
    const wrongCount = { ...header, counts: { ...header.counts, outbox: 1 } };
    expect(await code(sealBackupFile(wrongCount, tables, vault.dataKey))).toBe('counts-mismatch');
    const wrongHead = { ...header, auditHead: { ...header.auditHead, lastSeq: 2 } };
    expect(await code(sealBackupFile(wrongHead, tables, vault.dataKey))).toBe('audit-mismatch');
    const withDate = { ...tables, profile: [{ id: 'p1', at: new Date() }] };
    await expect(sealBackupFile(header, withDate, vault.dataKey)).rejects.toThrow(/plain object/);
  });

  it('refuses on restore a file whose writer got its counts or audit head wrong', async () => {
    const { vault, tables, header } = await fixture();
    // Sealed by hand, past the writer's own checks: a buggy writer, correctly encrypted.
    const sealedAs = async (h: BackupHeader) => {
      const aad = utf8(`QORGAU-BACKUP 1\n${canonicalJson(h as unknown as Json)}\n`);
      const sealed = await sealBlob(
        vault.dataKey,
        await gzip(utf8(JSON.stringify({ tables }))),
        aad,
      );
      const out = new Uint8Array(aad.length + sealed.length);
      out.set(aad);
      out.set(sealed, aad.length);
      return parseBackupFile(out);
    };
    const counts = await sealedAs({ ...header, counts: { ...header.counts, outbox: 1 } });
    expect(await code(openBackupPayload(counts, vault.dataKey))).toBe('counts-mismatch');
    const head = await sealedAs({ ...header, auditHead: { ...header.auditHead, entries: 2 } });
    expect(await code(openBackupPayload(head, vault.dataKey))).toBe('audit-mismatch');
    expect(await openBackupPayload(await sealedAs(header), vault.dataKey)).toEqual(
      JSON.parse(JSON.stringify(tables)),
    );
  });

  it('backs up a damaged audit chain as damaged, and checks it breaks at the same entry', async () => {
    const { vault, tables, header } = await fixture();
    const audit = tables['audit']!.map((r) => ({ ...r }));
    audit[1]!['actor'] = 'someone else';
    const damaged = { ...tables, audit };
    const head = auditHeadOfRows(audit);
    expect(head.brokenAt).toBe(2);
    const bytes = await sealBackupFile({ ...header, auditHead: head }, damaged, vault.dataKey);
    const back = await openBackupPayload(parseBackupFile(bytes), vault.dataKey);
    expect(auditHeadOfRows(back['audit']!)).toEqual(head);
  });
});
