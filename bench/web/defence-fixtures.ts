/**
 * Deterministic, realistic appointments for the notice-batch figure (issue 5: "a batch of 200
 * notices into one PDF"): people from the register fixtures' pool (Kazakh and Russian names,
 * valid IINs), a mix of EZK and paper decrees, criminal, administrative-offence and civil
 * cases, each appointment in Kazakh or Russian with one notice. Ids come from the shipped
 * defence-register pack, so labels are the real ones.
 */
import type {
  Appointment,
  AppointmentSource,
  CaseKind,
} from '../../src-shared/contracts/entities/appointment';
import type { DefenceRegisterPack } from '../../src-shared/rules/pack-schema';
import { makePool, rng } from './fixtures';

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

// prettier-ignore
const BODIES = [
  'Алматы қаласы Полиция департаментінің Тергеу басқармасы',
  'Следственное управление Департамента полиции г. Астаны',
  'Медеуский районный суд г. Алматы',
  'Қарағанды облысы Полиция департаментінің Әділет аудандық полиция басқармасы',
  'Специализированный межрайонный суд по уголовным делам г. Шымкента',
  'Түркістан облысы бойынша Экономикалық тергеу департаменті',
];
// prettier-ignore
const OFFICIALS = [
  'тергеуші, полиция капитаны Һ. Ғ. Үсенов', 'следователь СУ, майор полиции Ахметов А. Б.',
  'судья Ғабдуллин Е. Ә.', 'анықтаушы, полиция аға лейтенанты Ә. Қ. Тоқтаров', '',
];
// prettier-ignore
const QUALIFICATIONS = [
  'ҚК 188-бабының 2-бөлігі (ұрлық), орташа ауырлықтағы', 'ч. 2 ст. 190 УК РК (мошенничество)',
  'ҚК 293-бабының 1-бөлігі (бұзақылық)', 'ч. 1 ст. 106 УК РК', 'ст. 434 КоАП РК', '',
];

export function noticeAppointments(n: number, pack: DefenceRegisterPack, seed = 1465) {
  const r = rng(seed);
  const { adults } = makePool(n, seed);
  const out: Appointment[] = [];
  for (let i = 0; i < n; i++) {
    const person = adults[i % adults.length]!;
    const kind: CaseKind = r() < 0.8 ? 'criminal' : r() < 0.5 ? 'administrative-offence' : 'civil';
    const statuses = pack.statuses.filter((s) => s.caseKinds.includes(kind));
    const stages = pack.stages.filter((s) => s.caseKinds.includes(kind));
    const source: AppointmentSource = r() < 0.7 ? 'ezk' : 'paper';
    const day = 1 + (i % 28);
    const date = `2026-11-${pad(day)}`;
    const language = person.kazakh && r() < 0.8 ? 'kk' : 'ru';
    const body = pick(r, BODIES);
    out.push({
      id: `bench-appointment-${i + 1}`,
      version: 1,
      advocateId: 'adv-bench',
      year: 2026,
      number: i + 1,
      state: 'accepted',
      caseGroupId: `bench-appointment-${i + 1}`,
      source,
      receivedAt: `${date}T${pad(8 + (i % 12))}:${pad((i * 7) % 60)}`,
      language,
      ezkNumber: source === 'ezk' ? `2026-${pad(i + 1, 6)}` : '',
      decree: { number: String(100 + i), date, body, official: pick(r, OFFICIALS) },
      ...(source === 'paper'
        ? {
            paperAssignment: {
              assignedBy: 'Оспанова А. Б., заң консультациясының меңгерушісі',
              assignedAt: `${date}T08:05`,
              number: String(i + 1),
            },
          }
        : {}),
      caseKind: kind,
      caseNumber:
        kind === 'criminal' ? `2611000310${pad(i + 1, 5)}` : `7599-26-00-2/${pad(i + 1, 4)}`,
      client: { fullName: person.fullName, iin: person.iin },
      statusId: pick(r, statuses).id,
      categoryId: null,
      qualification: kind === 'civil' ? '' : pick(r, QUALIFICATIONS),
      stageId: pick(r, stages).id,
      mandatoryGrounds: [],
      opposingParties: [],
      previousAdvocate: '',
      replacementReasonId: '',
      replacementNote: '',
      note: '',
      notices: [
        {
          id: `bench-notice-${i + 1}`,
          number: i + 1,
          year: 2026,
          date,
          addressee: body,
          createdAt: `${date}T04:00:00.000Z`,
        },
      ],
      notifications: [],
      work: [],
      createdAt: `${date}T04:00:00.000Z`,
      updatedAt: `${date}T04:00:00.000Z`,
    });
  }
  return out;
}
