/**
 * Fixed wording of the consultation register printout (MoJ order 1463, Rules cl. 31–32) and
 * of the act of work performed (Rules cl. 56(5)), in Kazakh and Russian, plus the small
 * formatters both documents share (month names, date-time, durations, Russian plurals).
 * Each document's phrases are one type for both languages, so neither can fall behind.
 * Words the eligibility sheet already prints (page, advocate, licence…) are taken from it.
 */
import type { ConsultationStatus } from '../../src-shared/contracts/entities/consultation';
import { formatDate } from '../../src-shared/i18n/format';
import { texts as sheetTexts, type SheetLocale, type Texts } from './explanation-texts';

type Common = Pick<Texts, 'page' | 'iin' | 'advocate' | 'licence' | 'collegium' | 'office'>;

const common = (locale: SheetLocale): Common => {
  const { page, iin, advocate, licence, collegium, office } = sheetTexts[locale];
  return { page, iin, advocate, licence, collegium, office };
};

/** Russian noun after a number: 1 запись, 2 записи, 5 записей, 21 запись, 11 записей. */
export function ruPlural(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

/** "2026-11-25T09:40" (office clock) → "25.11.2026 09:40". */
export function formatDateTime(local: string, locale: SheetLocale): string {
  return `${formatDate(local.slice(0, 10), locale)} ${local.slice(11, 16)}`.trim();
}

/** "Жеке куәлік № 012345678, 10.03.2020": the parts the advocate wrote down. */
export function formatDocumentRef(
  ref: { type: string; number: string; date: string },
  locale: SheetLocale,
): string {
  // A no-break space keeps "№" with its number.
  const head = [ref.type, ref.number && `№\u00a0${ref.number}`].filter(Boolean).join(' ');
  return ref.date ? `${head}, ${formatDate(ref.date, locale)}` : head;
}

export interface RegisterTexts extends Common {
  title: string;
  month: (month: number, year: number) => string;
  unverifiedColumns: string;
  noEntries: string;
  representative: string;
  form: { oral: string; written: string };
  minutes: (n: number) => string;
  atOffice: string;
  personLocation: (address: string, reason: string) => string;
  status: Record<Exclude<ConsultationStatus, 'deferred'>, string> & {
    deferred: (appointment: string) => string;
  };
  corrected: (version: number) => string;
  correctionReason: string;
  /** "8 entries, № 17–24"; no range when the month is empty. */
  certification: (n: number, range: string) => string;
  auditHead: (hashPrefix: string, count: number) => string;
  /** In place of the audit head on a register printed from the office copy (register-sheet). */
  officeCopy: (printedBy: string) => string;
  signature: string;
  date: string;
  printedOn: string;
}

const monthsKk =
  'қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан'.split(' ');
const monthsRu =
  'январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь'.split(' ');

export const registerTexts: Record<SheetLocale, RegisterTexts> = {
  kk: {
    ...common('kk'),
    title: 'Құқықтық кеңес беру түріндегі мемлекет кепілдік берген заң көмегін есепке алу тізілімі',
    month: (m, y) => `${y} жылғы ${monthsKk[m - 1] ?? m} айы`,
    unverifiedColumns: 'Бағандар тізімі ресми нысанмен әлі салыстырылмаған',
    noEntries: 'Жазбалар жоқ',
    representative: 'өкілі',
    form: { oral: 'Ауызша', written: 'Жазбаша' },
    minutes: (n) => `${n}\u00a0мин`,
    atOffice: 'Кеңседе',
    personLocation: (address, reason) => `Адамның тұрған жерінде: ${address} (${reason})`,
    status: {
      given: 'Кеңес берілді',
      deferred: (at) => `Кейінге қалдырылды, қабылдау уақыты: ${at}`,
      refused: 'Бас тартылды',
      withdrawn: 'Өтініш қайтарып алынды',
    },
    corrected: (v) => ` · түзетілген (v${v})`,
    correctionReason: 'Түзету себебі',
    certification: (n, range) =>
      n === 0 ? 'Тізілімде жазба жоқ' : `Тізілімде ${n} жазба бар, № ${range}`,
    auditHead: (hash, count) => `Аудит журналының хэші: ${hash}… (${count} жазба)`,
    officeCopy: (by) => `Кеңсе серверіндегі көшірме, басып шығарған: ${by}`,
    signature: 'қолы',
    date: 'күні',
    printedOn: 'Басып шығарылды',
  },
  ru: {
    ...common('ru'),
    title:
      'Журнал учёта гарантированной государством юридической помощи в виде правового консультирования',
    month: (m, y) => `за ${monthsRu[m - 1] ?? m} ${y} г.`,
    unverifiedColumns: 'Состав граф ещё не сверен с официальной формой',
    noEntries: 'Записей нет',
    representative: 'представитель',
    form: { oral: 'Устная', written: 'Письменная' },
    minutes: (n) => `${n}\u00a0мин.`,
    atOffice: 'В офисе',
    personLocation: (address, reason) => `По месту нахождения лица: ${address} (${reason})`,
    status: {
      given: 'Консультация дана',
      deferred: (at) => `Отложена, приём назначен на ${at}`,
      refused: 'Отказано',
      withdrawn: 'Обращение отозвано',
    },
    corrected: (v) => ` · исправлено (v${v})`,
    correctionReason: 'Причина исправления',
    certification: (n, range) =>
      n === 0
        ? 'В журнале записей нет'
        : `В журнале ${n} ${ruPlural(n, 'запись', 'записи', 'записей')}, № ${range}`,
    auditHead: (hash, count) =>
      `Хэш журнала аудита: ${hash}… (${count} ${ruPlural(count, 'запись', 'записи', 'записей')})`,
    officeCopy: (by) => `Копия с сервера консультации, распечатал(а): ${by}`,
    signature: 'подпись',
    date: 'дата',
    printedOn: 'Распечатано',
  },
};

export interface ActTexts extends Common {
  title: (actNumber: string) => string;
  subtitle: string;
  formDraft: string;
  intro: string;
  period: string;
  periodRange: (from: string, to: string) => string;
  day: string;
  columns: {
    number: string;
    date: string;
    person: string;
    issue: string;
    duration: string;
    signature: string;
  };
  representative: string;
  noEntries: string;
  duration: (minutes: number) => string;
  totals: (count: number, duration: string) => string;
  statement: string;
  person: string;
  signature: string;
  printedOn: string;
}

export const actTexts: Record<SheetLocale, ActTexts> = {
  kk: {
    ...common('kk'),
    title: (n) => `Орындалған жұмыстар актісі № ${n}`,
    subtitle: 'мемлекет кепілдік берген заң көмегін құқықтық кеңес беру түрінде көрсету бойынша',
    formDraft: 'Нысаны: Qorgau жобасы (ресми нысан табылмаған)',
    intro:
      'Адвокат төменде көрсетілген адамдарға мемлекет кепілдік берген заң көмегін құқықтық кеңес беру түрінде көрсетті:',
    period: 'Кезең',
    periodRange: (from, to) => `${from} – ${to}`,
    day: 'Күні',
    columns: {
      number: 'Тізілімдегі №',
      date: 'Күні',
      person: 'Кеңес алған адам, ЖСН',
      issue: 'Мәселе',
      duration: 'Ұзақтығы',
      signature: 'Кеңес алған адамның қолы',
    },
    representative: 'өкілі',
    noEntries: 'Кезеңде берілген кеңестер жоқ',
    duration: (m) => hoursMinutes(m, 'сағ', 'мин'),
    totals: (n, d) => `Барлығы: ${n} кеңес, жалпы уақыты ${d}`,
    statement: 'Заң көмегі толық көлемде көрсетілді, тараптардың бір-біріне наразылығы жоқ.',
    person: 'Кеңес алған адам',
    signature: 'қолы',
    printedOn: 'Жасалған күні',
  },
  ru: {
    ...common('ru'),
    title: (n) => `Акт выполненных работ № ${n}`,
    subtitle:
      'по оказанию гарантированной государством юридической помощи в виде правового консультирования',
    formDraft: 'Форма: проект Qorgau (официальная форма не найдена)',
    intro:
      'Адвокатом оказана гарантированная государством юридическая помощь в виде правового консультирования следующим лицам:',
    period: 'Период',
    periodRange: (from, to) => `с ${from} по ${to}`,
    day: 'Дата',
    columns: {
      number: '№ в журнале',
      date: 'Дата',
      person: 'Лицо, получившее консультацию, ИИН',
      issue: 'Вопрос',
      duration: 'Затраченное время',
      signature: 'Подпись лица, получившего консультацию',
    },
    representative: 'представитель',
    noEntries: 'За период консультаций не оказано',
    duration: (m) => hoursMinutes(m, 'ч', 'мин'),
    totals: (n, d) =>
      `Итого: ${n} ${ruPlural(n, 'консультация', 'консультации', 'консультаций')}, общее время ${d}`,
    statement:
      'Юридическая помощь оказана в полном объёме, стороны претензий друг к другу не имеют.',
    person: 'Лицо, получившее консультацию',
    signature: 'подпись',
    printedOn: 'Дата составления',
  },
};

/** 75 → "1 ч 15 мин", 60 → "1 ч", 45 → "45 мин". */
function hoursMinutes(total: number, h: string, m: string): string {
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  // No-break spaces: "1 ч 15 мин" is read as one value and never split over two lines.
  const nb = '\u00a0';
  if (hours === 0) return `${minutes}${nb}${m}`;
  return minutes === 0 ? `${hours}${nb}${h}` : `${hours}${nb}${h}${nb}${minutes}${nb}${m}`;
}
