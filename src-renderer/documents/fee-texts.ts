/**
 * Fixed wording of the fee documents — the advocate's application for payment of SGLA (the
 * paper fallback of MoJ order 1462 App. 1, Rules cl. 55) and its attachment checklist — in
 * Kazakh and Russian. One `FeeTexts` shape for both languages, so neither can fall behind.
 * The form's field names, the attachments, the tariff's names and the legal sources are the
 * packs'; only the connecting words are ours. Words other documents print (page, IIN,
 * signature) are taken from them.
 */
import type { FeeClaimKind } from '../../src-shared/contracts/entities/fee-claim';
import { formatCitation } from '../../src-shared/rules/format-citation';
import type { Citation } from '../../src-shared/rules/pack-schema';
import { texts as sheetTexts, type SheetLocale } from './explanation-texts';
import { registerTexts, ruPlural } from './register-texts';

const NB = '\u00a0';
/** Cl. 57: the advocate answers for the accuracy of what is claimed. */
const RULES_57: Citation = { act: 'RBA Rules 19.02.2024', paragraph: '57' };

/** Parts of the application whose names the pack's `applicationFields` may give. */
export type FeeField =
  | 'addressee'
  | 'advocate'
  | 'licence'
  | 'collegium'
  | 'client'
  | 'case'
  | 'work'
  | 'amount'
  | 'expenses'
  | 'attachments'
  | 'signature';

export interface FeeTexts {
  page: (page: number, pages: number) => string;
  iin: string;
  signature: string;
  title: string;
  subtitle: string;
  /** "Өтініш № 7/2026" in the footer and the PDF's title. */
  named: (number: string) => string;
  to: string;
  from: string;
  advocate: (name: string) => string;
  /** The paper fallback: why this is on paper, and the rule that allows it. */
  paperOnly: string;
  paperRule: (citation: string) => string;
  /** The edition of an act: "15.09.2025 ж. редакциясы" / "в ред. от 15.09.2025". */
  edition: (date: string) => string;
  /** Across a draft's pages: its figures may still change. */
  draft: string;
  /** The form's parts when the pack does not name them. */
  fields: Record<FeeField, string>;
  /** Printed while the pack says the form's fields are not checked against App. 1. */
  unverifiedForm: string;
  licenceValue: (n: string, date: string) => string;
  phone: string;
  stage: string;
  body: string;
  appointmentDecree: string;
  decreeValue: (n: string, date: string) => string;
  period: (from: string, to: string) => string;
  periodLabel: string;
  /** Consultation claims: the people are listed in the act of work attached. */
  consultationPersons: (count: number) => string;
  request: (kind: FeeClaimKind, period: string, total: string, expenses: boolean) => string;
  rate: (category: string, tier: string, mrpPerHour: string) => string;
  columns: Record<
    'number' | 'when' | 'work' | 'minutes' | 'rate' | 'factor' | 'mrp' | 'amount',
    string
  >;
  consultation: (registerNo: string) => string;
  /** Under a travel line's action: it is the time on the road to it. */
  travel: string;
  /** Logged minutes, when fewer were paid. */
  spent: (minutes: number) => string;
  cappedPerPerson: (minutes: number) => string;
  cappedPerDay: (minutes: number) => string;
  feeTotal: string;
  expenseColumns: Record<'number' | 'date' | 'type' | 'document' | 'basis' | 'amount', string>;
  byDocument: string;
  days: (n: number) => string;
  documentRef: (n: string, date: string) => string;
  noExpenses: string;
  expensesTotal: string;
  /** «Барлығы» / «Итого к оплате», followed by the amount in figures and words. */
  total: string;
  basis: string;
  basisValue: (type: string, n: string, date: string, issuedBy: string) => string;
  optional: string;
  expenseDocument: (type: string, ref: string) => string;
  sources: string;
  packLine: (title: string, id: string, version: number, from: string) => string;
  unverified: (count: number) => string;
  responsibility: string;
  date: string;
  checklist: {
    title: string;
    subtitle: (number: string) => string;
    kinds: Record<FeeClaimKind, string>;
    kind: string;
    client: string;
    columns: Record<'box' | 'document' | 'need' | 'note', string>;
    required: string;
    optional: string;
    expenses: string;
    noDocument: string;
    checkedBy: string;
  };
}

