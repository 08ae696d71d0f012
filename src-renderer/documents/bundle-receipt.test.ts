/// <reference types="node" />
/* eslint-disable no-restricted-imports -- Node-only test: writes PDFs and runs pdftotext */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PushResult } from '../../src-shared/contracts/sync/protocol';
import { conflictReason, rejectionReasons } from '../../src-shared/contracts/sync/rejections';
import { openBundle } from '../../src-shared/sync/bundle';
import { build, keys, officeKeyOf, opsOf } from '../../src-shared/sync/bundle/bundle.fixture';
import { buildReceipt, type BundleReceipt } from '../bundle/receipt';
import { bundleReceiptDoc, groupedHash } from './bundle-receipt';
import { bundleReceiptTexts } from './bundle-receipt-texts';
import { flat, pdfText } from './pdf-text.node';
import { renderPdf } from './render-pdf.node';

const OUT_DIR = path.resolve(import.meta.dirname, '../../test-output/pdf');
let receipt: BundleReceipt;

beforeAll(async () => {
  const k = await keys();
  const opened = await openBundle((await build(k, opsOf(40))).bytes, officeKeyOf(k));
  const results: PushResult[] = opened.ops.map((op, i) =>
    i === 3
      ? {
          opId: op.opId,
          outcome: 'rejected',
          code: 'version-gap',
          reason: rejectionReasons['version-gap'],
        }
      : i === 4
        ? { opId: op.opId, outcome: 'conflict', conflictId: 'cf-1', reason: conflictReason }
        : i < 3
          ? { opId: op.opId, outcome: 'duplicate', original: 'accepted' }
          : { opId: op.opId, outcome: 'accepted', version: 1, revision: i },
  );
  receipt = await buildReceipt(opened, results, {
    fileName: 'qorgau-2026-11-25-0193a1b2.qorgau-bundle',
    advocateName: 'Әбілқасымова Гүлнәр',
    officeName: 'Жалағаш аудандық заң консультациясы',
    importedBy: { userId: 'head-1', name: 'Ахметов Болат' },
    importedAt: '2026-12-01T09:30:00.000Z',
    signingKey: {
      keyId: k.signing.keyId,
      registeredVia: 'relay',
      registeredAt: '2026-12-01T09:30:00.000Z',
      registeredNow: true,
    },
    serverRevision: 77,
  });
});

describe('bundle receipt (data)', () => {
  it('counts every outcome and keeps the ops in file order', () => {
    expect(receipt.totals).toEqual({
      accepted: 35,
      duplicate: 3,
      rejected: 1,
      conflict: 1,
      total: 40,
    });
    expect(receipt.lines[3]).toMatchObject({ outcome: 'rejected', code: 'version-gap' });
    expect(receipt.lines[0]).toMatchObject({ outcome: 'duplicate', original: 'accepted' });
  });
});

describe('bundle receipt document', () => {
  it.each(['kk', 'ru'] as const)(
    'names the file, the key and every record, nothing personal (%s)',
    (l) => {
      const t = bundleReceiptTexts[l];
      const text = flat(JSON.stringify(bundleReceiptDoc(receipt, l)));
      expect(text).toContain(t.title);
      expect(text).toContain(groupedHash(receipt.fileSha256));
      for (const line of receipt.lines) {
        expect(text).toContain(groupedHash(line.recordHash));
        expect(text).toContain(line.opId);
      }
      expect(text).toContain(t.receivedEarlier.accepted);
      expect(text).toContain(flat(rejectionReasons['version-gap'][l]));
      expect(text).toContain(receipt.signingKey.keyId);
      // Only the record's hash travels on paper, never its content.
      expect(text).not.toContain('ciphertext1');
      expect(text).not.toContain('entryJson');
    },
  );
});

describe('bundle receipt PDF (Node)', () => {
  mkdirSync(OUT_DIR, { recursive: true });
  it.each(['kk', 'ru'] as const)('renders real text (%s)', async (l) => {
    const t = bundleReceiptTexts[l];
    const file = path.join(OUT_DIR, `bundle-receipt-${l}.pdf`);
    writeFileSync(file, await renderPdf(bundleReceiptDoc(receipt, l)));
    const text = pdfText(file);
    expect(text).toContain(t.title);
    expect(text).toContain('Әбілқасымова Гүлнәр');
    expect(text).toContain(receipt.bundleId);
    expect(text).toContain(receipt.fileSha256.slice(0, 16));
    expect(text).toContain(`${t.totals.total}: 40`);
    expect(text).toContain(`${t.totals.accepted}: 35`);
    expect(text).toContain(t.signatures.head);
    // Every line of the table, with the first group of its record hash.
    for (const line of receipt.lines) {
      expect(text).toContain(line.opId);
      expect(text).toContain(line.recordHash.slice(0, 16));
    }
    expect(text).toContain(t.outcomes.rejected);
    expect(text).toContain(t.outcomes.conflict);
  });
});
