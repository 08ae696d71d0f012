/**
 * Fee claims for the fee document tests: a defence claim (pre-trial, December 2026, with a
 * night interrogation, a custody hearing on Independence Day and a Saturday visit) and a
 * consultation claim of five entries (November 2026, one person over the 2-hour cap).
 *
 * The calculations are worked out by hand here, not by the fee engine, so the documents are
 * tested against figures a person checked: tiyn = minutes × rate (МРП/h) × МРП × factor × 100 / 60,
 * rounded to the tiyn per part. Tariff pack kz-sgla-tariff v2 (from 05.10.2025), МРП 2026 = 4 325 ₸.
 *   Defence, fee.criminal.grave-medium → tier.2, 2,2 МРП/h = 9 515 ₸/h:
 *     14.12 21:10–00:40 interrogation  50 min × 1 = 7 929,17;  160 min night × 1,5 = 38 060,00
 *     15.12 10:00–11:30 custody visit  90 min = 14 272,50;  travel 60 min, not paid = 0,00
 *     16.12 15:00–16:20 restraint hearing (holiday)  80 min × 2 = 25 373,33
 *     18.12 11:00–12:45 confrontation  105 min = 16 651,25
 *     19.12 10:00–10:50 custody visit (Saturday)  50 min × 2 = 15 858,33
 *     21.12 14:00–17:30 case materials  210 min = 33 302,50
 *     22.12 09:30–10:40 motion  70 min = 11 100,83
 *     fee 162 547,91 + transport 4 850,00 = 167 397,91 ₸
 *   Consultation, fee.consultation → tier.4, 1,35 МРП/h = 5 838,75 ₸/h:
 *     45 min = 4 379,06; 90 min = 8 758,13; 60 min of which 30 paid (person cap) = 2 919,38;
 *     30 min = 2 919,38; 75 min = 7 298,44 → 26 274,39 ₸ (300 min, 270 paid)
 */
import type { FeeClaim } from '../../src-shared/contracts/entities/fee-claim';
import type { FeeCalculation, FeeLine, FeePart, WorkRef } from '../../src-shared/domain/fees/types';
import type { DefenceRegisterPack, MrpPack, PackRef } from '../../src-shared/rules/pack-schema';
import { loadShippedPacks } from '../../src-shared/rules/shipped-packs';
import type { TariffPack } from '../../src-shared/rules/tariff-pack-schema';
import { iin } from './defence-test-data';
import {
  feeDocLabels,
  type FeeApplicationInput,
  type FeeDocAdvocate,
  type FeeDocCase,
} from './fee-doc-input';

const packs = loadShippedPacks();
export const tariffs = packs.filter((p): p is TariffPack => p.kind === 'tariff');
export const tariff2025 = tariffs.find((p) => p.version === 2)!;
const mrpPack = packs.find((p): p is MrpPack => p.kind === 'mrp')!;
const defencePack = packs.find((p): p is DefenceRegisterPack => p.kind === 'defence-register')!;

const TARIFF: PackRef = { id: tariff2025.id, version: tariff2025.version };
const MRP: PackRef = { id: mrpPack.id, version: mrpPack.version };
const MRP_2026 = 4325;

/** Whether each pack item was checked against the official text, as the packs say. */
const t25 = tariff2025;
const verified = new Map<string, boolean>(
  [
    ...[...t25.tiers, ...t25.feeCategories, ...t25.surcharges, ...t25.activityRates],
    ...[...t25.expenseTypes, t25.billing, t25.mrpDate, t25.surchargeCombination, t25.travelTime],
    ...(t25.caps ? [t25.caps] : []),
    ...mrpPack.values,
  ].map((item) => [item.id, item.verified]),
);

export const advocate: FeeDocAdvocate = {
  fullName: 'Сәрсенбаев Нұрлан Қайратұлы',
  iin: iin(319),
  licenceNumber: '0001234',
  licenceDate: '2010-03-12',
  collegium: 'Алматы қалалық адвокаттар алқасы',
  office: '№ 5 заң консультациясы',
  phone: '+77011234567',
};

export const defenceCase: FeeDocCase = {
  clientName: 'Құдайбергенова Іңкәр Өмірзаққызы',
  clientIin: iin(7),
  caseNumber: 'ЕРДР № 261100031000123',
  body: 'Алматы қаласы Полиция департаментінің Тергеу басқармасы',
  stage: defencePack.stages.find((st) => st.id === 'stage.pre-trial')!.label,
  decreeNumber: '112',
  decreeDate: '2026-12-14',
};

const part = (
  minutes: number,
  factor: number,
  amountTiyn: number,
  ids: string[] = [],
): FeePart => ({
  minutes,
  factor,
  factorItemIds: ids,
  amountTiyn,
});
const NIGHT = 'surcharge.night';
const HOLIDAY = 'surcharge.non-working-day';

interface LineSpec {
  ref: WorkRef;
  kind: FeeLine['kind'];
  recordId: string;
  recordLabel: string;
  date: string;
  time: [string, string];
  activityId: string;
  minutes: number;
  parts: FeePart[];
  categoryId: string;
  tierId: string;
  rateMrp: number;
  cappedBy?: FeeLine['cappedBy'];
}

