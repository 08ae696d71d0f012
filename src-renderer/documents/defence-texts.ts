/**
 * Fixed wording of the notice of defence (representation) (Rules cl. 9, 17.3; UPK art. 68(8))
 * and of the defence register printout (MoJ order 1465), in Kazakh and Russian. Each document's
 * phrases are one type for both languages, so neither can fall behind. Words the other
 * documents already print (page, IIN, advocate, licence, month, certification…) are taken
 * from them. The notice's title and legal basis are the rule pack's, not ours.
 */
import type { CaseKind } from '../../src-shared/contracts/entities/appointment';
import { texts as sheetTexts, type SheetLocale } from './explanation-texts';
import { registerTexts, ruPlural, type RegisterTexts } from './register-texts';

const NB = '\u00a0';

/** 150 → "2 ч 30 мин", 60 → "1 ч", 45 → "45 мин"; no-break spaces keep it on one line. */
export function hoursMinutes(total: number, h: string, m: string): string {
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  if (hours === 0) return `${minutes}${NB}${m}`;
  return minutes === 0 ? `${hours}${NB}${h}` : `${hours}${NB}${h}${NB}${minutes}${NB}${m}`;
}

/**
 * A case number as the body wrote it. A bare number gets its register's name — ЕРДР (kk СДТБТ)
 * for criminal cases — and a "№"; a number written with its prefix ("ЕРДР № …") is left alone.
 */
function caseNumber(kind: CaseKind, number: string, erdr: string): string {
  if (!/^\d/.test(number)) return number;
  // "ЕРДР" may end a line; "№" never parts from its number.
  return kind === 'criminal' ? `${erdr} №${NB}${number}` : `№${NB}${number}`;
}

// ── the notice of defence (representation) ─────────────────────────────────────────────

export interface NoticeTexts {
  iin: string;
  page: (page: number, pages: number) => string;
  /** Label over the addressee block. */
  to: string;
  /** Under the title: the notice's own number and date. */
  numberDate: (n: number, date: string) => string;
  /** The opening sentence, first person: the advocate took up the defence. */
  lead: (advocate: string) => string;
  sections: { advocate: string; client: string; case: string; ground: string };
  fullName: string;
  licence: string;
  /** Licence number and date of issue. */
  licenceValue: (n: string, date: string) => string;
  collegium: string;
  phone: string;
  status: string;
  category: string;
  caseKinds: Record<CaseKind, string>;
  caseLabel: string;
  /** "Уголовное дело, ЕРДР № 261…" */
  caseValue: (kind: CaseKind, number: string) => string;
  qualification: string;
  stage: string;
  /** The body conducting the process, by kind of case. */
  body: (kind: CaseKind) => string;
  /** The appointing decree (ruling), by kind of case. */
  decree: (kind: CaseKind) => string;
  decreeValue: (n: string, date: string) => string;
  official: string;
  ezk: string;
  /** The head's assignment of a paper decree (cl. 10, 17): who, when, its number. */
  assignment: string;
  basis: string;
  signature: string;
  /** Place for the stamp of the collegium or the legal consultation. */
  stamp: string;
  stampCaption: string;
  /** Printed only while the pack says the form is not verified against the official one. */
  unverifiedForm: string;
  printed: (date: string) => string;
  /** In a batch's footer: which notice this page belongs to. */
  footerNotice: (n: number) => string;
  /** The PDF's title when it holds several notices. */
  batchTitle: string;
}

