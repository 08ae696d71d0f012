/**
 * The eligibility explanation sheet (Rules cl. 11, 35, 38): what the advocate hands the
 * person after checking their right to state-guaranteed legal aid — the outcome in plain
 * words, what is missing, why, and on which norms. A pure function of the decision, the
 * facts and the pack the decision was made with; rendering is render-pdf(.node).ts's job.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type {
  EligibilityDecision,
  EligibilityFacts,
} from '../../src-shared/domain/eligibility/types';
import { maskIin } from '../../src-shared/domain/iin/iin';
import { formatDate } from '../../src-shared/i18n/format';
import type { EligibilityPack } from '../../src-shared/rules/pack-schema';
import {
  formatCitation,
  LEGAL_INFORMATION,
  localDate,
  texts,
  type SheetLocale,
  type Texts,
} from './explanation-texts';
import { MUTED, pageFooter, signatureLine } from './doc-parts';
import { PDF_FONT } from './pdf-fonts';

export { formatCitation, type SheetLocale } from './explanation-texts';

export interface ExplanationInput {
  decision: EligibilityDecision;
  facts: EligibilityFacts;
  /** The pack the decision was made with: labels, guidance and explanations by id. */
  pack: EligibilityPack;
  /** Who explains: printed with the signature line. */
  advocate: Record<'fullName' | 'office' | 'collegium' | 'phone' | 'licenceNumber', string>;
  /** ISO datetime of printing (e.g. toISOString()); printed as the local calendar date. */
  issuedAt: string;
}

const UNVERIFIED = '#8a4600';
/** Outcome box colours: light enough to print in grey, distinct on screen. */
const outcomeFill = {
  eligible: '#e6f4ea',
  'not-eligible': '#fce8e6',
  'needs-evidence': '#fef3e0',
  'refer-to-legal-information': '#e8f0fe',
} as const;

export function eligibilityExplanationDoc(
  input: ExplanationInput,
  locale: SheetLocale,
): TDocumentDefinitions {
  const t = texts[locale];
  const { pack } = input;
  return {
    pageSize: 'A4',
    pageMargins: [56, 48, 56, 56],
    info: {
      title: t.title,
      author: input.advocate.fullName,
      creator: 'Qorgau',
      creationDate: new Date(input.issuedAt),
    },
    defaultStyle: { font: PDF_FONT, fontSize: 12, lineHeight: 1.15 },
    styles: {
      heading: { fontSize: 13, bold: true, margin: [0, 12, 0, 4] },
      // 1pt lower so the smaller label sits on the value's baseline.
      label: { fontSize: 11, color: MUTED, margin: [0, 1, 0, 0] },
      muted: { fontSize: 11, color: MUTED },
    },
    content: [
      { text: [input.advocate.collegium, '\n', input.advocate.office], style: 'muted' },
      { text: t.title, fontSize: 15, bold: true, alignment: 'center', margin: [0, 10, 0, 12] },
      particulars(input, t, locale),
      outcomeBox(input, t),
      ...missingEvidence(input, t, locale),
      ...refusal(input, t, locale),
      ...legalBasis(input, t, locale),
      closing(input, t, locale),
    ] satisfies Content[],
    footer: pageFooter(`Qorgau · ${pack.id} v${pack.version}`, t.page, 56),
  };
}

/** Who applied, when, for what: a borderless two-column table. */
function particulars(input: ExplanationInput, t: Texts, locale: SheetLocale): Content {
  const { facts, pack } = input;
  const row = (label: string, value: string): Content[] => [
    { text: label, style: 'label' },
    { text: value },
  ];
  const rep = facts.representative;
  const area = pack.issueAreas.find((a) => a.id === facts.issue.areaId);
  // The area as the pack names it, then the person's own words on the next line.
  const issue = [area?.label[locale], facts.issue.subject].filter(Boolean).join('\n');
  const rows: Content[][] = [
    row(t.applicant, facts.person.fullName),
    row(t.iin, maskIin(facts.person.iin)),
  ];
  if (rep) {
    const doc = [rep.authority.type, rep.authority.number && `№ ${rep.authority.number}`]
      .filter(Boolean)
      .join(' ');
    const date = rep.authority.date ? `, ${formatDate(rep.authority.date, locale)}` : '';
    rows.push(row(t.representative, `${rep.fullName} (${t.iin} ${maskIin(rep.iin)})`));
    rows.push(row(t.authority, doc + date));
  }
  rows.push(row(t.appliedOn, formatDate(input.decision.date, locale)));
  rows.push(row(t.service, t.services[input.decision.service]));
  if (issue) rows.push(row(t.issue, issue));
  const category = pack.categories.find((c) => c.id === input.decision.categoryId);
  rows.push(row(t.category, category ? category.label[locale] : t.noCategory));
  return { layout: 'noBorders', table: { widths: [130, '*'], body: rows }, margin: [0, 0, 0, 14] };
}

