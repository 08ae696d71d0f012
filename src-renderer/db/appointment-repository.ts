/**
 * The defence register (MoJ order 1465; Rules cl. 3.3, 4.3, 9–10, 17, 27, 36, 44–47; UPK 66–69,
 * 94). Appointments are numbered continuously per advocate per year inside the write
 * transaction, like the consultation register. What the advocate entered at intake is corrected
 * with a reason; every later step (assignment, conflict check, decision, notice, notification,
 * work, refusal, transfer, completion) appends a new version through one path (`append`), and
 * the replaced version is archived in the same transaction. Nothing is ever deleted.
 *
 * Steps are refused by the state machine in src-shared/domain/appointments/lifecycle.ts
 * (`AppointmentStateError`, codes `appointment.*`); bad values are refused as a ZodError on the
 * field (`validation.*`) so forms show them where they were typed.
 *
 * Audit: lifecycle steps are audited as action 'update' with `reason` = the step's name
 * ('accept', 'notice', 'work', …) — the audit log stays a closed, generic vocabulary
 * (create/update/correct/system) and the step is still recorded, hashed, in every entry.
 *
 * Owners: a head's device holds the office's appointments too. Every change — a correction or
 * a step — is refused unless the actor owns the appointment (NotOwnRecordError), and so is
 * continuing another advocate's stage; reads take the owner whose register they read.
 */
import type { z } from 'zod';
import {
  acceptInputSchema,
  appointmentIntakeSchema,
  clientRefusalInputSchema,
  completionInputSchema,
  conflictCheckSchema,
  declineInputSchema,
  noticeInputSchema,
  notificationInputSchema,
  paidAdvocateInputSchema,
  paperAssignmentSchema,
  transferInputSchema,
  workItemInputSchema,
  type Appointment,
  type AppointmentIntake,
  type AppointmentIntakeInput,
  type ClientRefusalInput,
  type CompletionInput,
  type ConflictCheck,
  type DeclineInput,
  type Notice,
  type NoticeInput,
  type NotificationInput,
  type PaidAdvocateInput,
  type TransferInput,
  type WorkItem,
  type WorkItemInput,
} from '../../src-shared/contracts/entities/appointment';
import type { SettlementKind } from '../../src-shared/contracts/entities/consultation';
import {
  AppointmentStateError,
  assertCan,
  type AppointmentAction,
} from '../../src-shared/domain/appointments/lifecycle';
import {
  deriveWorkItem,
  workOverlaps,
  type WorkItemContext,
} from '../../src-shared/domain/appointments/work-time';
import {
  AppointmentReads,
  type AppointmentFilter,
  type ConflictCandidates,
} from './appointment-reads';
import {
  APPOINTMENT_ENTITY,
  APPOINTMENT_PERSONAL as PERSONAL,
  openRow,
  rowFor,
} from './appointment-rows';
import { commitChange, type RepoDeps } from './commit-change';
import { ConsultationRepository } from './consultation-repository';
import { invalid, refuseFutureDate, refuseFutureTime } from './field-errors';
import { latestSettlement } from './latest-settlement';
import { nextRegisterNumber } from './register-number';
import { assertOwnRecord } from './register-owner';
import type { AppointmentRow } from './rows';

// The row mapping and the reads live in their own files; importers keep importing from here.
export { APPOINTMENT_ENTITY, noticeKey, type AppointmentBody } from './appointment-rows';
export type { AppointmentFilter, ConflictCandidates } from './appointment-reads';

/** Attempts at a notice number when another tab takes the same one meanwhile. */
const NOTICE_ATTEMPTS = 5;

const INTAKE_KEYS = Object.keys(appointmentIntakeSchema.shape) as (keyof AppointmentIntake)[];
/** Intake fields the conflict check compared: changing them before the decision voids it. */
const CONFLICT_KEYS: readonly (keyof AppointmentIntake)[] = [
  'caseNumber',
  'client',
  'opposingParties',
];

/** Another tab issued the same notice number first; the write is retried with the next one. */
class NoticeNumberTaken extends Error {}

export class AppointmentRepository {
  private readonly reads: AppointmentReads;

  constructor(
    private readonly deps: RepoDeps,
    consultations?: ConsultationRepository,
  ) {
    this.reads = new AppointmentReads(deps, consultations ?? new ConsultationRepository(deps));
  }