export const noticeTexts: Record<SheetLocale, NoticeTexts> = {
  kk: {
    iin: sheetTexts.kk.iin,
    page: sheetTexts.kk.page,
    to: 'Кімге',
    numberDate: (n, date) => `${date}${NB}ж. №${NB}${n}`,
    lead: (advocate) =>
      `Осы арқылы мен, адвокат ${advocate}, мемлекет кепілдік берген заң көмегін көрсету тәртібімен төменде көрсетілген адамды қорғауды (өкілдік етуді) өзіме қабылдағанымды хабарлаймын.`,
    sections: {
      advocate: 'Адвокат',
      client: 'Қорғалушы (сенім білдіруші)',
      case: 'Іс',
      ground: 'Негіздеме',
    },
    fullName: 'Тегі, аты, әкесінің аты',
    licence: 'Лицензия',
    licenceValue: (n, date) => `${date}${NB}ж. №${NB}${n}`,
    collegium: 'Адвокаттар алқасының мүшесі',
    phone: 'Телефон',
    status: 'Процестік мәртебесі',
    category: 'Адамның санаты',
    caseKinds: {
      criminal: 'Қылмыстық іс',
      'administrative-offence': 'Әкімшілік құқық бұзушылық туралы іс',
      civil: 'Азаматтық іс',
      administrative: 'Әкімшілік іс',
    },
    caseValue: (kind, number) =>
      `${noticeTexts.kk.caseKinds[kind]}, ${caseNumber(kind, number, 'СДТБТ')}`,
    caseLabel: 'Істің түрі мен нөмірі',
    qualification: 'Саралау',
    stage: 'Іс жүргізу сатысы',
    body: (kind) =>
      kind === 'criminal'
        ? 'Қылмыстық процесті жүргізетін орган'
        : 'Іс бойынша іс жүргізуді жүргізетін орган',
    decree: (kind) =>
      kind === 'criminal' ? 'Тағайындау туралы қаулы' : 'Тағайындау туралы қаулы (ұйғарым)',
    decreeValue: (n, date) => `${date}${NB}ж. №${NB}${n}`,
    official: 'Лауазымды адам',
    ezk: '«Е-Заң көмегі» сұрауы',
    assignment: 'Тапсырма',
    basis: 'Құқықтық негізі',
    signature: 'қолы',
    stamp: 'М.О.',
    stampCaption: 'алқаның (заң консультациясының) мөрі',
    unverifiedForm:
      'Нысаны: болжамды нұсқа, ресми нысан (23.11.2018 ж. конференция шешіміне 2-қосымша) табылмады',
    printed: (date) => `Qorgau, ${date}`,
    footerNotice: (n) => `№${NB}${n} хабарлама`,
    batchTitle: 'Қорғау (өкілдік ету) туралы хабарламалар',
  },
  ru: {
    iin: sheetTexts.ru.iin,
    page: sheetTexts.ru.page,
    to: 'Кому',
    numberDate: (n, date) => `№${NB}${n} от ${date}`,
    lead: (advocate) =>
      `Настоящим уведомляю, что я, адвокат ${advocate}, принял(а) на себя защиту (представительство) лица, указанного ниже, в порядке оказания гарантированной государством юридической помощи.`,
    sections: {
      advocate: 'Адвокат',
      client: 'Подзащитный (доверитель)',
      case: 'Дело',
      ground: 'Основание',
    },
    fullName: 'Фамилия, имя, отчество',
    licence: 'Лицензия',
    licenceValue: (n, date) => `№${NB}${n} от ${date}`,
    collegium: 'Член коллегии адвокатов',
    phone: 'Телефон',
    status: 'Процессуальный статус',
    category: 'Категория лица',
    caseKinds: {
      criminal: 'Уголовное дело',
      'administrative-offence': 'Дело об административном правонарушении',
      civil: 'Гражданское дело',
      administrative: 'Административное дело',
    },
    caseValue: (kind, number) =>
      `${noticeTexts.ru.caseKinds[kind]}, ${caseNumber(kind, number, 'ЕРДР')}`,
    caseLabel: 'Вид и номер дела',
    qualification: 'Квалификация',
    stage: 'Стадия процесса',
    body: (kind) =>
      kind === 'criminal'
        ? 'Орган, ведущий уголовный процесс'
        : 'Орган, ведущий производство по делу',
    decree: (kind) =>
      kind === 'criminal'
        ? 'Постановление о назначении'
        : 'Постановление (определение) о назначении',
    decreeValue: (n, date) => `№${NB}${n} от ${date}`,
    official: 'Должностное лицо',
    ezk: 'Запрос в «Е-Заң көмегі»',
    assignment: 'Поручение',
    basis: 'Правовое основание',
    signature: 'подпись',
    stamp: 'М.П.',
    stampCaption: 'печать коллегии (юридической консультации)',
    unverifiedForm:
      'Форма: наилучшая оценка, официальная форма (прил. 2 к решению конференции 23.11.2018) не найдена',
    printed: (date) => `Qorgau, ${date}`,
    footerNotice: (n) => `Уведомление №${NB}${n}`,
    batchTitle: 'Уведомления о защите (представительстве)',
  },
};

// ── the defence register (MoJ order 1465) ──────────────────────────────────────────────

type FromRegister = Pick<
  RegisterTexts,
  | 'page'
  | 'iin'
  | 'advocate'
  | 'licence'
  | 'collegium'
  | 'office'
  | 'month'
  | 'unverifiedColumns'
  | 'noEntries'
  | 'certification'
  | 'auditHead'
  | 'officeCopy'
  | 'signature'
  | 'date'
  | 'printedOn'
>;

const fromRegister = (locale: SheetLocale): FromRegister => {
  const t = registerTexts[locale];
  return {
    page: t.page,
    iin: t.iin,
    advocate: t.advocate,
    licence: t.licence,
    collegium: t.collegium,
    office: t.office,
    month: t.month,
    unverifiedColumns: t.unverifiedColumns,
    noEntries: t.noEntries,
    certification: t.certification,
    auditHead: t.auditHead,
    officeCopy: t.officeCopy,
    signature: t.signature,
    date: t.date,
    printedOn: t.printedOn,
  };
};

