import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import golden from '../../../test/fixtures/eligibility.golden.json';
import { loadShippedPacks } from '../../rules/shipped-packs';
import { packInForce } from '../../rules/select-pack';
import type { EligibilityPack } from '../../rules/pack-schema';
import { decideEligibility } from './engine';
import type { EligibilityFactsInput, PriorRecord } from './types';

interface GoldenCase {
  name: string;
  facts: EligibilityFactsInput;
  prior?: PriorRecord[];
  expected: {
    outcome: string;
    packVersion: number | null;
    categoryId: string | null;
    refusalGroundId: string | null;
    missingEvidence: string[];
    possibleRepeatIds: string[];
  };
}

const packs = loadShippedPacks();
const cases = golden as unknown as GoldenCase[];
const eligibilityPackOn = (date: string) => packInForce(packs, 'eligibility', date);

describe('eligibility golden cases (test/fixtures/eligibility.golden.json)', () => {
  it('has at least 60 cases covering every category and refusal ground of the shipped packs', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    const v2 = eligibilityPackOn('2026-01-01')!;
    const used = new Set(cases.map((c) => c.facts.categoryId));
    for (const cat of v2.categories) expect(used, cat.id).toContain(cat.id);
    const grounds = new Set(cases.map((c) => c.expected.refusalGroundId));
    for (const g of v2.refusalGrounds) expect(grounds, g.id).toContain(g.id);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const pack = eligibilityPackOn(c.facts.date);
    if (c.expected.outcome === 'no-pack') {
      expect(pack).toBeNull();
      return;
    }
    expect(pack, 'a pack must be in force').not.toBeNull();
    const d = decideEligibility(c.facts, pack!, c.prior ?? []);
    expect({
      outcome: d.outcome,
      packVersion: d.pack.version,
      categoryId: d.categoryId,
      refusalGroundId: d.refusalGroundId,
      missingEvidence: d.missingEvidence,
      possibleRepeatIds: d.possibleRepeats.map((p) => p.recordId),
    }).toEqual(c.expected);
  });
});

describe('decideEligibility', () => {
  const pack = eligibilityPackOn('2026-11-25') as EligibilityPack;
  const base: EligibilityFactsInput = {
    date: '2026-11-25',
    service: 'consultation',
    person: { iin: '900101300057', fullName: 'Серікбаев Арман' },
    categoryId: 'cons.26-2-1.issues',
    issue: { areaId: 'alimony', subject: 'Алимент', isLegal: true },
    evidence: ['identity-document'],
  };

  it('replays: same facts and pack version give the same decision, also after a JSON round trip', () => {
    const a = decideEligibility(base, pack);
    const b = decideEligibility(JSON.parse(JSON.stringify(base)), JSON.parse(JSON.stringify(pack)));
    expect(b).toEqual(a);
    expect(a.pack).toEqual({ id: 'kz-sgla-eligibility', version: 2 });
  });

  it("treats a colleague's aid (cl. 42, found after sync) exactly like the advocate's own", () => {
    const prior = (source: 'own' | 'office'): PriorRecord => ({
      recordId: 'r1',
      iin: '900101300057',
      service: 'consultation',
      issueAreaId: 'alimony',
      subject: '',
      date: '2026-10-01',
      source,
      ...(source === 'office' ? { advocateName: 'Ахметов Болат' } : {}),
    });
    const confirmed = { ...base, sameIssueRecordIds: ['r1'] };
    const own = decideEligibility(confirmed, pack, [prior('own')]);
    const office = decideEligibility(confirmed, pack, [prior('office')]);
    expect(office.outcome).toBe('not-eligible');
    expect(office.refusalGroundId).toBe('refusal.42.repeat-issue');
    expect({ ...office, possibleRepeats: [] }).toEqual({ ...own, possibleRepeats: [] });
    // Kept in the decision, so a replay shows where the record came from.
    expect(office.possibleRepeats).toEqual([prior('office')]);
    const unconfirmed = decideEligibility(base, pack, [prior('office')]);
    expect(unconfirmed.outcome).toBe('eligible');
    expect(unconfirmed.possibleRepeats).toHaveLength(1);
  });

  it('cites every rule it applied, in Kazakh and Russian', () => {
    const d = decideEligibility(base, pack);
    const rules = d.trace.map((s) => s.ruleId);
    expect(rules).toEqual(
      expect.arrayContaining([
        'principle.51.residence',
        'cons.26-2-1.issues',
        'principle.42.once-per-issue',
        'identity-document',
      ]),
    );
    const cat = d.trace.find((s) => s.ruleId === 'cons.26-2-1.issues')!;
    expect(cat.citation).toMatchObject({
      act: 'Law 176-VI',
      article: '26',
      paragraph: '2',
      subparagraph: '1',
    });
    expect(cat.text.kk).toContain('Алимент');
    expect(cat.text.ru).toContain('алиментов');
    for (const s of d.trace) {
      expect(s.text.kk.length).toBeGreaterThan(0);
      expect(s.text.ru.length).toBeGreaterThan(0);
    }
  });

  it('lists the unverified rules a decision relied on', () => {
    const d = decideEligibility(
      {
        ...base,
        categoryId: 'cons.26-2-5.pensioners',
        person: { iin: '480701301235', fullName: 'X' },
        evidence: ['identity-document', 'pension-certificate'],
      },
      pack,
    );
    expect(d.outcome).toBe('eligible');
    expect(d.unverifiedRules).toEqual(
      expect.arrayContaining(['cons.26-2-5.pensioners', 'pension-certificate']),
    );
    expect(decideEligibility(base, pack).unverifiedRules).toEqual(['identity-document']);
  });

  it('a refusal for a non-category consultation still offers legal information (art. 26(1))', () => {
    const d = decideEligibility({ ...base, categoryId: null }, pack);
    expect(d.outcome).toBe('refer-to-legal-information');
    expect(d.trace.at(-1)).toMatchObject({
      ruleId: 'principle.26-1.legal-information',
      result: 'info',
    });
  });

  it('names the representative and the authority document in the trace (cl. 52)', () => {
    const d = decideEligibility(
      {
        ...base,
        representative: {
          iin: '751120400126',
          fullName: 'Омарова Дана',
          authority: { type: 'Сенімхат', number: '12', date: '2026-01-10' },
        },
      },
      pack,
    );
    const step = d.trace.find((s) => s.ruleId === 'principle.52.representative')!;
    expect(step.text.kk).toContain('Омарова Дана');
    expect(step.text.ru).toContain('Сенімхат № 12');
  });

  it('rejects invalid facts with i18n message keys', () => {
    const err = (() => {
      try {
        decideEligibility({ ...base, person: { iin: '900101300058', fullName: '' } }, pack);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(ZodError);
    expect((err as ZodError).issues.map((i) => i.message).sort()).toEqual([
      'validation.iin.checksum',
      'validation.required',
    ]);
  });

  it('fails loudly when a pack lacks an item the engine needs', () => {
    const broken = { ...pack, principles: pack.principles.filter((p) => p.kind !== 'residence') };
    expect(() => decideEligibility(base, broken)).toThrow(/principle.51.residence/);
  });
});
