/**
 * The month's duty schedules (Rules cl. 20–25), kept by the consultation head, and advocates'
 * acknowledgments of them (cl. 22). What a change means (draft vs published edition, the log,
 * the reasons cl. 24 asks for) is decided by the pure functions of
 * src-shared/domain/duty/schedule-edits.ts; this file only stores their result, one
 * transaction per change (row + outbox op + audit entry).
 */
import {
  scheduleSetupSchema,
  substitutionInputSchema,
  type DutySchedule,
  type ScheduleAck,
  type ScheduleSetupInput,
  type SubstitutionInput,
} from '../../src-shared/contracts/entities/duty-schedule';
import type { DutyKind } from '../../src-shared/contracts/entities/duty-roster';
import { dutiesOf } from '../../src-shared/domain/duty/ack-status';
import {
  applyGenerated,
  publish,
  setDayMembers,
  substitute,
  type EditMeta,
} from '../../src-shared/domain/duty/schedule-edits';
import type { GenerateResult } from '../../src-shared/domain/duty/types';
import { commitChange, type RepoDeps } from './commit-change';

export const SCHEDULE_ENTITY = 'dutySchedule';
export const SCHEDULE_ACK_ENTITY = 'scheduleAck';

/** The head who changes a schedule: their id (sync owner) and name (printed in the log). */
export interface HeadActor {
  id: string;
  name: string;
}

/** An edit of a published schedule is a new edition: these fields change with the days. */
const CHANGED_DAYS = ['days', 'edition', 'publishedAt', 'log'];

export class ScheduleExistsError extends Error {
  readonly code = 'duty.errors.scheduleExists';
  constructor(readonly month: string) {
    super(`a schedule for ${month} already exists`);
    this.name = 'ScheduleExistsError';
  }
}

export class DutyScheduleRepository {
  constructor(private readonly deps: RepoDeps) {}

  /**
   * The schedule of a month. Two can exist only if two devices of the office each made one
   * offline; the one published first (else the older) is the month's, the other shows as a copy.
   */
  async forMonth(month: string): Promise<DutySchedule | undefined> {
    const all = await this.deps.db.dutySchedules.where('month').equals(month).toArray();
    return all.sort(
      (a, b) =>
        Number(b.status === 'published') - Number(a.status === 'published') ||
        a.createdAt.localeCompare(b.createdAt),
    )[0];
  }

  get(id: string): Promise<DutySchedule | undefined> {
    return this.deps.db.dutySchedules.get(id);
  }

  /** Every published schedule, newest month first (what an advocate's device shows). */
  async published(): Promise<DutySchedule[]> {
    const all = await this.deps.db.dutySchedules.toArray();
    return all
      .filter((s) => s.status === 'published')
      .sort((a, b) => b.month.localeCompare(a.month));
  }

  async createDraft(
    setup: ScheduleSetupInput,
    context: { officeName: string; calendarPack: { id: string; version: number } },
    head: HeadActor,
  ): Promise<DutySchedule> {
    const s = scheduleSetupSchema.parse(setup);
    if (await this.forMonth(s.month)) throw new ScheduleExistsError(s.month);
    const now = this.deps.now();
    const record: DutySchedule = {
      id: this.deps.newId(),
      version: 1,
      createdAt: now,
      updatedAt: now,
      headId: head.id,
      month: s.month,
      officeName: context.officeName,
      responsibleName: s.responsibleName,
      responsiblePhone: s.responsiblePhone,
      settings: s.settings,
      days: [],
      status: 'draft',
      edition: 0,
      publishedAt: null,
      calendarPack: context.calendarPack,
      log: [],
    };
    await this.commit(record, undefined, head, 'create', Object.keys(s));
    return record;
  }

  /** Draft only: the setup (responsible person, weekend duty, advocates per day) changes. */
  async updateSetup(id: string, setup: ScheduleSetupInput, head: HeadActor) {
    const s = scheduleSetupSchema.parse(setup);
    return this.change(id, head, ['settings', 'responsibleName', 'responsiblePhone'], (cur) => {
      if (cur.status !== 'draft') throw new Error('only a draft can be set up again');
      return {
        ...cur,
        settings: s.settings,
        responsibleName: s.responsibleName,
        responsiblePhone: s.responsiblePhone,
      };
    });
  }

