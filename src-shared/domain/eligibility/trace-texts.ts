/**
 * Sentences of the decision trace, in Kazakh and Russian. These are the app's words about
 * applying a rule; the rules' own wording (labels, explanations) comes from the pack.
 */
import type { Localized } from '../../rules/pack-schema';

/** A variable is the same in both languages (a number, a name) or has its own wording. */
type Vars = Record<string, string | Localized>;
const fill = (s: string, v: Vars, lang: keyof Localized) =>
  s.replace(/\{(\w+)\}/g, (_, k: string) => {
    const value = v[k];
    return value === undefined ? `{${k}}` : typeof value === 'string' ? value : value[lang];
  });
const t =
  (kk: string, ru: string) =>
  (v: Vars = {}): Localized => ({ kk: fill(kk, v, 'kk'), ru: fill(ru, v, 'ru') });

export const traceTexts = {
  representative: t(
    '{rep} {person} атынан жүгінді; өкілеттігі: {doc}.',
    '{rep} обратился в интересах {person}; полномочия: {doc}.',
  ),
  legalRequest: t('Өтініш құқықтық сипатта.', 'Обращение носит правовой характер.'),
  notLegalRequest: t('Өтініш құқықтық сипатта емес.', 'Обращение не носит правового характера.'),
  conflict: t('Адвокатта мүдделер қақтығысы бар.', 'У адвоката конфликт интересов.'),
  exclusion: t(
    'Адвокаттың іске қатысуын болғызбайтын мән-жайлар бар.',
    'Есть обстоятельства, исключающие участие адвоката.',
  ),
  noCategory: t(
    'Адам Заңда көзделген санаттардың ешқайсысына жатпайды.',
    'Лицо не относится ни к одной из категорий, предусмотренных Законом.',
  ),
  unknownCategory: t(
    '«{id}» санаты {pack} топтамасында жоқ.',
    'Категории «{id}» нет в пакете {pack}.',
  ),
  category: t('Санат: {label}.', 'Категория: {label}.'),
  issueAreaOk: t(
    'Мәселе ({area}) осы санатқа сәйкес келеді.',
    'Вопрос ({area}) соответствует категории.',
  ),
  issueAreaMismatch: t(
    'Мәселе ({area}) бұл санатқа жатпайды: санат тек мына мәселелерге қолданылады: {allowed}.',
    'Вопрос ({area}) не подпадает под категорию: она действует только по вопросам: {allowed}.',
  ),
  businessExcluded: t(
    'Кәсіпкерлік қызметке байланысты мәселелер бұл санатқа кірмейді.',
    'Вопросы, связанные с предпринимательской деятельностью, в эту категорию не входят.',
  ),
  ageOk: t('ЖСН бойынша жасы: {age}.', 'Возраст по ИИН: {age}.'),
  tooOld: t(
    'ЖСН бойынша жасы {age}: санат {max} жасқа дейінгілерге ғана қолданылады.',
    'Возраст по ИИН {age}: категория действует только до {max} лет включительно.',
  ),
  tooYoung: t(
    'ЖСН бойынша жасы {age}: санат {min} жастан бастап қолданылады.',
    'Возраст по ИИН {age}: категория действует с {min} лет.',
  ),
  possibleRepeat: t(
    'Осы ЖСН бойынша осы мәселе саласында бұрынғы жазбалар бар ({count}): бұл сол бір мәселе ме — тексеріңіз.',
    'По этому ИИН есть прежние записи в той же области вопросов ({count}): проверьте, не тот же ли это вопрос.',
  ),
  confirmedRepeat: t(
    'Адвокат бұл мәселе бойынша көмек бұрын көрсетілгенін растады ({ids}).',
    'Адвокат подтвердил, что помощь по этому вопросу уже оказывалась ({ids}).',
  ),
  noRepeat: t(
    'Осы ЖСН бойынша осы мәселе бойынша бұрын көмек көрсетілмеген.',
    'По этому ИИН помощь по этому вопросу ранее не оказывалась.',
  ),
  evidencePresent: t('Құжат ұсынылды: {label}.', 'Документ представлен: {label}.'),
  evidenceMissing: t('Құжат жоқ: {label}.', 'Нет документа: {label}.'),
  eligible: t(
    'Адамның мемлекет кепілдік берген заң көмегін алуға құқығы бар.',
    'Лицо имеет право на гарантированную государством юридическую помощь.',
  ),
};