/** The outcome in big type, on a tinted band. */
function outcomeBox(input: ExplanationInput, t: Texts): Content {
  const { outcome } = input.decision;
  const ground = input.pack.refusalGrounds.find((g) => g.id === input.decision.refusalGroundId);
  const byAdvocate =
    outcome === 'not-eligible' &&
    (ground?.kind === 'conflict-of-interest' || ground?.kind === 'procedural-exclusion');
  const headline = byAdvocate ? t.advocateExcluded.headline : t.headline[outcome];
  const detail = byAdvocate ? t.advocateExcluded.detail : t.detail[outcome];
  return {
    layout: 'noBorders',
    table: {
      widths: ['*'],
      body: [
        [
          {
            fillColor: outcomeFill[outcome],
            margin: [12, 10, 12, 10],
            stack: [
              { text: headline, fontSize: 18, bold: true, lineHeight: 1.1 },
              { text: detail, margin: [0, 6, 0, 0] },
            ],
          },
        ],
      ],
    },
  };
}

function missingEvidence(input: ExplanationInput, t: Texts, locale: SheetLocale): Content[] {
  const items = input.decision.missingEvidence.map((id): Content => {
    const evidence = input.pack.evidence.find((e) => e.id === id);
    if (!evidence) return { text: id };
    return {
      text: [{ text: evidence.label[locale], bold: true }, '\n', evidence.guidance[locale]],
      margin: [0, 0, 0, 4],
    };
  });
  if (items.length === 0) return [];
  return [{ text: t.missingEvidence, style: 'heading' }, { ul: items }];
}

/** Every trace step with its norm; unverified wording is marked, never hidden. */
function legalBasis(input: ExplanationInput, t: Texts, locale: SheetLocale): Content[] {
  const { trace } = input.decision;
  const steps: Content[] = trace.map((step) => ({
    // A norm's text and its citation stay on one page.
    unbreakable: true,
    stack: [
      step.text[locale],
      {
        style: 'muted',
        text: [
          formatCitation(step.citation, locale),
          ...(step.verified
            ? []
            : [' — ', { text: t.unverified, italics: true, color: UNVERIFIED }]),
        ],
      },
    ],
    margin: [0, 0, 0, 5],
  }));
  // Said before the list, so the marks are understood when read and the note cannot be
  // stranded alone at the top of the next page.
  const note: Content[] = trace.some((s) => !s.verified)
    ? [{ text: t.unverifiedNote, style: 'muted', italics: true, margin: [0, 0, 0, 6] }]
    : [];
  return [
    { text: t.legalBasis, style: 'heading' },
    ...note,
    { text: t.legalBasisIntro, margin: [0, 0, 0, 4] },
    { ol: steps },
  ];
}

function refusal(input: ExplanationInput, t: Texts, locale: SheetLocale): Content[] {
  const ground = input.pack.refusalGrounds.find((g) => g.id === input.decision.refusalGroundId);
  if (!ground) return [];
  return [
    { text: t.refusal, style: 'heading' },
    { text: ground.label[locale], bold: true, margin: [0, 0, 0, 4] },
    { text: ground.explanation[locale] },
  ];
}

/**
 * The right to legal information, then who explained it and how to reach them beside the
 * date and signature: one block that never splits, so the signature keeps its context.
 */
function closing(input: ExplanationInput, t: Texts, locale: SheetLocale): Content {
  const a = input.advocate;
  const line = (label: string, value: Content): Content => ({
    text: [{ text: `${label}: `, color: MUTED }, value],
  });
  const advocate: Content = {
    margin: [0, 14, 0, 0],
    columns: [
      {
        width: '*',
        stack: [
          line(t.advocate, { text: a.fullName, bold: true }),
          line(t.licence, a.licenceNumber),
          line(t.collegium, a.collegium),
          line(t.office, a.office),
          line(t.phone, a.phone),
        ],
      },
      {
        width: 170,
        stack: [
          line(t.issuedOn, formatDate(localDate(input.issuedAt), locale)),
          ...signatureLine(170, t.signature),
        ],
      },
    ],
    columnGap: 16,
  };
  return {
    unbreakable: true,
    margin: [0, 12, 0, 0],
    stack: [{ text: t.closing(formatCitation(LEGAL_INFORMATION, locale)), bold: true }, advocate],
  };
}