const blank = '____________';
const cite57 = (locale: SheetLocale) => formatCitation(RULES_57, locale);

export const feeTexts: Record<SheetLocale, FeeTexts> = {
  kk: {
    page: sheetTexts.kk.page,
    iin: sheetTexts.kk.iin,
    signature: registerTexts.kk.signature,
    title: 'Өтініш',
    subtitle: 'мемлекет кепілдік берген заң көмегіне ақы төлеу туралы',
    named: (n) => `№${NB}${n} өтініш`,
    to: 'Кімге',
    from: 'Кімнен',
    advocate: (name) => `адвокат ${name}`,
    paperOnly:
      '«Е-Заң көмегі» ақпараттық жүйесінің техникалық ақауына байланысты қағаз жеткізгіште беріледі.',
    paperRule: (citation) =>
      `Негізі: ${citation}: өтініш «Е-Заң көмегі» жүйесінде электрондық нысанда толтырылады, қағаз жеткізгіште — тек жүйеде техникалық іркіліс болған кезде.`,
    edition: (d) => `${d}${NB}ж. редакциясы`,
    draft: 'ЖОБА',
    fields: {
      addressee: 'Аумақтық әділет органы',
      advocate: 'Адвокаттың Т.А.Ә., ЖСН',
      licence: 'Лицензия нөмірі мен күні',
      collegium: 'Адвокаттар алқасы, заң консультациясы',
      client: 'Заң көмегі көрсетілген адам',
      case: 'Іс нөмірі, сатысы, кезеңі',
      work: 'Жұмыс түрлері бойынша уақыт және мөлшерлеме',
      amount: 'Төлеуге жататын сома',
      expenses: 'Өтелетін шығыстар',
      attachments: 'Қоса берілетін құжаттар',
      signature: 'Күні және қолы',
    },
    unverifiedForm:
      'Нысаны: болжамды нұсқа, Төлеу қағидаларының 1-қосымшасындағы ресми нысанмен салыстырылмаған',
    licenceValue: (n, d) => `${d}${NB}ж. №${NB}${n}`,
    phone: 'тел.',
    stage: 'Сатысы',
    body: 'Процесті жүргізетін орган',
    appointmentDecree: 'Тағайындау туралы қаулы',
    decreeValue: (n, d) => `${d}${NB}ж. №${NB}${n}`,
    period: (from, to) => `${from} – ${to}`,
    periodLabel: 'Кезеңі',
    consultationPersons: (n) =>
      `Кеңес алған адамдар қоса берілген атқарылған жұмыс актісінде көрсетілген (кеңестер саны: ${n})`,
    request: (kind, period, total, expenses) =>
      `${period} кезеңінде мен ${
        kind === 'defence'
          ? 'жоғарыда көрсетілген іс бойынша қорғау және өкілдік ету түрінде'
          : 'құқықтық кеңес беру түрінде'
      } көрсеткен мемлекет кепілдік берген заң көмегіне ақы төлеуді${
        expenses ? ' және соған байланысты шығыстарды өтеуді' : ''
      } төмендегі есепке сәйкес ${total} сомасында сұраймын.`,
    rate: (category, tier, mrp) => `${category} — ${tier}, сағатына ${mrp}${NB}АЕК`,
    columns: {
      number: '№',
      when: 'Күні, уақыты',
      work: 'Жұмыс түрі',
      minutes: 'Төленеді, мин',
      rate: 'Мөлшерлеме, АЕК/сағ',
      factor: 'Коэф.',
      mrp: '1 АЕК, ₸',
      amount: 'Сомасы, ₸',
    },
    consultation: (n) => `Құқықтық кеңес (тізілім, №${NB}${n})`,
    travel: 'іс-әрекет орнына жолда жүрген уақыт',
    spent: (m) => `жұмсалған уақыт: ${m}${NB}мин`,
    cappedPerPerson: (m) => `бір адамға белгіленген шектен асқан ${m}${NB}мин төленбейді`,
    cappedPerDay: (m) => `күндік шектен асқан ${m}${NB}мин төленбейді`,
    feeTotal: 'Жұмыс үшін барлығы',
    expenseColumns: {
      number: '№',
      date: 'Күні',
      type: 'Шығыс түрі',
      document: 'Растайтын құжат',
      basis: 'Есеп',
      amount: 'Сомасы, ₸',
    },
    byDocument: 'құжат бойынша',
    days: (n) => `${n}${NB}тәулік`,
    documentRef: (n, d) => [d && `${d}${NB}ж.`, n && `№${NB}${n}`].filter(Boolean).join(' '),
    noExpenses: 'Шығыстар жоқ',
    expensesTotal: 'Өтелетін шығыстар',
    total: 'Барлығы',
    basis: 'Төлеу негізі',
    basisValue: (type, n, d, by) =>
      [type, d ? `${d}${NB}ж. №${NB}${n || blank}` : `№${NB}${n || blank}`, by]
        .filter(Boolean)
        .join(', '),
    optional: '(бар болса)',
    expenseDocument: (type, ref) => `${type}: ${ref}`,
    sources: 'Есеп мыналар бойынша жүргізілді',
    packLine: (title, id, v, from) => `${title} — ${id}, ${v}-нұсқа, ${from}${NB}ж. бастап`,
    unverified: (n) => `Тексерілмеген: есеп ресми мәтінмен салыстырылмаған ${n} ережеге сүйенеді.`,
    responsibility: `Өтініште көрсетілген мәліметтердің дұрыстығын растаймын (${cite57('kk')}).`,
    date: 'Күні',
    checklist: {
      title: 'Қоса берілетін құжаттарды тексеру парағы',
      subtitle: (n) => `мемлекет кепілдік берген заң көмегіне ақы төлеу туралы №${NB}${n} өтінішке`,
      kinds: { defence: 'Қорғау және өкілдік ету', consultation: 'Құқықтық кеңес беру' },
      kind: 'Көмек түрі',
      client: 'Заң көмегі көрсетілген адам',
      columns: { box: '', document: 'Құжат', need: 'Қажеттілігі', note: 'Белгі' },
      required: 'міндетті',
      optional: 'бар болса',
      expenses: 'Әр шығыс бойынша құжат',
      noDocument: 'құжат көрсетілмеген',
      checkedBy: 'Құжаттарды жинап, тексердім',
    },
  },
  ru: {
    page: sheetTexts.ru.page,
    iin: sheetTexts.ru.iin,
    signature: registerTexts.ru.signature,
    title: 'Заявление',
    subtitle: 'об оплате гарантированной государством юридической помощи',
    named: (n) => `Заявление №${NB}${n}`,
    to: 'Кому',
    from: 'От кого',
    advocate: (name) => `адвокат ${name}`,
    paperOnly:
      'Подаётся на бумажном носителе в связи с технической неисправностью информационной системы «Е-Заң көмегі».',
    paperRule: (citation) =>
      `Основание: ${citation}: заявление заполняется в системе «Е-Заң көмегі» в электронной форме, на бумажном носителе — только при техническом сбое системы.`,
    edition: (d) => `в ред. от ${d}`,
    draft: 'ПРОЕКТ',
    fields: {
      addressee: 'Территориальный орган юстиции',
      advocate: 'Ф.И.О., ИИН адвоката',
      licence: 'Номер и дата лицензии',
      collegium: 'Коллегия адвокатов, юридическая консультация',
      client: 'Лицо, которому оказана юридическая помощь',
      case: 'Номер дела, стадия, период',
      work: 'Время по видам работ и ставка',
      amount: 'Сумма к оплате',
      expenses: 'Расходы к возмещению',
      attachments: 'Прилагаемые документы',
      signature: 'Дата и подпись',
    },
    unverifiedForm:
      'Форма: наилучшая оценка, не сверена с официальной формой приложения 1 к Правилам оплаты',
    licenceValue: (n, d) => `№${NB}${n} от ${d}`,
    phone: 'тел.',
    stage: 'Стадия',
    body: 'Орган, ведущий процесс',
    appointmentDecree: 'Постановление о назначении',
    decreeValue: (n, d) => `№${NB}${n} от ${d}`,
    period: (from, to) => `с ${from} по ${to}`,
    periodLabel: 'Период',
    consultationPersons: (n) =>
      `Лица, получившие консультацию, указаны в прилагаемом акте выполненных работ (консультаций: ${n})`,
    request: (kind, period, total, expenses) =>
      `Прошу оплатить гарантированную государством юридическую помощь, оказанную мной ${
        kind === 'defence'
          ? 'в виде защиты и представительства по указанному выше делу'
          : 'в виде правового консультирования'
      } ${period}${
        expenses ? ', и возместить связанные с ней расходы' : ''
      }, в сумме ${total} согласно расчёту ниже.`,
    rate: (category, tier, mrp) => `${category} — ${tier}, ${mrp}${NB}МРП в час`,
    columns: {
      number: '№',
      when: 'Дата, время',
      work: 'Вид работы',
      minutes: 'Оплачено, мин',
      rate: 'Ставка, МРП/ч',
      factor: 'Коэф.',
      mrp: '1 МРП, ₸',
      amount: 'Сумма, ₸',
    },
    consultation: (n) => `Правовая консультация (журнал, №${NB}${n})`,
    travel: 'время в пути к месту действия',
    spent: (m) => `затрачено: ${m}${NB}мин`,
    cappedPerPerson: (m) => `${m}${NB}мин сверх предела на одно лицо не оплачиваются`,
    cappedPerDay: (m) => `${m}${NB}мин сверх дневного предела не оплачиваются`,
    feeTotal: 'Итого за работу',
    expenseColumns: {
      number: '№',
      date: 'Дата',
      type: 'Вид расхода',
      document: 'Подтверждающий документ',
      basis: 'Расчёт',
      amount: 'Сумма, ₸',
    },
    byDocument: 'по документу',
    days: (n) => `${n}${NB}${ruPlural(n, 'сутки', 'суток', 'суток')}`,
    documentRef: (n, d) => [n && `№${NB}${n}`, d && `от ${d}`].filter(Boolean).join(' '),
    noExpenses: 'Расходов нет',
    expensesTotal: 'Расходы к возмещению',
    total: 'Итого к оплате',
    basis: 'Основание оплаты',
    basisValue: (type, n, d, by) =>
      [type, `№${NB}${n || blank}${d ? ` от ${d}` : ''}`, by].filter(Boolean).join(', '),
    optional: '(при наличии)',
    expenseDocument: (type, ref) => `${type}: ${ref}`,
    sources: 'Расчёт произведён по',
    packLine: (title, id, v, from) => `${title} — ${id}, версия ${v}, действует с ${from}`,
    unverified: (n) =>
      `Не сверено: расчёт опирается на ${n} ${ruPlural(n, 'положение', 'положения', 'положений')}, ${ruPlural(n, 'не сверенное', 'не сверенных', 'не сверенных')} с официальным текстом.`,
    responsibility: `Достоверность сведений, указанных в заявлении, подтверждаю (${cite57('ru')}).`,
    date: 'Дата',
    checklist: {
      title: 'Лист проверки прилагаемых документов',
      subtitle: (n) =>
        `к заявлению №${NB}${n} об оплате гарантированной государством юридической помощи`,
      kinds: { defence: 'Защита и представительство', consultation: 'Правовое консультирование' },
      kind: 'Вид помощи',
      client: 'Лицо, которому оказана помощь',
      columns: { box: '', document: 'Документ', need: 'Требуется', note: 'Отметка' },
      required: 'обязательно',
      optional: 'при наличии',
      expenses: 'Документ по каждому расходу',
      noDocument: 'документ не указан',
      checkedBy: 'Документы собрал(а) и проверил(а)',
    },
  },
};
