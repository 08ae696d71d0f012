/// <reference types="node" />
/* eslint-disable no-restricted-imports -- Node-only test: writes PDFs, runs pdftotext and pdftoppm */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatTenge } from '../../src-shared/i18n/money';
import { monthlyReportDoc } from './monthly-report-doc';
import { inLabelOrder, labelOf } from './report-doc-parts';
import { flat, pdfText } from './pdf-text.node';
import { renderPdf } from './render-pdf.node';
import { AUDIT, labels, monthlyInput } from './report-test-data';
import { reportTexts } from './report-texts';

const OUT_DIR = path.resolve(import.meta.dirname, '../../test-output/pdf');
const input = monthlyInput();
const r = input.report;
const json = (x: unknown) => flat(JSON.stringify(x));

describe('monthlyReportDoc', () => {
  it.each(['kk', 'ru'] as const)(
    'prints the heading, the due date and the draft note (%s)',
    (l) => {
      const t = reportTexts[l];
      const text = json(monthlyReportDoc(input, l));
      expect(text).toContain(flat(t.monthly.title));
      expect(text).toContain(flat(t.monthYear(11, 2026)));
      expect(text).toContain(flat(t.formDraft));
      expect(text).toContain(flat(t.monthly.due('07.12.2026')));
      for (const v of Object.values(input.advocate)) expect(text).toContain(v);
      for (const s of [t.monthly.consultations, t.monthly.defence, t.monthly.payment])
        expect(text).toContain(s);
    },
  );

  it.each([
    ['kk', 'Өзгерістер журналы: 1284 жазба, соңғы жазба 30.11.2026'],
    ['ru', 'Журнал изменений: 1284 записи, последняя запись 30.11.2026'],
  ] as const)('ties the printout to the audit chain head (%s)', (l, line) => {
    const text = json(monthlyReportDoc(input, l));
    expect(text).toContain(line);
    expect(text).toContain(AUDIT.headHash);
    const none = json(monthlyReportDoc({ ...input, audit: null }, l));
    expect(none).toContain(reportTexts[l].monthly.noAudit);
    expect(none).not.toContain(AUDIT.headHash);
  });

  it.each(['kk', 'ru'] as const)('prints every figure of the report (%s)', (l) => {
    const t = reportTexts[l];
    const text = json(monthlyReportDoc(input, l));
    const figures = labelValues(monthlyReportDoc(input, l).content);
    const row = (label: string, value: string) =>
      expect(figures.get(flat(label))).toBe(flat(value));
    const c = r.consultations;
    row(t.monthly.rows.applied, String(c.applied));
    row(t.monthly.rows.deferred, String(c.byStatus.deferred));
    row(t.monthly.rows.persons, String(c.given.persons));
    row(t.monthly.rows.consultationTime, t.duration(c.given.minutes));
    row(t.monthly.rows.received, String(r.defence.received));
    row(t.monthly.rows.inProgress, String(r.defence.inProgressAtEnd));
    row(t.monthly.rows.night, t.duration(r.defence.work.nightMinutes));
    row(
      t.monthly.rows.submitted,
      t.monthly.claims(r.payment.submitted.count, formatTenge(r.payment.submitted.tiyn, l)),
    );
    row(t.monthly.rows.paid, formatTenge(r.payment.paid.tiyn, l));
    // Every category and issue area counted is printed under the pack's name.
    for (const g of c.given.byCategory) expect(text).toContain(flat(labels.categories[g.id!]![l]));
    for (const g of c.given.byIssueArea) expect(text).toContain(labels.issueAreas[g.id!]![l]);
    for (const s of r.defence.byStage) expect(text).toContain(labels.stages[s.id]![l]);
    for (const k of ['urban', 'rural', 'unstated'] as const)
      expect(text).toContain(t.settlement[k]);
  });

  it('lists declines by their ground and a category the pack lacks by its id', () => {
    const t = reportTexts.ru;
    const odd = structuredClone(input);
    odd.report.defence.declined = 2;
    odd.report.defence.declinedByGround = [{ id: 'decline.36-2.procedural-exclusion', count: 2 }];
    odd.report.consultations.given.byCategory = [
      { id: 'cons.gone', count: 1 },
      { id: null, count: 1 },
    ];
    const text = json(monthlyReportDoc(odd, 'ru'));
    expect(text).toContain(flat(labels.declineGrounds['decline.36-2.procedural-exclusion']!.ru));
    expect(text).toContain(`cons.gone (${t.monthly.unverifiedLabel})`);
    expect(text).toContain(t.monthly.noCategory);
  });
});

describe('monthlyReportDoc for an empty month', () => {
  it.each(['kk', 'ru'] as const)('prints zeros and says there is nothing to list (%s)', (l) => {
    const t = reportTexts[l];
    const empty = monthlyInput(undefined, '2027-03');
    expect(empty.report.consultations.applied).toBe(0);
    const doc = monthlyReportDoc(empty, l);
    const text = json(doc);
    expect(text).toContain(flat(t.monthYear(3, 2027)));
    // Two lists (categories, issue areas) have no rows to show.
    expect(text.split(t.monthly.noRecords).length - 1).toBe(2);
    expect(labelValues(doc.content).get(flat(t.monthly.rows.consultationTime))).toBe(
      flat(t.duration(0)),
    );
  });
});

describe('label order', () => {
  it("follows the pack's order, unknown ids after, none last", () => {
    const rows = [
      { id: null, count: 1 },
      { id: 'zz', count: 1 },
      { id: 'stage.appeal', count: 1 },
      { id: 'stage.pre-trial', count: 1 },
    ];
    expect(inLabelOrder(rows, labels.stages).map((x) => x.id)).toEqual([
      'stage.pre-trial',
      'stage.appeal',
      'zz',
      null,
    ]);
    expect(labelOf(labels.stages, 'stage.appeal', 'kk', reportTexts.kk)).toBe(
      labels.stages['stage.appeal']!.kk,
    );
  });
});

/** Label → value of every two-cell row of the document's label–value tables. */
function labelValues(content: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    const table = (node as { table?: { body?: unknown[][] } }).table;
    for (const row of table?.body ?? []) {
      const texts = row.map((c) => (c as { text?: unknown }).text);
      if (texts.length === 2 && texts.every((x) => typeof x === 'string'))
        out.set(flat(texts[0] as string), flat(texts[1] as string));
    }
    Object.values(node).forEach(walk);
  };
  walk(content);
  return out;
}

describe('monthly report PDF (Node)', () => {
  mkdirSync(OUT_DIR, { recursive: true });
  it.each(['kk', 'ru'] as const)('renders real text (%s)', async (l) => {
    const t = reportTexts[l];
    const file = path.join(OUT_DIR, `report-monthly-${l}.pdf`);
    writeFileSync(file, await renderPdf(monthlyReportDoc(input, l)));
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', file, file.slice(0, -4)]);
    const text = pdfText(file);
    expect(text).toContain(input.advocate.fullName);
    expect(text).toContain(t.monthly.consultations);
    expect(text).toContain(t.monthly.rows.nonWorkingDays);
    expect(text).toContain(t.duration(r.defence.work.minutes).replace(/\s/g, ' '));
    expect(text).toContain(formatTenge(r.payment.outstanding.tiyn, l).replace(/\s/g, ' '));
    expect(text).toContain('07.12.2026');
    expect(text).toContain(AUDIT.headHash);
    expect(text).toContain(l === 'kk' ? 'Бет 1 / 2' : 'Стр. 1 из 2');
  });
});
