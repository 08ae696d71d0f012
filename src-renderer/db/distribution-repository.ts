/**
 * Paper appointments handed to the duty advocate by queue (Rules cl. 16–17, 4.1), kept by the
 * head, and the advocates' answers (cl. 17(2)). The queue itself is src-shared/domain/duty/
 * queue.ts; a round stored here is exactly the queue the head saw and confirmed, so the office
 * can show afterwards who was next, who was skipped and why.
 */
import {
  distributionAnswerInputSchema,
  distributionRoundSchema,
  procedureDocumentSchema,
  type Distribution,
  type DistributionAnswer,
  type DistributionAnswerInput,
  type DistributionRound,
  type ProcedureDocumentInput,
} from '../../src-shared/contracts/entities/duty-distribution';
import type { RosterMember } from '../../src-shared/contracts/entities/duty-roster';
import { commitChange, type RepoDeps } from './commit-change';
import { decodeFields } from './field-codec';
import type { DistributionRow } from './rows';

export const DISTRIBUTION_ENTITY = 'distribution';
export const DISTRIBUTION_ANSWER_ENTITY = 'distributionAnswer';
/** The procedural document names a person: encrypted at rest (at-rest/shapes.ts uses it too). */
export const DISTRIBUTION_PERSONAL = ['documentJson'] as const;
const PERSONAL = DISTRIBUTION_PERSONAL;

export class DistributionStateError extends Error {
  constructor(
    readonly code:
      | 'duty.errors.notChosen'
      | 'duty.errors.alreadyAnswered'
      | 'duty.errors.notDeclined'
      | 'duty.errors.unknownGround',
    message: string,
  ) {
    super(message);
    this.name = 'DistributionStateError';
  }
}

/** The running number of a hand-over as printed: "14/2026". */
export const distributionRef = (d: Pick<Distribution, 'number' | 'year'>) =>
  `${d.number}/${d.year}`;

export class DistributionRepository {
  constructor(private readonly deps: RepoDeps) {}

  async open(row: DistributionRow): Promise<Distribution> {
    const plain = await decodeFields(this.deps.codec, DISTRIBUTION_ENTITY, row, PERSONAL);
    const { documentJson, month: _month, ...rest } = plain;
    return { ...rest, document: procedureDocumentSchema.parse(JSON.parse(documentJson)) };
  }

  async get(id: string): Promise<Distribution | undefined> {
    const row = await this.deps.db.distributions.get(id);
    return row ? this.open(row) : undefined;
  }

  /** Every hand-over of the office (head) or handed to this device's user (advocate). */
  async list(): Promise<Distribution[]> {
    const rows = await this.deps.db.distributions.toArray();
    const all = await Promise.all(rows.map((r) => this.open(r)));
    return all.sort((a, b) => b.year - a.year || b.number - a.number);
  }

  /** Hand-overs whose last round is on a duty day of `month`. */
  async forMonth(month: string): Promise<Distribution[]> {
    const rows = await this.deps.db.distributions.where('month').equals(month).toArray();
    return Promise.all(rows.map((r) => this.open(r)));
  }

  async answers(): Promise<DistributionAnswer[]> {
    return this.deps.db.distributionAnswers.toArray();
  }

  /**
   * cl. 17(1): the head hands a document to the advocate the queue proposed. `round` is the
   * queue as confirmed (its `chosenMemberId` is the one marked 'chosen').
   */
  async handOver(
    document: ProcedureDocumentInput,
    round: Omit<DistributionRound, 'round'>,
    chosen: RosterMember,
    headId: string,
  ): Promise<Distribution> {
    const doc = procedureDocumentSchema.parse(document);
    const r = distributionRoundSchema.parse({ ...round, round: 1 });
    assertChosen(r);
    const now = this.deps.now();
    const year = Number(r.dutyDate.slice(0, 4));
    const d: Distribution = {
      id: this.deps.newId(),
      version: 1,
      createdAt: now,
      updatedAt: now,
      headId,
      year,
      number: 0,
      document: doc,
      rounds: [r],
      assigneeUserId: chosen.userId,
    };
    const table = this.deps.db.distributions;
    let number = 0;
    await commitChange(this.deps, {
      entity: DISTRIBUTION_ENTITY,
      table,
      record: this.rowFor(d),
      personalFields: PERSONAL,
      action: 'create',
      actor: headId,
      fields: ['document', 'rounds'],
      beforeWrite: async (_cur, stored) => {
        // The office's running number in the year, decided in the same transaction.
        const last = await table
          .where('[headId+year+number]')
          .between([headId, year, 0], [headId, year, Infinity])
          .last();
        number = (last?.number ?? 0) + 1;
        return { ...stored, number };
      },
    });
    return { ...d, number };
  }

