/**
 * The advocate's fee claims (Rules cl. 54–59; MoJ orders 1462, 434). A claim is numbered
 * continuously per advocate per year of creation inside the write transaction, like the
 * registers. Every change — an edit of the draft or a step of its life — is a new version: the
 * replaced one is archived in `feeClaimVersions` in the same transaction as the row, its outbox
 * op and its audit entry (commitChange). Nothing is ever deleted; a rejected claim stays and a
 * new draft is made from it.
 *
 * What a step may do is decided by the pure functions of
 * src-shared/domain/fees/claim-lifecycle.ts (`ClaimLifecycleError`, codes
 * `fees.lifecycle.errors.*`); bad values are refused as a ZodError on the field (`validation.*`).
 * Both are thrown before anything is written.
 *
 * Audit: an edit or a step is action 'update' with `reason` = the step's name ('ready',
 * 'submit', 'pay'…), followed by the advocate's reason when the step takes one.
 *
 * Owners: a head's device holds the office's claims too (read-only for the head); every change
 * is refused unless the actor owns the claim (NotOwnRecordError).
 */
import {
  feeClaimInputSchema,
  paymentInputSchema,
  rejectionInputSchema,
  submitInputSchema,
  type FeeClaim,
  type FeeClaimFields,
  type FeeClaimInput,
  type FeeClaimKind,
  type FeeClaimState,
  type PaymentInput,
  type RejectionInput,
  type SubmitInput,
} from '../../src-shared/contracts/entities/fee-claim';
import { todayIso } from '../../src-shared/domain/dates/iso-date';
import {
  assertCan,
  backToDraft,
  ClaimLifecycleError,
  draftCopyOf,
  markReady,
  recordPayment,
  reject,
  submit,
  type StepMeta,
} from '../../src-shared/domain/fees/claim-lifecycle';
import { otherClaimOf } from '../../src-shared/domain/fees/from-registers';
import type { FeeCalculation } from '../../src-shared/domain/fees/types';
import type { ClaimIssue, OtherClaim } from '../../src-shared/domain/fees/validate-types';
import { commitChange, type RepoDeps } from './commit-change';
import {
  FEE_CLAIM_ENTITY,
  FEE_CLAIM_PERSONAL,
  feeClaimRowFor,
  openFeeClaimRow,
} from './fee-claim-rows';
import { nextRegisterNumber } from './register-number';
import { assertOwnRecord, ownerRows } from './register-owner';
import type { FeeClaimRow } from './rows';

export { FEE_CLAIM_ENTITY } from './fee-claim-rows';

export interface FeeClaimFilter {
  state?: FeeClaimState;
  kind?: FeeClaimKind;
  year?: number;
  /** YYYY-MM of the period's end (the month's report). */
  periodMonth?: string;
  appointmentId?: string;
}

/** Fields that are the version's bookkeeping, not a change the audit names. */
const BOOKKEEPING = new Set(['version', 'updatedAt']);

export class FeeClaimRepository {
  constructor(private readonly deps: RepoDeps) {}

  private get table() {
    return this.deps.db.feeClaims;
  }

  /** The moment of a step and its local day (future dates are judged by this device's clock). */
  private meta(): StepMeta {
    const at = this.deps.now();
    return { at, today: todayIso(new Date(at)) };
  }

  open(row: FeeClaimRow): Promise<FeeClaim> {
    return openFeeClaimRow(this.deps.codec, row);
  }

  // ── drafts ─────────────────────────────────────────────────────────────────────────────

  /** A new draft; its number is the advocate's next in the year of creation. */
  async createDraft(input: FeeClaimInput, advocateId: string): Promise<FeeClaim> {
    return this.insert(feeClaimInputSchema.parse(input), advocateId);
  }

  /** Replaces what the advocate filled in; a draft only. */
  async updateDraft(id: string, input: FeeClaimInput, actor: string): Promise<FeeClaim> {
    const fields = feeClaimInputSchema.parse(input);
    return this.change(id, actor, 'edit', (c) => {
      assertCan('edit', c);
      return { ...c, ...fields };
    });
  }

  /** A rejected claim's fields as a new draft (its own number), pointing back at it. */
  async copyAsNewDraft(id: string, actor: string): Promise<FeeClaim> {
    const current = await this.load(id, actor);
    const { copiedFromId, ...fields } = draftCopyOf(current);
    return this.insert(fields, actor, copiedFromId);
  }

  private async insert(
    fields: FeeClaimFields,
    advocateId: string,
    copiedFromId?: string,
  ): Promise<FeeClaim> {
    const { at, today } = this.meta();
    const year = Number(today.slice(0, 4));
    const claim: FeeClaim = {
      ...fields,
      id: this.deps.newId(),
      version: 1,
      advocateId,
      year,
      number: 0,
      state: 'draft',
      payments: [],
      history: [{ at, state: 'draft' }],
      ...(copiedFromId ? { copiedFromId } : {}),
      createdAt: at,
      updatedAt: at,
    };
    const table = this.table;
    let number = 0;
    await commitChange(this.deps, {
      entity: FEE_CLAIM_ENTITY,
      table,
      record: feeClaimRowFor(claim),
      personalFields: FEE_CLAIM_PERSONAL,
      action: 'create',
      actor: advocateId,
      fields: Object.keys(fields),
      ...(copiedFromId ? { reason: 'copy' } : {}),
      beforeWrite: async (_current, stored) => {
        // Decided inside the transaction: two tabs creating at once cannot share a number.
        number = await nextRegisterNumber(table, advocateId, year);
        return { ...stored, number };
      },
    });
    return { ...claim, number };
  }

