/**
 * Golden cases of the fee engine: every file in golden/ is one situation of a claim, written
 * compactly (see `goldenCaseSchema`) with the amounts computed by hand in `why` — never pasted
 * from the engine. Adding a case is adding a file.
 *
 * How the compact form becomes a real engine input and real packs: A case reads like a lawyer's worked example: the work done, the packs, and the amounts
 * computed by hand in `why`. The builder fills what a case leaves out with the defaults below,
 * computes each item's minutes, night minutes and non-working-day flag the way the work log does
 * (work-time.ts with the shipped defence-register and calendar packs), and checks any the case
 * states, so a case can never describe work the app could not have logged.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { WorkItem } from '../../contracts/entities/appointment';
import { parseRulePack } from '../../rules/load-pack';
import type { CalendarPack, DefenceRegisterPack, MrpPack, RulePack } from '../../rules/pack-schema';
import type { TariffPack } from '../../rules/tariff-pack-schema';
import { nightMinutes, workMinutes } from '../appointments/work-time';
import { WorkingCalendar } from '../calendar/working-days';
import tariff2023 from '../../rules/packs/kz-sgla-tariff.2023.json';
import tariff2025 from '../../rules/packs/kz-sgla-tariff.2025.json';
import { loadShippedPacks } from '../../rules/shipped-packs';
import { calculateClaim } from './calculate';
import { replayCalculation } from './replay';
import type { FeeClaimInput, FeeLine, FeePacks } from './types';

const time = z.string().regex(/^\d{2}:\d{2}$/);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const workSchema = z.strictObject({
  id: z.string(),
  date,
  startedAt: time,
  endedAt: time,
  actionId: z.string().default('action.interrogation'),
  /** Stated for the reader; checked against the night period (22:00–06:00). */
  nightMinutes: z.number().int().optional(),
  /** Stated for the reader; checked against the calendar pack. */
  nonWorkingDay: z.boolean().optional(),
  travelMinutes: z.number().int().positive().optional(),
  withdrawn: z.boolean().default(false),
});

const inputSchema = z.strictObject({
  kind: z.enum(['defence', 'consultation']),
  appointment: z
    .strictObject({
      caseKind: z
        .enum(['criminal', 'administrative-offence', 'civil', 'administrative'])
        .default('criminal'),
      stageId: z.string().default('stage.pre-trial'),
      statusId: z.string().default('status.suspect'),
      mandatoryGrounds: z.array(z.string()).default([]),
      work: z.array(workSchema).default([]),
    })
    .optional(),
  /** Default: every work item of the appointment, in the order given. */
  workItemIds: z.array(z.string()).optional(),
  feeCategoryId: z.string().optional(),
  consultations: z
    .array(
      z.strictObject({
        id: z.string(),
        date,
        startedAt: time,
        endedAt: time,
        person: z.string(),
        status: z.string().default('given'),
      }),
    )
    .default([]),
  expenses: z
    .array(
      z.strictObject({
        id: z.string(),
        typeId: z.string(),
        date,
        amountTiyn: z.number().int().optional(),
        days: z.number().int().optional(),
      }),
    )
    .default([]),
  /** Default: the latest date of the claim's work, consultations and expenses. */
  applicationDate: date.optional(),
  priorPaidMinutesByDay: z.record(z.string(), z.number().int()).default({}),
  priorPersonMinutes: z.record(z.string(), z.number().int()).default({}),
});

const patch = z.record(z.string(), z.unknown());
const packsSchema = z.union([
  z.literal('shipped'),
  z.strictObject({
    /** The tariff packs: shipped editions, each changed by a deep-merge patch (arrays replace). */
    tariffs: z
      .array(z.strictObject({ edition: z.enum(['2023', '2025']), patch: patch.default({}) }))
      .optional(),
    /** The МРП values, when not the shipped pack's. */
    mrp: z
      .array(z.strictObject({ id: z.string(), effectiveFrom: date, amount: z.number().int() }))
      .optional(),
  }),
]);

const partSchema = z.strictObject({
  minutes: z.number().int(),
  factor: z.number(),
  amountTiyn: z.number().int(),
});

