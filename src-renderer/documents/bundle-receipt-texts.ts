/**
 * Fixed wording of the offline bundle receipt (docs/sync.md, "Offline bundles") in Kazakh and
 * Russian, one `BundleReceiptTexts` shape for both so neither falls behind. The receipt is the
 * office's own paper between the head and the advocate, not a form of the justice bodies.
 */
import type { StoredOutcome, SyncedEntityName } from '../../src-shared/contracts/sync/protocol';
import type { SigningKeyTrust } from '../../src-shared/sync/bundle';
import type { ReceiptOutcome } from '../bundle/receipt';
import { texts as sheetTexts, type SheetLocale } from './explanation-texts';

type Words<K extends string> = Record<K, string>;

export type ReceiptField =
  | 'bundleId'
  | 'fileName'
  | 'fileSha256'
  | 'advocate'
  | 'office'
  | 'createdAt'
  | 'importedAt'
  | 'importedBy'
  | 'signingKey'
  | 'officeKey'
  | 'serverRevision';

export interface BundleReceiptTexts {
  title: string;
  intro: string;
  fields: Words<ReceiptField>;
  /** How the server came to trust the advocate's key, after its id; `date` already printed. */
  keyTrust: (trust: SigningKeyTrust, date: string) => string;
  totalsTitle: string;
  totals: Words<ReceiptOutcome | 'total'>;
  columns: Words<'n' | 'record' | 'hash' | 'result'>;
  outcomes: Words<ReceiptOutcome>;
  /** A duplicate, by how its first delivery ended. */
  receivedEarlier: Words<StoredOutcome>;
  entities: Words<SyncedEntityName>;
  hashNote: string;
  againNote: string;
  signatures: Words<'head' | 'advocate'>;
  /** A name this device does not know. */
  unknown: string;
  page: (page: number, pages: number) => string;
}

