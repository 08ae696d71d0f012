import { describe, expect, it } from 'vitest';
import { parseRulePack } from './load-pack';
import { checkPackIntegrity } from './pack-integrity';
import {
  defenceColumnKeys,
  defenceRegisterPackSchema,
  type DefenceRegisterPack,
  type EligibilityPack,
} from './pack-schema';
import defence from './packs/kz-defence-register.json';
import eligibilityV1 from './packs/kz-sgla-eligibility.v1.json';
import eligibilityV2 from './packs/kz-sgla-eligibility.v2.json';
import { loadShippedPacks } from './shipped-packs';

const pack = defenceRegisterPackSchema.parse(defence);

function items(p: DefenceRegisterPack) {
  return [
    ...p.columns,
    ...p.statuses,
    ...p.stages,
    ...p.actions,
    ...p.declineGrounds,
    ...p.replacementReasons,
    ...p.mandatoryGrounds,
    ...p.refusalNotAccepted,
    p.nightTime,
    p.notice,
    ...p.paidAdvocateSteps,
  ];
}

/** A pack with one change, checked for consistency. */
function issuesAfter(change: (p: DefenceRegisterPack) => void) {
  const copy = JSON.parse(JSON.stringify(pack)) as DefenceRegisterPack;
  change(copy);
  return checkPackIntegrity(copy).map((i) => i.message);
}

describe('kz-defence-register pack', () => {
  it('is shipped, valid and consistent', () => {
    const r = parseRulePack(JSON.stringify(defence));
    expect(r.ok).toBe(true);
    expect(checkPackIntegrity(pack)).toEqual([]);
    const shipped = loadShippedPacks().filter((p) => p.kind === 'defence-register');
    expect(shipped.map((p) => `${p.id}@${p.version}`)).toEqual(['kz-defence-register@1']);
    expect(pack).toMatchObject({
      effectiveFrom: '2018-10-22',
      effectiveTo: null,
      publisher: 'Qorgau (compiled from public sources)',
      publishedAt: '2026-11-25',
    });
  });

  it('uses every id once', () => {
    const ids = items(pack).map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('says where every item comes from, and why verified ones can be trusted', () => {
    for (const i of items(pack)) {
      expect(i.source.act, i.id).not.toBe('');
      expect(i.note, i.id).toBeTruthy();
      if (i.verified) expect(i.source.edition ?? i.source.url ?? i.note, i.id).toBeTruthy();
    }
  });

  it('has the eleven register columns in the order of the keys', () => {
    expect(pack.columns.map((c) => c.key)).toEqual([...defenceColumnKeys]);
    expect(pack.columns.every((c) => !c.verified)).toBe(true);
  });

  it('links statuses to defence categories that exist in the eligibility packs', () => {
    const eligibility = [eligibilityV1, eligibilityV2] as unknown as EligibilityPack[];
    const defenceCategories = new Set(
      eligibility
        .flatMap((e) => e.categories.filter((c) => c.service === 'defence'))
        .map((c) => c.id),
    );
    const v2 = new Set((eligibilityV2 as unknown as EligibilityPack).categories.map((c) => c.id));
    for (const s of pack.statuses) {
      if (s.categoryId === undefined) continue;
      expect(defenceCategories.has(s.categoryId), s.id).toBe(true);
      // The pack in force now knows every category.
      expect(v2.has(s.categoryId), s.id).toBe(true);
    }
    expect(pack.statuses.filter((s) => !s.categoryId).map((s) => s.id)).toEqual([
      'status.admin-plaintiff',
      'status.admin-defendant',
    ]);
  });

  it('has the closed lists of the Rules and the UPK', () => {
    expect(pack.replacementReasons.map((r) => r.id)).toEqual([
      'replace.illness',
      'replace.business-trip',
      'replace.other-client',
      'replace.distance',
    ]);
    expect(pack.mandatoryGrounds.map((g) => g.id)).toEqual(
      Array.from({ length: 11 }, (_, i) => `upk-67-1-${i + 1}`),
    );
    expect(pack.refusalNotAccepted.flatMap((r) => r.whenGrounds)).toEqual([
      'upk-67-1-2',
      'upk-67-1-3',
      'upk-67-1-4',
      'upk-67-1-5',
      'upk-67-1-6',
    ]);
    expect(pack.nightTime).toMatchObject({ from: '22:00', to: '06:00' });
    expect(pack.notice.title).toEqual({
      kk: 'Қорғау (өкілдік ету) туралы хабарлама',
      ru: 'Уведомление о защите (представительстве)',
    });
    expect(pack.paidAdvocateSteps.map((s) => s.source.paragraph)).toEqual(['44', '45', '46', '46']);
  });
});

describe('integrity of a defence-register pack', () => {
  it('refuses an id used twice', () => {
    expect(
      issuesAfter((p) => {
        p.actions[1]!.id = p.actions[0]!.id;
      }),
    ).toContain('item id "action.interrogation" is used twice');
  });

  it('refuses a column twice or no number column', () => {
    expect(
      issuesAfter((p) => {
        p.columns[1]!.key = 'client';
      }),
    ).toContain('column "client" twice');
    expect(
      issuesAfter((p) => {
        p.columns = p.columns.slice(1);
      }),
    ).toContain('no "number" column');
  });

  it('refuses two stages of one kind with the same order', () => {
    expect(
      issuesAfter((p) => {
        p.stages.find((s) => s.id === 'stage.appeal')!.order = 2;
      }),
    ).toEqual(expect.arrayContaining(['two criminal stages with order 2']));
    // Pre-trial and the body's consideration share order 1 in different kinds: fine.
    expect(issuesAfter(() => {})).toEqual([]);
  });

  it('refuses a refusal warning for a mandatory ground that does not exist', () => {
    expect(
      issuesAfter((p) => {
        p.refusalNotAccepted[0]!.whenGrounds = ['upk-67-1-99'];
      }),
    ).toContain('unknown mandatory ground "upk-67-1-99"');
  });

  it('refuses a status that continues as an unknown status or stage', () => {
    const messages = issuesAfter((p) => {
      p.statuses[0]!.continuesAs = [{ stageId: 'stage.nowhere', statusId: 'status.nobody' }];
    });
    expect(messages).toEqual(
      expect.arrayContaining(['unknown stage "stage.nowhere"', 'unknown status "status.nobody"']),
    );
  });

  it('refuses an empty night', () => {
    expect(
      issuesAfter((p) => {
        p.nightTime.to = p.nightTime.from;
      }),
    ).toContain('night time starts and ends at the same time');
  });
});
