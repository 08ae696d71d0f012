/**
 * Wording of the collegium-wide semiannual summary (semiannual-aggregate.ts) as the admin CLI
 * prints it or writes it as CSV: Kazakh and Russian for the collegium's staff, who retype the
 * figures into the justice bodies' form (Rules cl. 5.4; the form was not seen), English for
 * maintainers. One `AggregateTexts` shape for all three so none falls behind. The terms follow
 * the head's summary (src-renderer/documents/report-texts.ts), which the server cannot import.
 */
import type { SettlementKey } from '../../src-shared/domain/reports/report-inputs';
import type { Half } from '../../src-shared/domain/reports/report-period';
import type { AggregateFigures } from './semiannual-aggregate';

export const aggregateLocales = ['kk', 'ru', 'en'] as const;
export type AggregateLocale = (typeof aggregateLocales)[number];

/** The split figures, in the order printed. */
export const splitFigures = [
  'consultationsGiven',
  'appointmentsReceived',
  'appointmentsAccepted',
  'appointmentsCompleted',
] as const satisfies readonly (keyof AggregateFigures)[];
export type SplitFigure = (typeof splitFigures)[number];
export const claimFigures = [
  'claimsSubmitted',
  'claimsPaid',
] as const satisfies readonly (keyof AggregateFigures)[];
export type ClaimFigure = (typeof claimFigures)[number];

export interface AggregateTexts {
  title: (collegium: string, year: number, half: Half, from: string, to: string) => string;
  office: string;
  officeId: string;
  /** The row of records that have no office (none are written today). */
  noOffice: string;
  total: string;
  advocates: string;
  settlement: Record<SettlementKey | 'total', string>;
  figures: Record<SplitFigure | ClaimFigure, string>;
  /** After a claim figure: the number of claims and the amount (the CSV adds ", ₸"). */
  count: string;
  amount: string;
  /** Said under the table: how the figures are counted. */
  notes: string[];
}

export const aggregateTexts: Record<AggregateLocale, AggregateTexts> = {
  kk: {
    title: (c, y, h, from, to) =>
      `${c}: мемлекет кепілдік берген заң көмегі туралы жиынтық, ${y} жылғы ${h}-жартыжылдық (${from} – ${to})`,
    office: 'Заң консультациясы',
    officeId: 'Консультация идентификаторы',
    noOffice: 'Консультациясы көрсетілмеген жазбалар',
    total: 'Барлығы',
    advocates: 'Жазба енгізген адвокаттар',
    settlement: {
      urban: 'қала',
      rural: 'ауылдық елді мекен',
      unstated: 'көрсетілмеген',
      total: 'барлығы',
    },
    figures: {
      consultationsGiven: 'Кеңес берілді',
      appointmentsReceived: 'Тағайындаулар түсті',
      appointmentsAccepted: 'оның ішінде қабылданды',
      appointmentsCompleted: 'оның ішінде аяқталды',
      claimsSubmitted: 'Ақы төлеуге ұсынылған өтініштер',
      claimsPaid: 'Төленген өтініштер',
    },
    count: 'саны',
    amount: 'сомасы',
    notes: [
      'Кеңестер өтініш берілген күн бойынша. Тағайындаулар жартыжылдықта түскен күн бойынша; олардың ішінде қабылданғаны мен аяқталғаны — қазіргі күйі бойынша.',
      'Өтініштер: кезеңі жартыжылдықта аяқталатын жұмыс үшін осы күнге дейін ұсынылғандары (сомасы — ұсынылған сома); төленгендері — төлем түскендері (сомасы — түскен сома). Өтініштер елді мекен бойынша бөлінбейді: өтініш жазбасында жұмыстың қай жерде орындалғаны көрсетілмейді.',
      '«Көрсетілмеген» — елді мекені белгіленбеген жазбалар (бұл белгі енгізілгенге дейін жасалғандар): олар қалаға да, ауылға да жатқызылмайды.',
      'Синхрондалған тізілімдердің ашық индекс өрістері бойынша ғана: сервер дербес деректерді оқымайды. Ресми есеп нысаны емес — сандарды тексеріп, нысанға көшіріңіз.',
    ],
  },
  ru: {
    title: (c, y, h, from, to) =>
      `${c}: сводка о гарантированной государством юридической помощи за ${h}-е полугодие ${y} г. (с ${from} по ${to})`,
    office: 'Юридическая консультация',
    officeId: 'Идентификатор консультации',
    noOffice: 'Записи без юридической консультации',
    total: 'Итого',
    advocates: 'Адвокатов, внёсших записи',
    settlement: {
      urban: 'город',
      rural: 'сельский населённый пункт',
      unstated: 'не указано',
      total: 'всего',
    },
    figures: {
      consultationsGiven: 'Консультаций дано',
      appointmentsReceived: 'Поступило назначений',
      appointmentsAccepted: 'из них принято',
      appointmentsCompleted: 'из них завершено',
      claimsSubmitted: 'Подано заявлений на оплату',
      claimsPaid: 'Оплачено заявлений',
    },
    count: 'кол-во',
    amount: 'сумма',
    notes: [
      'Консультации учтены по дате обращения. Назначения — поступившие в полугодии (по дате поступления); принятые и завершённые из них — по их нынешнему состоянию.',
      'Заявления на оплату: за работу полугодия (период заявления заканчивается в нём), поданные к настоящему времени (сумма — заявленная); оплаченные — по которым поступила оплата (сумма — полученная). Заявления не разделены по населённым пунктам: в записи заявления не указано, где выполнена работа.',
      '«Не указано» — записи, в которых населённый пункт не отмечен (сделанные до появления этой отметки): они не отнесены ни к городу, ни к селу.',
      'Только по открытым индексным полям синхронизированных журналов: сервер не читает персональные данные. Не официальная форма отчёта — сверьте цифры и перенесите их в форму.',
    ],
  },
  en: {
    title: (c, y, h, from, to) =>
      `${c}: summary of state-guaranteed legal aid, half-year ${h} of ${y} (${from} – ${to})`,
    office: 'Legal consultation office',
    officeId: 'Office id',
    noOffice: 'Records without an office',
    total: 'Total',
    advocates: 'Advocates who recorded anything',
    settlement: {
      urban: 'town',
      rural: 'rural settlement',
      unstated: 'not stated',
      total: 'total',
    },
    figures: {
      consultationsGiven: 'Consultations given',
      appointmentsReceived: 'Appointments received',
      appointmentsAccepted: 'of them accepted',
      appointmentsCompleted: 'of them completed',
      claimsSubmitted: 'Fee claims submitted',
      claimsPaid: 'Fee claims paid',
    },
    count: 'number',
    amount: 'amount',
    notes: [
      'Consultations by the day of applying. Appointments received in the half-year (by the day received); accepted and completed of them as they stand now.',
      "Fee claims for work of the half-year (the claim's period ends in it) submitted so far (amount claimed); paid: those with money received (amount received). Claims are not split by settlement: a claim row does not say where the work was done.",
      '"not stated": records without the settlement mark (made before it existed), counted neither as town nor as rural.',
      'From the plain index fields of the synced registers only: the server reads no personal data. Not the official report form: check the figures and retype them into it.',
    ],
  },
};