  private get table() {
    return this.deps.db.appointments;
  }

  /** The stored row of an appointment; `recordJson` is not yet encoded (commitChange does it). */
  private rowFor(a: Appointment): Promise<AppointmentRow> {
    return rowFor(this.deps.codec, a);
  }

  async open(row: AppointmentRow): Promise<Appointment> {
    return openRow(this.deps.codec, row);
  }

  // ── time checks (the schemas have no clock) ────────────────────────────────────────────

  private refuseFutureTime(path: string, value: string) {
    refuseFutureTime(path, value, this.deps.now());
  }

  private refuseFutureDate(path: string, value: string) {
    refuseFutureDate(path, value, this.deps.now());
  }

  private parseIntake(input: AppointmentIntakeInput): AppointmentIntake {
    const intake = appointmentIntakeSchema.parse(input);
    this.refuseFutureTime('receivedAt', intake.receivedAt);
    if (intake.paperAssignment)
      this.refuseFutureTime('paperAssignment.assignedAt', intake.paperAssignment.assignedAt);
    return intake;
  }

  // ── intake ─────────────────────────────────────────────────────────────────────────────

  /**
   * Enters a received appointment; its number is the advocate's next in the year of receiving.
   * With `previousStageId` it continues that stage's case group (cl. 4.3).
   */
  async create(
    input: AppointmentIntakeInput,
    advocateId: string,
    opts: { previousStageId?: string } = {},
  ): Promise<Appointment> {
    const intake = this.parseIntake(input);
    const now = this.deps.now();
    const id = this.deps.newId();
    let caseGroupId = id;
    if (opts.previousStageId) {
      const previous = await this.table.get(opts.previousStageId);
      if (!previous) throw new AppointmentStateError('appointment.notFound', opts.previousStageId);
      // cl. 4.3: the advocate continues their own stage; a case group has one owner.
      assertOwnRecord(APPOINTMENT_ENTITY, previous, advocateId);
      caseGroupId = previous.caseGroupId;
    }
    const year = Number(intake.receivedAt.slice(0, 4));
    const a: Appointment = {
      ...intake,
      ...(opts.previousStageId ? { previousStageId: opts.previousStageId } : {}),
      id,
      version: 1,
      advocateId,
      year,
      number: 0,
      state: 'received',
      caseGroupId,
      notices: [],
      notifications: [],
      work: [],
      createdAt: now,
      updatedAt: now,
    };
    const table = this.table;
    let number = 0;
    await commitChange(this.deps, {
      entity: APPOINTMENT_ENTITY,
      table,
      record: await this.rowFor(a),
      personalFields: PERSONAL,
      action: 'create',
      actor: advocateId,
      fields: Object.keys(intake),
      beforeWrite: async (_current, stored) => {
        number = await nextRegisterNumber(table, advocateId, year);
        return { ...stored, number };
      },
    });
    return { ...a, number };
  }

  /**
   * Corrects what was entered at intake, with a reason: a new version, the previous one
   * archived. Before the decision, a change of the case or of anyone on either side voids the
   * conflict check (it compared other people), so it must be run again before accepting.
   */
  async correctIntake(
    id: string,
    input: AppointmentIntakeInput,
    reason: string,
    actor: string,
  ): Promise<Appointment> {
    const intake = this.parseIntake(input);
    if (!reason.trim()) throw new Error('a correction needs a reason');
    const current = await this.table.get(id);
    if (!current) throw new AppointmentStateError('appointment.notFound', id);
    assertOwnRecord(APPOINTMENT_ENTITY, current, actor);
    const before = await this.open(current);
    const changed = INTAKE_KEYS.filter(
      (k) => JSON.stringify(intake[k]) !== JSON.stringify(before[k]),
    );
    const next: Record<string, unknown> = { ...before };
    for (const k of INTAKE_KEYS) delete next[k];
    Object.assign(next, intake, {
      version: current.version + 1,
      updatedAt: this.deps.now(),
      changeReason: reason.trim(),
    });
    const a = next as unknown as Appointment;
    if (
      a.state === 'received' &&
      a.conflictCheck &&
      changed.some((k) => CONFLICT_KEYS.includes(k))
    ) {
      delete a.conflictCheck;
      changed.push('conflictCheck' as keyof AppointmentIntake);
    }
    await this.commitVersion(a, actor, 'correct', changed, reason.trim());
    return a;
  }

