/**
 * Deterministic, realistic register data for the benchmark: Kazakh and Russian names (with
 * both patronymic styles used in Kazakhstan), valid IINs, working-day appointments spread over
 * Dec 2024 – Nov 2026, statuses mostly "given". The same seed always gives the same register and the same
 * queries, so two runs (or two machines) are comparable.
 */
import type { ConsultationInput } from '../../src-shared/contracts/entities/consultation';
import { iinCheckDigit } from '../../src-shared/domain/iin/iin';

/** mulberry32: tiny, fast and good enough to pick names; Math.random() cannot be seeded. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

// 40 Kazakh + 20 Russian surnames, masculine forms; every one takes "-а" for women.
// prettier-ignore
const KK_SURNAMES = [
  'Серікбаев', 'Ахметов', 'Омаров', 'Сейітов', 'Жұмабаев', 'Нұрланов', 'Әбенов', 'Қасымов',
  'Тоқтаров', 'Бекмұратов', 'Исаев', 'Мұқанов', 'Оспанов', 'Жақсылықов', 'Төлеуов',
  'Сәрсенбаев', 'Қайратов', 'Есенов', 'Мамыров', 'Баймұхамедов', 'Ержанов', 'Дүйсенов',
  'Құдайбергенов', 'Рахымжанов', 'Темірбеков', 'Ыбырайымов', 'Әлиев', 'Садықов', 'Қуанышев',
  'Өмірзақов', 'Бақытжанов', 'Шәкенов', 'Жандосов', 'Құнанбаев', 'Ғабдуллин', 'Мусин',
  'Нұрпейісов', 'Тәжібаев', 'Сұлтанов', 'Айтбаев',
];
// prettier-ignore
const RU_SURNAMES = [
  'Иванов', 'Петров', 'Смирнов', 'Кузнецов', 'Попов', 'Васильев', 'Соколов', 'Михайлов',
  'Новиков', 'Фёдоров', 'Морозов', 'Волков', 'Алексеев', 'Лебедев', 'Семёнов', 'Егоров',
  'Павлов', 'Козлов', 'Степанов', 'Николаев',
];
// 20 + 20 given names; the Russian ones carry their irregular patronymic stems.
// prettier-ignore
const KK_MALE = ['Арман', 'Ерлан', 'Нұрлан', 'Серік', 'Асқар', 'Бауыржан', 'Дәурен', 'Қанат',
  'Мұрат', 'Ержан', 'Айдос', 'Тимур', 'Руслан'];
// prettier-ignore
const RU_MALE: [string, string][] = [
  ['Сергей', 'Сергее'], ['Александр', 'Александро'], ['Дмитрий', 'Дмитрие'],
  ['Андрей', 'Андрее'], ['Николай', 'Николае'], ['Иван', 'Ивано'], ['Пётр', 'Петро'],
];
// prettier-ignore
const KK_FEMALE = ['Айгүл', 'Гүлнар', 'Динара', 'Жанар', 'Әсел', 'Мадина', 'Салтанат',
  'Ақмарал', 'Назерке', 'Аружан', 'Гүлмира', 'Райхан'];
// prettier-ignore
const RU_FEMALE = ['Елена', 'Ольга', 'Татьяна', 'Наталья', 'Ирина', 'Светлана', 'Мария',
  'Анна'];

export interface Person {
  fullName: string;
  iin: string;
  kazakh: boolean;
}

/** A valid IIN for a birth date and sex (the century digit says both). */
function makeIin(r: Rand, year: number, month: number, day: number, male: boolean): string {
  const century = year >= 2000 ? (male ? 5 : 6) : male ? 3 : 4;
  for (;;) {
    const first11 = `${pad(year % 100)}${pad(month)}${pad(day)}${century}${pad(int(r, 0, 9999), 4)}`;
    const check = iinCheckDigit(first11);
    // About 1 serial in 11 has no valid check digit: those IINs are never issued, draw again.
    if (check !== null) return `${first11}${check}`;
  }
}

function makePerson(r: Rand, born: { from: number; to: number }): Person {
  const male = r() < 0.45; // Most applicants for legal aid are women (alimony, benefits).
  const kazakh = r() < 0.7;
  let surname: string;
  let given: string;
  let patronymic: string;
  if (kazakh) {
    surname = pick(r, KK_SURNAMES);
    given = male ? pick(r, KK_MALE) : pick(r, KK_FEMALE);
    const father = pick(r, KK_MALE);
    // Both styles are in real documents: "Серікұлы" and the Soviet-era "Серікович".
    patronymic = r() < 0.6 ? father + (male ? 'ұлы' : 'қызы') : father + (male ? 'ович' : 'овна');
  } else {
    surname = r() < 0.8 ? pick(r, RU_SURNAMES) : pick(r, KK_SURNAMES);
    given = male ? pick(r, RU_MALE)[0] : pick(r, RU_FEMALE);
    const [, stem] = pick(r, RU_MALE);
    patronymic = stem + (male ? 'вич' : 'вна');
  }
  if (!male) surname += 'а';
  const year = int(r, born.from, born.to);
  const month = int(r, 1, 12);
  const day = int(r, 1, 28);
  return {
    fullName: `${surname} ${given} ${patronymic}`,
    iin: makeIin(r, year, month, day, male),
    kazakh,
  };
}

