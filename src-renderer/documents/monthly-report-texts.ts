/**
 * Fixed wording of the advocate's monthly report (Rules cl. 33, monthly-report-doc.ts) in
 * Kazakh and Russian: one `MonthlyTexts` shape for both, so neither falls behind. The words
 * all the reports share are in report-texts.ts.
 */
import { formatCitation } from '../../src-shared/rules/format-citation';
import type { SheetLocale } from './explanation-texts';
import { ruPlural } from './register-texts';

const RULES = 'RBA Rules 19.02.2024';
/** A clause of the Rules, as every document cites it. */
export const cite = (locale: SheetLocale, paragraph: string, subparagraph?: string) =>
  formatCitation({ act: RULES, paragraph, ...(subparagraph ? { subparagraph } : {}) }, locale);

type Words<K extends string> = Record<K, string>;

/** Columns of the defence table (by case kind, stage, settlement). */
export type DefenceColumn = 'received' | 'accepted' | 'completed' | 'inProgress' | 'work';

export type MonthlyTexts = Words<
  | 'title'
  | 'consultations'
  | 'defence'
  | 'payment'
  | 'byCategory'
  | 'byIssueArea'
  | 'bySettlement'
  | 'byCaseKind'
  | 'byStage'
  | 'category'
  | 'issueArea'
  | 'noCategory'
  | 'place'
  | 'time'
  | 'noRecords'
  | 'unverifiedLabel'
> & {
  due: (date: string) => string;
  rows: Words<
    | 'applied'
    | 'given'
    | 'deferred'
    | 'refused'
    | 'withdrawn'
    | 'persons'
    | 'form'
    | 'atPersonLocation'
    | 'consultationTime'
    | 'received'
    | 'bySource'
    | 'accepted'
    | 'declined'
    | 'completed'
    | 'inProgress'
    | 'notices'
    | 'workTime'
    | 'night'
    | 'nonWorkingDays'
    | 'submitted'
    | 'paid'
    | 'outstanding'
  >;
  /** "2 / 1" read as oral / written, EZK / paper. */
  formValue: (oral: number, written: number) => string;
  sourceValue: (ezk: number, paper: number) => string;
  workValue: (duration: string, items: number, appointments: number) => string;
  claims: (n: number, amount: string) => string;
  defenceColumns: Words<DefenceColumn>;
  audit: (entries: number, lastAt: string, hash: string) => string;
  noAudit: string;
};

const kk: MonthlyTexts = {
  title: 'Адвокаттың мемлекет кепілдік берген заң көмегін көрсетуі туралы ай сайынғы есебі',
  due: (d) => `«Е-Заң көмегі» АЖ-де қалыптастыру мерзімі: ${d} (${cite('kk', '33')})`,
  consultations: '1. Құқықтық кеңес беру',
  defence: '2. Қорғау және өкілдік ету',
  payment: '3. Ақы төлеу',
  byCategory: 'Берілген кеңестер санаттар бойынша (Заңның 26-бабының 2-тармағы)',
  byIssueArea: 'Берілген кеңестер мәселелер бойынша',
  bySettlement: 'Елді мекендер бойынша',
  byCaseKind: 'Іс түрлері бойынша',
  byStage: 'Іс жүргізу сатылары бойынша',
  category: 'Санат',
  issueArea: 'Мәселе',
  noCategory: 'Санат анықталмаған',
  place: 'Елді мекен',
  time: 'Уақыты',
  noRecords: 'Айда жазбалар жоқ',
  unverifiedLabel: 'ережелер жинағында жоқ',
  rows: {
    applied: 'Айда тіркелген өтініштер',
    given: 'оның ішінде: кеңес берілді',
    deferred: 'кейінге қалдырылды (41-тармақ)',
    refused: 'бас тартылды (38-тармақ)',
    withdrawn: 'өтініш қайтарып алынды (43-тармақ)',
    persons: 'Кеңес алған адамдар',
    form: 'Ауызша / жазбаша',
    atPersonLocation: 'Адамның тұрған жерінде (40-тармақ)',
    consultationTime: 'Кеңес беру уақыты',
    received: 'Айда түскен тағайындаулар',
    bySource: '«Е-Заң көмегі» арқылы / қағаз қаулы бойынша',
    accepted: 'Қабылданды',
    declined: 'Бас тартылды (36-тармақ)',
    completed: 'Аяқталды',
    inProgress: 'Ай соңында іс жүргізуде',
    notices: 'Қорғау (өкілдік ету) туралы хабарламалар',
    workTime: 'Айда орындалған жұмыс уақыты',
    night: 'оның ішінде түнгі уақытта',
    nonWorkingDays: 'демалыс және мереке күндері',
    submitted: 'Айда берілген ақы төлеу туралы өтініштер',
    paid: 'Айда төленді',
    outstanding: 'Ай соңында төленбеген',
  },
  formValue: (oral, written) => `${oral} / ${written}`,
  sourceValue: (ezk, paper) => `${ezk} / ${paper}`,
  workValue: (d, items, apps) => `${d} (${items} әрекет, ${apps} тағайындау)`,
  claims: (n, amount) => `${n} өтініш, сомасы ${amount}`,
  defenceColumns: {
    received: 'Түсті',
    accepted: 'Қабылданды',
    completed: 'Аяқталды',
    inProgress: 'Ай соңында іс жүргізуде',
    work: 'Жұмыс уақыты',
  },
  audit: (n, last, hash) => `Өзгерістер журналы: ${n} жазба, соңғы жазба ${last}, хэші ${hash}`,
  noAudit: 'Өзгерістер журналы бұл құрылғыда жоқ.',
};