const goldenCaseSchema = z.strictObject({
  name: z.string().min(3),
  why: z.string().min(20),
  input: inputSchema,
  packs: packsSchema,
  expect: z.strictObject({
    lines: z.array(
      z.strictObject({
        ref: z.string(),
        minutes: z.number().int().optional(),
        paidMinutes: z.number().int(),
        feeCategoryId: z.string().nullable().optional(),
        tierId: z.string().nullable().optional(),
        rateMrp: z.number().optional(),
        /** The МРП amount used (₸), null when none. */
        mrp: z.number().int().nullable().optional(),
        mrpDate: date.optional(),
        /** "id@version" of the tariff pack, null when none. */
        tariffPack: z.string().nullable().optional(),
        parts: z.array(partSchema).optional(),
        cappedBy: z
          .strictObject({
            perPerson: z.number().int().optional(),
            perDay: z.number().int().optional(),
          })
          .nullable()
          .optional(),
        itemIdsInclude: z.array(z.string()).optional(),
        amountTiyn: z.number().int(),
      }),
    ),
    totals: z.strictObject({
      minutes: z.number().int(),
      paidMinutes: z.number().int(),
      feeTiyn: z.number().int(),
      expensesTiyn: z.number().int(),
      totalTiyn: z.number().int(),
    }),
    problems: z.array(z.record(z.string(), z.unknown())),
  }),
});
type GoldenCase = z.output<typeof goldenCaseSchema>;

function deepMerge(base: unknown, change: unknown): unknown {
  if (
    typeof base !== 'object' ||
    base === null ||
    Array.isArray(base) ||
    typeof change !== 'object' ||
    change === null ||
    Array.isArray(change)
  ) {
    return change;
  }
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(change)) out[k] = deepMerge(out[k], v);
  return out;
}

/** A pack through the same loader a collegium's file goes through (shape and integrity). */
function load(json: unknown): RulePack {
  const r = parseRulePack(JSON.stringify(json));
  if (!r.ok) throw new Error(`golden pack is invalid: ${JSON.stringify(r.error)}`);
  return r.pack;
}

interface GoldenContext {
  shipped: readonly RulePack[];
  /** The shipped tariff files as JSON, by edition, for patches. */
  tariffJson: Record<'2023' | '2025', unknown>;
}

function packsOf(c: GoldenCase, ctx: GoldenContext): FeePacks {
  const shippedTariffs = ctx.shipped.filter((p): p is TariffPack => p.kind === 'tariff');
  const shippedMrp = ctx.shipped.filter((p): p is MrpPack => p.kind === 'mrp');
  if (c.packs === 'shipped') return { tariffs: shippedTariffs, mrp: shippedMrp };
  const tariffs = c.packs.tariffs
    ? c.packs.tariffs.map((t) => load(deepMerge(ctx.tariffJson[t.edition], t.patch)) as TariffPack)
    : shippedTariffs;
  const values = c.packs.mrp;
  const mrp = values
    ? [
        load({
          format: 1,
          id: 'kz-mrp-golden',
          kind: 'mrp',
          version: 1,
          effectiveFrom: values.map((v) => v.effectiveFrom).sort()[0],
          effectiveTo: null,
          title: { kk: 'АЕК (сынақ)', ru: 'МРП (тест)' },
          publisher: 'golden case',
          publishedAt: '2026-01-01',
          values: values.map((v) => ({ ...v, source: { act: 'golden case' }, verified: false })),
        }) as MrpPack,
      ]
    : shippedMrp;
  return { tariffs, mrp };
}

function inputOf(c: GoldenCase, ctx: GoldenContext): FeeClaimInput {
  const calendar = new WorkingCalendar(
    ctx.shipped.find((p): p is CalendarPack => p.kind === 'calendar')!,
  );
  const night = ctx.shipped.find(
    (p): p is DefenceRegisterPack => p.kind === 'defence-register',
  )!.nightTime;
  const i = c.input;
  const work: WorkItem[] = (i.appointment?.work ?? []).map((w) => {
    const item: WorkItem = {
      id: w.id,
      date: w.date,
      actionId: w.actionId,
      startedAt: w.startedAt,
      endedAt: w.endedAt,
      note: '',
      ...(w.travelMinutes ? { travel: { destination: 'райцентр', minutes: w.travelMinutes } } : {}),
      minutes: workMinutes(w.startedAt, w.endedAt),
      nightMinutes: nightMinutes(w.startedAt, w.endedAt, night),
      nonWorkingDay: !calendar.isWorkingDay(w.date),
      calendarPack: { id: 'kz-calendar', version: 1 },
      loggedAt: `${w.date}T20:00:00.000Z`,
      ...(w.withdrawn ? { withdrawn: { at: `${w.date}T21:00:00.000Z`, reason: 'қате' } } : {}),
    };
    if (w.nightMinutes !== undefined && w.nightMinutes !== item.nightMinutes)
      throw new Error(
        `${c.name}: ${w.id} has ${item.nightMinutes} night minutes, not ${w.nightMinutes}`,
      );
    if (w.nonWorkingDay !== undefined && w.nonWorkingDay !== item.nonWorkingDay)
      throw new Error(`${c.name}: ${w.id} nonWorkingDay is ${item.nonWorkingDay} in the calendar`);
    return item;
  });
  const dates = [
    ...work.map((w) => w.date),
    ...i.consultations.map((x) => x.date),
    ...i.expenses.map((x) => x.date),
  ].sort();
  const a = i.appointment;
  return {
    kind: i.kind,
    ...(a
      ? {
          appointment: {
            id: 'a1',
            label: '1/2026',
            caseKind: a.caseKind,
            stageId: a.stageId,
            statusId: a.statusId,
            mandatoryGrounds: a.mandatoryGrounds,
            decreeDate: dates[0] ?? '2026-01-01',
            receivedDate: dates[0] ?? '2026-01-01',
            endDate: null,
            work,
          },
          workItemIds: i.workItemIds ?? work.map((w) => w.id),
        }
      : {}),
    consultations: i.consultations.map((x) => ({
      id: x.id,
      label: x.id,
      date: x.date,
      startedAt: x.startedAt,
      endedAt: x.endedAt,
      minutes: workMinutes(x.startedAt, x.endedAt),
      status: x.status,
      personKey: x.person,
    })),
    ...(i.feeCategoryId ? { feeCategoryId: i.feeCategoryId } : {}),
    expenses: i.expenses,
    applicationDate: i.applicationDate ?? dates[dates.length - 1] ?? '2026-01-01',
    priorPaidMinutesByDay: i.priorPaidMinutesByDay,
    priorPersonMinutes: i.priorPersonMinutes,
  };
}