  // ── lifecycle ──────────────────────────────────────────────────────────────────────────

  /** Writes `a` as the next version, archiving the stored one in the same transaction. */
  private async commitVersion(
    a: Appointment,
    actor: string,
    action: 'correct' | 'update',
    fields: string[],
    reason: string,
    verify?: () => Promise<void>,
  ): Promise<void> {
    const versions = this.deps.db.appointmentVersions;
    await commitChange(this.deps, {
      entity: APPOINTMENT_ENTITY,
      table: this.table,
      record: await this.rowFor(a),
      personalFields: PERSONAL,
      action,
      actor,
      fields,
      reason,
      extraTables: [versions],
      beforeWrite: async (stored, next) => {
        if (verify) await verify();
        if (stored) await versions.put(stored);
        return next;
      },
    });
  }

  /**
   * The one path of every step after intake: reads the current version, refuses the step if
   * the state machine does, applies `mutate` and writes the result as the next version with
   * `changeReason` = the step. `verify` runs inside the write transaction (notice numbers).
   */
  private async append(
    id: string,
    actor: string,
    action: AppointmentAction,
    mutate: (a: Appointment) => Appointment,
    verify?: () => Promise<void>,
  ): Promise<Appointment> {
    const current = await this.table.get(id);
    if (!current) throw new AppointmentStateError('appointment.notFound', id);
    assertOwnRecord(APPOINTMENT_ENTITY, current, actor);
    const before = await this.open(current);
    assertCan(action, before);
    const next: Appointment = {
      ...mutate(before),
      version: current.version + 1,
      updatedAt: this.deps.now(),
      changeReason: action,
    };
    const skip = new Set(['version', 'updatedAt', 'changeReason']);
    const keys = new Set([...Object.keys(before), ...Object.keys(next)]);
    const fields = [...keys].filter(
      (k) =>
        !skip.has(k) &&
        JSON.stringify(before[k as keyof Appointment]) !==
          JSON.stringify(next[k as keyof Appointment]),
    );
    await this.commitVersion(next, actor, 'update', fields, action, verify);
    return next;
  }

  /** cl. 10, 17: the head's assignment of a paper decree. */
  async recordAssignment(
    id: string,
    input: z.input<typeof paperAssignmentSchema>,
    actor: string,
  ): Promise<Appointment> {
    const assignment = paperAssignmentSchema.parse(input);
    this.refuseFutureTime('assignedAt', assignment.assignedAt);
    return this.append(id, actor, 'assign', (a) => {
      if (assignment.assignedAt.slice(0, 10) < a.decree.date)
        invalid(['assignedAt'], 'validation.beforeDecree', assignment.assignedAt);
      return { ...a, paperAssignment: assignment };
    });
  }

  /** UPK 66(4), 94: what was compared, found and decided. Before the decision, or later. */
  async recordConflictCheck(id: string, check: ConflictCheck, actor: string): Promise<Appointment> {
    const parsed = conflictCheckSchema.parse(check);
    return this.append(id, actor, 'conflict-check', (a) => ({ ...a, conflictCheck: parsed }));
  }

  /** Refused (AppointmentStateError with every blocker) unless `acceptBlockers` is empty. */
  async accept(
    id: string,
    input: z.input<typeof acceptInputSchema>,
    actor: string,
  ): Promise<Appointment> {
    const { at } = acceptInputSchema.parse(input);
    this.refuseFutureTime('at', at);
    return this.append(id, actor, 'accept', (a) => {
      if (at < a.receivedAt) invalid(['at'], 'validation.beforeReceived', at);
      return { ...a, state: 'accepted', decision: { kind: 'accepted', at } };
    });
  }

  /**
   * cl. 36: declines on one of the pack's grounds (`validGroundIds`), from 'received' or, when
   * the ground comes to light later, from 'accepted' (see lifecycle.ts). The acceptance stays
   * in the archived version.
   */
  async decline(
    id: string,
    input: DeclineInput,
    validGroundIds: readonly string[],
    actor: string,
  ): Promise<Appointment> {
    const d = declineInputSchema.parse(input);
    if (!validGroundIds.includes(d.groundId))
      invalid(['groundId'], 'validation.declineGround', d.groundId);
    this.refuseFutureTime('at', d.at);
    return this.append(id, actor, 'decline', (a) => {
      if (d.at < a.receivedAt) invalid(['at'], 'validation.beforeReceived', d.at);
      return {
        ...a,
        state: 'declined',
        decision: { kind: 'declined', at: d.at, groundId: d.groundId, details: d.details },
      };
    });
  }