function line(s: LineSpec): FeeLine {
  const factorIds = s.parts.flatMap((p) => p.factorItemIds);
  const itemIds = [
    s.categoryId,
    s.tierId,
    tariff2025.billing.id,
    tariff2025.mrpDate.id,
    'mrp.2026',
    ...(tariff2025.caps ? [tariff2025.caps.id] : []),
    ...new Set(factorIds),
    ...(s.kind === 'travel' ? [tariff2025.travelTime.id] : []),
  ];
  return {
    ref: s.ref,
    kind: s.kind,
    recordId: s.recordId,
    recordLabel: s.recordLabel,
    date: s.date,
    startedAt: s.time[0],
    endedAt: s.time[1],
    activityId: s.activityId,
    minutes: s.minutes,
    paidMinutes: s.parts.reduce((sum, p) => sum + p.minutes, 0),
    ...(s.cappedBy ? { cappedBy: s.cappedBy } : {}),
    feeCategoryId: s.categoryId,
    tierId: s.tierId,
    rateMrp: s.rateMrp,
    parts: s.parts,
    mrp: { amount: MRP_2026, itemId: 'mrp.2026', date: s.date },
    amountTiyn: s.parts.reduce((sum, p) => sum + p.amountTiyn, 0),
    itemIds,
    unverifiedItemIds: itemIds.filter((id) => verified.get(id) === false),
    tariffPack: TARIFF,
    mrpPack: MRP,
  };
}

function calculation(lines: FeeLine[]): FeeCalculation {
  const sum = (ls: FeeLine[], f: (l: FeeLine) => number) => ls.reduce((s, l) => s + f(l), 0);
  const work = lines.filter((l) => l.kind !== 'expense');
  const feeTiyn = sum(work, (l) => l.amountTiyn);
  const expensesTiyn = sum(lines, (l) => (l.kind === 'expense' ? l.amountTiyn : 0));
  return {
    lines,
    problems: [],
    totals: {
      minutes: sum(work, (l) => l.minutes),
      paidMinutes: sum(work, (l) => l.paidMinutes),
      feeTiyn,
      expensesTiyn,
      totalTiyn: feeTiyn + expensesTiyn,
    },
    packs: [TARIFF, MRP],
    unverifiedItemIds: [...new Set(lines.flatMap((l) => l.unverifiedItemIds))].sort(),
  };
}

const APP = 'appointment-45';
const defenceLine = (
  item: string,
  date: string,
  time: [string, string],
  activityId: string,
  minutes: number,
  parts: FeePart[],
  kind: 'work' | 'travel' = 'work',
) =>
  line({
    ref: `${kind}:${APP}:${item}`,
    kind,
    recordId: APP,
    recordLabel: '45/2026',
    date,
    time,
    activityId,
    minutes,
    parts,
    categoryId: 'fee.criminal.grave-medium',
    tierId: 'tier.2',
    rateMrp: 2.2,
  });

/** The defence claim's work lines, in date order, as hand-worked above. */
export const defenceLines: FeeLine[] = [
  defenceLine('w1', '2026-12-14', ['21:10', '00:40'], 'action.interrogation', 210, [
    part(50, 1, 792_917),
    part(160, 1.5, 3_806_000, [NIGHT]),
  ]),
  defenceLine('w2', '2026-12-15', ['10:00', '11:30'], 'action.custody-visit', 90, [
    part(90, 1, 1_427_250),
  ]),
  // Travel time is shown but not paid (travelTime.paid: false in the pack).
  defenceLine('w2', '2026-12-15', ['08:50', '09:50'], 'action.custody-visit', 60, [], 'travel'),
  defenceLine('w3', '2026-12-16', ['15:00', '16:20'], 'action.restraint-hearing', 80, [
    part(80, 2, 2_537_333, [HOLIDAY]),
  ]),
  defenceLine('w4', '2026-12-18', ['11:00', '12:45'], 'action.confrontation', 105, [
    part(105, 1, 1_665_125),
  ]),
  defenceLine('w5', '2026-12-19', ['10:00', '10:50'], 'action.custody-visit', 50, [
    part(50, 2, 1_585_833, [HOLIDAY]),
  ]),
  defenceLine('w6', '2026-12-21', ['14:00', '17:30'], 'action.case-materials', 210, [
    part(210, 1, 3_330_250),
  ]),
  defenceLine('w7', '2026-12-22', ['09:30', '10:40'], 'action.motion-or-complaint', 70, [
    part(70, 1, 1_110_083),
  ]),
];

const transport: FeeLine = {
  ...line({
    ref: 'expense:exp-1',
    kind: 'expense',
    recordId: 'exp-1',
    recordLabel: '',
    date: '2026-12-15',
    time: ['', ''],
    activityId: 'expense.transport',
    minutes: 0,
    parts: [],
    categoryId: '',
    tierId: '',
    rateMrp: 0,
  }),
  feeCategoryId: null,
  tierId: null,
  mrp: null,
  amountTiyn: 485_000,
  itemIds: ['expense.transport'],
  unverifiedItemIds: ['expense.transport'],
};

