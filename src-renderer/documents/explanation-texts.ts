/**
 * Fixed wording of the eligibility explanation sheet, in Kazakh and Russian, and the way
 * citations and dates are printed. Both languages are one `Texts` shape, so neither can
 * fall behind. Addressed to the person (Rules cl. 11, 35, 38): plain words, polite «Сіз» / «Вы».
 */
import type { Outcome } from '../../src-shared/domain/eligibility/types';
import type { Citation } from '../../src-shared/rules/pack-schema';

export type SheetLocale = 'kk' | 'ru';

export interface Texts {
  title: string;
  applicant: string;
  iin: string;
  representative: string;
  authority: string;
  appliedOn: string;
  service: string;
  services: { consultation: string; defence: string };
  issue: string;
  category: string;
  noCategory: string;
  headline: Record<Outcome, string>;
  detail: Record<Outcome, string>;
  /** Not-eligible for the advocate's own reasons (cl. 36): the person may go elsewhere. */
  advocateExcluded: { headline: string; detail: string };
  missingEvidence: string;
  refusal: string;
  legalBasis: string;
  legalBasisIntro: string;
  unverified: string;
  unverifiedNote: string;
  closing: (citation: string) => string;
  advocate: string;
  licence: string;
  collegium: string;
  office: string;
  phone: string;
  issuedOn: string;
  signature: string;
  page: (page: number, pages: number) => string;
}

export const texts: Record<SheetLocale, Texts> = {
  kk: {
    title: 'Мемлекет кепілдік берген заң көмегін алу құқығы туралы түсіндірме',
    applicant: 'Өтініш беруші',
    iin: 'ЖСН',
    representative: 'Өкіл',
    authority: 'Өкілеттігі',
    appliedOn: 'Жүгінген күні',
    service: 'Көмек түрі',
    services: { consultation: 'Заң консультациясы', defence: 'Қорғау және өкілдік' },
    issue: 'Мәселе',
    category: 'Санат',
    noCategory: 'Санат анықталмады',
    headline: {
      eligible: 'Сіз тегін заң көмегін алуға құқылысыз',
      'not-eligible': 'Бұл мәселе бойынша Сіз тегін заң көмегін алуға құқылы емессіз',
      'needs-evidence': 'Тегін заң көмегін алу үшін құжаттар қажет',
      'refer-to-legal-information': 'Сізге тегін құқықтық ақпарат беріледі',
    },
    detail: {
      eligible: 'Адвокат көмекті мемлекет есебінен көрсетеді — Сізге ештеңе төлеудің қажеті жоқ.',
      'not-eligible': 'Себебі мен құқықтық негіздері төменде көрсетілген.',
      'needs-evidence': 'Төмендегі құжаттарды ұсыныңыз — содан кейін құқығыңыз қайта тексеріледі.',
      'refer-to-legal-information':
        'Бұл мәселе бойынша тегін заң консультациясы көзделмеген, бірақ құқықтық ақпаратты кез келген адам тегін ала алады.',
    },
    advocateExcluded: {
      headline: 'Бұл адвокат Сізге көмек көрсете алмайды',
      detail: 'Сіз басқа адвокатқа немесе адвокаттар алқасына жүгіне аласыз.',
    },
    missingEvidence: 'Қандай құжаттар қажет',
    refusal: 'Бас тарту себебі',
    legalBasis: 'Құқықтық негіздер',
    legalBasisIntro: 'Шешім мына нормалар бойынша қабылданды:',
    unverified: 'ресми мәтінмен тексерілмеген',
    unverifiedNote:
      'Кейбір нормалардың тұжырымы ресми мәтінмен әлі тексерілмеген — олар төменде белгіленген; күмән туса, ресми мәтінді қараңыз.',
    closing: (citation) =>
      `Шешімге қарамастан, әркім құқықтық ақпаратты тегін алуға құқылы (${citation}).`,
    advocate: 'Адвокат',
    licence: 'Лицензия №',
    collegium: 'Алқа',
    office: 'Кеңсе',
    phone: 'Телефон',
    issuedOn: 'Берілген күні',
    signature: 'адвокаттың қолы',
    page: (page, pages) => `Бет ${page} / ${pages}`,
  },
  ru: {
    title: 'Разъяснение о праве на получение гарантированной государством юридической помощи',
    applicant: 'Заявитель',
    iin: 'ИИН',
    representative: 'Представитель',
    authority: 'Полномочия',
    appliedOn: 'Дата обращения',
    service: 'Вид помощи',
    services: { consultation: 'Юридическая консультация', defence: 'Защита и представительство' },
    issue: 'Вопрос',
    category: 'Категория',
    noCategory: 'Категория не определена',
    headline: {
      eligible: 'Вы имеете право на бесплатную юридическую помощь',
      'not-eligible': 'По этому вопросу вы не имеете права на бесплатную юридическую помощь',
      'needs-evidence': 'Для бесплатной юридической помощи нужны документы',
      'refer-to-legal-information': 'Вам будет предоставлена бесплатная правовая информация',
    },
    detail: {
      eligible: 'Адвокат оказывает помощь за счёт государства — платить ничего не нужно.',
      'not-eligible': 'Причина и правовые основания указаны ниже.',
      'needs-evidence':
        'Представьте документы из списка ниже — после этого право будет проверено снова.',
      'refer-to-legal-information':
        'Бесплатная юридическая консультация по этому вопросу не предусмотрена, но правовую информацию любой человек получает бесплатно.',
    },
    advocateExcluded: {
      headline: 'Этот адвокат не может оказать вам помощь',
      detail: 'Вы можете обратиться к другому адвокату или в коллегию адвокатов.',
    },
    missingEvidence: 'Какие документы нужно представить',
    refusal: 'Причина отказа',
    legalBasis: 'Правовые основания',
    legalBasisIntro: 'Решение принято на основании следующих норм:',
    unverified: 'не сверено с официальным текстом',
    unverifiedNote:
      'Формулировки некоторых норм ещё не сверены с официальным текстом — они отмечены ниже; при сомнении обратитесь к официальному тексту.',
    closing: (citation) =>
      `Независимо от решения, каждый вправе бесплатно получить правовую информацию (${citation}).`,
    advocate: 'Адвокат',
    licence: 'Лицензия №',
    collegium: 'Коллегия',
    office: 'Офис',
    phone: 'Телефон',
    issuedOn: 'Дата выдачи',
    signature: 'подпись адвоката',
    page: (page, pages) => `Стр. ${page} из ${pages}`,
  },
};

/** Everyone's right to free legal information (Law art. 26(1)), cited in the closing. */
export const LEGAL_INFORMATION: Citation = { act: 'Law 176-VI', article: '26', paragraph: '1' };

/**
 * The calendar date where the sheet is printed: a UTC "Z" time is still the previous day
 * in Kazakhstan until 05:00, so the instant is read in the machine's time zone.
 */
export function localDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso.slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export { formatCitation } from '../../src-shared/rules/format-citation';
