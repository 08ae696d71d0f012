/// <reference types="node" />
/* eslint-disable no-restricted-imports -- Node-only test: writes PDFs and runs pdftotext */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentTable, TableCell } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { formatPhone } from '../../src-shared/domain/phone/phone';
import { COLLEGIUM, HEAD, leftMember, OFFICE, roster } from './duty-test-data';
import { dutyTexts } from './duty-texts';
import { participantListDoc, type ParticipantListInput } from './participant-list';
import { renderPdf } from './render-pdf.node';
import { flat, pdfText } from './pdf-text.node';

const OUT_DIR = path.resolve(import.meta.dirname, '../../test-output/pdf');

const input: ParticipantListInput = {
  collegiumName: COLLEGIUM,
  officeName: OFFICE,
  asOf: '2026-11-25',
  year: 2027,
  members: [...roster, leftMember],
  headName: HEAD.name,
  headPhone: HEAD.phone,
};

const tableOf = (doc: ReturnType<typeof participantListDoc>) =>
  (doc.content as unknown[]).find(
    (c): c is ContentTable => typeof c === 'object' && !!c && 'table' in c,
  )!.table;
const text = (c: TableCell) => (c as { text: string }).text.replace(/-\n/g, '');
/** The phone as printed: spaces are no-break, so it never splits over two lines. */
const printed = (phone: string) => formatPhone(phone).replace(/ /g, '\u00a0');

describe('participantListDoc', () => {
  it.each(['kk', 'ru'] as const)('lists the active members, numbered, in order (%s)', (locale) => {
    const t = dutyTexts[locale].participants;
    const doc = participantListDoc(input, locale);
    expect(doc.pageOrientation).toBe('landscape');
    const [header, ...rows] = tableOf(doc).body;
    expect(header!.map(text)).toEqual(Object.values(t.columns));
    expect(rows).toHaveLength(roster.length);
    for (const row of rows) expect(row).toHaveLength(header!.length);
    expect(rows.map((r) => text(r[0]!))).toEqual(['1', '2', '3', '4', '5']);
    // Kazakh alphabet: Ж < Ө < С < Ү < Һ (code points would give Ж, С, Ү, Һ, Ө).
    expect(rows.map((r) => text(r[1]!).split(' ')[0])).toEqual([
      'Жұмабаева',
      'Өмірзақов',
      'Сәрсенбаев',
      'Үсенов',
      'Һашимова',
    ]);
    const json = flat(JSON.stringify(doc));
    for (const m of roster) {
      expect(json).toContain(m.fullName);
      expect(json).toContain(flat(printed(m.phone)));
      expect(json).toContain(m.licenceNumber);
    }
    expect(json).not.toContain(leftMember.fullName);
    expect(json).toContain(t.title);
    expect(json).toContain(flat(t.forYear(2027)));
    expect(json).toContain('25.11.2026');
    expect(json).toContain(HEAD.name);
    expect(json).toContain(formatPhone(HEAD.phone));
    // Phones are set with no-break spaces, so a number never splits over two lines.
    expect(JSON.stringify(doc)).toContain(printed(roster[0]!.phone));
  });

  it.each([
    [
      'kk',
      'иә',
      'Тізімде 5 адвокат. Қатысуды тоқтатқан (тізімнен шыққан) 1 адвокат тізімге енгізілмеген.',
      '5-тармақ, 2)',
    ],
    [
      'ru',
      'да',
      'В списке 5 адвокатов. Не включён 1 адвокат, выбывший из списка.',
      'п.\u00a05, пп.\u00a02)',
    ],
  ] as const)(
    'marks the solo practitioner and counts who is left out (%s)',
    (locale, yes, count, basis) => {
      const rows = tableOf(participantListDoc(input, locale)).body.slice(1);
      const solo = rows.filter((r) => text(r[7]!) === yes).map((r) => text(r[1]!));
      expect(solo).toEqual(roster.filter((m) => m.soloPractitioner).map((m) => m.fullName));
      // He takes part in two schedules only; the others in all three.
      const kinds = rows.map((r) => text(r[6]!).split('\n').length);
      expect(kinds.sort()).toEqual([2, 3, 3, 3, 3]);
      const json = flat(JSON.stringify(participantListDoc(input, locale)));
      expect(json).toContain(flat(count));
      expect(json).toContain(flat(basis));
    },
  );

  it('says so when nobody takes part', () => {
    const json = JSON.stringify(participantListDoc({ ...input, members: [leftMember] }, 'kk'));
    expect(json).toContain(dutyTexts.kk.participants.none);
    expect(json).toContain('Тізімде 0 адвокат.');
  });
});

describe('participant list PDF (Node)', () => {
  mkdirSync(OUT_DIR, { recursive: true });
  it.each(['kk', 'ru'] as const)('renders real text (%s)', async (locale) => {
    const file = path.join(OUT_DIR, `duty-participants-${locale}.pdf`);
    writeFileSync(file, await renderPdf(participantListDoc(input, locale)));
    const pdf = pdfText(file);
    expect(pdf).toContain(locale === 'kk' ? 'адвокаттардың тізімі' : 'Список адвокатов');
    for (const m of roster) {
      expect(pdf).toContain(m.fullName);
      expect(pdf).toContain(flat(formatPhone(m.phone)));
    }
    expect(pdf).not.toContain('Ким');
    expect(pdf).toContain(locale === 'kk' ? 'Бет 1 / 1' : 'Стр. 1 из 1');
  });
});
