import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DefenceRegisterPack, EligibilityPack } from '../../../src-shared/rules/pack-schema';
import { loadShippedPacks } from '../../../src-shared/rules/shipped-packs';
import { inLabelOrder, reportLabelsFromPacks } from '../../documents/report-doc-parts';
import { inPackOrder, screenLabels } from './report-labels';

const packs = loadShippedPacks();
const eligibility = packs.filter((p): p is EligibilityPack => p.kind === 'eligibility');
const defence = packs.find((p): p is DefenceRegisterPack => p.kind === 'defence-register')!;

describe('the screen’s labels are the printout’s', () => {
  it('has the same names, in the same order, as the monthly report PDF', () => {
    const screen = screenLabels(eligibility, defence);
    const printed = reportLabelsFromPacks(eligibility, defence);
    for (const k of ['categories', 'issueAreas', 'declineGrounds', 'stages'] as const) {
      expect(screen[k]).toEqual(printed[k]);
      expect(Object.keys(screen[k])).toEqual(Object.keys(printed[k]));
    }
    // Whichever order the packs come in.
    expect(screenLabels([...eligibility].reverse(), defence)).toEqual(screen);
    expect(Object.keys(screen.categories).length).toBeGreaterThan(0);
  });

  it('has no names without a defence pack, but still the eligibility ones', () => {
    const screen = screenLabels(eligibility, null);
    expect(screen.stages).toEqual({});
    expect(screen.declineGrounds).toEqual({});
    expect(screen.categories).toEqual(reportLabelsFromPacks(eligibility, defence).categories);
  });

  it('orders rows as the printout does: pack order, unknown ids after, none last', () => {
    const labels = screenLabels(eligibility, defence).stages;
    const ids = [...Object.keys(labels), 'stage.unknown-1', 'stage.unknown-2', null];
    fc.assert(
      fc.property(
        fc.shuffledSubarray(ids).map((picked) => picked.map((id, n) => ({ id, count: n + 1 }))),
        (rows) => {
          expect(inPackOrder(rows, labels)).toEqual(inLabelOrder(rows, labels));
          const sorted = inPackOrder(rows, labels);
          if (sorted.some((r) => r.id === null)) expect(sorted.at(-1)!.id).toBeNull();
        },
      ),
    );
  });
});
