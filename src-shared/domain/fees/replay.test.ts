import { describe, expect, it } from 'vitest';
import type { WorkItem } from '../../contracts/entities/appointment';
import type { MrpPack } from '../../rules/pack-schema';
import { loadShippedPacks } from '../../rules/shipped-packs';
import type { TariffPack } from '../../rules/tariff-pack-schema';
import { calculateClaim } from './calculate';
import { replayCalculation } from './replay';
import type { FeeCalculation, FeeClaimInput, FeePacks } from './types';

const shipped = loadShippedPacks();
const tariffs = shipped.filter((p): p is TariffPack => p.kind === 'tariff');
const v2 = tariffs.find((p) => p.version === 2)!;
const packs: FeePacks = {
  tariffs,
  mrp: shipped.filter((p): p is MrpPack => p.kind === 'mrp'),
};

const work = (id: string, date: string): WorkItem => ({
  id,
  date,
  actionId: 'action.interrogation',
  startedAt: '10:00',
  endedAt: '11:00',
  note: '',
  minutes: 60,
  nightMinutes: 0,
  nonWorkingDay: false,
  calendarPack: null,
  loggedAt: `${date}T20:00:00.000Z`,
});

const input: FeeClaimInput = {
  kind: 'defence',
  appointment: {
    id: 'a1',
    label: '3/2026',
    caseKind: 'criminal',
    stageId: 'stage.pre-trial',
    statusId: 'status.suspect',
    mandatoryGrounds: [],
    decreeDate: '2026-02-01',
    receivedDate: '2026-02-01',
    endDate: null,
    work: [work('w1', '2026-02-10'), work('w2', '2026-02-11')],
  },
  workItemIds: ['w1', 'w2'],
  feeCategoryId: 'fee.criminal.grave-medium',
  expenses: [{ id: 'e1', typeId: 'expense.per-diem', date: '2026-02-10', days: 1 }],
  applicationDate: '2026-02-20',
  priorPaidMinutesByDay: {},
  priorPersonMinutes: {},
};

/** A collegium's corrected 2025 edition: same dates, a higher version, tier II at 2,5 МРП. */
const corrected: TariffPack = {
  ...v2,
  version: 3,
  tiers: v2.tiers.map((t) => (t.id === 'tier.2' ? { ...t, mrpPerHour: 2.5 } : t)),
};

const stored = (): FeeCalculation => JSON.parse(JSON.stringify(calculateClaim(input, packs)));

describe('replayCalculation', () => {
  it('gives the stored calculation again, after a JSON round trip', () => {
    expect(replayCalculation(input, stored(), packs)).toEqual({ same: true, differences: [] });
  });

  it('keeps an old claim on the pack versions it recorded when a newer pack is installed', () => {
    const withCorrection: FeePacks = { ...packs, tariffs: [...tariffs, corrected] };
    // Priced today, the claim would use version 3 (2,5 МРП instead of 2,2) …
    const fresh = calculateClaim(input, withCorrection);
    expect(fresh.lines.find((l) => l.kind === 'work')!.rateMrp).toBe(2.5);
    // … but the stored one replays under versions 1 and 2 and is unchanged.
    expect(replayCalculation(input, stored(), withCorrection)).toEqual({
      same: true,
      differences: [],
    });
  });

  it('says which fields of which line differ when the stored calculation was altered', () => {
    const s = stored();
    const line = s.lines.find((l) => l.ref === 'work:a1:w1')!;
    line.amountTiyn += 100;
    s.totals.feeTiyn += 100;
    const r = replayCalculation(input, s, packs);
    expect(r.same).toBe(false);
    expect(r.differences).toEqual([
      'line work:a1:w1 amountTiyn: 951600 → 951500',
      `totals feeTiyn: ${s.totals.feeTiyn} → ${s.totals.feeTiyn - 100}`,
    ]);
  });

  it('reports a recorded pack that is no longer installed, and the lines it changes', () => {
    const withoutV2: FeePacks = { ...packs, tariffs: tariffs.filter((p) => p.version !== 2) };
    const r = replayCalculation(input, stored(), withoutV2);
    expect(r.same).toBe(false);
    expect(r.differences[0]).toBe('pack kz-sgla-tariff@2: not installed');
    expect(r.differences).toContain('line work:a1:w1 amountTiyn: 951500 → 0');
    expect(r.differences.some((d) => d.startsWith('problems: '))).toBe(true);
  });

  it('reports lines missing from the replay or added by it', () => {
    const s = stored();
    s.lines = s.lines.filter((l) => l.ref !== 'work:a1:w2');
    const r = replayCalculation(input, s, packs);
    expect(r.differences).toContain('line work:a1:w2: not in the stored calculation');
    const fewer = replayCalculation({ ...input, workItemIds: ['w1'] }, stored(), packs);
    expect(fewer.differences).toContain('line work:a1:w2: missing in the replay');
  });
});
