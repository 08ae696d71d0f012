/**
 * One advocate's register as a deterministic stream of inputs, oldest first: consultations
 * (the register bench's generator, ../web/fixtures.ts: kk and ru names, valid IINs, issue areas
 * weighted from the eligibility pack) with advice of a realistic length, and appointments
 * (./appointments.ts). The same seed and size always give the same records, so the sync bench
 * and a later comparison (issue 10) can run on identical data.
 */
import type { AppointmentIntakeInput } from '../../src-shared/contracts/entities/appointment';
import type { ConsultationInput } from '../../src-shared/contracts/entities/consultation';
import { entries, makePool, rng } from '../web/fixtures';
import { appointmentIntakes } from './appointments';
import { benchCatalogue, type BenchCatalogue } from './catalogue';

export type RegisterItem =
  | { kind: 'consultation'; input: ConsultationInput }
  | { kind: 'appointment'; input: AppointmentIntakeInput };

export interface RegisterDataOptions {
  seed?: number;
  /** Share of appointments among the records (default 0.1). */
  appointmentShare?: number;
  catalogue?: BenchCatalogue;
}

// What advocates add after the first sentences of advice: where to go next, what to bring.
// prettier-ignore
const MORE_ADVICE = {
  kk: ['Іс бойынша сотқа дейінгі реттеу тәртібі түсіндірілді.',
    'Өтініш берушіге талап арыздың үлгісі берілді.',
    'Қажетті құжаттарды жинағаннан кейін қайта келу ұсынылды.',
    'Сот шешімін орындау тәртібі және сот орындаушысына жүгіну мүмкіндігі түсіндірілді.',
    'Тараптардың медиация арқылы татуласу мүмкіндігі түсіндірілді.',
    'Өтініш берушінің құқықтары мен міндеттері түсіндірілді.',
    'Азаматтық хал актілерін тіркеу органына жүгіну тәртібі айтылды.'],
  ru: ['Разъяснён порядок досудебного урегулирования спора.',
    'Заявителю выдан образец искового заявления.',
    'Рекомендовано обратиться повторно после сбора необходимых документов.',
    'Разъяснены порядок исполнения решения суда и возможность обращения к судебному исполнителю.',
    'Разъяснена возможность примирения сторон в порядке медиации.',
    'Разъяснены права и обязанности заявителя.',
    'Разъяснён порядок обращения в органы регистрации актов гражданского состояния.'],
};

const timeOf = (item: RegisterItem) =>
  item.kind === 'consultation' ? item.input.appliedAt : item.input.receivedAt;

/** `n` register inputs of one advocate in the order they were typed in (by date). */
export function* registerItems(n: number, opts: RegisterDataOptions = {}): Generator<RegisterItem> {
  const seed = opts.seed ?? 6;
  const cat = opts.catalogue ?? benchCatalogue();
  const nAppointments = Math.round(n * (opts.appointmentShare ?? 0.1));
  const nConsultations = n - nAppointments;
  const pool = makePool(n, seed);
  const r = rng(seed + 1);
  const consultations = entries(nConsultations, pool, cat, seed + 2);
  const appointments = appointmentIntakes(nAppointments, pool.adults, cat, seed + 3);

  const nextConsultation = (): RegisterItem | undefined => {
    const next = consultations.next();
    if (next.done) return undefined;
    const input = next.value;
    // The fixtures write 1–3 sentences; a real entry often says a little more (0–3 more).
    if (input.content) {
      const extra = Math.floor(r() * 4);
      const bank = MORE_ADVICE[input.language];
      for (let i = 0; i < extra; i++) input.content += ` ${bank[Math.floor(r() * bank.length)]}`;
    }
    return { kind: 'consultation', input };
  };
  const nextAppointment = (): RegisterItem | undefined => {
    const next = appointments.next();
    return next.done ? undefined : { kind: 'appointment', input: next.value };
  };

  // Both streams are chronological: merge them by date so numbers follow the calendar.
  let c = nextConsultation();
  let a = nextAppointment();
  while (c || a) {
    if (c && (!a || timeOf(c) <= timeOf(a))) {
      yield c;
      c = nextConsultation();
    } else if (a) {
      yield a;
      a = nextAppointment();
    }
  }
}
