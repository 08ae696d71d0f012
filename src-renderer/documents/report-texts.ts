/**
 * Fixed wording of the reports (issue 8) — the advocate's monthly report (Rules cl. 33), the
 * head's month summary of the office, and the collegium's semiannual summary with the rural
 * settlements apart (cl. 5.4) — in Kazakh and Russian, one `ReportTexts` shape for both so
 * neither falls behind. The official report forms were not seen (legal-facts, "Missing" 5):
 * every document says on its face that it is Qorgau's draft, to be checked and retyped.
 * Words other documents already print (page, advocate, licence, month…) are taken from them;
 * the monthly report's own phrases are in monthly-report-texts.ts.
 */
import type { CaseKind } from '../../src-shared/contracts/entities/appointment';
import type { SettlementKey } from '../../src-shared/domain/reports/report-inputs';
import { formatNumber } from '../../src-shared/i18n/format';
import { hoursMinutes, noticeTexts } from './defence-texts';
import { dutyTexts } from './duty-texts';
import { texts as sheetTexts, type SheetLocale } from './explanation-texts';
import { cite, monthlyTexts, type MonthlyTexts } from './monthly-report-texts';

const NB = '\u00a0';

type Words<K extends string> = Record<K, string>;

/** Columns of the office month summary, after № and the advocate. */
export type OfficeColumn =
  | 'consultations'
  | 'persons'
  | 'consultationTime'
  | 'received'
  | 'accepted'
  | 'workTime'
  | 'claimed'
  | 'paid';
/** Columns of the semiannual summary, after №, the advocate and the settlement. */
export type SemiannualColumn =
  | 'consultations'
  | 'persons'
  | 'consultationHours'
  | 'completed'
  | 'workHours'
  | 'claimed'
  | 'paid';

export interface ReportTexts {
  page: (page: number, pages: number) => string;
  advocate: string;
  licence: string;
  collegium: string;
  office: string;
  /** "2026 жылғы қараша" / "ноябрь 2026 г." */
  monthYear: (month: number, year: number) => string;
  /** On the face of every report: not the official form. */
  formDraft: string;
  /** The same on the office's own summary, which is not retyped anywhere. */
  formDraftOffice: string;
  /** 150 → "2 сағ 30 мин". */
  duration: (minutes: number) => string;
  /** 150 → "2,50": decimal hours for the summaries' narrow columns. */
  hours: (minutes: number) => string;
  /** After a column of decimal hours: "сағ" / "ч". */
  hourUnit: string;
  settlement: Words<SettlementKey>;
  /** The sub-rows of the semiannual summary. */
  settlementRow: Words<SettlementKey | 'total'>;
  caseKinds: Words<CaseKind>;
  /** Narrow column headers of the semiannual summary. */
  caseKindsShort: Words<CaseKind>;
  total: string;
  count: string;
  responsible: string;
  signature: string;
  printedOn: string;
  /** Records of an advocate whose profile has not reached this device. */
  unknownAdvocate: (id: string) => string;
  monthly: MonthlyTexts;
  officeSummary: Words<'title' | 'personsNote' | 'basis'> & {
    columns: Words<OfficeColumn>;
    groups: Words<'consultations' | 'defence' | 'money'>;
  };
  semiannual: Words<'title' | 'subtitle' | 'settlementColumn' | 'accepted' | 'basis'> & {
    period: (half: 1 | 2, year: number, from: string, to: string) => string;
    scope: (office: string) => string;
    due: (date: string) => string;
    columns: Words<SemiannualColumn>;
    notes: string[];
  };
}