  /** The highest notice number of the advocate in the year, 0 when none. */
  private async lastNoticeNumber(advocateId: string, year: number): Promise<number> {
    const prefix = `${advocateId}#${year}#`;
    const [last] = await this.table
      .where('noticeKeys')
      .between(prefix, `${prefix}\uffff`)
      .reverse()
      .limit(1)
      .keys();
    return last === undefined ? 0 : Number(String(last).slice(prefix.length));
  }

  /**
   * cl. 9; UPK 68(8): a notice of defence, numbered continuously per advocate per year of its
   * date across all appointments. The number is part of the (encoded) record, so it is chosen
   * before the transaction and checked inside it; if another tab took it meanwhile, the write
   * is abandoned and retried with the next number.
   */
  async issueNotice(
    id: string,
    input: NoticeInput,
    actor: string,
  ): Promise<{ appointment: Appointment; notice: Notice }> {
    const n = noticeInputSchema.parse(input);
    this.refuseFutureDate('date', n.date);
    const year = Number(n.date.slice(0, 4));
    for (let attempt = 1; ; attempt++) {
      const row = await this.table.get(id);
      if (!row) throw new AppointmentStateError('appointment.notFound', id);
      const number = (await this.lastNoticeNumber(row.advocateId, year)) + 1;
      const notice: Notice = {
        id: this.deps.newId(),
        number,
        year,
        date: n.date,
        addressee: n.addressee,
        createdAt: this.deps.now(),
      };
      try {
        const appointment = await this.append(
          id,
          actor,
          'notice',
          (a) => {
            if (n.date < a.decree.date) invalid(['date'], 'validation.beforeDecree', n.date);
            return { ...a, notices: [...a.notices, notice] };
          },
          async () => {
            if ((await this.lastNoticeNumber(row.advocateId, year)) !== number - 1)
              throw new NoticeNumberTaken();
          },
        );
        return { appointment, notice };
      } catch (e) {
        if (!(e instanceof NoticeNumberTaken) || attempt >= NOTICE_ATTEMPTS) throw e;
      }
    }
  }

  /** cl. 47, 44–46: the body, the paid advocate or the collegium was notified. */
  async addNotification(id: string, input: NotificationInput, actor: string): Promise<Appointment> {
    const n = notificationInputSchema.parse(input);
    this.refuseFutureTime('at', n.at);
    const notification = { ...n, id: this.deps.newId() };
    return this.append(id, actor, 'notify', (a) => {
      if (n.noticeId && !a.notices.some((x) => x.id === n.noticeId))
        invalid(['noticeId'], 'validation.unknownNotice', n.noticeId);
      return { ...a, notifications: [...a.notifications, notification] };
    });
  }

  /**
   * Logs a procedural action. Refused before the decree's date, in the future, or overlapping
   * another (not withdrawn) item of this appointment — past midnight included.
   */
  async logWork(
    id: string,
    input: WorkItemInput,
    ctx: WorkItemContext,
    actor: string,
  ): Promise<{ appointment: Appointment; item: WorkItem }> {
    const w = workItemInputSchema.parse(input);
    this.refuseFutureDate('date', w.date);
    const item = deriveWorkItem(w, ctx, this.deps.newId(), this.deps.now());
    const appointment = await this.append(id, actor, 'work', (a) => {
      if (w.date < a.decree.date) invalid(['date'], 'validation.beforeDecree', w.date);
      if (a.work.some((other) => !other.withdrawn && workOverlaps(other, w)))
        invalid(['startedAt'], 'validation.workOverlap', w.startedAt);
      return { ...a, work: [...a.work, item] };
    });
    return { appointment, item };
  }

