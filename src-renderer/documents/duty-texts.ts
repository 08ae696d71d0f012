/**
 * Fixed wording of the duty documents — the list of participating advocates (Rules cl. 5.2),
 * the month's duty schedules with their acquaintance sheet (cl. 20–22) and the fairness report
 * (cl. 4.1–4.2, 16, 21) — in Kazakh and Russian, plus the small formatters they share (weekday,
 * month, name order). One `DutyTexts` shape for both languages, so neither can fall behind.
 * Clause numbers are cited with the app's own citation format, as every other document does.
 */
import type { DutyKind, Specialisation } from '../../src-shared/contracts/entities/duty-roster';
import type { SkipReason } from '../../src-shared/contracts/entities/duty-distribution';
import { formatDate } from '../../src-shared/i18n/format';
import { formatCitation } from '../../src-shared/rules/format-citation';
import { localDate, texts as sheetTexts, type SheetLocale } from './explanation-texts';
import { ruPlural } from './register-texts';

const NB = '\u00a0';
const RULES = 'RBA Rules 19.02.2024';
const cite = (locale: SheetLocale, paragraph: string, subparagraph?: string) =>
  formatCitation({ act: RULES, paragraph, ...(subparagraph ? { subparagraph } : {}) }, locale);

const monthsKk =
  'қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан'.split(' ');
const monthsRu =
  'январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь'.split(' ');

/** Monday first, as ISO weekdays and both calendars count them. */
const weekdays: Record<SheetLocale, string[]> = {
  kk: 'дүйсенбі сейсенбі сәрсенбі бейсенбі жұма сенбі жексенбі'.split(' '),
  ru: 'понедельник вторник среда четверг пятница суббота воскресенье'.split(' '),
};

/** "2026-12-16" → "сәрсенбі" / "среда". */
export function weekdayName(iso: string, locale: SheetLocale): string {
  const [y, m, d] = iso.split('-').map(Number);
  const sundayFirst = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)).getUTCDay();
  return weekdays[locale][(sundayFirst + 6) % 7] ?? '';
}

/** "2026-12-16" → "16" (month and year are in the heading). */
export const dayOfMonth = (iso: string) => iso.slice(8, 10);

/** An ISO date or datetime → "24.11.2026" (a datetime on this device's clock, as printouts do). */
export const formatDay = (at: string, locale: SheetLocale) =>
  formatDate(at.length > 10 ? localDate(at) : at, locale);

// The Kazakh alphabet's order (Russian names sort the same way within it): a list sent to the
// justice body is alphabetical, and neither the code-point order nor Chromium's ICU (no
// Kazakh data) puts ә after а and і after ы.
const ALPHABET = 'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя';
// A space sorts first, so "Ким Виктор" comes before "Кима Анна", as in any printed list.
const rank = (ch: string) => {
  const i = ALPHABET.indexOf(ch);
  return ch === ' ' ? -1 : i >= 0 ? i : 100 + (ch.codePointAt(0) ?? 0);
};

