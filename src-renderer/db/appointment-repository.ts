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
 */
import Dexie from 'dexie';
import { ZodError, type z } from 'zod';
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
  type AppointmentState,
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
import type { ConsultationEntry } from '../../src-shared/contracts/entities/consultation';
import {
  normalizeCaseNumber,
  normalizePersonName,
} from '../../src-shared/domain/appointments/case-keys';
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
  entrySearchKeys,
  matchesQuery,
  querySearchKeys,
} from '../../src-shared/domain/consultations/search-tokens';
import { isFutureLocal } from '../../src-shared/domain/consultations/time';
import { todayIso } from '../../src-shared/domain/dates/iso-date';
import { commitChange, type RepoDeps } from './commit-change';
import { ConsultationRepository, mostSelective } from './consultation-repository';
import { decodeFields } from './field-codec';
import type { AppointmentRow } from './rows';

export const APPOINTMENT_ENTITY = 'appointment';
const PERSONAL = ['recordJson'] as const;
/** Ids read (newest first) per step of a search. */
const SEARCH_PAGE = 250;
/** Consultations read per person for the conflict check. */
const CONFLICT_CONSULTATIONS_PER_PERSON = 1000;
/** Attempts at a notice number when another tab takes the same one meanwhile. */
const NOTICE_ATTEMPTS = 5;

/** Fields kept as plain columns of the row; everything else is the (personal) body. */
const ROW_META = [
  'id',
  'version',
  'advocateId',
  'year',
  'number',
  'state',
  'caseGroupId',
  'createdAt',
  'updatedAt',
  'changeReason',
] as const;
type RowMeta = (typeof ROW_META)[number];
/** What `recordJson` holds. */
export type AppointmentBody = Omit<Appointment, RowMeta>;

const INTAKE_KEYS = Object.keys(appointmentIntakeSchema.shape) as (keyof AppointmentIntake)[];
/** Intake fields the conflict check compared: changing them before the decision voids it. */
const CONFLICT_KEYS: readonly (keyof AppointmentIntake)[] = [
  'caseNumber',
  'client',
  'opposingParties',
];

export interface AppointmentFilter {
  /** YYYY-MM of receiving. */
  month?: string;
  state?: string;
}

export interface ConflictCandidates {
  appointments: Appointment[];
  consultations: ConsultationEntry[];
  /** What was compared, for `ConflictCheck.compared`. */
  counts: { appointments: number; consultations: number };
}

/** The plain index key of a notice: register coordinates only, nothing personal. */
export function noticeKey(advocateId: string, year: number, number: number): string {
  return `${advocateId}#${year}#${String(number).padStart(6, '0')}`;
}

function invalid(path: (string | number)[], message: string, input: unknown): never {
  throw new ZodError([{ code: 'custom', path, message, input }]);
}

/** Another tab issued the same notice number first; the write is retried with the next one. */
class NoticeNumberTaken extends Error {}

const registerOrder = (a: { year: number; number: number }, b: { year: number; number: number }) =>
  a.year - b.year || a.number - b.number;

export class AppointmentRepository {
  private readonly consultations: ConsultationRepository;

  constructor(
    private readonly deps: RepoDeps,
    consultations?: ConsultationRepository,
  ) {
    this.consultations = consultations ?? new ConsultationRepository(deps);
  }

  private key(kind: string, value: string) {
    return this.deps.codec.lookupKey(APPOINTMENT_ENTITY, kind, value);
  }

  private get table() {
    return this.deps.db.appointments;
  }

  // ── rows ───────────────────────────────────────────────────────────────────────────────

  /** Lookup keys ('iin' and normalised 'name') of the persons, for the conflict check. */
  private async personKeysOf(
    persons: readonly { fullName: string; iin: string }[],
  ): Promise<string[]> {
    const keys = new Set<string>();
    for (const p of persons) {
      if (p.iin) keys.add(await this.key('iin', p.iin));
      const name = normalizePersonName(p.fullName);
      if (name) keys.add(await this.key('name', name));
    }
    return [...keys];
  }

  private async caseSearchKey(caseNumber: string): Promise<string | null> {
    const norm = normalizeCaseNumber(caseNumber);
    return norm ? this.key('search', `c:${norm}`) : null;
  }