/**
 * The people who come to the office: fewer than entries, because people come back
 * (cl. 42 repeats), so a full-IIN search finds 0–4 entries like in a real register.
 */
export function makePool(n: number, seed = 1463): { adults: Person[]; children: Person[] } {
  const r = rng(seed);
  const seen = new Set<string>();
  const unique = (count: number, born: { from: number; to: number }) => {
    const out: Person[] = [];
    while (out.length < count) {
      const p = makePerson(r, born);
      if (seen.has(p.iin)) continue;
      seen.add(p.iin);
      out.push(p);
    }
    return out;
  };
  return {
    adults: unique(Math.max(50, Math.round(n * 0.8)), { from: 1940, to: 2006 }),
    children: unique(Math.max(10, Math.round(n * 0.08)), { from: 2009, to: 2020 }),
  };
}

export interface Catalogue {
  /** Issue areas of the eligibility pack, with labels (the subject is written after them). */
  areaIds: string[];
  consultationCategories: string[];
  minorCategory: string;
  refusalGrounds: string[];
  eligibilityPack: { id: string; version: number };
}

// Frequent areas first: alimony, benefits, family, housing and labour fill real registers.
const AREA_WEIGHTS: Record<string, number> = {
  alimony: 20,
  'pension-benefits': 14,
  family: 12,
  housing: 10,
  labour: 9,
  'property-inheritance': 7,
  'civil-dispute': 6,
  criminal: 5,
  'administrative-offence': 4,
};

// prettier-ignore
const SUBJECTS = {
  kk: ['Алимент өндіру туралы талап арыз', 'Жәрдемақы тағайындаудан бас тарту',
    'Тұрғын үй кезегіне қою', 'Жұмыстан заңсыз шығару', 'Мұраны қабылдау мерзімі',
    'Некені бұзу және балалардың тұратын жері', 'Сот шешіміне шағым беру тәртібі',
    'Әкімшілік айыппұлға шағым', 'Қарызды өндіріп алу', 'Зейнетақы төлемдерін қайта есептеу'],
  ru: ['Иск о взыскании алиментов', 'Отказ в назначении пособия', 'Постановка на учёт жилья',
    'Незаконное увольнение', 'Срок принятия наследства', 'Расторжение брака и место жительства детей',
    'Порядок обжалования решения суда', 'Обжалование административного штрафа',
    'Взыскание долга по расписке', 'Перерасчёт пенсионных выплат'],
};

// prettier-ignore
const ADVICE = {
  kk: ['Талап арыз беру тәртібі және қажетті құжаттар тізімі түсіндірілді.',
    'Мемлекеттік баж төлеуден босату негіздері айтылды.',
    'Сотқа дейінгі талап-арыз үлгісі берілді, мерзімдері түсіндірілді.',
    'Әкімдікке өтініш беру тәртібі мен қарау мерзімі түсіндірілді.',
    'Дәлелдемелерді жинау және куәлардың жауаптарын ресімдеу тәртібі айтылды.',
    'Шағым беру мерзімі өткен жағдайда оны қалпына келтіру мүмкіндігі түсіндірілді.'],
  ru: ['Разъяснён порядок подачи искового заявления и перечень необходимых документов.',
    'Разъяснены основания освобождения от уплаты государственной пошлины.',
    'Выдан образец досудебной претензии, разъяснены сроки её рассмотрения.',
    'Разъяснён порядок обращения в акимат и сроки рассмотрения обращения.',
    'Разъяснён порядок сбора доказательств и оформления показаний свидетелей.',
    'Разъяснена возможность восстановления пропущенного срока обжалования.'],
};

const ID_DOC = { kk: 'Жеке куәлік', ru: 'Удостоверение личности' };
const EVIDENCE = { kk: 'Зейнеткер куәлігі', ru: 'Пенсионное удостоверение' };

/**
 * Monday–Friday of the 24 months December 2024 – November 2026, up to 24 November 2026: the
 * register refuses application times in the future, so the data end before "today".
 */
function workingDays(): Date[] {
  const days: Date[] = [];
  for (let t = Date.UTC(2024, 11, 1); t < Date.UTC(2026, 10, 25); t += 86_400_000) {
    const d = new Date(t);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) days.push(d);
  }
  return days;
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const clock = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/**
 * n entries in chronological order (so register numbers grow with the date of applying, as
 * they do when entries are typed in on the day). Working hours 09:00–18:00.
 */
