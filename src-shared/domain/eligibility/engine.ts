/**
 * The eligibility decision (Law art. 26; Rules cl. 36–38, 42, 49–52) as a pure function of
 * (facts, rule pack, earlier records). No rule is written here: categories, conditions,
 * evidence and grounds come from the pack, and every rule applied is cited in the trace.
 *
 * Order of checks — each can end the decision:
 *   1. the request is legal in nature (cl. 38(2))           → not-eligible
 *   2. the advocate has no conflict / exclusion (cl. 36)    → not-eligible
 *   3. a category of the right service matches, with its conditions (issue area, business,
 *      age from the IIN)                                     → consultation: refer to legal
 *      information (art. 26(1), cl. 38(1)); defence: not-eligible (cl. 50)
 *   4. no confirmed earlier aid on the same issue (cl. 42)  → not-eligible
 *   5. the evidence the category needs is present           → needs-evidence
 *   otherwise eligible.
 */
import { parseIin } from '../iin/iin';
import type {
  Category,
  EligibilityPack,
  Localized,
  Principle,
  RefusalGround,
} from '../../rules/pack-schema';
import { ageOn } from './age';
import { traceTexts as T } from './trace-texts';
import {
  eligibilityFactsSchema,
  priorRecordSchema,
  type EligibilityDecision,
  type EligibilityFacts,
  type EligibilityFactsInput,
  type Outcome,
  type PriorRecord,
  type TraceStep,
} from './types';

type Item = Category | RefusalGround | Principle | EligibilityPack['evidence'][number];

class Trace {
  readonly steps: TraceStep[] = [];
  readonly unverified = new Set<string>();

  add(item: Item, result: TraceStep['result'], text: Localized): void {
    if (!item.verified) this.unverified.add(item.id);
    this.steps.push({
      ruleId: item.id,
      citation: item.source,
      verified: item.verified,
      result,
      text,
    });
  }
}

function byId<T extends { id: string }>(items: readonly T[], id: string): T | undefined {
  return items.find((i) => i.id === id);
}

function need<T extends { id: string }>(items: readonly T[], id: string, pack: EligibilityPack): T {
  const found = byId(items, id);
  if (!found) throw new Error(`rule pack ${pack.id} v${pack.version} has no item "${id}"`);
  return found;
}

function groundOfKind(pack: EligibilityPack, kind: RefusalGround['kind'], service: string) {
  const g = pack.refusalGrounds.find(
    (r) => r.kind === kind && r.appliesTo.includes(service as never),
  );
  if (!g)
    throw new Error(`rule pack ${pack.id} v${pack.version} has no "${kind}" ground for ${service}`);
  return g;
}

const label = (items: readonly { id: string; label: Localized }[], id: string): Localized =>
  byId(items, id)?.label ?? { kk: id, ru: id };

/** Checks a category's conditions; returns the failing trace text, or null when all hold. */
function conditionFailure(
  cat: Category,
  facts: EligibilityFacts,
  pack: EligibilityPack,
  trace: Trace,
) {
  const c = cat.conditions;
  const area = byId(pack.issueAreas, facts.issue.areaId);
  const areaLabel = label(pack.issueAreas, facts.issue.areaId);
  if (c.issueAreas) {
    if (!c.issueAreas.includes(facts.issue.areaId)) {
      const allowed = c.issueAreas.map((id) => label(pack.issueAreas, id));
      return T.issueAreaMismatch({
        area: areaLabel,
        allowed: {
          kk: allowed.map((a) => a.kk).join('; '),
          ru: allowed.map((a) => a.ru).join('; '),
        },
      });
    }
    trace.add(cat, 'pass', T.issueAreaOk({ area: areaLabel }));
  }
  if (c.notBusiness && area?.business) return T.businessExcluded();
  if (c.maxAgeYears !== undefined || c.minAgeYears !== undefined) {
    const iin = parseIin(facts.person.iin);
    if (!iin.ok) throw new Error('unreachable: facts were validated');
    const age = ageOn(iin.info.birthDate, facts.date);
    if (c.maxAgeYears !== undefined && age > c.maxAgeYears) {
      return T.tooOld({ age: String(age), max: String(c.maxAgeYears) });
    }
    if (c.minAgeYears !== undefined && age < c.minAgeYears) {
      return T.tooYoung({ age: String(age), min: String(c.minAgeYears) });
    }
    trace.add(cat, 'pass', T.ageOk({ age: String(age) }));
  }
  return null;
}