export const bundleReceiptTexts: Record<SheetLocale, BundleReceiptTexts> = {
  kk: {
    title: 'Офлайн пакетті қабылдау туралы түбіртек',
    intro:
      'Адвокаттың компьютерінен USB-жинақтауышпен әкелінген пакет консультация серверіне жіберілді. Төменде пакеттегі әр жазбаның нәтижесі және оның SHA-256 хэші көрсетілген.',
    fields: {
      bundleId: 'Пакет идентификаторы',
      fileName: 'Файл атауы',
      fileSha256: 'Файлдың SHA-256 хэші',
      advocate: 'Адвокат',
      office: 'Заң консультациясы',
      createdAt: 'Пакет жасалған уақыт',
      importedAt: 'Серверге жіберілген уақыт',
      importedBy: 'Жіберген меңгеруші',
      signingKey: 'Адвокаттың қолтаңба кілті',
      officeKey: 'Консультация кілті',
      serverRevision: 'Сервер ревизиясы',
    },
    keyTrust: (t, date) =>
      t.registeredVia === 'owner'
        ? `адвокаттың өз компьютерінен тіркелген (${date})`
        : t.registeredNow
          ? 'осы жіберу кезінде алғаш рет тіркелді: идентификаторды адвокаттың компьютеріндегімен салыстырыңыз'
          : `алғашқы пакет бойынша тіркелген (${date})`,
    totalsTitle: 'Қорытынды',
    totals: {
      total: 'Пакеттегі жазбалар',
      accepted: 'қабылданды',
      duplicate: 'бұрын алынған (қайта сақталмады)',
      rejected: 'қабылданбады',
      conflict: 'қайшылық (екі нұсқа да сақталды)',
    },
    columns: { n: '№', record: 'Жазба', hash: 'Жазбаның SHA-256 хэші', result: 'Нәтиже' },
    outcomes: {
      accepted: 'Қабылданды',
      duplicate: 'Бұрын алынған',
      rejected: 'Қабылданбады',
      conflict: 'Қайшылық',
    },
    receivedEarlier: {
      accepted: 'Бұрын алынған, қабылданған',
      rejected: 'Бұрын алынған, қабылданбаған',
      conflict: 'Бұрын алынған, қайшылық',
    },
    entities: {
      consultation: 'Кеңес',
      appointment: 'Тағайындау',
      eligibilityCheck: 'Құқықты тексеру',
      profile: 'Профиль',
      rosterMember: 'Тізімдегі адвокат',
      dutySchedule: 'Кезекшілік кестесі',
      scheduleAck: 'Кестемен танысу',
      distribution: 'Тағайындауды тапсыру',
      distributionAnswer: 'Тапсыруға жауап',
      feeClaim: 'Ақы төлеу туралы өтініш',
    },
    hashNote:
      'Хэш — жазбаның пакеттегі күйінің SHA-256 мәні (канондық JSON). Оны адвокаттың компьютеріндегі жазбамен салыстыруға болады; түбіртекте жазбалардың мазмұны жоқ.',
    againNote:
      'Осы файлды қайта жіберу ештеңені өзгертпейді: сервер әр өзгерісті бір рет қана сақтайды.',
    signatures: { head: 'Меңгерушінің қолы', advocate: 'Түбіртекті алған адвокаттың қолы' },
    unknown: '—',
    page: sheetTexts.kk.page,
  },
  ru: {
    title: 'Квитанция о приёме офлайн-пакета',
    intro:
      'Пакет, доставленный с компьютера адвоката на USB-накопителе, передан на сервер консультации. Ниже — результат по каждой записи пакета и её хэш SHA-256.',
    fields: {
      bundleId: 'Идентификатор пакета',
      fileName: 'Имя файла',
      fileSha256: 'Хэш SHA-256 файла',
      advocate: 'Адвокат',
      office: 'Юридическая консультация',
      createdAt: 'Пакет создан',
      importedAt: 'Передан на сервер',
      importedBy: 'Передал заведующий',
      signingKey: 'Ключ подписи адвоката',
      officeKey: 'Ключ консультации',
      serverRevision: 'Ревизия сервера',
    },
    keyTrust: (t, date) =>
      t.registeredVia === 'owner'
        ? `зарегистрирован с компьютера адвоката (${date})`
        : t.registeredNow
          ? 'зарегистрирован впервые при этой передаче: сверьте идентификатор с компьютером адвоката'
          : `зарегистрирован по первому пакету (${date})`,
    totalsTitle: 'Итого',
    totals: {
      total: 'Записей в пакете',
      accepted: 'принято',
      duplicate: 'получено ранее (повторно не сохранено)',
      rejected: 'не принято',
      conflict: 'конфликт (сохранены обе версии)',
    },
    columns: { n: '№', record: 'Запись', hash: 'Хэш SHA-256 записи', result: 'Результат' },
    outcomes: {
      accepted: 'Принято',
      duplicate: 'Получено ранее',
      rejected: 'Не принято',
      conflict: 'Конфликт',
    },
    receivedEarlier: {
      accepted: 'Получено ранее, принято',
      rejected: 'Получено ранее, не принято',
      conflict: 'Получено ранее, конфликт',
    },
    entities: {
      consultation: 'Консультация',
      appointment: 'Назначение',
      eligibilityCheck: 'Проверка права',
      profile: 'Профиль',
      rosterMember: 'Адвокат в списке',
      dutySchedule: 'График дежурств',
      scheduleAck: 'Ознакомление с графиком',
      distribution: 'Передача назначения',
      distributionAnswer: 'Ответ на передачу',
      feeClaim: 'Заявление об оплате',
    },
    hashNote:
      'Хэш — значение SHA-256 записи в том виде, в каком она была в пакете (канонический JSON). Его можно сверить с записью на компьютере адвоката; содержания записей квитанция не раскрывает.',
    againNote:
      'Повторная передача этого файла ничего не меняет: сервер сохраняет каждое изменение только один раз.',
    signatures: {
      head: 'Подпись заведующего',
      advocate: 'Подпись адвоката, получившего квитанцию',
    },
    unknown: '—',
    page: sheetTexts.ru.page,
  },
};