export interface DefenceRegisterTexts extends FromRegister {
  title: string;
  caseKinds: Record<CaseKind, string>;
  caseValue: (kind: CaseKind, number: string) => string;
  noIin: string;
  decreeValue: (n: string, date: string) => string;
  ezk: (n: string) => string;
  paper: string;
  assignment: (by: string, at: string) => string;
  duration: (minutes: number) => string;
  night: (minutes: number) => string;
  nonWorkingDay: string;
  total: (minutes: number, count: number) => string;
  /** Of the total, night time (not shown when there was none). */
  totalNight: (minutes: number) => string;
  completion: {
    received: string;
    accepted: string;
    completed: (date: string, finalDocument: string) => string;
    declined: (date: string, ground: string) => string;
    transferred: (to: string, permittedBy: string, at: string) => string;
    refused: (date: string) => string;
  };
  previousAdvocate: (name: string, reason: string) => string;
  paidAdvocate: (name: string) => string;
}

export const defenceRegisterTexts: Record<SheetLocale, DefenceRegisterTexts> = {
  kk: {
    ...fromRegister('kk'),
    title:
      'Қорғау және өкілдік ету түріндегі мемлекет кепілдік берген заң көмегін есепке алу тізілімі',
    caseKinds: noticeTexts.kk.caseKinds,
    caseValue: (kind, number) =>
      `${noticeTexts.kk.caseKinds[kind]}\n${caseNumber(kind, number, 'СДТБТ')}`,
    noIin: 'ЖСН көрсетілмеген',
    decreeValue: (n, date) => `${date}${NB}ж. қаулы №${NB}${n}`,
    ezk: (n) => `«Е-Заң көмегі» №${NB}${n}`,
    paper: 'Қағаз түрінде',
    assignment: (by, at) => `тапсырды: ${by}, ${at}`,
    duration: (m) => hoursMinutes(m, 'сағ', 'мин'),
    night: (m) => `түнгі ${hoursMinutes(m, 'сағ', 'мин')}`,
    nonWorkingDay: 'жұмыс істемейтін күн',
    total: (m, n) => `Барлығы: ${hoursMinutes(m, 'сағ', 'мин')} (${n} әрекет)`,
    totalNight: (m) => `оның ішінде түнгі уақыт: ${hoursMinutes(m, 'сағ', 'мин')}`,
    completion: {
      received: 'Шешім қабылданбаған',
      accepted: 'Жүргізілуде',
      completed: (date, doc) => `${date} аяқталды: ${doc}`,
      declined: (date, ground) => `${date} қабылдаудан бас тартылды: ${ground}`,
      transferred: (to, by, at) => `${to} адвокатқа берілді, рұқсат берген: ${by}, ${at}`,
      refused: (date) => `${date} адамның қорғаушыдан (өкілден) бас тартуы қабылданды`,
    },
    previousAdvocate: (name, reason) => `Алдыңғы сатыдағы адвокат: ${name} (${reason})`,
    paidAdvocate: (name) => `Келісім бойынша адвокат: ${name}`,
  },
  ru: {
    ...fromRegister('ru'),
    title:
      'Журнал учёта гарантированной государством юридической помощи в виде защиты и представительства',
    caseKinds: noticeTexts.ru.caseKinds,
    caseValue: (kind, number) =>
      `${noticeTexts.ru.caseKinds[kind]}\n${caseNumber(kind, number, 'ЕРДР')}`,
    noIin: 'ИИН не указан',
    decreeValue: (n, date) => `постановление №${NB}${n} от ${date}`,
    ezk: (n) => `«Е-Заң көмегі» №${NB}${n}`,
    paper: 'На бумаге',
    assignment: (by, at) => `поручил(а): ${by}, ${at}`,
    duration: (m) => hoursMinutes(m, 'ч', 'мин'),
    night: (m) => `ночное ${hoursMinutes(m, 'ч', 'мин')}`,
    nonWorkingDay: 'нерабочий день',
    total: (m, n) =>
      `Итого: ${hoursMinutes(m, 'ч', 'мин')} (${n} ${ruPlural(n, 'действие', 'действия', 'действий')})`,
    totalNight: (m) => `в т. ч. ночное время: ${hoursMinutes(m, 'ч', 'мин')}`,
    completion: {
      received: 'Решение не принято',
      accepted: 'В производстве',
      completed: (date, doc) => `Завершено ${date}: ${doc}`,
      declined: (date, ground) => `Отказано в принятии ${date}: ${ground}`,
      transferred: (to, by, at) => `Передано адвокату ${to} с разрешения: ${by}, ${at}`,
      refused: (date) => `Отказ лица от защитника (представителя) принят ${date}`,
    },
    previousAdvocate: (name, reason) => `Адвокат предыдущей стадии: ${name} (${reason})`,
    paidAdvocate: (name) => `Адвокат по соглашению: ${name}`,
  },
};
