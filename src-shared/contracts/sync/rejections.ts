/**
 * Why the office server did not take a change: a closed list of codes, each with the text an
 * advocate reads in the quarantine list (docs/sync.md). The texts say what happened and what to
 * do, in plain words; the code is for the program and the logs.
 */

export const rejectionCodes = [
  /** The entity is not kept on the server (device-local data such as installed rule packs). */
  'unknown-entity',
  /** The record misses the fields every row of its kind has, or its version is not base + 1. */
  'invalid-record',
  /** The role may not write (staff), or the record is another advocate's or another office's. */
  'forbidden',
  /** The record names another advocate as its owner (a laptop signed in as someone else). */
  'wrong-owner',
  /** Built on a version the server does not have (an earlier change was lost or refused). */
  'version-gap',
  /** The record's JSON is larger than MAX_RECORD_BYTES. */
  'record-too-large',
  /** record.id differs from the op's entityId. */
  'id-mismatch',
] as const;
export type RejectionCode = (typeof rejectionCodes)[number];

export interface ReasonText {
  kk: string;
  ru: string;
  en: string;
}

export const rejectionReasons: Record<RejectionCode, ReasonText> = {
  'unknown-entity': {
    kk: 'Мұндай жазбалар консультация серверіне жіберілмейді. Жазба осы компьютерде сақталған.',
    ru: 'Такие записи не передаются на сервер консультации. Запись сохранена на этом компьютере.',
    en: 'Records of this kind are not kept on the office server. The record is kept on this computer.',
  },
  'invalid-record': {
    kk: 'Жазба толық емес немесе бүлінген, сондықтан сервер оны сақтай алмады. Жазбаны ашып, өрістерін тексеріп, қайта сақтаңыз.',
    ru: 'Запись неполная или повреждена, поэтому сервер не смог её сохранить. Откройте запись, проверьте поля и сохраните снова.',
    en: 'The record is incomplete or damaged, so the server could not save it. Open it, check the fields and save it again.',
  },
  forbidden: {
    kk: 'Бұл жазбаны өзгертуге құқығыңыз жоқ: ол басқа адвокатқа немесе басқа консультацияға тиесілі, не сіздің рөліңіз өзгертуге рұқсат бермейді.',
    ru: 'У вас нет права изменять эту запись: она принадлежит другому адвокату или другой консультации, либо ваша роль не позволяет вносить изменения.',
    en: 'You may not change this record: it belongs to another advocate or another office, or your role does not allow changes.',
  },
  'wrong-owner': {
    kk: 'Жазба басқа адвокаттың атынан жасалған. Оны тек осы журналды жүргізетін адвокат жібере алады.',
    ru: 'Запись сделана от имени другого адвоката. Отправить её может только адвокат, который ведёт этот журнал.',
    en: "The record was made in another advocate's name. Only the advocate who keeps this register can send it.",
  },
  'version-gap': {
    kk: 'Бұл жазбаның алдыңғы өзгерісі серверге жетпеді, сондықтан бұл өзгерісті қосу мүмкін емес. Сервердегі нұсқа сақталған: салыстырып, өзгерісті қайта енгізіңіз.',
    ru: 'Предыдущее изменение этой записи не дошло до сервера, поэтому это изменение нельзя добавить. Версия на сервере сохранена: сверьте и внесите изменение заново.',
    en: 'An earlier change to this record did not reach the server, so this change cannot be added. The server keeps its version: compare and enter the change again.',
  },
  'record-too-large': {
    kk: 'Жазба жіберу үшін тым үлкен. Ол осы компьютерде сақталған; әкімшіге хабарлаңыз.',
    ru: 'Запись слишком большая для отправки. Она сохранена на этом компьютере; сообщите администратору.',
    en: 'The record is too large to send. It is kept on this computer; tell the administrator.',
  },
  'id-mismatch': {
    kk: 'Жазбаның нөмірі (идентификаторы) жіберілген өзгеріске сәйкес келмейді. Бұл бағдарлама қатесі: әкімшіге хабарлаңыз.',
    ru: 'Идентификатор записи не совпадает с отправленным изменением. Это ошибка программы: сообщите администратору.',
    en: "The record's identifier does not match the change that was sent. This is a program error: tell the administrator.",
  },
};

/** Not a rejection: the change is kept beside the server's version for the people involved. */
export const conflictReason: ReasonText = {
  kk: 'Бұл жазба бір мезгілде басқа компьютерде өзгертілді. Екі нұсқа да сақталған: оларды салыстырып, қайсысы қалатынын таңдаңыз.',
  ru: 'Эта запись одновременно изменена на другом компьютере. Обе версии сохранены: сравните их и выберите, какая останется.',
  en: 'This record was changed on another computer at the same time. Both versions are kept: compare them and choose which one stays.',
};