  /** The stored row of an appointment; `recordJson` is not yet encoded (commitChange does it). */
  private async rowFor(a: Appointment): Promise<AppointmentRow> {
    const body: Record<string, unknown> = { ...a };
    for (const k of ROW_META) delete body[k];
    const caseSearch = await this.caseSearchKey(a.caseNumber);
    const searchKeys = await Promise.all(
      entrySearchKeys([a.client.fullName], [a.client.iin]).map((k) => this.key('search', k)),
    );
    const row: AppointmentRow = {
      id: a.id,
      version: a.version,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
      advocateId: a.advocateId,
      year: a.year,
      number: a.number,
      month: a.receivedAt.slice(0, 7),
      receivedDate: a.receivedAt.slice(0, 10),
      state: a.state,
      stageId: a.stageId,
      caseKind: a.caseKind,
      language: a.language,
      source: a.source,
      caseGroupId: a.caseGroupId,
      caseKey: await this.key('case', normalizeCaseNumber(a.caseNumber)),
      personKeys: await this.personKeysOf([a.client, ...a.opposingParties]),
      searchKeys: caseSearch ? [...searchKeys, caseSearch] : searchKeys,
      noticeKeys: a.notices.map((n) => noticeKey(a.advocateId, n.year, n.number)),
      recordJson: JSON.stringify(body),
    };
    if (a.changeReason) row.changeReason = a.changeReason;
    return row;
  }

