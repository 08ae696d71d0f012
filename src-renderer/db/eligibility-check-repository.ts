/**
 * Recorded eligibility decisions: what was decided, on which facts, under which pack
 * version — so any decision can be replayed and shown to a supervisor years later.
 */
import { decideEligibility } from '../../src-shared/domain/eligibility/engine';
import type {
  EligibilityDecision,
  EligibilityFacts,
  PriorRecord,
} from '../../src-shared/domain/eligibility/types';
import type { EligibilityPack } from '../../src-shared/rules/pack-schema';
import { commitChange, type RepoDeps } from './commit-change';
import {
  CHECK_ENTITY,
  CHECK_PERSONAL as PERSONAL,
  checkLookupKeys,
} from './eligibility-check-rows';
import { decodeFields } from './field-codec';
import { personIinKey } from './lookup-keys';
import { OfficeAidLookup } from './office-aid';
import type { EligibilityCheckRow } from './rows';

export { CHECK_ENTITY } from './eligibility-check-rows';

export interface EligibilityCheck {
  id: string;
  createdAt: string;
  actor: string;
  facts: EligibilityFacts;
  decision: EligibilityDecision;
}

export class EligibilityCheckRepository {
  private readonly office: OfficeAidLookup;

  constructor(private readonly deps: RepoDeps) {
    this.office = new OfficeAidLookup(deps);
  }

  private async open(row: EligibilityCheckRow): Promise<EligibilityCheck> {
    const plain = await decodeFields(this.deps.codec, CHECK_ENTITY, row, PERSONAL);
    return {
      id: row.id,
      createdAt: row.createdAt,
      actor: row.actor,
      facts: JSON.parse(plain.factsJson) as EligibilityFacts,
      decision: JSON.parse(plain.decisionJson) as EligibilityDecision,
    };
  }

  /** Records a decision made on `facts` (the caller ran the engine; stored as given). */
  async record(
    facts: EligibilityFacts,
    decision: EligibilityDecision,
    actor: string,
  ): Promise<EligibilityCheck> {
    const now = this.deps.now();
    const row: EligibilityCheckRow = {
      id: this.deps.newId(),
      version: 1,
      createdAt: now,
      updatedAt: now,
      actor,
      date: decision.date,
      service: decision.service,
      outcome: decision.outcome,
      issueAreaId: facts.issue.areaId,
      categoryId: decision.categoryId,
      packId: decision.pack.id,
      packVersion: decision.pack.version,
      ...(await checkLookupKeys(this.deps.codec, facts)),
      factsJson: JSON.stringify(facts),
      decisionJson: JSON.stringify(decision),
    };
    await commitChange(this.deps, {
      entity: CHECK_ENTITY,
      table: this.deps.db.eligibilityChecks,
      record: row,
      personalFields: PERSONAL,
      action: 'create',
      actor,
      fields: Object.keys(row),
    });
    return { id: row.id, createdAt: now, actor, facts, decision };
  }

  async get(id: string): Promise<EligibilityCheck | undefined> {
    const row = await this.deps.db.eligibilityChecks.get(id);
    return row ? this.open(row) : undefined;
  }

  async recent(limit = 20): Promise<EligibilityCheck[]> {
    const rows = await this.deps.db.eligibilityChecks
      .orderBy('date')
      .reverse()
      .limit(limit)
      .toArray();
    return Promise.all(rows.map((r) => this.open(r)));
  }

  /**
   * Earlier aid to this person (cl. 42): this advocate's recorded decisions that granted it
   * (`source: 'own'`), then what colleagues of the office gave — their consultations and granted
   * checks, from aid marks or, on a head's device, their full rows (`source: 'office'`, with
   * the colleague's name when known). Office records are as of the last sync. The defence
   * register joins this source when it syncs marks too.
   */
  async priorRecordsFor(iin: string): Promise<PriorRecord[]> {
    const key = await personIinKey(this.deps.codec, iin);
    const self = (await this.deps.db.profile.toCollection().first())?.id ?? null;
    const rows = await this.deps.db.eligibilityChecks.where('iinKey').equals(key).toArray();
    const own: PriorRecord[] = rows
      // A head's device holds colleagues' checks too: those come from the office lookup.
      .filter((r) => r.outcome === 'eligible' && (self === null || r.actor === self))
      .map((r) => ({
        recordId: r.id,
        iin,
        service: r.service as PriorRecord['service'],
        issueAreaId: r.issueAreaId,
        subject: '',
        date: r.date,
        source: 'own',
      }));
    const office: PriorRecord[] = (await this.office.forPerson(iin)).map((a) => ({
      recordId: a.recordId,
      iin,
      service: a.service,
      issueAreaId: a.issueAreaId,
      subject: '',
      date: a.date,
      source: 'office',
      ...(a.advocateName ? { advocateName: a.advocateName } : {}),
    }));
    return [...own, ...office];
  }

  /**
   * Runs a recorded decision again on its own facts and pack version. Only earlier records
   * of the same person and issue area affect a decision, and those are stored in it.
   */
  static replay(check: EligibilityCheck, pack: EligibilityPack): EligibilityDecision {
    if (pack.id !== check.decision.pack.id || pack.version !== check.decision.pack.version) {
      throw new Error(`replay needs ${check.decision.pack.id} v${check.decision.pack.version}`);
    }
    return decideEligibility(check.facts, pack, check.decision.possibleRepeats);
  }
}
