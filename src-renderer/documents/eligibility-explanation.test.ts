/// <reference types="node" />
/* eslint-disable no-restricted-imports -- Node-only test: writes PDFs and runs pdftotext */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { traceTexts } from '../../src-shared/domain/eligibility/trace-texts';
import {
  eligibilityFactsSchema,
  type EligibilityDecision,
  type TraceStep,
} from '../../src-shared/domain/eligibility/types';
import { formatTengeAmount } from '../../src-shared/i18n/format';
import {
  eligibilityPackSchema,
  type Citation,
  type Localized,
} from '../../src-shared/rules/pack-schema';
import {
  eligibilityExplanationDoc,
  formatCitation,
  type ExplanationInput,
} from './eligibility-explanation';
import { renderPdf } from './render-pdf.node';
import { flat, pdfText } from './pdf-text.node';

const OUT_DIR = path.resolve(import.meta.dirname, '../../test-output/pdf');
const PERSON_IIN = '570315400234';
const REP_IIN = '921112300330';

const law = (article: string, paragraph?: string, subparagraph?: string) => ({
  act: 'Law 176-VI',
  article,
  ...(paragraph ? { paragraph } : {}),
  ...(subparagraph ? { subparagraph } : {}),
});

const pack = eligibilityPackSchema.parse({
  format: 1,
  kind: 'eligibility',
  id: 'test-eligibility',
  version: 3,
  effectiveFrom: '2025-01-01',
  effectiveTo: null,
  title: { kk: 'Сынақ топтамасы', ru: 'Тестовый пакет' },
  publisher: 'Qorgau tests',
  publishedAt: '2025-01-01',
  issueAreas: [
    {
      id: 'pension-benefits',
      source: law('26', '2', '1'),
      verified: true,
      label: { kk: 'Зейнетақы және жәрдемақы', ru: 'Пенсии и пособия' },
    },
  ],
  evidence: [
    {
      id: 'identity-document',
      source: law('27', '1'),
      verified: true,
      label: { kk: 'Жеке басын куәландыратын құжат', ru: 'Документ, удостоверяющий личность' },
      guidance: { kk: 'Жеке куәлік немесе төлқұжат.', ru: 'Удостоверение личности или паспорт.' },
    },
    {
      id: 'disability-certificate',
      source: law('27', '1'),
      verified: false,
      label: { kk: 'Мүгедектік туралы анықтама', ru: 'Справка об инвалидности' },
      guidance: {
        kk: 'Мүгедектік тобы көрсетілген МСЭ анықтамасы немесе электрондық үкіметтен үзінді.',
        ru: 'Справка МСЭ с группой инвалидности или выписка из электронного правительства.',
      },
    },
  ],
  categories: [
    {
      id: 'cons.26-2-2.disability',
      service: 'consultation',
      source: law('26', '2', '2'),
      verified: true,
      label: {
        kk: 'I және II топтағы мүгедектігі бар адамдар',
        ru: 'Лица с инвалидностью I и II групп',
      },
      guidance: { kk: 'Мүгедектігі бар адамдар.', ru: 'Лица с инвалидностью.' },
      evidence: ['identity-document', 'disability-certificate'],
    },
  ],
  refusalGrounds: [
    {
      id: 'refusal.36-1.conflict',
      kind: 'conflict-of-interest',
      appliesTo: ['consultation', 'defence'],
      source: { act: 'RBA Rules 19.02.2024', paragraph: '36', subparagraph: '1' },
      verified: true,
      label: { kk: 'Мүдделер қақтығысы', ru: 'Конфликт интересов' },
      explanation: {
        kk: 'Адвокат Сіздің мүддеңізге қайшы мүддесі бар адамға көмек көрсетеді.',
        ru: 'Адвокат оказывает помощь лицу, чьи интересы противоречат вашим.',
      },
    },
  ],
  principles: [],
});

const facts = eligibilityFactsSchema.parse({
  date: '2026-11-25',
  service: 'consultation',
  person: { iin: PERSON_IIN, fullName: 'Жұмабаева Гүлнәр Әбілқызы' },
  representative: {
    iin: REP_IIN,
    fullName: 'Жұмабаев Ерғали Серікұлы',
    authority: { type: 'Сенімхат', number: '123', date: '2026-11-20' },
  },
  categoryId: 'cons.26-2-2.disability',
  issue: { areaId: 'pension-benefits', subject: '', isLegal: true },
  evidence: ['identity-document'],
});