export const reportTexts: Record<SheetLocale, ReportTexts> = {
  kk: {
    ...pickCommon('kk'),
    formDraft:
      'Нысаны: Qorgau жобасы, ресми есеп нысаны емес. Сандарды тексеріп, «Е-Заң көмегі» АЖ-дегі нысанға көшіріңіз.',
    formDraftOffice: 'Нысаны: Qorgau жобасы, ресми есеп нысаны емес.',
    duration: (m) => hoursMinutes(m, 'сағ', 'мин'),
    hourUnit: 'сағ',
    settlement: { urban: 'Қала', rural: 'Ауылдық елді мекен', unstated: 'Көрсетілмеген' },
    settlementRow: {
      total: 'барлығы',
      rural: 'ауылдық елді мекен',
      urban: 'қала',
      unstated: 'көрсетілмеген',
    },
    caseKinds: noticeTexts.kk.caseKinds,
    caseKindsShort: {
      criminal: 'Қылмыстық',
      'administrative-offence': 'Әкімшілік құқық бұзушылық',
      civil: 'Азаматтық',
      administrative: 'Әкімшілік',
    },
    total: 'Барлығы',
    count: 'Саны',
    responsible: 'Жауапты тұлға',
    signature: 'қолы',
    printedOn: 'Жасалған күні',
    unknownAdvocate: (id) => `Профилі алынбаған адвокат (${id})`,
    monthly: monthlyTexts.kk,
    officeSummary: {
      title:
        'Заң консультациясы адвокаттарының мемлекет кепілдік берген заң көмегі бойынша айлық жиынтығы',
      columns: {
        consultations: 'Кеңес берілді',
        persons: 'Адамдар',
        consultationTime: 'Кеңес беру уақыты',
        received: 'Түсті',
        accepted: 'Қабылданды',
        workTime: 'Жұмыс уақыты',
        claimed: 'Ақы төлеуге ұсынылды, ₸',
        paid: 'Төленді, ₸',
      },
      groups: {
        consultations: 'Құқықтық кеңес беру',
        defence: 'Қорғау және өкілдік ету',
        money: 'Ақы төлеу',
      },
      personsNote:
        'Бірнеше адвокаттан кеңес алған адам «Барлығы» жолында бір рет есептеледі. Ақы төлеу: айда берілген өтініштер мен айда түскен төлемдер.',
      basis: `Адвокаттардың ай сайынғы есептері (${cite('kk', '33')}) негізінде, синхрондалған тізілімдерден.`,
    },
    semiannual: {
      title: 'Адвокаттар көрсеткен мемлекет кепілдік берген заң көмегі туралы жиынтық есеп',
      subtitle: 'ауылдық елді мекендерге заң көмегін қамтамасыз ету туралы ақпаратпен',
      period: (h, y, from, to) => `${y} жылғы ${h}-жартыжылдық (${from} – ${to})`,
      scope: (office) => `Есепке алынғаны: ${office} адвокаттары`,
      due: (d) => `Әділет органына ұсыну мерзімі: ${d} (${cite('kk', '5', '4')})`,
      settlementColumn: 'Елді мекен',
      accepted: 'Қабылданған тағайындаулар',
      columns: {
        consultations: 'Кеңес берілді',
        persons: 'Адамдар',
        consultationHours: 'Кеңес беру, сағ',
        completed: 'Аяқталды',
        workHours: 'Қорғау, сағ',
        claimed: 'Ақы төлеуге ұсынылды, ₸',
        paid: 'Төленді, ₸',
      },
      notes: [
        '«Көрсетілмеген» — елді мекені белгіленбеген жазбалар (бұл белгі енгізілгенге дейін жасалғандар): олар қалаға да, ауылға да жатқызылмайды.',
        'Адамдар: қалада да, ауылда да кеңес алған адам екі жолда да бар, ал «барлығы» жолында бір рет есептеледі; бірнеше адвокаттан кеңес алған адам жиынтықта бір рет есептеледі.',
        'Кеңестер өтініш берілген күн бойынша, тағайындаулар қабылданған және аяқталған күн бойынша, уақыт жұмыс орындалған күн бойынша, сомалар өтініш берілген және төлем түскен күн бойынша есептеледі. Әртүрлі елді мекендердегі жазбалар бойынша өтініштің төлемі олардың сомаларына барабар бөлінген.',
      ],
      basis: `Синхрондалған тізілімдер негізінде (${cite('kk', '5', '4')}).`,
    },
  },
  ru: {
    ...pickCommon('ru'),
    formDraft:
      'Форма: проект Qorgau, не официальная форма отчёта. Сверьте цифры и перенесите их в форму ИС «Е-Заң көмегі».',
    formDraftOffice: 'Форма: проект Qorgau, не официальная форма отчёта.',
    duration: (m) => hoursMinutes(m, 'ч', 'мин'),
    hourUnit: 'ч',
    settlement: { urban: 'Город', rural: 'Сельский населённый пункт', unstated: 'Не указано' },
    settlementRow: { total: 'всего', rural: 'село', urban: 'город', unstated: 'не указано' },
    caseKinds: noticeTexts.ru.caseKinds,
    caseKindsShort: {
      criminal: 'Уголовные',
      'administrative-offence': 'Адм. правонарушения',
      civil: 'Гражданские',
      administrative: 'Административные',
    },
    total: 'Итого',
    count: 'Кол-во',
    responsible: 'Ответственное лицо',
    signature: 'подпись',
    printedOn: 'Составлено',
    unknownAdvocate: (id) => `Адвокат, профиль которого не получен (${id})`,
    monthly: monthlyTexts.ru,
    officeSummary: {
      title:
        'Сводка по гарантированной государством юридической помощи за месяц по адвокатам юридической консультации',
      columns: {
        consultations: 'Консультаций дано',
        persons: 'Лиц',
        consultationTime: 'Время консультаций',
        received: 'Поступило',
        accepted: 'Принято',
        workTime: 'Время работы',
        claimed: 'Заявлено к оплате, ₸',
        paid: 'Оплачено, ₸',
      },
      groups: {
        consultations: 'Правовое консультирование',
        defence: 'Защита и представительство',
        money: 'Оплата',
      },
      personsNote:
        'Лицо, получившее консультацию у нескольких адвокатов, в строке «Итого» учтено один раз. Оплата: заявления, поданные в месяце, и платежи, поступившие в месяце.',
      basis: `По ежемесячным отчётам адвокатов (${cite('ru', '33')}), из синхронизированных журналов учёта.`,
    },
    semiannual: {
      title:
        'Сводный отчёт об оказанной адвокатами гарантированной государством юридической помощи',
      subtitle: 'с информацией об обеспечении юридической помощью сельских населённых пунктов',
      period: (h, y, from, to) => `за ${h}-е полугодие ${y}${NB}г. (с ${from} по ${to})`,
      scope: (office) => `Учтены адвокаты: ${office}`,
      due: (d) => `Срок представления в органы юстиции: не позднее ${d} (${cite('ru', '5', '4')})`,
      settlementColumn: 'Населённый пункт',
      accepted: 'Принято назначений',
      columns: {
        consultations: 'Консультаций дано',
        persons: 'Лиц',
        consultationHours: 'Консультации, ч',
        completed: 'Завершено',
        workHours: 'Защита, ч',
        claimed: 'Заявлено к оплате, ₸',
        paid: 'Оплачено, ₸',
      },
      notes: [
        '«Не указано» — записи, в которых населённый пункт не отмечен (сделанные до появления этой отметки): они не отнесены ни к городу, ни к селу.',
        'Лица: получивший консультацию и в городе, и в селе учтён в обеих строках, а в строке «всего» — один раз; получивший консультацию у нескольких адвокатов в итоге учтён один раз.',
        'Консультации учтены по дате обращения, назначения — по дате принятия и завершения, время — по дате работы, суммы — по дате подачи заявления и дате поступления оплаты. Оплата по заявлению с записями разных населённых пунктов распределена пропорционально их суммам.',
      ],
      basis: `По синхронизированным журналам учёта (${cite('ru', '5', '4')}).`,
    },
  },
};

function pickCommon(locale: SheetLocale) {
  const { page, advocate, licence, collegium, office } = sheetTexts[locale];
  return {
    page,
    advocate,
    licence,
    collegium,
    office,
    monthYear: dutyTexts[locale].monthYear,
    hours: (minutes: number) => formatNumber(minutes / 60, locale, 2),
  };
}