  /** Withdraws a work item with a reason; it stays in the log, marked. */
  async withdrawWork(
    id: string,
    workId: string,
    reason: string,
    actor: string,
  ): Promise<Appointment> {
    const why = reason.trim();
    if (!why) invalid(['reason'], 'validation.required', reason);
    if (why.length > 500) invalid(['reason'], 'validation.tooLong', reason);
    const at = this.deps.now();
    return this.append(id, actor, 'withdraw-work', (a) => {
      const item = a.work.find((x) => x.id === workId);
      if (!item) throw new AppointmentStateError('appointment.workNotFound', id);
      if (item.withdrawn) throw new AppointmentStateError('appointment.workWithdrawn', id);
      return {
        ...a,
        work: a.work.map((x) => (x.id === workId ? { ...x, withdrawn: { at, reason: why } } : x)),
      };
    });
  }

  /** cl. 44–46: a paid advocate appeared; recording again replaces it (history keeps it). */
  async recordPaidAdvocate(
    id: string,
    input: PaidAdvocateInput,
    actor: string,
  ): Promise<Appointment> {
    const p = paidAdvocateInputSchema.parse(input);
    this.refuseFutureTime('learnedAt', p.learnedAt);
    this.refuseFutureTime('clientInformedAt', p.clientInformedAt);
    return this.append(id, actor, 'paid-advocate', (a) => ({ ...a, paidAdvocate: p }));
  }

  /**
   * UPK 69: the client's refusal, with the pack's warnings that applied. Only a refusal the
   * body accepted ends the defence (state 'refused'); pending or not accepted, it goes on.
   */
  async recordClientRefusal(
    id: string,
    input: ClientRefusalInput,
    warnings: string[],
    actor: string,
  ): Promise<Appointment> {
    const r = clientRefusalInputSchema.parse(input);
    this.refuseFutureTime('at', r.at);
    return this.append(id, actor, 'refusal', (a) => ({
      ...a,
      clientRefusal: { ...r, warnings: [...warnings] },
      state: r.outcome === 'accepted' ? 'refused' : a.state,
    }));
  }

  /** cl. 27(2): passed to another advocate with the permission recorded. */
  async transfer(id: string, input: TransferInput, actor: string): Promise<Appointment> {
    const t = transferInputSchema.parse(input);
    this.refuseFutureTime('permittedAt', t.permittedAt);
    return this.append(id, actor, 'transfer', (a) => ({ ...a, transfer: t, state: 'transferred' }));
  }

  /** The defence ended with a final document; not before the decree, not in the future. */
  async complete(id: string, input: CompletionInput, actor: string): Promise<Appointment> {
    const c = completionInputSchema.parse(input);
    this.refuseFutureDate('date', c.date);
    return this.append(id, actor, 'complete', (a) => {
      if (c.date < a.decree.date) invalid(['date'], 'validation.beforeDecree', c.date);
      return { ...a, completion: c, state: 'completed' };
    });
  }

  // ── reads (appointment-reads.ts) ───────────────────────────────────────────────────────

  async get(id: string): Promise<Appointment | undefined> {
    return this.reads.get(id);
  }

  /** All versions, oldest first (the last is the current one). */
  async history(id: string): Promise<Appointment[]> {
    return this.reads.history(id);
  }

  /** One advocate's index rows matching the filter, in register order (no decryption). */
  async list(ownerId: string, filter: AppointmentFilter = {}): Promise<AppointmentRow[]> {
    return this.reads.list(ownerId, filter);
  }

  /** One advocate's by client name words or IIN, or by the case number. Newest first. */
  async search(
    ownerId: string,
    query: string,
    filter: AppointmentFilter = {},
    limit = 200,
  ): Promise<Appointment[]> {
    return this.reads.search(ownerId, query, filter, limit);
  }

  /** The advocate's stages of one case for one client (cl. 4.3), in the order received. */
  async stagesOf(ownerId: string, caseGroupId: string): Promise<Appointment[]> {
    return this.reads.stagesOf(ownerId, caseGroupId);
  }

  /** The advocate's appointments in the same case, however its number was written. */
  async forCase(ownerId: string, caseNumber: string): Promise<Appointment[]> {
    return this.reads.forCase(ownerId, caseNumber);
  }

  /** The advocate's records the conflict check compares with the intake (UPK 66(4), 94). */
  async conflictCandidates(
    ownerId: string,
    intake: AppointmentIntake & { id?: string },
  ): Promise<ConflictCandidates> {
    return this.reads.conflictCandidates(ownerId, intake);
  }

  /** The settlement of the advocate's newest appointment that states one (the next default). */
  async latestSettlement(ownerId: string): Promise<SettlementKind | undefined> {
    return latestSettlement(this.table, ownerId);
  }
}