const ctx: GoldenContext = {
  shipped: loadShippedPacks(),
  tariffJson: { '2023': tariff2023, '2025': tariff2025 },
};

// tsconfig.shared.json has no Node types and ESLint keeps Node imports out of src-shared, for
// good reason in app code; a test may still read its own data folder, so it asks Node for fs
// at run time (process.getBuiltinModule, Node ≥ 20.16) instead of importing it.
interface Fs {
  readdirSync(path: URL): string[];
  readFileSync(path: URL, encoding: 'utf8'): string;
}
const fs = (
  globalThis as unknown as { process: { getBuiltinModule(id: 'node:fs'): Fs } }
).process.getBuiltinModule('node:fs');
const folder = new URL('./golden/', (import.meta as unknown as { url: string }).url);
const files = fs
  .readdirSync(folder)
  .filter((f) => f.endsWith('.json'))
  .sort();

/** The fields a case states about a line, taken from the engine's line. */
function shown(line: FeeLine, expected: GoldenCase['expect']['lines'][number]) {
  const all: Record<string, unknown> = {
    ref: line.ref,
    minutes: line.minutes,
    paidMinutes: line.paidMinutes,
    feeCategoryId: line.feeCategoryId,
    tierId: line.tierId,
    rateMrp: line.rateMrp,
    mrp: line.mrp?.amount ?? null,
    mrpDate: line.mrp?.date,
    tariffPack: line.tariffPack ? `${line.tariffPack.id}@${line.tariffPack.version}` : null,
    parts: line.parts.map((p) => ({
      minutes: p.minutes,
      factor: p.factor,
      amountTiyn: p.amountTiyn,
    })),
    cappedBy: line.cappedBy ?? null,
    itemIdsInclude: expected.itemIdsInclude?.filter((id) => line.itemIds.includes(id)),
    amountTiyn: line.amountTiyn,
  };
  return Object.fromEntries(Object.keys(expected).map((k) => [k, all[k]]));
}

describe('fee engine — golden cases', () => {
  it('has the cases the claims need (at least forty)', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  for (const file of files) {
    const golden = goldenCaseSchema.parse(
      JSON.parse(fs.readFileSync(new URL(file, folder.href), 'utf8')),
    );
    it(`${file}: ${golden.name}`, () => {
      const input = inputOf(golden, ctx);
      const packs = packsOf(golden, ctx);
      const calc = calculateClaim(input, packs);
      expect(calc.lines.map((l) => l.ref)).toEqual(golden.expect.lines.map((l) => l.ref));
      calc.lines.forEach((line, i) => {
        const expected = golden.expect.lines[i]!;
        expect(shown(line, expected)).toEqual(expected);
      });
      expect(calc.totals).toEqual(golden.expect.totals);
      expect(calc.problems).toEqual(golden.expect.problems);
      // A stored calculation replays to itself, also after a JSON round trip (storage).
      const stored = JSON.parse(JSON.stringify(calc)) as typeof calc;
      expect(replayCalculation(input, stored, packs)).toEqual({ same: true, differences: [] });
    });
  }
});
