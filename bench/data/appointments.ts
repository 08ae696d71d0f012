/**
 * Deterministic appointment intakes (the defence register, MoJ order 1465) as the advocate
 * types them in: EZK requests and paper decrees, mostly criminal cases, in Kazakh or Russian,
 * spread over the working days of December 2024 – November 2026 like the consultations of
 * ../web/fixtures.ts, with people from the same kind of pool (valid IINs).
 */
import type {
  AppointmentIntakeInput,
  CaseKind,
} from '../../src-shared/contracts/entities/appointment';
import { rng, type Person } from '../web/fixtures';
import type { BenchCatalogue } from './catalogue';

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

// prettier-ignore
const BODIES = {
  kk: ['Алматы қаласы Полиция департаментінің Тергеу басқармасы',
    'Қарағанды облысы Полиция департаментінің Әділет аудандық полиция басқармасы',
    'Түркістан облысы бойынша Экономикалық тергеу департаменті',
    'Астана қаласы Сарыарқа аудандық соты',
    'Қызылорда облысы Жалағаш аудандық полиция бөлімі'],
  ru: ['Следственное управление Департамента полиции г. Астаны',
    'Медеуский районный суд г. Алматы',
    'Специализированный межрайонный суд по уголовным делам г. Шымкента',
    'Управление полиции Алмалинского района г. Алматы',
    'Специализированный административный суд г. Караганды'],
};
// prettier-ignore
const OFFICIALS = {
  kk: ['тергеуші, полиция капитаны Ғ. Б. Үсенов', 'анықтаушы, полиция аға лейтенанты Ә. Қ. Тоқтаров',
    'судья Е. Ә. Ғабдуллин', ''],
  ru: ['следователь СУ, майор полиции Ахметов А. Б.', 'дознаватель, капитан полиции Петров С. И.',
    'судья Сейітова Г. Н.', ''],
};
// prettier-ignore
const QUALIFICATIONS: Record<CaseKind, string[]> = {
  criminal: ['ҚК 188-бабының 2-бөлігі (ұрлық)', 'ч. 2 ст. 190 УК РК (мошенничество)',
    'ҚК 293-бабының 1-бөлігі (бұзақылық)', 'ч. 1 ст. 106 УК РК', 'ч. 3 ст. 188 УК РК'],
  'administrative-offence': ['ӘҚБтК 434-бабы', 'ст. 434 КоАП РК', 'ст. 73 КоАП РК'],
  civil: [''],
  administrative: [''],
};
const ASSIGNED_BY = {
  kk: 'Оспанова А. Б., заң консультациясының меңгерушісі',
  ru: 'Оспанова А. Б., заведующая юридической консультацией',
};
const NOTES = { kk: 'Қорғалушы күзетпен ұсталуда', ru: 'Подзащитный содержится под стражей' };

/** Monday–Friday, 1 December 2024 – 24 November 2026 (before the bench's "today"). */
export function workingDays(): string[] {
  const days: string[] = [];
  for (let t = Date.UTC(2024, 11, 1); t < Date.UTC(2026, 10, 25); t += 86_400_000) {
    const d = new Date(t);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) days.push(d.toISOString().slice(0, 10));
  }
  return days;
}

const daysBefore = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

/** The art. 26(3) category that fits the case and the client's status. */
function categoryFor(kind: CaseKind, statusId: string, cat: BenchCatalogue): string | null {
  const want =
    kind === 'administrative-offence'
      ? 'def.26-3-2.admin-offence'
      : kind === 'civil'
        ? 'def.26-3-3.civil-parties'
        : statusId === 'status.victim'
          ? 'def.26-3-1.victim'
          : statusId === 'status.witness-with-right-to-defence'
            ? 'def.26-3-1.witness-with-right-to-defence'
            : 'def.26-3-1.criminal-defence';
  return cat.defenceCategories.includes(want) ? want : null;
}

/** n intakes in chronological order, received 08:00–19:59 on working days. */
export function* appointmentIntakes(
  n: number,
  people: readonly Person[],
  cat: BenchCatalogue,
  seed = 1465,
): Generator<AppointmentIntakeInput> {
  const r = rng(seed);
  const days = workingDays();
  for (let i = 0; i < n; i++) {
    const pos = (i * days.length) / n;
    const day = days[Math.floor(pos)]!;
    const minutes = 480 + Math.floor((pos - Math.floor(pos)) * 720);
    const client = pick(r, people);
    const language = client.kazakh && r() < 0.8 ? 'kk' : 'ru';
    const roll = r();
    const kind: CaseKind =
      roll < 0.8 ? 'criminal' : roll < 0.92 ? 'administrative-offence' : 'civil';
    const statuses = cat.defence.statuses.filter((s) => s.caseKinds.includes(kind));
    const stages = cat.defence.stages.filter((s) => s.caseKinds.includes(kind));
    const statusId = pick(r, statuses).id;
    const source = r() < 0.7 ? 'ezk' : 'paper';
    const decreeDate = daysBefore(day, int(r, 0, 2));
    const intake: AppointmentIntakeInput = {
      source,
      receivedAt: `${day}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`,
      language,
      ezkNumber: source === 'ezk' ? `${day.slice(0, 4)}-${pad(int(r, 1, 999_999), 6)}` : '',
      decree: {
        number: `${int(r, 1, 99)}/${int(r, 100, 9999)}`,
        date: decreeDate,
        body: pick(r, BODIES[language]),
        official: pick(r, OFFICIALS[language]),
      },
      caseKind: kind,
      caseNumber:
        kind === 'criminal'
          ? `${day.slice(2, 4)}${pad(int(r, 1, 9999), 4)}0310${pad(int(r, 0, 99_999), 5)}`
          : `${pad(int(r, 1000, 9999), 4)}-${day.slice(2, 4)}-00-2/${pad(int(r, 1, 9999), 4)}`,
      client: { fullName: client.fullName, iin: client.iin },
      statusId,
      categoryId: categoryFor(kind, statusId, cat),
      eligibilityPack: cat.eligibilityPack,
      qualification: pick(r, QUALIFICATIONS[kind]),
      stageId: pick(r, stages).id,
      mandatoryGrounds: [],
      opposingParties: [],
    };
    if (source === 'paper') {
      intake.paperAssignment = {
        assignedBy: ASSIGNED_BY[language],
        assignedAt: `${day}T08:0${int(r, 0, 9)}`,
        number: String(int(r, 1, 400)),
      };
    }
    if (r() < 0.3) {
      const other = pick(r, people);
      if (other.iin !== client.iin) {
        intake.opposingParties = [{ fullName: other.fullName, iin: other.iin, statusId: '' }];
      }
    }
    if (r() < 0.1) intake.note = NOTES[language];
    yield intake;
  }
}