  generate(id: string, result: GenerateResult, head: HeadActor) {
    return this.change(id, head, ['days', 'log'], (cur, meta) => applyGenerated(cur, result, meta));
  }

  setDay(
    id: string,
    day: { date: string; kind: DutyKind; memberIds: string[]; reason: string },
    head: HeadActor,
  ) {
    return this.change(
      id,
      head,
      CHANGED_DAYS,
      (cur, meta) => setDayMembers(cur, day, meta),
      day.reason,
    );
  }

  /** cl. 24: a substitution on the advocate's request, with its reason. */
  substitute(id: string, input: SubstitutionInput, head: HeadActor) {
    const parsed = substitutionInputSchema.parse(input);
    return this.change(
      id,
      head,
      CHANGED_DAYS,
      (cur, meta) => substitute(cur, parsed, meta),
      parsed.reason,
    );
  }

  publish(id: string, head: HeadActor) {
    return this.change(id, head, ['status', 'edition', 'publishedAt', 'log'], (cur, meta) =>
      publish(cur, meta),
    );
  }

  /** Acknowledgments of a schedule (every edition), oldest first. */
  async acks(scheduleId: string): Promise<ScheduleAck[]> {
    const all = await this.deps.db.scheduleAcks.where('scheduleId').equals(scheduleId).toArray();
    return all.sort((a, b) => a.acknowledgedAt.localeCompare(b.acknowledgedAt));
  }

  /**
   * cl. 22: the advocate answers «Қабылданды» / «Принято» to the current edition, recording the
   * duties they saw. A published schedule only.
   */
  async acknowledge(
    schedule: DutySchedule,
    memberId: string,
    advocateId: string,
    locale: 'kk' | 'ru',
  ): Promise<ScheduleAck> {
    if (schedule.status !== 'published')
      throw new Error('only a published schedule is acknowledged');
    const now = this.deps.now();
    const ack: ScheduleAck = {
      id: this.deps.newId(),
      version: 1,
      createdAt: now,
      updatedAt: now,
      advocateId,
      scheduleId: schedule.id,
      month: schedule.month,
      edition: schedule.edition,
      memberId,
      duties: dutiesOf(schedule, memberId),
      acknowledgedAt: now,
      word: locale === 'kk' ? 'Қабылданды' : 'Принято',
    };
    await commitChange(this.deps, {
      entity: SCHEDULE_ACK_ENTITY,
      table: this.deps.db.scheduleAcks,
      record: ack,
      personalFields: [],
      action: 'create',
      actor: advocateId,
      fields: ['edition', 'duties', 'word'],
    });
    return ack;
  }

  private async change(
    id: string,
    head: HeadActor,
    fields: string[],
    edit: (cur: DutySchedule, meta: EditMeta) => DutySchedule,
    reason?: string,
  ): Promise<DutySchedule> {
    const cur = await this.get(id);
    if (!cur) throw new Error(`schedule ${id} not found`);
    const now = this.deps.now();
    const next = edit(cur, { id: this.deps.newId(), at: now, by: head.name });
    const record: DutySchedule = {
      ...next,
      id: cur.id,
      headId: head.id,
      version: cur.version + 1,
      updatedAt: now,
    };
    await this.commit(record, cur, head, 'update', fields, reason);
    return record;
  }

  private commit(
    record: DutySchedule,
    previous: DutySchedule | undefined,
    head: HeadActor,
    action: 'create' | 'update',
    fields: string[],
    reason?: string,
  ) {
    return commitChange(this.deps, {
      entity: SCHEDULE_ENTITY,
      table: this.deps.db.dutySchedules,
      record,
      personalFields: [],
      action: previous ? action : 'create',
      actor: head.id,
      fields,
      ...(reason ? { reason } : {}),
    });
  }
}