const ru: MonthlyTexts = {
  title: 'Ежемесячный отчёт адвоката об оказании гарантированной государством юридической помощи',
  due: (d) => `Срок формирования в ИС «Е-Заң көмегі»: не позднее ${d} (${cite('ru', '33')})`,
  consultations: '1. Правовое консультирование',
  defence: '2. Защита и представительство',
  payment: '3. Оплата',
  byCategory: 'Консультации по категориям (п.\u00a02 ст.\u00a026 Закона)',
  byIssueArea: 'Консультации по вопросам',
  bySettlement: 'По населённым пунктам',
  byCaseKind: 'По видам дел',
  byStage: 'По стадиям процесса',
  category: 'Категория',
  issueArea: 'Вопрос',
  noCategory: 'Категория не установлена',
  place: 'Населённый пункт',
  time: 'Время',
  noRecords: 'Записей за месяц нет',
  unverifiedLabel: 'нет в наборе правил',
  rows: {
    applied: 'Обращений за месяц',
    given: 'из них: консультация дана',
    deferred: 'отложено (п.\u00a041)',
    refused: 'отказано (п.\u00a038)',
    withdrawn: 'обращение отозвано (п.\u00a043)',
    persons: 'Лиц, получивших консультацию',
    form: 'Устных / письменных',
    atPersonLocation: 'По месту нахождения лица (п.\u00a040)',
    consultationTime: 'Время консультирования',
    received: 'Поступило назначений',
    bySource: 'через «Е-Заң көмегі» / по бумажному постановлению',
    accepted: 'Принято',
    declined: 'Отказано (п.\u00a036)',
    completed: 'Завершено',
    inProgress: 'В производстве на конец месяца',
    notices: 'Выдано уведомлений о защите (представительстве)',
    workTime: 'Время работы за месяц',
    night: 'в том числе в ночное время',
    nonWorkingDays: 'в выходные и праздничные дни',
    submitted: 'Заявления на оплату, поданные в месяце',
    paid: 'Оплачено в месяце',
    outstanding: 'Не оплачено на конец месяца',
  },
  formValue: (oral, written) => `${oral} / ${written}`,
  sourceValue: (ezk, paper) => `${ezk} / ${paper}`,
  workValue: (d, items, apps) =>
    `${d} (${items} ${ruPlural(items, 'действие', 'действия', 'действий')}, ${apps} ${ruPlural(apps, 'назначение', 'назначения', 'назначений')})`,
  claims: (n, amount) =>
    `${n} ${ruPlural(n, 'заявление', 'заявления', 'заявлений')} на сумму ${amount}`,
  defenceColumns: {
    received: 'Поступило',
    accepted: 'Принято',
    completed: 'Завершено',
    inProgress: 'В производстве на конец месяца',
    work: 'Время работы',
  },
  audit: (n, last, hash) =>
    `Журнал изменений: ${n} ${ruPlural(n, 'запись', 'записи', 'записей')}, последняя запись ${last}, хэш ${hash}`,
  noAudit: 'Журнал изменений на этом устройстве отсутствует.',
};

export const monthlyTexts: Record<SheetLocale, MonthlyTexts> = { kk, ru };