  /**
   * After a decline (cl. 36 grounds), the head hands the same document on: a new round, with
   * the queue that skipped the one who declined.
   */
  async handOn(
    id: string,
    round: Omit<DistributionRound, 'round'>,
    chosen: RosterMember,
    headId: string,
  ): Promise<Distribution> {
    const cur = await this.get(id);
    if (!cur) throw new Error(`distribution ${id} not found`);
    const last = cur.rounds[cur.rounds.length - 1]!;
    const answers = await this.answersOf(id);
    if (!answers.some((a) => a.round === last.round && a.answer === 'declined')) {
      throw new DistributionStateError('duty.errors.notDeclined', `${id}: last round not declined`);
    }
    const r = distributionRoundSchema.parse({ ...round, round: last.round + 1 });
    assertChosen(r);
    const now = this.deps.now();
    const next: Distribution = {
      ...cur,
      version: cur.version + 1,
      updatedAt: now,
      headId,
      rounds: [...cur.rounds, r],
      assigneeUserId: chosen.userId,
    };
    await commitChange(this.deps, {
      entity: DISTRIBUTION_ENTITY,
      table: this.deps.db.distributions,
      record: this.rowFor(next),
      personalFields: PERSONAL,
      action: 'update',
      actor: headId,
      fields: ['rounds', 'assigneeUserId'],
      reason: `round ${r.round}`,
    });
    return next;
  }

  async answersOf(distributionId: string): Promise<DistributionAnswer[]> {
    return this.deps.db.distributionAnswers
      .where('distributionId')
      .equals(distributionId)
      .toArray();
  }

  /**
   * cl. 17(2): the advocate confirms acceptance (or declines on a cl. 36 ground) of the round
   * handed to them. One answer per round. Accepting does not yet put it in the register: the
   * caller then creates the appointment and links it (`linkAppointment`), so a crash in between
   * leaves a visible "accepted, not in the register yet" rather than a lost hand-over.
   */
  async answer(
    d: Distribution,
    memberId: string,
    input: DistributionAnswerInput,
    advocateId: string,
    validGroundIds: readonly string[],
  ): Promise<DistributionAnswer> {
    const a = distributionAnswerInputSchema.parse(input);
    const last = d.rounds[d.rounds.length - 1]!;
    if (last.chosenMemberId !== memberId) {
      throw new DistributionStateError(
        'duty.errors.notChosen',
        `${d.id}: not handed to ${memberId}`,
      );
    }
    const prior = await this.answersOf(d.id);
    if (prior.some((x) => x.round === last.round && x.advocateId === advocateId)) {
      throw new DistributionStateError('duty.errors.alreadyAnswered', `${d.id}: answered`);
    }
    if (a.answer === 'declined' && !validGroundIds.includes(a.groundId)) {
      throw new DistributionStateError('duty.errors.unknownGround', `${d.id}: ${a.groundId}`);
    }
    const now = this.deps.now();
    const record: DistributionAnswer = {
      id: this.deps.newId(),
      version: 1,
      createdAt: now,
      updatedAt: now,
      advocateId,
      distributionId: d.id,
      round: last.round,
      memberId,
      answer: a.answer,
      groundId: a.answer === 'declined' ? a.groundId : '',
      note: a.note,
      answeredAt: now,
    };
    await commitChange(this.deps, {
      entity: DISTRIBUTION_ANSWER_ENTITY,
      table: this.deps.db.distributionAnswers,
      record,
      personalFields: [],
      action: 'create',
      actor: advocateId,
      fields: ['answer', 'groundId', 'note'],
    });
    return record;
  }

  /** Links an accepted answer to the register entry it made. */
  async linkAppointment(answerId: string, appointmentId: string, advocateId: string) {
    const cur = await this.deps.db.distributionAnswers.get(answerId);
    if (!cur) throw new Error(`answer ${answerId} not found`);
    if (cur.appointmentId === appointmentId) return cur;
    const now = this.deps.now();
    const record: DistributionAnswer = {
      ...cur,
      appointmentId,
      version: cur.version + 1,
      updatedAt: now,
    };
    await commitChange(this.deps, {
      entity: DISTRIBUTION_ANSWER_ENTITY,
      table: this.deps.db.distributionAnswers,
      record,
      personalFields: [],
      action: 'update',
      actor: advocateId,
      fields: ['appointmentId'],
    });
    return record;
  }

  private rowFor(d: Distribution): DistributionRow {
    const { document, ...rest } = d;
    const last = d.rounds[d.rounds.length - 1]!;
    return { ...rest, month: last.dutyDate.slice(0, 7), documentJson: JSON.stringify(document) };
  }
}

function assertChosen(r: DistributionRound): void {
  const chosen = r.queue.filter((q) => q.outcome === 'chosen');
  if (chosen.length !== 1 || chosen[0]!.memberId !== r.chosenMemberId) {
    throw new DistributionStateError('duty.errors.notChosen', 'the round must choose one member');
  }
}