  async open(row: AppointmentRow): Promise<Appointment> {
    const plain = await decodeFields(this.deps.codec, APPOINTMENT_ENTITY, row, PERSONAL);
    const body = JSON.parse(plain.recordJson) as AppointmentBody;
    const a: Appointment = {
      ...body,
      id: row.id,
      version: row.version,
      advocateId: row.advocateId,
      year: row.year,
      number: row.number,
      state: row.state as AppointmentState,
      caseGroupId: row.caseGroupId,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
    if (row.changeReason) a.changeReason = row.changeReason;
    return a;
  }

  // ── time checks (the schemas have no clock) ────────────────────────────────────────────

  private refuseFutureTime(path: string, value: string) {
    if (value && isFutureLocal(value, new Date(this.deps.now())))
      invalid(path.split('.'), 'validation.future', value);
  }

  private refuseFutureDate(path: string, value: string) {
    if (value > todayIso(new Date(this.deps.now())))
      invalid(path.split('.'), 'validation.future', value);
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
        const last = await table
          .where('[advocateId+year+number]')
          .between([advocateId, year, Dexie.minKey], [advocateId, year, Dexie.maxKey])
          .last();
        number = (last?.number ?? 0) + 1;
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

  // ── reads ──────────────────────────────────────────────────────────────────────────────

  async get(id: string): Promise<Appointment | undefined> {
    const row = await this.table.get(id);
    return row ? this.open(row) : undefined;
  }

  /** All versions, oldest first (the last is the current one). */
  async history(id: string): Promise<Appointment[]> {
    const old = await this.deps.db.appointmentVersions.where('id').equals(id).sortBy('version');
    const current = await this.table.get(id);
    return Promise.all([...old, ...(current ? [current] : [])].map((r) => this.open(r)));
  }

  /** Index rows matching the filter, in register order (no decryption needed). */
  async list(filter: AppointmentFilter = {}): Promise<AppointmentRow[]> {
    const t = this.table;
    const base = filter.month
      ? t.where('month').equals(filter.month)
      : filter.state
        ? t.where('state').equals(filter.state)
        : t.toCollection();
    const rows = await base.filter((r) => this.matches(r, filter)).toArray();
    return rows.sort(registerOrder);
  }

  private matches(r: AppointmentRow, filter: AppointmentFilter): boolean {
    return (
      (!filter.month || r.month === filter.month) && (!filter.state || r.state === filter.state)
    );
  }

  private async openAll(rows: readonly (AppointmentRow | undefined)[]): Promise<Appointment[]> {
    const present = rows.filter((r): r is AppointmentRow => !!r).sort(registerOrder);
    return Promise.all(present.map((r) => this.open(r)));
  }

  /**
   * Search by the client's name words or IIN (as the consultation register: one most-selective
   * key, newest first, re-checked on the decoded record), or by the case number however it is
   * written (its normalised form is a key). Newest first.
   */
  async search(query: string, filter: AppointmentFilter = {}, limit = 200): Promise<Appointment[]> {
    const found = new Map<string, { row: AppointmentRow; a: Appointment }>();

    const caseNorm = normalizeCaseNumber(query);
    const caseKey = /\d/.test(caseNorm) ? await this.caseSearchKey(query) : null;
    if (caseKey) {
      const rows = await this.table.where('searchKeys').equals(caseKey).toArray();
      for (const row of rows.filter((r) => this.matches(r, filter))) {
        const a = await this.open(row);
        if (normalizeCaseNumber(a.caseNumber) === caseNorm) found.set(row.id, { row, a });
      }
    }

    const q = querySearchKeys(query);
    if (q.keys.length > 0) {
      const best = await this.key('search', mostSelective(q.keys));
      for (let offset = 0; found.size < limit; offset += SEARCH_PAGE) {
        const ids = await this.table
          .where('searchKeys')
          .equals(best)
          .reverse()
          .offset(offset)
          .limit(SEARCH_PAGE)
          .primaryKeys();
        if (ids.length === 0) break;
        const rows = (await this.table.bulkGet(ids)).filter(
          (r): r is AppointmentRow => !!r && !found.has(r.id) && this.matches(r, filter),
        );
        for (const row of rows) {
          const a = await this.open(row);
          if (matchesQuery(q.words, [a.client.fullName], [a.client.iin]))
            found.set(row.id, { row, a });
          if (found.size >= limit) break;
        }
      }
    }
    return [...found.values()]
      .sort((x, y) => registerOrder(y.row, x.row))
      .slice(0, limit)
      .map((m) => m.a);
  }

  /** The stages of one case for one client (cl. 4.3), in the order they were received. */
  async stagesOf(caseGroupId: string): Promise<Appointment[]> {
    const rows = await this.table.where('caseGroupId').equals(caseGroupId).toArray();
    const stages = await this.openAll(rows);
    return stages.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || registerOrder(a, b));
  }

  /**
   * The advocate's appointments in the same case, however its number was written. Enough for
   * continuity (cl. 4.3): an earlier stage of this case is always one of them.
   */
  async forCase(caseNumber: string): Promise<Appointment[]> {
    const rows = await this.table
      .where('caseKey')
      .equals(await this.key('case', normalizeCaseNumber(caseNumber)))
      .toArray();
    return this.openAll(rows);
  }

  /**
   * Records the conflict check must compare with the intake (UPK 66(4), 94): appointments in the
   * same case, and appointments naming the client or any opposing party on either side (by IIN
   * and by normalised name); consultations of every person (by IIN when known, else by name).
   * Index-driven; the appointment itself (when `intake` has an id) is left out. Deciding what
   * is a conflict is the caller's job.
   */
  async conflictCandidates(
    intake: AppointmentIntake & { id?: string },
  ): Promise<ConflictCandidates> {
    const persons = [intake.client, ...intake.opposingParties];
    const caseKey = await this.key('case', normalizeCaseNumber(intake.caseNumber));
    const personKeys = await this.personKeysOf(persons);
    const ids = new Set<string>([
      ...(await this.table.where('caseKey').equals(caseKey).primaryKeys()),
      ...(personKeys.length
        ? await this.table.where('personKeys').anyOf(personKeys).primaryKeys()
        : []),
    ]);
    if (intake.id) ids.delete(intake.id);
    const appointments = await this.openAll(await this.table.bulkGet([...ids]));

    const consultations = new Map<string, ConsultationEntry>();
    for (const p of persons) {
      // Consultation entries always carry IINs; a person without one is found by name.
      const query = p.iin || p.fullName;
      for (const e of await this.consultations.search(query, {}, CONFLICT_CONSULTATIONS_PER_PERSON))
        consultations.set(e.id, e);
    }
    const found = [...consultations.values()].sort(registerOrder);
    return {
      appointments,
      consultations: found,
      counts: { appointments: appointments.length, consultations: found.length },
    };
  }
}