export function decideEligibility(
  factsInput: EligibilityFactsInput,
  pack: EligibilityPack,
  priorInput: readonly PriorRecord[] = [],
): EligibilityDecision {
  const facts = eligibilityFactsSchema.parse(factsInput);
  const prior = priorInput.map((p) => priorRecordSchema.parse(p));
  const trace = new Trace();
  const result = (
    outcome: Outcome,
    extra: Partial<
      Pick<
        EligibilityDecision,
        'categoryId' | 'missingEvidence' | 'refusalGroundId' | 'possibleRepeats'
      >
    > = {},
  ): EligibilityDecision => ({
    outcome,
    service: facts.service,
    date: facts.date,
    pack: { id: pack.id, version: pack.version },
    categoryId: extra.categoryId ?? null,
    missingEvidence: extra.missingEvidence ?? [],
    refusalGroundId: extra.refusalGroundId ?? null,
    possibleRepeats: extra.possibleRepeats ?? [],
    trace: trace.steps,
    unverifiedRules: [...trace.unverified].sort(),
  });
  const refuse = (ground: RefusalGround, text: Localized, extra: { categoryId?: string } = {}) => {
    trace.add(ground, 'fail', text);
    return result('not-eligible', { ...extra, refusalGroundId: ground.id });
  };

  const residence = need(pack.principles, 'principle.51.residence', pack);
  trace.add(residence, 'info', residence.explanation);
  if (facts.representative) {
    const p = need(pack.principles, 'principle.52.representative', pack);
    const doc = [facts.representative.authority.type, facts.representative.authority.number]
      .filter(Boolean)
      .join(' № ');
    trace.add(
      p,
      'pass',
      T.representative({ rep: facts.representative.fullName, person: facts.person.fullName, doc }),
    );
  }

  // 1. A request that is not legal in nature gets no legal aid (cl. 38(2)).
  if (!facts.issue.isLegal) {
    return refuse(groundOfKind(pack, 'not-legal-request', 'consultation'), T.notLegalRequest());
  }
  // 2. The advocate's own grounds (cl. 36): the person is sent to another advocate.
  if (facts.conflictOfInterest)
    return refuse(groundOfKind(pack, 'conflict-of-interest', facts.service), T.conflict());
  if (facts.proceduralExclusion)
    return refuse(groundOfKind(pack, 'procedural-exclusion', facts.service), T.exclusion());

  // 3. Category of the requested service, with its conditions.
  const notInCategory = (text: Localized, categoryId?: string) => {
    const ground = groundOfKind(pack, 'not-in-category', facts.service);
    trace.add(ground, 'fail', text);
    if (facts.service === 'consultation') {
      // Everyone may still get legal information free of charge (art. 26(1)).
      const info = need(pack.principles, 'principle.26-1.legal-information', pack);
      trace.add(info, 'info', info.explanation);
      return result('refer-to-legal-information', {
        refusalGroundId: ground.id,
        ...(categoryId ? { categoryId } : {}),
      });
    }
    return result('not-eligible', {
      refusalGroundId: ground.id,
      ...(categoryId ? { categoryId } : {}),
    });
  };
  if (facts.categoryId === null) return notInCategory(T.noCategory());
  const cat = pack.categories.find((c) => c.id === facts.categoryId && c.service === facts.service);
  if (!cat)
    return notInCategory(
      T.unknownCategory({ id: facts.categoryId, pack: `${pack.id} v${pack.version}` }),
    );
  trace.add(cat, 'pass', T.category({ label: cat.label }));
  const failure = conditionFailure(cat, facts, pack, trace);
  if (failure) return notInCategory(failure, cat.id);

  // 4. Once per issue (cl. 42): earlier records in the same issue area are shown; those the
  // advocate confirmed as the same issue end the decision.
  const once = need(pack.principles, 'principle.42.once-per-issue', pack);
  const possibleRepeats = prior.filter(
    (p) => p.iin === facts.person.iin && p.issueAreaId === facts.issue.areaId,
  );
  const confirmed = possibleRepeats.filter((p) => facts.sameIssueRecordIds.includes(p.recordId));
  if (confirmed.length > 0) {
    return {
      ...refuse(
        groundOfKind(pack, 'repeat-issue', facts.service),
        T.confirmedRepeat({ ids: confirmed.map((p) => p.recordId).join(', ') }),
        { categoryId: cat.id },
      ),
      possibleRepeats,
    };
  }
  trace.add(
    once,
    possibleRepeats.length > 0 ? 'info' : 'pass',
    possibleRepeats.length > 0
      ? T.possibleRepeat({ count: String(possibleRepeats.length) })
      : T.noRepeat(),
  );

  // 5. Evidence the category needs.
  const missing: string[] = [];
  for (const id of cat.evidence) {
    const e = need(pack.evidence, id, pack);
    const present = facts.evidence.includes(id);
    if (!present) missing.push(id);
    trace.add(
      e,
      present ? 'pass' : 'fail',
      present ? T.evidencePresent({ label: e.label }) : T.evidenceMissing({ label: e.label }),
    );
  }
  if (missing.length > 0) {
    return result('needs-evidence', {
      categoryId: cat.id,
      missingEvidence: missing,
      possibleRepeats,
    });
  }
  trace.add(cat, 'pass', T.eligible());
  return result('eligible', { categoryId: cat.id, possibleRepeats });
}