export function* entries(
  n: number,
  pool: { adults: Person[]; children: Person[] },
  cat: Catalogue,
  seed = 31,
): Generator<ConsultationInput> {
  const r = rng(seed);
  const days = workingDays();
  const areaTable = cat.areaIds.flatMap((id) => Array(AREA_WEIGHTS[id] ?? 2).fill(id) as string[]);
  for (let i = 0; i < n; i++) {
    const pos = (i * days.length) / n;
    const day = days[Math.floor(pos)] as Date;
    const applied = 540 + Math.floor((pos - Math.floor(pos)) * 540);
    const appliedAt = `${isoDate(day)}T${clock(applied)}`;
    const person = pick(r, pool.adults);
    const language = person.kazakh ? (r() < 0.8 ? 'kk' : 'ru') : r() < 0.9 ? 'ru' : 'kk';
    const child = r() < 0.08 ? pick(r, pool.children) : undefined;
    const roll = r();
    const status =
      roll < 0.85 ? 'given' : roll < 0.92 ? 'deferred' : roll < 0.97 ? 'refused' : 'withdrawn';
    const areaId = pick(r, areaTable);
    const entry: ConsultationInput = {
      appliedAt,
      language,
      applicant: {
        fullName: person.fullName,
        iin: person.iin,
        identityDocument: {
          type: ID_DOC[language],
          number: String(int(r, 10_000_000, 99_999_999)).padStart(9, '0'),
          date: `${int(r, 2015, 2024)}-${pad(int(r, 1, 12))}-${pad(int(r, 1, 28))}`,
        },
      },
      categoryId:
        status === 'refused'
          ? null
          : child
            ? cat.minorCategory
            : pick(r, cat.consultationCategories),
      eligibilityPack: cat.eligibilityPack,
      issue: { areaId, subject: pick(r, SUBJECTS[language]) },
      form: r() < 0.8 ? 'oral' : 'written',
      place:
        r() < 0.95
          ? { kind: 'office' }
          : {
              kind: 'person-location',
              address: language === 'kk' ? 'Абай даңғылы, 10, 25-пәтер' : 'пр. Абая, д. 10, кв. 25',
              reason: language === 'kk' ? 'I топтағы мүгедектік' : 'инвалидность I группы',
            },
      status,
    };
    if (child) entry.representedPerson = { fullName: child.fullName, iin: child.iin };
    if (r() < 0.2) {
      entry.evidence = {
        type: EVIDENCE[language],
        number: String(int(r, 100_000, 999_999)),
        date: `${int(r, 2010, 2024)}-${pad(int(r, 1, 12))}-${pad(int(r, 1, 28))}`,
      };
    }
    if (status === 'given') {
      const start = applied + int(r, 0, 10);
      entry.startedAt = clock(start);
      entry.endedAt = clock(start + int(r, 15, 60));
      const sentences = int(r, 1, 3);
      entry.content = Array.from({ length: sentences }, () => pick(r, ADVICE[language])).join(' ');
    } else if (status === 'deferred') {
      const later = new Date(day.getTime() + int(r, 1, 7) * 86_400_000);
      entry.appointmentAt = `${isoDate(later)}T${clock(int(r, 9, 16) * 60)}`;
    } else if (status === 'refused') {
      entry.refusalGroundId = pick(r, cat.refusalGrounds);
    }
    if (r() < 0.05) entry.note = language === 'kk' ? 'Қайта келуі тиіс' : 'Повторный приём';
    yield entry;
  }
}

export type QueryKind = 'prefix' | 'two-word' | 'iin' | 'iin6';
export interface BenchQuery {
  kind: QueryKind;
  q: string;
}

/**
 * About `count` queries the way advocates type them: 30 % name prefixes (3–8 letters, any
 * word, sometimes lower case), 25 % surname + (part of a) given name, 25 % full IINs (some of
 * people who never came: the repeat check usually finds nothing), 20 % birth-date prefixes.
 */
export function makeQueries(n: number, count: number, seed = 7): BenchQuery[] {
  const r = rng(seed);
  const { adults } = makePool(n);
  const out: BenchQuery[] = [];
  const quota: [QueryKind, number][] = [
    ['prefix', Math.round(count * 0.3)],
    ['two-word', Math.round(count * 0.25)],
    ['iin', Math.round(count * 0.25)],
  ];
  quota.push(['iin6', count - quota.reduce((s, [, c]) => s + c, 0)]);
  for (const [kind, c] of quota) {
    for (let i = 0; i < c; i++) {
      const p = pick(r, adults);
      const [surname = '', given = ''] = p.fullName.split(' ');
      if (kind === 'prefix') {
        const w = pick(r, p.fullName.split(' '));
        const q = w.slice(0, int(r, 3, 8));
        out.push({ kind, q: r() < 0.5 ? q.toLowerCase() : q });
      } else if (kind === 'two-word') {
        const g = r() < 0.5 ? given : given.slice(0, int(r, 3, 5));
        out.push({ kind, q: `${surname} ${g}` });
      } else if (kind === 'iin') {
        out.push({ kind, q: p.iin });
      } else {
        out.push({ kind, q: p.iin.slice(0, 6) });
      }
    }
  }
  return out;
}