const [category, idDoc, disability] = [pack.categories[0]!, pack.evidence[0]!, pack.evidence[1]!];
/** A trace sentence with each language's own label, as the engine writes them. */
const say = (sentence: (v: Record<string, string>) => Localized, label: Localized): Localized => ({
  kk: sentence({ label: label.kk }).kk,
  ru: sentence({ label: label.ru }).ru,
});
const RULES_38_2 = { act: 'RBA Rules 19.02.2024', paragraph: '38', subparagraph: '2' };
type Item = { id: string; source: Citation; verified: boolean };
const step = (item: Item, text: Localized, result: 'pass' | 'fail' = 'pass'): TraceStep => ({
  ruleId: item.id,
  citation: item.source,
  verified: item.verified,
  result,
  text,
});
const decision: EligibilityDecision = {
  outcome: 'needs-evidence',
  service: 'consultation',
  date: facts.date,
  pack: { id: pack.id, version: pack.version },
  categoryId: category.id,
  missingEvidence: [disability.id],
  refusalGroundId: null,
  possibleRepeats: [],
  unverifiedRules: [disability.id],
  trace: [
    step({ id: 'rules.38-2', source: RULES_38_2, verified: true }, traceTexts.legalRequest()),
    step(category, say(traceTexts.category, category.label)),
    step(idDoc, say(traceTexts.evidencePresent, idDoc.label)),
    step(disability, say(traceTexts.evidenceMissing, disability.label), 'fail'),
  ],
};

const input: ExplanationInput = {
  decision,
  facts,
  pack,
  advocate: {
    fullName: 'Сәрсенбаев Нұрлан Қайратұлы',
    office: '№ 5 заң консультациясы',
    collegium: 'Алматы қалалық адвокаттар алқасы',
    phone: '+7 701 234 56 78',
    licenceNumber: '0001234',
  },
  issuedAt: '2026-11-25T10:30:00+05:00',
};

describe('formatCitation', () => {
  const rules = { act: 'RBA Rules 19.02.2024', paragraph: '38', subparagraph: '2' };
  it.each([
    [law('26', '2', '1'), 'ru', 'Закон № 176-VI, ст. 26, п. 2, пп. 1)'],
    [law('26', '2', '1'), 'kk', '№ 176-VI Заң, 26-бап, 2-тармақ, 1) тармақша'],
    [rules, 'ru', 'Правила РКА от 19.02.2024, п. 38, пп. 2)'],
    [{ act: 'UPK', article: '66', paragraph: '4' }, 'ru', 'УПК, ст. 66, ч. 4'],
    [{ act: 'Some other act' }, 'kk', 'Some other act'],
  ] as const)('%o in %s: %s', (citation, locale, expected) => {
    expect(flat(formatCitation(citation, locale))).toBe(expected);
  });
});

describe('eligibilityExplanationDoc', () => {
  it.each(['kk', 'ru'] as const)('holds the decision, evidence and norms (%s)', (locale) => {
    const doc = eligibilityExplanationDoc(input, locale);
    const json = flat(JSON.stringify(doc));
    expect(json).toContain(category.label[locale]);
    expect(json).toContain(disability.guidance[locale]);
    expect(json).toContain(flat(formatCitation(category.source, locale)));
    // Art. 27(1) is cited twice: plain for the verified item, marked for the unverified one.
    const art27 = JSON.stringify(flat(formatCitation(law('27', '1'), locale)));
    const mark =
      locale === 'kk' ? 'ресми мәтінмен тексерілмеген' : 'не сверено с официальным текстом';
    expect(json).toContain(`${art27}]`);
    expect(json).toContain(`${art27}," — ",{"text":"${mark}"`);
    expect(json).toContain('5703••••••34');
    expect(json).not.toContain(PERSON_IIN);
    expect(json).not.toContain(REP_IIN);
    expect(json).toContain('25.11.2026');
    expect(json).not.toContain('Roboto');
    const footer = flat(JSON.stringify((doc.footer as (p: number, n: number) => unknown)(1, 2)));
    expect(footer).toContain('Qorgau · test-eligibility v3');
  });

  it('says the advocate, not the law, is the obstacle on a conflict of interest', () => {
    const refused = {
      ...decision,
      outcome: 'not-eligible' as const,
      missingEvidence: [],
      refusalGroundId: 'refusal.36-1.conflict',
    };
    const json = JSON.stringify(eligibilityExplanationDoc({ ...input, decision: refused }, 'ru'));
    expect(json).toContain('Этот адвокат не может оказать вам помощь');
    expect(json).toContain(pack.refusalGrounds[0]!.explanation.ru);
  });
});

describe('PDF rendering (Node)', () => {
  mkdirSync(OUT_DIR, { recursive: true });

  it.each(['kk', 'ru'] as const)('renders the sheet with real text (%s)', async (locale) => {
    const file = path.join(OUT_DIR, `explanation-${locale}.pdf`);
    writeFileSync(file, await renderPdf(eligibilityExplanationDoc(input, locale)));
    const text = pdfText(file);
    expect(text).toContain(locale === 'kk' ? 'құқығы туралы түсіндірме' : 'юридической помощи');
    expect(text).toContain('Жұмабаева Гүлнәр Әбілқызы');
    expect(text).toContain(flat(formatCitation(category.source, locale)));
    expect(text).toContain('Qorgau · test-eligibility v3');
  });

  it('embeds the tenge sign', async () => {
    const file = path.join(OUT_DIR, 'tenge.pdf');
    writeFileSync(file, await renderPdf({ content: [formatTengeAmount(38920, 'kk')] }));
    expect(pdfText(file)).toContain('38 920,00 ₸');
  });
});
