/// <reference types="node" />
/* eslint-disable no-restricted-imports -- Node-only test: writes PDFs and runs pdftotext */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Content, ContentTable } from 'pdfmake/interfaces';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  exportRecoveryPrivateKeyText,
  generateRecoveryKeyPair,
  importRecoveryPrivateKeyText,
} from '../../src-shared/security/vault/recovery-key';
import { groupRuns, officeRecoveryKeyDoc, type OfficeKeyDocInput } from './office-recovery-key';
import { officeKeyTexts } from './office-recovery-key-texts';
import { flat, pdfText } from './pdf-text.node';
import { renderPdf } from './render-pdf.node';

const OUT_DIR = path.resolve(import.meta.dirname, '../../test-output/pdf');

let input: OfficeKeyDocInput;
beforeAll(async () => {
  const pair = await generateRecoveryKeyPair();
  input = {
    keyId: pair.keyId,
    privateText: await exportRecoveryPrivateKeyText(pair),
    createdAt: new Date(2026, 10, 25, 17, 40).toISOString(),
    createdBy: 'Сейтқалиева Мәдина Ержанқызы',
    office: 'Жалағаш аудандық заң консультациясы',
    collegium: 'Қызылорда облыстық адвокаттар алқасы',
  };
});

/** The key block's grid: the one table whose cells are the four-character groups. */
function grids(content: unknown): ContentTable[] {
  const out: ContentTable[] = [];
  const walk = (c: unknown) => {
    if (Array.isArray(c)) return c.forEach(walk);
    if (c === null || typeof c !== 'object') return;
    const node = c as Record<string, unknown>;
    if ('table' in node && (node as unknown as ContentTable).table.body.length > 1) {
      const t = node as unknown as ContentTable;
      if (t.table.body.every((row) => row.length === 8)) out.push(t);
    }
    for (const v of Object.values(node)) walk(v);
  };
  walk(content);
  return out;
}

describe('officeRecoveryKeyDoc', () => {
  it('lays the key body out as a grid of the printed groups, line by line', () => {
    const doc = officeRecoveryKeyDoc(input, 'kk');
    const [grid] = grids(doc.content as Content[]);
    const bodyLines = input.privateText
      .split('\n')
      .filter((l) => l && !/^(QORGAU|KEY ID|CHECK)/.test(l));
    expect(grid).toBeDefined();
    const cellText = (cell: unknown) =>
      ((cell as { text: { text: string }[] }).text ?? []).map((r) => r.text).join('');
    expect(grid!.table.body.map((row) => row.map(cellText).join(' ').trim())).toEqual(bodyLines);
  });

  it('prints digits bold and the capital I underlined, so 0/O and 1/l/I differ on paper', () => {
    expect(groupRuns('aB3/')).toEqual([{ text: 'aB' }, { text: '3', bold: true }, { text: '/' }]);
    expect(groupRuns('0O1l')).toEqual([
      { text: '0', bold: true },
      { text: 'O' },
      { text: '1', bold: true },
      { text: 'l' },
    ]);
    expect(groupRuns('lIIx')).toEqual([
      { text: 'l' },
      { text: 'II', decoration: 'underline' },
      { text: 'x' },
    ]);
  });

  it.each(['kk', 'ru'] as const)(
    'the printed sheet (%s) gives the key back when typed from it, with the procedure',
    async (locale) => {
      const t = officeKeyTexts[locale];
      mkdirSync(OUT_DIR, { recursive: true });
      const file = path.join(OUT_DIR, `office-recovery-key-${locale}.pdf`);
      writeFileSync(file, await renderPdf(officeRecoveryKeyDoc(input, locale)));
      const text = pdfText(file);
      for (const s of [t.title, t.subtitle, t.secret, t.purpose, ...t.steps])
        expect(text).toContain(flat(s));
      expect(text).toContain(input.keyId);
      expect(text).toContain('25.11.2026');
      expect(text).toContain(input.createdBy);
      // One sheet: a second page would get separated from the first in the safe.
      expect(text.match(t.page(1, 1))).not.toBeNull();
      // What a head would type from this sheet: the header, the key id, the body, the check.
      const m = /QORGAU RECOVERY KEY v1 KEY ID: (\S+) (.+?) CHECK: ([0-9a-f]+)/.exec(text);
      expect(m).not.toBeNull();
      const typed = `QORGAU RECOVERY KEY v1\nKEY ID: ${m![1]}\n${m![2]}\nCHECK: ${m![3]}\n`;
      expect((await importRecoveryPrivateKeyText(typed)).keyId).toBe(input.keyId);
    },
  );

  it('the Kazakh and Russian sheets say the same things (five steps each)', () => {
    for (const locale of ['kk', 'ru'] as const) {
      const t = officeKeyTexts[locale];
      expect(t.steps).toHaveLength(5);
      expect(t.secret).toMatch(locale === 'kk' ? /электрондық пошта/ : /электронной почте/);
    }
  });
});
