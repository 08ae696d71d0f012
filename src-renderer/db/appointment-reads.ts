/**
 * Reading the defence register: one appointment and its versions, the register's rows by
 * month/state, search by client or case number, the stages of a case, and the records a
 * conflict check compares. Reads only; every write goes through AppointmentRepository.
 *
 * A head's device holds every advocate's appointments of the office in the same table, so
 * every read but the ones by id takes the owner whose register it reads (`ownerId`): the
 * advocate's lists, reminders, continuity and conflict check never see another's records.
 * The indexes used here hold the office; the owner is checked in memory on what they return
 * (no index has the owner first except the register number's, and the schema is not changed).
 */
import type {
  Appointment,
  AppointmentIntake,
} from '../../src-shared/contracts/entities/appointment';
import type { ConsultationEntry } from '../../src-shared/contracts/entities/consultation';
import { normalizeCaseNumber } from '../../src-shared/domain/appointments/case-keys';
import { matchesQuery, querySearchKeys } from '../../src-shared/domain/consultations/search-tokens';
import {
  appointmentKey,
  caseKeyOf,
  caseSearchKey,
  openRow,
  personKeysOf,
} from './appointment-rows';
import type { RepoDeps } from './commit-change';
import { mostSelective, type ConsultationRepository } from './consultation-repository';
import { newestUnderSearchKey } from './key-search';
import { ownedBy, ownerRows } from './register-owner';
import type { AppointmentRow } from './rows';

/** Consultations read per person for the conflict check. */
const CONFLICT_CONSULTATIONS_PER_PERSON = 1000;

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

const registerOrder = (a: { year: number; number: number }, b: { year: number; number: number }) =>
  a.year - b.year || a.number - b.number;

export class AppointmentReads {
  constructor(
    private readonly deps: RepoDeps,
    private readonly consultations: ConsultationRepository,
  ) {}

  private get table() {
    return this.deps.db.appointments;
  }

  private open(row: AppointmentRow): Promise<Appointment> {
    return openRow(this.deps.codec, row);
  }

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

  /** One advocate's index rows matching the filter, in register order (no decryption). */
  async list(ownerId: string, filter: AppointmentFilter = {}): Promise<AppointmentRow[]> {
    const t = this.table;
    const base = filter.month
      ? t.where('month').equals(filter.month)
      : filter.state
        ? t.where('state').equals(filter.state)
        : ownerRows(t, ownerId);
    const rows = await base.filter((r) => this.matches(ownerId, r, filter)).toArray();
    return rows.sort(registerOrder);
  }

  private matches(ownerId: string, r: AppointmentRow, filter: AppointmentFilter): boolean {
    return (
      r.advocateId === ownerId &&
      (!filter.month || r.month === filter.month) &&
      (!filter.state || r.state === filter.state)
    );
  }

  /** The owner's rows among `rows`, opened, in register order. */
  private async openAll(
    ownerId: string,
    rows: readonly (AppointmentRow | undefined)[],
  ): Promise<Appointment[]> {
    const own = ownedBy(ownerId);
    const present = rows.filter((r): r is AppointmentRow => !!r && own(r)).sort(registerOrder);
    return Promise.all(present.map((r) => this.open(r)));
  }

  /**
   * Search by the client's name words or IIN (as the consultation register: one most-selective
   * key, newest first, re-checked on the decoded record), or by the case number however it is
   * written (its normalised form is a key). Newest first. One advocate's appointments only.
   */
  async search(
    ownerId: string,
    query: string,
    filter: AppointmentFilter = {},
    limit = 200,
  ): Promise<Appointment[]> {
    const found = new Map<string, { row: AppointmentRow; a: Appointment }>();

    const caseNorm = normalizeCaseNumber(query);
    const caseKey = /\d/.test(caseNorm) ? await caseSearchKey(this.deps.codec, query) : null;
    if (caseKey) {
      const rows = await this.table.where('searchKeys').equals(caseKey).toArray();
      for (const row of rows.filter((r) => this.matches(ownerId, r, filter))) {
        const a = await this.open(row);
        if (normalizeCaseNumber(a.caseNumber) === caseNorm) found.set(row.id, { row, a });
      }
    }

    const q = querySearchKeys(query);
    if (q.keys.length > 0 && found.size < limit) {
      const best = await appointmentKey(this.deps.codec, 'search', mostSelective(q.keys));
      const rows = newestUnderSearchKey(
        this.table,
        best,
        (r) => !found.has(r.id) && this.matches(ownerId, r, filter),
      );
      for await (const row of rows) {
        const a = await this.open(row);
        if (matchesQuery(q.words, [a.client.fullName], [a.client.iin]))
          found.set(row.id, { row, a });
        if (found.size >= limit) break;
      }
    }
    return [...found.values()]
      .sort((x, y) => registerOrder(y.row, x.row))
      .slice(0, limit)
      .map((m) => m.a);
  }

  /** The advocate's stages of one case for one client (cl. 4.3), in the order received. */
  async stagesOf(ownerId: string, caseGroupId: string): Promise<Appointment[]> {
    const rows = await this.table.where('caseGroupId').equals(caseGroupId).toArray();
    const stages = await this.openAll(ownerId, rows);
    return stages.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || registerOrder(a, b));
  }

  /**
   * The advocate's appointments in the same case, however its number was written. Enough for
   * continuity (cl. 4.3): an earlier stage of this case is always one of them.
   */
  async forCase(ownerId: string, caseNumber: string): Promise<Appointment[]> {
    const rows = await this.table
      .where('caseKey')
      .equals(await caseKeyOf(this.deps.codec, caseNumber))
      .toArray();
    return this.openAll(ownerId, rows);
  }

  /**
   * Records the conflict check must compare with the intake (UPK 66(4), 94): appointments in the
   * same case, and appointments naming the client or any opposing party on either side (by IIN
   * and by normalised name); consultations of every person (by IIN when known, else by name).
   * Index-driven; the appointment itself (when `intake` has an id) is left out. Deciding what
   * is a conflict is the caller's job. The advocate's own records only (`ownerId`): what the
   * advocate compared is what the recorded check says was compared.
   */
  async conflictCandidates(
    ownerId: string,
    intake: AppointmentIntake & { id?: string },
  ): Promise<ConflictCandidates> {
    const persons = [intake.client, ...intake.opposingParties];
    const caseKey = await caseKeyOf(this.deps.codec, intake.caseNumber);
    const personKeys = await personKeysOf(this.deps.codec, persons);
    const ids = new Set<string>([
      ...(await this.table.where('caseKey').equals(caseKey).primaryKeys()),
      ...(personKeys.length
        ? await this.table.where('personKeys').anyOf(personKeys).primaryKeys()
        : []),
    ]);
    if (intake.id) ids.delete(intake.id);
    const appointments = await this.openAll(ownerId, await this.table.bulkGet([...ids]));

    const consultations = new Map<string, ConsultationEntry>();
    for (const p of persons) {
      // Consultation entries always carry IINs; a person without one is found by name.
      const query = p.iin || p.fullName;
      const entries = await this.consultations.search(
        ownerId,
        query,
        {},
        CONFLICT_CONSULTATIONS_PER_PERSON,
      );
      for (const e of entries) consultations.set(e.id, e);
    }
    const found = [...consultations.values()].sort(registerOrder);
    return {
      appointments,
      consultations: found,
      counts: { appointments: appointments.length, consultations: found.length },
    };
  }
}