  // ── the claim's life ───────────────────────────────────────────────────────────────────

  /**
   * draft → ready with the calculation frozen. `issues` are the validators' findings on this
   * draft (validate.ts): any of severity 'error' refuses the step.
   */
  async markReady(
    id: string,
    calculation: FeeCalculation,
    actor: string,
    issues: readonly ClaimIssue[],
  ): Promise<FeeClaim> {
    return this.change(id, actor, 'ready', (c, meta) =>
      markReady(c, { calculation, issues }, meta),
    );
  }

  async backToDraft(id: string, reason: string, actor: string): Promise<FeeClaim> {
    return this.change(
      id,
      actor,
      'back-to-draft',
      (c, meta) => backToDraft(c, reason, meta),
      reason.trim(),
    );
  }

  async submit(id: string, input: SubmitInput, actor: string): Promise<FeeClaim> {
    const s = submitInputSchema.parse(input);
    return this.change(id, actor, 'submit', (c, meta) => submit(c, s, meta));
  }

  async recordPayment(id: string, input: PaymentInput, actor: string): Promise<FeeClaim> {
    const p = paymentInputSchema.parse(input);
    return this.change(id, actor, 'pay', (c, meta) => recordPayment(c, p, meta), p.reason);
  }

  async reject(id: string, input: RejectionInput, actor: string): Promise<FeeClaim> {
    const r = rejectionInputSchema.parse(input);
    return this.change(id, actor, 'reject', (c, meta) => reject(c, r, meta), r.reason);
  }

  private async load(id: string, actor: string): Promise<FeeClaim> {
    const row = await this.table.get(id);
    if (!row) throw new ClaimLifecycleError('fees.lifecycle.errors.notFound', id);
    assertOwnRecord(FEE_CLAIM_ENTITY, row, actor);
    return this.open(row);
  }

  /**
   * The one path of every change after creation: reads the current version, lets `edit` refuse
   * or produce the next claim, and writes it as the next version with the stored one archived.
   * commitChange refuses it if another tab or a sync wrote the claim meanwhile.
   */
  private async change(
    id: string,
    actor: string,
    step: string,
    edit: (c: FeeClaim, meta: StepMeta) => FeeClaim,
    reason?: string,
  ): Promise<FeeClaim> {
    const before = await this.load(id, actor);
    const meta = this.meta();
    const next: FeeClaim = {
      ...edit(before, meta),
      version: before.version + 1,
      updatedAt: meta.at,
    };
    const keys = new Set([...Object.keys(before), ...Object.keys(next)]);
    const fields = [...keys].filter(
      (k) =>
        !BOOKKEEPING.has(k) &&
        JSON.stringify(before[k as keyof FeeClaim]) !== JSON.stringify(next[k as keyof FeeClaim]),
    );
    const versions = this.deps.db.feeClaimVersions;
    await commitChange(this.deps, {
      entity: FEE_CLAIM_ENTITY,
      table: this.table,
      record: feeClaimRowFor(next),
      personalFields: FEE_CLAIM_PERSONAL,
      action: 'update',
      actor,
      fields,
      reason: reason ? `${step}: ${reason}` : step,
      extraTables: [versions],
      beforeWrite: async (stored, row) => {
        if (stored) await versions.put(stored);
        return row;
      },
    });
    return next;
  }

  // ── reads ──────────────────────────────────────────────────────────────────────────────

  async get(id: string): Promise<FeeClaim | undefined> {
    const row = await this.table.get(id);
    return row ? this.open(row) : undefined;
  }

  /** One advocate's claims matching the filter, newest first (year, then number). */
  async list(advocateId: string, filter: FeeClaimFilter = {}): Promise<FeeClaim[]> {
    const rows = await ownerRows(this.table, advocateId)
      .reverse()
      .filter(
        (r) =>
          (filter.state === undefined || r.state === filter.state) &&
          (filter.kind === undefined || r.kind === filter.kind) &&
          (filter.year === undefined || r.year === filter.year) &&
          (filter.periodMonth === undefined || r.periodMonth === filter.periodMonth) &&
          (filter.appointmentId === undefined || r.appointmentId === filter.appointmentId),
      )
      .toArray();
    return Promise.all(rows.map((r) => this.open(r)));
  }

  /** All versions, oldest first (the last is the current one). */
  async history(id: string): Promise<FeeClaim[]> {
    const archived = await this.deps.db.feeClaimVersions.where('id').equals(id).toArray();
    const current = await this.table.get(id);
    const rows = [...archived, ...(current ? [current] : [])].sort((a, b) => a.version - b.version);
    return Promise.all(rows.map((r) => this.open(r)));
  }

  /** The advocate's other claims as the duplicate check sees them (rejected ones included). */
  async otherClaims(advocateId: string, exceptId: string): Promise<OtherClaim[]> {
    const claims = await this.list(advocateId);
    return claims.filter((c) => c.id !== exceptId).map(otherClaimOf);
  }
}
