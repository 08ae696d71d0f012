/**
 * Fixed appointments, notices and work items for the notice and defence-register tests (and
 * their golden snapshots): built through the same schema the intake form uses, against the
 * shipped defence-register and eligibility packs. Names carry every Kazakh letter
 * (ә ғ қ ң ө ұ ү һ і), so a font or encoding slip shows in the read-back text.
 */
import {
  appointmentIntakeSchema,
  type Appointment,
  type AppointmentIntakeInput,
  type Notice,
  type WorkItem,
} from '../../src-shared/contracts/entities/appointment';
import { iinCheckDigit } from '../../src-shared/domain/iin/iin';
import type { DefenceRegisterPack, EligibilityPack } from '../../src-shared/rules/pack-schema';
import { loadShippedPacks } from '../../src-shared/rules/shipped-packs';
import type { NoticeDocInput } from './defence-notice';

const packs = loadShippedPacks();
export const defencePack = packs.find(
  (p): p is DefenceRegisterPack => p.kind === 'defence-register',
)!;
export const eligibilityPack = packs
  .filter((p): p is EligibilityPack => p.kind === 'eligibility')
  .sort((a, b) => b.version - a.version)[0]!;

export const PRINTED_AT = '2026-11-16T12:00:00+05:00';
export const AUDIT_HASH = '9f2c4e1ab37d05c8e6f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70';

export const advocate: NoticeDocInput['advocate'] = {
  fullName: 'Сәрсенбаев Нұрлан Қайратұлы',
  licenceNumber: '0001234',
  licenceDate: '2010-03-12',
  collegium: 'Алматы қалалық адвокаттар алқасы',
  office: '№ 5 заң консультациясы',
  phone: '+77011234567',
};

/** A valid IIN (born 1985) per seed: the check digit is computed, not made up. */
export function iin(seed: number): string {
  for (let s = seed; ; s += 1000) {
    const first11 = `8503${String(10 + (s % 18))}3${String(s % 10000).padStart(4, '0')}`;
    const check = iinCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}

const base: AppointmentIntakeInput = {
  source: 'ezk',
  receivedAt: '2026-11-14T18:20',
  language: 'kk',
  ezkNumber: '2026-004512',
  decree: {
    number: '45',
    date: '2026-11-14',
    body: 'Алматы қаласы Полиция департаментінің Тергеу басқармасы',
    official: 'тергеуші, полиция капитаны Һ. Ғ. Үсенов',
  },
  caseKind: 'criminal',
  caseNumber: '261100031000123',
  client: { fullName: 'Құдайбергенова Іңкәр Өмірзаққызы', iin: iin(7) },
  statusId: 'status.suspect',
  categoryId: 'def.26-3-1.criminal-defence',
  qualification: 'ҚК 188-бабының 2-бөлігі (ұрлық), орташа ауырлықтағы',
  stageId: 'stage.pre-trial',
};

/** A stored appointment: the intake through the schema, plus its place in the register. */
export function appointment(
  number: number,
  intake: Partial<AppointmentIntakeInput> = {},
  stored: Partial<Appointment> = {},
): Appointment {
  const fields = appointmentIntakeSchema.parse({ ...base, ...intake });
  return {
    ...fields,
    id: `appointment-${number}`,
    version: 1,
    advocateId: 'advocate-1',
    year: 2026,
    number,
    state: 'accepted',
    caseGroupId: `appointment-${number}`,
    notices: [],
    notifications: [],
    work: [],
    createdAt: '2026-11-14T13:20:00.000Z',
    updatedAt: '2026-11-14T13:20:00.000Z',
    ...stored,
  };
}

export function notice(number: number, addressee: string, date = '2026-11-15'): Notice {
  return {
    id: `notice-${number}`,
    number,
    year: 2026,
    date,
    addressee,
    createdAt: `${date}T04:00:00.000Z`,
  };
}

const toMinutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

/** A logged work item; night minutes and the non-working-day flag as the log computed them. */
export function workItem(
  id: string,
  date: string,
  actionId: string,
  startedAt: string,
  endedAt: string,
  extra: Partial<WorkItem> = {},
): WorkItem {
  const span = toMinutes(endedAt) - toMinutes(startedAt);
  return {
    id,
    date,
    actionId,
    startedAt,
    endedAt,
    note: '',
    minutes: span > 0 ? span : span + 24 * 60,
    nightMinutes: 0,
    nonWorkingDay: false,
    calendarPack: { id: 'kz-calendar', version: 1 },
    loggedAt: `${date}T12:00:00.000Z`,
    ...extra,
  };
}

/** The Kazakh notice: an EZK appointment, a suspect in a criminal case. */
export const kkAppointment = appointment(12, {}, { notices: [] });
export const kkNotice = notice(37, 'Алматы қаласы Полиция департаментінің Тергеу басқармасы');

/** The Russian notice: a paper decree assigned by the head, an accused at first instance. */
export const ruAppointment = appointment(13, {
  source: 'paper',
  language: 'ru',
  ezkNumber: '',
  receivedAt: '2026-11-15T09:10',
  paperAssignment: {
    assignedBy: 'Оспанова А. Б., заведующая юридической консультацией № 5',
    assignedAt: '2026-11-15T09:05',
    number: '17',
  },
  decree: {
    number: '2-118/2026',
    date: '2026-11-13',
    body: 'Медеуский районный суд г. Алматы',
    official: 'судья Ғабдуллин Е. Ә.',
  },
  client: { fullName: 'Иванов Пётр Сергеевич', iin: iin(21) },
  statusId: 'status.defendant',
  qualification: 'п. 2 ч. 2 ст. 190 УК РК (мошенничество)',
  stageId: 'stage.first-instance',
  caseNumber: '261100031000777',
});
export const ruNotice = notice(38, 'Судье Медеуского районного суда г. Алматы Ғабдуллину Е. Ә.');

export function noticeInput(a: Appointment, n: Notice): NoticeDocInput {
  const category = eligibilityPack.categories.find((c) => c.id === a.categoryId);
  return {
    appointment: { ...a, notices: [n] },
    notice: n,
    pack: defencePack,
    categoryLabel: category?.label ?? null,
    advocate,
    printedAt: PRINTED_AT,
  };
}
