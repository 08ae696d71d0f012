/**
 * Checks a pack's internal consistency beyond its shape: unique ids, references that
 * resolve, a sane effective period, and the items the engines rely on. A pack that fails
 * here is refused as a whole — the app never runs on half a law.
 */
import type { RulePack } from './pack-schema';
import { checkTariffPack } from './tariff-integrity';

export interface IntegrityIssue {
  path: string;
  message: string;
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

export function checkPackIntegrity(pack: RulePack): IntegrityIssue[] {
  const issues: IntegrityIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  if (pack.effectiveTo !== null && pack.effectiveTo < pack.effectiveFrom) {
    add('effectiveTo', `ends (${pack.effectiveTo}) before it starts (${pack.effectiveFrom})`);
  }
  if (pack.kind === 'eligibility') {
    const all = [
      ...pack.issueAreas,
      ...pack.evidence,
      ...pack.categories,
      ...pack.refusalGrounds,
      ...pack.principles,
    ].map((i) => i.id);
    for (const d of duplicates(all)) add('id', `item id "${d}" is used twice`);
    const evidence = new Set(pack.evidence.map((e) => e.id));
    const areas = new Set(pack.issueAreas.map((a) => a.id));
    pack.categories.forEach((c, i) => {
      c.evidence.forEach((e, j) => {
        if (!evidence.has(e)) add(`categories.${i}.evidence.${j}`, `unknown evidence "${e}"`);
      });
      c.conditions.issueAreas?.forEach((a, j) => {
        if (!areas.has(a))
          add(`categories.${i}.conditions.issueAreas.${j}`, `unknown issue area "${a}"`);
      });
    });
    for (const kind of [
      'legal-information',
      'once-per-issue',
      'representative',
      'residence',
    ] as const) {
      if (!pack.principles.some((p) => p.kind === kind))
        add('principles', `no "${kind}" principle`);
    }
    const groundFor = (kind: string, service: 'consultation' | 'defence') =>
      pack.refusalGrounds.some((g) => g.kind === kind && g.appliesTo.includes(service));
    for (const service of ['consultation', 'defence'] as const) {
      for (const kind of [
        'not-in-category',
        'conflict-of-interest',
        'procedural-exclusion',
        'repeat-issue',
      ]) {
        if (!groundFor(kind, service)) add('refusalGrounds', `no "${kind}" ground for ${service}`);
      }
    }
    if (!groundFor('not-legal-request', 'consultation')) {
      add('refusalGrounds', 'no "not-legal-request" ground for consultation');
    }
  }
  if (pack.kind === 'mrp') {
    for (const d of duplicates(pack.values.map((v) => v.effectiveFrom))) {
      add('values', `two МРП values from ${d}`);
    }
  }
  if (pack.kind === 'consultation-register') {
    for (const d of duplicates(pack.columns.map((c) => c.key)))
      add('columns', `column "${d}" twice`);
    if (!pack.columns.some((c) => c.key === 'number')) add('columns', 'no "number" column');
  }
  if (pack.kind === 'defence-register') {
    const all = [
      ...pack.columns,
      ...pack.statuses,
      ...pack.stages,
      ...pack.actions,
      ...pack.declineGrounds,
      ...pack.replacementReasons,
      ...pack.mandatoryGrounds,
      ...pack.refusalNotAccepted,
      pack.nightTime,
      pack.notice,
      ...pack.paidAdvocateSteps,
    ].map((i) => i.id);
    for (const d of duplicates(all)) add('id', `item id "${d}" is used twice`);
    for (const d of duplicates(pack.columns.map((c) => c.key)))
      add('columns', `column "${d}" twice`);
    if (!pack.columns.some((c) => c.key === 'number')) add('columns', 'no "number" column');
    // The continuity rule (cl. 4.3) walks stages by order within a kind of proceedings.
    for (const kind of ['criminal', 'administrative-offence', 'civil', 'administrative'] as const) {
      const orders = pack.stages.filter((s) => s.caseKinds.includes(kind)).map((s) => s.order);
      for (const d of duplicates(orders.map(String)))
        add('stages', `two ${kind} stages with order ${d}`);
    }
    const stageIds = new Set(pack.stages.map((s) => s.id));
    const statusIds = new Set(pack.statuses.map((s) => s.id));
    pack.statuses.forEach((s, i) => {
      s.continuesAs?.forEach((c, j) => {
        if (!stageIds.has(c.stageId))
          add(`statuses.${i}.continuesAs.${j}.stageId`, `unknown stage "${c.stageId}"`);
        if (!statusIds.has(c.statusId))
          add(`statuses.${i}.continuesAs.${j}.statusId`, `unknown status "${c.statusId}"`);
      });
    });
    const grounds = new Set(pack.mandatoryGrounds.map((g) => g.id));
    pack.refusalNotAccepted.forEach((r, i) => {
      r.whenGrounds.forEach((g, j) => {
        if (!grounds.has(g))
          add(`refusalNotAccepted.${i}.whenGrounds.${j}`, `unknown mandatory ground "${g}"`);
      });
    });
    if (pack.nightTime.from === pack.nightTime.to)
      add('nightTime', 'night time starts and ends at the same time');
  }
  if (pack.kind === 'tariff') checkTariffPack(pack, add, duplicates);
  if (pack.kind === 'calendar') {
    for (const d of duplicates(pack.days.map((x) => x.date))) add('days', `date ${d} listed twice`);
  }
  return issues;
}