/** Compares full names in Kazakh alphabetical order, case-insensitively. */
export function compareNames(a: string, b: string): number {
  const [x, y] = [[...a.toLowerCase()], [...b.toLowerCase()]];
  for (let i = 0; i < Math.min(x.length, y.length); i += 1) {
    const d = rank(x[i]!) - rank(y[i]!);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/** A group of fixed words, one per key. */
type Words<K extends string> = Record<K, string>;
type Num = (n: number) => string;

export type DutyTexts = Words<
  'yes' | 'phoneAbbr' | 'responsible' | 'signature' | 'date' | 'basis'
> & {
  page: (page: number, pages: number) => string;
  /** "2026 жылғы желтоқсан" / "декабрь 2026 г." */
  monthYear: (month: number, year: number) => string;
  /** The schedules as cl. 20 names them, to follow the title; short names for tables. */
  kinds: Words<DutyKind>;
  kindNames: Words<DutyKind>;
  /** Narrow count columns of the fairness report. */
  kindAbbr: Words<DutyKind>;
  specialisations: Words<Specialisation>;
  participants: Words<'title' | 'basis' | 'none'> & {
    forYear: Num;
    asOf: (date: string) => string;
    columns: Words<ParticipantColumn>;
    /** Under the table: how many, and that those who left are not listed. */
    total: Num;
    leftNotListed: Num;
  };
  schedule: Words<'draft' | 'watermark' | 'nobody' | 'restDays' | 'changes' | 'binding'> & {
    title: (month: number, year: number) => string;
    columns: Words<'date' | 'advocate' | 'phone'>;
    edition: (edition: number, editionDate: string, firstPublished: string) => string;
    /** The edition in a sentence: 0 is the draft. */
    editionName: Num;
    unknownMember: (id: string) => string;
    /** `request`: the date of the advocate's application (cl. 24), or ''. */
    change: (from: string, to: string, reason: string, request: string) => string;
    /** Under a changed day in the table; the change itself is listed on the last page. */
    changedIn: Num;
  };
  ack: {
    title: string;
    lead: (month: string, edition: string) => string;
    columns: Words<'number' | 'fullName' | 'duties' | 'signature' | 'date'>;
  };
  fairness: Words<'title' | 'totalRow' | 'summary' | 'excluded' | 'basis' | 'declineGrounds'> & {
    counted: (edition: number | null) => string;
    groups: Words<'dutyDays' | 'appointments'>;
    columns: Words<FairnessColumn>;
    skipReasons: Words<SkipReason>;
    summaryRows: Words<'dutyDays' | 'received'>;
    measures: Words<Measure>;
    /** One plain sentence per figure of the summary. */
    explain: Words<Measure>;
    generated: (date: string) => string;
    /** Lines of the note column: a decline by its ground, a pass-over by its reason. */
    noteDeclined: (ground: string, n: number) => string;
    noteSkipped: (reason: string, n: number) => string;
    /** CSV only: each skip reason gets its own column there. */
    skippedBy: (reason: string) => string;
  };
};

type ParticipantColumn =
  'number' | 'fullName' | 'licence' | 'phone' | 'specialisation' | 'territory' | 'kinds' | 'solo';
type FairnessColumn =
  | 'number'
  | 'fullName'
  | 'total'
  | 'received'
  | 'accepted'
  | 'declined'
  | 'pending'
  | 'skipped'
  | 'note';
type Measure = 'min' | 'max' | 'spread' | 'gini';

export const dutyTexts: Record<SheetLocale, DutyTexts> = {
  kk: {
    page: sheetTexts.kk.page,
    monthYear: (m, y) => `${y} жылғы ${monthsKk[m - 1] ?? m}`,
    kinds: {
      pretrial: 'сотқа дейінгі тергеп-тексеру органдарының өндірісіндегі істер бойынша',
      court: 'сотта қаралып жатқан істер бойынша',
      consultation: 'құқықтық консультация беру бойынша',
    },
    kindNames: {
      pretrial: 'Сотқа дейінгі тергеп-тексеру',
      court: 'Сот істері',
      consultation: 'Құқықтық кеңес беру',
    },
    kindAbbr: { pretrial: 'Сотқа дейінгі', court: 'Сот', consultation: 'Кеңес беру' },
    specialisations: {
      criminal: 'қылмыстық істер',
      juvenile: 'кәмелетке толмағандардың істері',
      'administrative-offence': 'әкімшілік құқық бұзушылық істері',
      civil: 'азаматтық істер',
      administrative: 'әкімшілік істер',
    },
    yes: 'иә',
    phoneAbbr: 'тел.',
    responsible: 'Жауапты тұлға',
    signature: 'қолы',
    date: 'күні',
    basis: 'Негіздеме',
    participants: {
      title: 'Мемлекет кепілдік берген заң көмегін көрсетуге қатысатын адвокаттардың тізімі',
      forYear: (y) => `${y} жылға`,
      asOf: (d) => `${d}${NB}ж. жағдай бойынша`,
      basis: `${cite('kk', '5', '2')}: тізім аумақтық әділет органына жыл сайын 1${NB}желтоқсаннан кешіктірілмей жіберіледі.`,
      columns: {
        number: '№',
        fullName: 'Тегі, аты, әкесінің аты',
        licence: 'Лицензия №',
        phone: 'Байланыс телефоны',
        specialisation: 'Мамандануы',
        territory: 'Аумақ (аудан, елді мекен)',
        kinds: 'Қатысатын кезекшілік кестелері',
        solo: 'Жеке-дара адвокат (13-т.)',
      },
      total: (n) => `Тізімде ${n} адвокат.`,
      leftNotListed: (n) =>
        `Қатысуды тоқтатқан (тізімнен шыққан) ${n} адвокат тізімге енгізілмеген.`,
      none: 'Қатысатын адвокаттар жоқ',
    },
    schedule: {
      title: (m, y) => `${y} жылғы ${monthsKk[m - 1] ?? m} айына арналған кезекшілік кестесі`,
      columns: {
        date: 'Кезекшілік күні',
        advocate: 'Кезекші адвокаттың тегі, аты, әкесінің аты',
        phone: 'Байланыс телефоны',
      },
      edition: (n, date, first) =>
        n === 1
          ? `Жарияланды: ${first}${NB}ж.`
          : `${n}-редакция, ${date}${NB}ж. (алғаш жарияланды: ${first}${NB}ж.)`,
      editionName: (n) => (n === 0 ? 'жоба' : `${n}-редакция`),
      draft: 'ЖОБА: кесте әлі жарияланбаған, адвокаттар үшін міндетті емес.',
      watermark: 'ЖОБА',
      nobody: '— тағайындалмаған —',
      unknownMember: (id) => `тізімде жоқ адвокат (${id})`,
      restDays: 'Сұр түспен демалыс және мереке күндері белгіленген.',
      changes: `Кестеге енгізілген өзгерістер (${cite('kk', '24')})`,
      change: (from, to, reason, request) =>
        `${from} орнына ${to}; себебі: ${reason}${request ? `; ${request}${NB}ж. өтініші бойынша` : ''}`,
      changedIn: (n) => `${n}-редакцияда өзгертілді`,
      binding: `${cite('kk', '22')}: адвокаттар кестелермен, оның ішінде қол қою арқылы, танысады. Кезекшілік кестесі адвокаттар үшін міндетті (25-тармақ); кезекшілік күні адвокат кестеде көрсетілген телефон арқылы байланыста болуға міндетті (26-тармақ).`,
    },
    ack: {
      title: 'Кезекшілік кестелерімен танысу парағы',
      lead: (month, edition) =>
        `Төменде қол қойған адвокаттар ${month} айына арналған кезекшілік кестелерімен (${edition}) танысты.`,
      columns: {
        number: '№',
        fullName: 'Адвокаттың тегі, аты, әкесінің аты',
        duties: 'Кезекшілік күндері',
        signature: 'Қолы',
        date: 'Күні',
      },
    },
    fairness: {
      title: 'Кезекшіліктер мен тағайындауларды бөлудің біркелкілігі туралы есеп',
      counted: (e) =>
        e === null
          ? 'Жарияланған кесте жоқ: кезекшілік күндері есептелмеді.'
          : `Кезекшілік күндері кестенің ${e}-редакциясы бойынша есептелді.`,
      groups: { dutyDays: 'Кезекшілік күндері', appointments: 'Қағаз тағайындаулар' },
      columns: {
        number: '№',
        fullName: 'Адвокат',
        total: 'Барлығы',
        received: 'Берілді',
        accepted: 'Қабылданды',
        declined: 'Бас тартылды',
        pending: 'Жауапсыз',
        skipped: 'Кезекте өткізілді',
        note: 'Ескерту: бас тарту негіздері, кезекте өткізу себептері',
      },
      totalRow: 'Барлығы',
      skipReasons: {
        suspended: 'қатысуы тоқтатылған',
        unavailable: 'мәлімделген себеппен болмады',
        left: 'тізімнен шыққан',
        declined: 'бұл құжаттан бұрын бас тартқан',
        conflict: 'мүдделер қақтығысы',
        unreachable: 'телефон арқылы хабарласу мүмкін болмады',
      },
      summary: 'Қорытынды',
      summaryRows: { dutyDays: 'Кезекшілік күндері', received: 'Берілген тағайындаулар' },
      measures: { min: 'Ең аз', max: 'Ең көп', spread: 'Айырма', gini: 'Джини коэффициенті' },
      explain: {
        min: 'Ең аз — ең аз тиген адвокатқа қаншасы тигені.',
        max: 'Ең көп — ең көп тиген адвокатқа қаншасы тигені.',
        spread: 'Айырма — ең көп пен ең аздың айырмасы: 0 болса, барлығына бірдей тиген.',
        gini: 'Джини коэффициенті: 0 — толық теңдік; 1-ге жақындаған сайын, көбі аз ғана адамға тиген.',
      },
      excluded: 'Қорытындыға тізімнен шыққан және ай бойы болмаған адвокаттар енгізілмеген.',
      basis: `РАА Ережесі (19.02.2024), 4-тармақтың 1), 2)${NB}тармақшалары, 16, 21-тармақтары: тәуелсіздік, адвокаттар құқықтарының теңдігі, кезекшілік кестесі бойынша бөлу, барлық түрге тең қатысу.`,
      generated: (d) => `Жасалған күні: ${d}`,
      noteDeclined: (g, n) => `Бас тарту: ${g} — ${n}`,
      noteSkipped: (r, n) => `Кезекте өткізілді: ${r} — ${n}`,
      skippedBy: (r) => `Кезекте өткізілді: ${r}`,
      declineGrounds: 'Бас тарту негіздері',
    },
  },
  ru: {
    page: sheetTexts.ru.page,
    monthYear: (m, y) => `${monthsRu[m - 1] ?? m} ${y}${NB}г.`,
    kinds: {
      pretrial: 'по делам, находящимся в производстве органов досудебного расследования',
      court: 'по делам, рассматриваемым в суде',
      consultation: 'по правовому консультированию',
    },
    kindNames: {
      pretrial: 'Досудебное расследование',
      court: 'Судебные дела',
      consultation: 'Правовое консультирование',
    },
    kindAbbr: { pretrial: 'Досуд. расслед.', court: 'Суд', consultation: 'Консультации' },
    specialisations: {
      criminal: 'уголовные дела',
      juvenile: 'дела несовершеннолетних',
      'administrative-offence': 'дела об административных правонарушениях',
      civil: 'гражданские дела',
      administrative: 'административные дела',
    },
    yes: 'да',
    phoneAbbr: 'тел.',
    responsible: 'Ответственное лицо',
    signature: 'подпись',
    date: 'дата',
    basis: 'Основание',
    participants: {
      title:
        'Список адвокатов, участвующих в оказании гарантированной государством юридической помощи',
      forYear: (y) => `на ${y}${NB}год`,
      asOf: (d) => `по состоянию на ${d}`,
      basis: `${cite('ru', '5', '2')}: список направляется в территориальный орган юстиции ежегодно не позднее 1${NB}декабря.`,
      columns: {
        number: '№',
        fullName: 'Фамилия, имя, отчество',
        licence: '№ лицензии',
        phone: 'Контактный телефон',
        specialisation: 'Специализация',
        territory: 'Территория (район, населённые пункты)',
        kinds: 'Графики дежурств, в которых участвует',
        solo: `Практикует единолично (п.${NB}13)`,
      },
      total: (n) => `В списке ${n} ${ruPlural(n, 'адвокат', 'адвоката', 'адвокатов')}.`,
      leftNotListed: (n) =>
        `Не ${n === 1 ? 'включён' : 'включены'} ${n} ${ruPlural(n, 'адвокат', 'адвоката', 'адвокатов')}, ${n === 1 ? 'выбывший' : 'выбывшие'} из списка.`,
      none: 'Участвующих адвокатов нет',
    },
    schedule: {
      title: (m, y) => `График дежурств адвокатов на ${monthsRu[m - 1] ?? m} ${y}${NB}г.`,
      columns: {
        date: 'Дата дежурства',
        advocate: 'Фамилия, имя, отчество дежурного адвоката',
        phone: 'Контактный телефон',
      },
      edition: (n, date, first) =>
        n === 1
          ? `Опубликован: ${first}`
          : `Редакция ${n} от ${date} (впервые опубликован: ${first})`,
      editionName: (n) => (n === 0 ? 'проект' : `редакция ${n}`),
      draft: 'ПРОЕКТ: график ещё не опубликован и не обязателен для адвокатов.',
      watermark: 'ПРОЕКТ',
      nobody: '— не назначен —',
      unknownMember: (id) => `адвокат не найден в списке (${id})`,
      restDays: 'Серым выделены выходные и праздничные дни.',
      changes: `Изменения графика (${cite('ru', '24')})`,
      change: (from, to, reason, request) =>
        `${from} заменён(а) на ${to}; причина: ${reason}${request ? `; по заявлению от ${request}` : ''}`,
      changedIn: (n) => `изменено в редакции ${n}`,
      binding: `${cite('ru', '22')}: адвокаты знакомятся с графиками, в том числе под подпись. График дежурств обязателен для адвокатов (п.${NB}25); в день дежурства адвокат обязан быть на связи по телефону, указанному в графике (п.${NB}26).`,
    },
    ack: {
      title: 'Лист ознакомления с графиками дежурств',
      lead: (month, edition) =>
        `Нижеподписавшиеся адвокаты ознакомлены с графиками дежурств на ${month} (${edition}).`,
      columns: {
        number: '№',
        fullName: 'Фамилия, имя, отчество адвоката',
        duties: 'Дни дежурств',
        signature: 'Подпись',
        date: 'Дата',
      },
    },
    fairness: {
      title: 'Отчёт о равномерности дежурств и распределения назначений',
      counted: (e) =>
        e === null
          ? 'Опубликованного графика нет: дни дежурств не подсчитаны.'
          : `Дни дежурств подсчитаны по редакции ${e} графика.`,
      groups: { dutyDays: 'Дни дежурств', appointments: 'Назначения на бумаге' },
      columns: {
        number: '№',
        fullName: 'Адвокат',
        total: 'Всего',
        received: 'Передано',
        accepted: 'Принято',
        declined: 'Отказано',
        pending: 'Без ответа',
        skipped: 'Пропуски в очереди',
        note: 'Примечание: основания отказов, причины пропуска',
      },
      totalRow: 'Итого',
      skipReasons: {
        suspended: 'участие приостановлено',
        unavailable: 'отсутствие по заявленной причине',
        left: 'выбыл(а) из списка',
        declined: 'ранее отказался(-ась) от этого документа',
        conflict: 'конфликт интересов',
        unreachable: 'не удалось связаться по телефону',
      },
      summary: 'Итоги',
      summaryRows: { dutyDays: 'Дни дежурств', received: 'Переданные назначения' },
      measures: { min: 'Минимум', max: 'Максимум', spread: 'Разрыв', gini: 'Коэффициент Джини' },
      explain: {
        min: 'Минимум — сколько досталось тому, у кого меньше всех.',
        max: 'Максимум — сколько досталось тому, у кого больше всех.',
        spread:
          'Разрыв — разница между максимумом и минимумом: 0 значит, что всем досталось поровну.',
        gini: 'Коэффициент Джини: 0 — полное равенство; чем ближе к 1, тем больше досталось немногим.',
      },
      excluded: 'Выбывшие из списка и отсутствовавшие весь месяц в итоги не включены.',
      basis: `подпункты 1), 2) пункта 4, пункты 16, 21 Правил РКА от 19.02.2024: независимость адвокатов, равенство их прав, распределение по графику дежурств, равное участие во всех видах.`,
      generated: (d) => `Сформирован: ${d}`,
      noteDeclined: (g, n) => `Отказ: ${g} — ${n}`,
      noteSkipped: (r, n) => `Пропуск: ${r} — ${n}`,
      skippedBy: (r) => `Пропуск: ${r}`,
      declineGrounds: 'Основания отказов',
    },
  },
};
