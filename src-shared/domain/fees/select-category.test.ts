import { describe, expect, it } from 'vitest';
import { loadShippedPacks } from '../../rules/shipped-packs';
import type { TariffPack } from '../../rules/tariff-pack-schema';
import { categoryCandidates, feeCategoryFor, type CategoryFacts } from './select-category';

const tariffs = loadShippedPacks().filter((p): p is TariffPack => p.kind === 'tariff');
const v1 = tariffs.find((p) => p.version === 1)!;
const v2 = tariffs.find((p) => p.version === 2)!;

const pretrial: CategoryFacts = {
  service: 'defence',
  caseKind: 'criminal',
  stageId: 'stage.pre-trial',
  statusId: 'status.suspect',
  mandatoryGrounds: [],
};
const gravity = [
  'fee.criminal.especially-grave',
  'fee.criminal.grave-medium',
  'fee.criminal.minor',
];

function picked(pack: TariffPack, facts: CategoryFacts, chosen?: string) {
  const r = feeCategoryFor(pack, facts, chosen);
  if (!r.ok) throw new Error(`expected a category, got ${r.code}`);
  return { id: r.category.id, tier: r.tier.id, rate: r.tier.mrpPerHour, ignored: r.ignoredChoice };
}

describe('feeCategoryFor', () => {
  it('needs the advocate to choose the gravity at pre-trial, and lists the choices', () => {
    expect(feeCategoryFor(v2, pretrial)).toEqual({
      ok: false,
      code: 'category-needed',
      candidates: gravity,
    });
    expect(categoryCandidates(v2, pretrial).map((c) => c.id)).toEqual(gravity);
  });

  it('takes the chosen gravity, at the rate of the edition', () => {
    expect(picked(v1, pretrial, 'fee.criminal.grave-medium')).toMatchObject({
      tier: 'tier.2',
      rate: 0.78,
    });
    expect(picked(v2, pretrial, 'fee.criminal.grave-medium')).toMatchObject({
      tier: 'tier.2',
      rate: 2.2,
    });
    expect(picked(v2, pretrial, 'fee.criminal.minor')).toMatchObject({ tier: 'tier.3', rate: 1.8 });
  });

  it('refuses a choice that does not apply (another kind of case, or an unknown id)', () => {
    expect(feeCategoryFor(v2, pretrial, 'fee.admin-offence')).toEqual({
      ok: false,
      code: 'category-not-applicable',
      categoryId: 'fee.admin-offence',
      candidates: gravity,
    });
    expect(feeCategoryFor(v2, pretrial, 'fee.nonexistent')).toMatchObject({
      ok: false,
      code: 'category-not-applicable',
    });
  });

  it('pays appeal and cassation at tier I whatever gravity was chosen', () => {
    const appeal = { ...pretrial, stageId: 'stage.appeal' };
    expect(picked(v2, appeal)).toEqual({
      id: 'fee.criminal.higher-instance',
      tier: 'tier.1',
      rate: 3,
      ignored: undefined,
    });
    expect(picked(v2, { ...pretrial, stageId: 'stage.cassation' }, 'fee.criminal.minor')).toEqual({
      id: 'fee.criminal.higher-instance',
      tier: 'tier.1',
      rate: 3,
      ignored: 'fee.criminal.minor',
    });
  });

  it('pays the defence of a minor (UPK 67(1)(2)) at tier I at any stage', () => {
    const minor = { ...pretrial, mandatoryGrounds: ['upk-67-1-1', 'upk-67-1-2'] };
    expect(picked(v1, minor, 'fee.criminal.minor')).toMatchObject({
      id: 'fee.criminal.vulnerable-client',
      rate: 1.15,
      ignored: 'fee.criminal.minor',
    });
    // Another ground (67(1)(1), say) is not a vulnerable client.
    expect(feeCategoryFor(v1, { ...pretrial, mandatoryGrounds: ['upk-67-1-1'] }).ok).toBe(false);
  });

  it('picks administrative-offence and civil categories without a choice', () => {
    const admin: CategoryFacts = {
      ...pretrial,
      caseKind: 'administrative-offence',
      stageId: 'stage.body-consideration',
    };
    expect(picked(v2, admin)).toMatchObject({ id: 'fee.admin-offence', tier: 'tier.3' });
    const civil: CategoryFacts = {
      ...pretrial,
      caseKind: 'civil',
      stageId: 'stage.first-instance',
    };
    expect(picked(v2, civil)).toMatchObject({ id: 'fee.civil-administrative', rate: 1.8 });
    const administrative: CategoryFacts = { ...civil, caseKind: 'administrative' };
    expect(picked(v1, administrative)).toMatchObject({
      id: 'fee.civil-administrative',
      rate: 0.56,
    });
  });

  it('treats ids the pack does not know as not matching', () => {
    const retrial = { ...pretrial, stageId: 'stage.retrial-of-a-newer-pack' };
    expect(feeCategoryFor(v2, retrial)).toMatchObject({ ok: false, code: 'category-needed' });
  });

  it('prices consultation by the single consultation category of each edition', () => {
    const consultation: CategoryFacts = {
      service: 'consultation',
      caseKind: null,
      stageId: '',
      statusId: '',
      mandatoryGrounds: [],
    };
    expect(picked(v1, consultation)).toMatchObject({ id: 'fee.consultation', rate: 0.56 });
    expect(picked(v2, consultation)).toMatchObject({ id: 'fee.consultation', rate: 1.35 });
    // A defence category never prices a consultation, whatever was chosen.
    expect(picked(v2, consultation, 'fee.criminal.minor').id).toBe('fee.consultation');
  });

  it('lets the automatic category with the highest rate win, not the first listed', () => {
    const cheaperFirst: TariffPack = {
      ...v2,
      feeCategories: [
        {
          ...v2.feeCategories.find((c) => c.id === 'fee.admin-offence')!,
          id: 'fee.test.pretrial-tier-2',
          tierId: 'tier.2',
          when: { caseKinds: ['criminal'], stageIds: ['stage.pre-trial'] },
        },
        ...v2.feeCategories,
      ],
    };
    expect(picked(cheaperFirst, pretrial).id).toBe('fee.test.pretrial-tier-2');
    const minor = { ...pretrial, mandatoryGrounds: ['upk-67-1-2'] };
    expect(picked(cheaperFirst, minor).id).toBe('fee.criminal.vulnerable-client');
  });

  it('checks stage and status conditions when a pack states them', () => {
    const witness: TariffPack = {
      ...v2,
      feeCategories: [
        ...v2.feeCategories,
        {
          ...v2.feeCategories[0]!,
          id: 'fee.test.witness',
          tierId: 'tier.4',
          when: { caseKinds: ['criminal'], statusIds: ['status.witness-with-right-to-defence'] },
        },
      ],
    };
    expect(
      picked(witness, { ...pretrial, statusId: 'status.witness-with-right-to-defence' }).id,
    ).toBe('fee.test.witness');
    expect(feeCategoryFor(witness, pretrial).ok).toBe(false);
  });
});