const stored = {
  version: 2,
  advocateId: 'advocate-1',
  year: 2026,
  state: 'ready' as const,
  payments: [],
  history: [{ at: '2026-12-23T09:00:00+05:00', state: 'ready' as const }],
  readyAt: '2026-12-23T09:00:00+05:00',
  createdAt: '2026-12-22T18:00:00+05:00',
  updatedAt: '2026-12-23T09:00:00+05:00',
  note: '',
};

export const defenceClaim: FeeClaim & { calculation: FeeCalculation } = {
  ...stored,
  id: 'claim-7',
  number: 7,
  kind: 'defence',
  period: { from: '2026-12-14', to: '2026-12-22' },
  appointmentId: APP,
  workItemIds: ['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7'],
  consultationIds: [],
  feeCategoryId: 'fee.criminal.grave-medium',
  basisDocument: {
    typeId: 'basis.pretrial-decree',
    number: '78',
    date: '2026-12-23',
    issuedBy: 'Алматы қаласы Полиция департаментінің Тергеу басқармасы',
  },
  expenses: [
    {
      id: 'exp-1',
      typeId: 'expense.transport',
      date: '2026-12-15',
      description: 'Алматы – Қонаев – Алматы, уақытша ұстау изоляторы',
      amountTiyn: 485_000,
      document: { number: '0045871', date: '2026-12-15' },
    },
  ],
  justiceBody: 'Алматы қаласының Әділет департаменті',
  calculation: calculation([...defenceLines, transport]),
};

const consultationLine = (
  n: number,
  date: string,
  time: [string, string],
  minutes: number,
  paid: FeePart,
  cappedBy?: FeeLine['cappedBy'],
) =>
  line({
    ref: `consultation:cons-${n}`,
    kind: 'consultation',
    recordId: `cons-${n}`,
    recordLabel: `${n}/2026`,
    date,
    time,
    activityId: 'consultation',
    minutes,
    parts: [paid],
    categoryId: 'fee.consultation',
    tierId: 'tier.4',
    rateMrp: 1.35,
    ...(cappedBy ? { cappedBy } : {}),
  });

export const consultationClaim: FeeClaim & { calculation: FeeCalculation } = {
  ...stored,
  id: 'claim-8',
  number: 8,
  kind: 'consultation',
  period: { from: '2026-11-01', to: '2026-11-30' },
  appointmentId: '',
  workItemIds: [],
  consultationIds: ['cons-7', 'cons-8', 'cons-9', 'cons-10', 'cons-11'],
  feeCategoryId: '',
  basisDocument: {
    typeId: 'basis.consultation-act',
    number: '2026-11',
    date: '2026-11-30',
    issuedBy: '№ 5 заң консультациясы',
  },
  expenses: [],
  justiceBody: 'Алматы қаласының Әділет департаменті',
  calculation: calculation([
    consultationLine(7, '2026-11-03', ['09:10', '09:55'], 45, part(45, 1, 437_906)),
    consultationLine(8, '2026-11-05', ['10:00', '11:30'], 90, part(90, 1, 875_813)),
    // The same person again: 90 + 60 min is over the 120 min per person, 30 min are paid.
    consultationLine(9, '2026-11-12', ['14:00', '15:00'], 60, part(30, 1, 291_938), {
      perPerson: 30,
    }),
    consultationLine(10, '2026-11-19', ['11:00', '11:30'], 30, part(30, 1, 291_938)),
    consultationLine(11, '2026-11-26', ['15:00', '16:15'], 75, part(75, 1, 729_844)),
  ]),
};

export const labels = feeDocLabels(tariffs, defencePack);

export function applicationInput(
  claim: FeeClaim & { calculation: FeeCalculation },
  over: Partial<FeeApplicationInput> = {},
): FeeApplicationInput {
  return {
    claim,
    advocate,
    case: claim.kind === 'defence' ? defenceCase : null,
    labels,
    justiceBody: claim.justiceBody,
    tariff: tariff2025,
    packs: [...tariffs, mrpPack],
    attachedIds: claim.expenses.length > 0 ? ['attach.expense-documents'] : [],
    applicationDate: '2026-12-23',
    ...over,
  };
}

/** A long claim (`count` work lines, a night part every fifth): the table must run over pages. */
export function longClaim(count: number): FeeClaim & { calculation: FeeCalculation } {
  const lines = Array.from({ length: count }, (_, i) => {
    const day = `2026-12-${String(1 + (i % 28)).padStart(2, '0')}`;
    return i % 5 === 0
      ? defenceLine(`w${i}`, day, ['21:30', '23:00'], 'action.interrogation', 90, [
          part(30, 1, 475_750),
          part(60, 1.5, 1_427_250, [NIGHT]),
        ])
      : defenceLine(`w${i}`, day, ['10:00', '11:00'], 'action.case-materials', 60, [
          part(60, 1, 951_500),
        ]);
  });
  return {
    ...defenceClaim,
    id: 'claim-long',
    number: 9,
    expenses: [],
    calculation: calculation(lines),
  };
}
