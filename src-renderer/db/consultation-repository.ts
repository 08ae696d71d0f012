/**
 * The consultation register (MoJ order 1463; Rules cl. 31–32, 38–43). Entries are numbered
 * continuously per advocate per year inside the write transaction; a correction is a new
 * version with a reason, and the replaced version is archived in the same transaction.
 * Nothing is ever deleted.
 *
 * One table holds every advocate's entries a device has (a head's device receives the whole
 * office), so the register's reads take the owner whose register they read (`ownerId`: the
 * signed-in profile's id on the advocate's own pages), and a correction by anyone but the
 * entry's owner is refused (register-owner.ts).
 */
import {
  consultationInputSchema,
  type ConsultationEntry,
  type ConsultationFields,
  type ConsultationInput,
  type SettlementKind,
} from '../../src-shared/contracts/entities/consultation';
import { matchesQuery, querySearchKeys } from '../../src-shared/domain/consultations/search-tokens';
import { durationMinutes } from '../../src-shared/domain/consultations/time';
import { commitChange, type RepoDeps } from './commit-change';
import {
  CONSULTATION_ENTITY,
  CONSULTATION_PERSONAL as PERSONAL,
  consultationLookupKeys,
  consultationSearchKey,
} from './consultation-rows';
import { decodeFields } from './field-codec';
import { refuseFutureTime } from './field-errors';
import { newestUnderSearchKey } from './key-search';
import { latestSettlement } from './latest-settlement';
import { personIinKey } from './lookup-keys';
import { nextRegisterNumber } from './register-number';
import { assertOwnRecord, ownedBy, ownerRows } from './register-owner';
import type { ConsultationRow } from './rows';

export { CONSULTATION_ENTITY } from './consultation-rows';

/** The search key likely to match the fewest entries (see search-tokens.ts for the kinds). */
export function mostSelective(keys: readonly string[]): string {
  const rank = (k: string) =>
    k.startsWith('i:') ? 0 : k.startsWith('p:') ? 1 : k.startsWith('i6:') ? 2 : 3;
  return [...keys].sort((a, b) => rank(a) - rank(b) || b.length - a.length)[0]!;
}

export interface RegisterFilter {
  month?: string;
  status?: string;
  categoryId?: string | null;
  language?: string;
}

export class ConsultationRepository {
  constructor(private readonly deps: RepoDeps) {}

  /**
   * Row fields derived from the entry's fields; personal content goes into entryJson (not yet
   * encoded: commitChange encodes it). Public so bench/ builds bulk rows exactly as create() does.
   */
  async rowFor(
    fields: ConsultationFields,
    meta: Omit<
      ConsultationRow,
      | 'month'
      | 'date'
      | 'status'
      | 'categoryId'
      | 'language'
      | 'issueAreaId'
      | 'durationMinutes'
      | 'appointmentAt'
      | 'iinKey'
      | 'searchKeys'
      | 'entryJson'
      | 'year'
      | 'settlement'
    >,
    year: number,
  ): Promise<ConsultationRow> {
    const row: ConsultationRow = {
      ...meta,
      year,
      month: fields.appliedAt.slice(0, 7),
      date: fields.appliedAt.slice(0, 10),
      status: fields.status,
      categoryId: fields.categoryId,
      language: fields.language,
      issueAreaId: fields.issue.areaId,
      durationMinutes: durationMinutes(fields.startedAt, fields.endedAt),
      appointmentAt: fields.status === 'deferred' ? fields.appointmentAt : '',
      ...(await consultationLookupKeys(this.deps.codec, fields)),
      entryJson: JSON.stringify(fields),
    };
    // A plain copy (the entry in entryJson keeps its own): the office's semiannual summary
    // counts rural aid (cl. 5.4) from rows, without decoding anyone's entries.
    if (fields.settlement) row.settlement = fields.settlement;
    return row;
  }

  /** The entry a row describes, from its (already decoded) fields. */
  private entryOf(fields: ConsultationFields, row: ConsultationRow): ConsultationEntry {
    const entry: ConsultationEntry = {
      ...fields,
      id: row.id,
      version: row.version,
      advocateId: row.advocateId,
      year: row.year,
      number: row.number,
      durationMinutes: row.durationMinutes,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
    if (row.correctionReason) entry.correctionReason = row.correctionReason;
    return entry;
  }

  async open(row: ConsultationRow): Promise<ConsultationEntry> {
    const plain = await decodeFields(this.deps.codec, CONSULTATION_ENTITY, row, PERSONAL);
    return this.entryOf(JSON.parse(plain.entryJson) as ConsultationFields, row);
  }

  /**
   * The schema has no clock; the register refuses an application time in the future (by this
   * device's local clock), as a ZodError on `appliedAt` so forms show it on the field.
   */
  private parse(input: ConsultationInput): ConsultationFields {
    const fields = consultationInputSchema.parse(input);
    refuseFutureTime('appliedAt', fields.appliedAt, this.deps.now());
    return fields;
  }

  /** Adds an entry; its number is the advocate's next in the year of applying. */
  async create(input: ConsultationInput, advocateId: string): Promise<ConsultationEntry> {
    const fields = this.parse(input);
    const now = this.deps.now();
    const year = Number(fields.appliedAt.slice(0, 4));
    const row = await this.rowFor(
      fields,
      { id: this.deps.newId(), version: 1, createdAt: now, updatedAt: now, advocateId, number: 0 },
      year,
    );
    const table = this.deps.db.consultations;
    let written = row;
    await commitChange(this.deps, {
      entity: CONSULTATION_ENTITY,
      table,
      record: row,
      personalFields: PERSONAL,
      action: 'create',
      actor: advocateId,
      fields: Object.keys(fields),
      beforeWrite: async (_current, stored) => {
        written = { ...stored, number: await nextRegisterNumber(table, advocateId, year) };
        return written;
      },
    });
    return this.entryOf(fields, { ...row, number: written.number });
  }

  /**
   * A correction: a new version with a reason; the previous version is archived, not lost.
   * Only the entry's own advocate corrects it (NotOwnRecordError otherwise).
   */
  async correct(
    id: string,
    input: ConsultationInput,
    reason: string,
    actor: string,
  ): Promise<ConsultationEntry> {
    const fields = consultationInputSchema.parse(input);
    if (!reason.trim()) throw new Error('a correction needs a reason');
    const current = await this.deps.db.consultations.get(id);
    if (!current) throw new Error(`no register entry ${id}`);
    assertOwnRecord(CONSULTATION_ENTITY, current, actor);
    const before = await this.open(current);
    const now = this.deps.now();
    const row = await this.rowFor(
      fields,
      {
        id,
        version: current.version + 1,
        createdAt: current.createdAt,
        updatedAt: now,
        advocateId: current.advocateId,
        number: current.number,
        correctionReason: reason.trim(),
      },
      current.year,
    );
    const changed = (Object.keys(fields) as (keyof ConsultationFields)[]).filter(
      (k) => JSON.stringify(fields[k]) !== JSON.stringify(before[k]),
    );
    await commitChange(this.deps, {
      entity: CONSULTATION_ENTITY,
      table: this.deps.db.consultations,
      record: row,
      personalFields: PERSONAL,
      action: 'correct',
      actor,
      fields: changed,
      reason: reason.trim(),
      extraTables: [this.deps.db.consultationVersions],
      beforeWrite: async (stored, next) => {
        if (stored) await this.deps.db.consultationVersions.put(stored);
        return next;
      },
    });
    return this.entryOf(fields, row);
  }

  async get(id: string): Promise<ConsultationEntry | undefined> {
    const row = await this.deps.db.consultations.get(id);
    return row ? this.open(row) : undefined;
  }

  /** All versions of an entry, oldest first (the last is the current one). */
  async history(id: string): Promise<ConsultationEntry[]> {
    const old = await this.deps.db.consultationVersions.where('id').equals(id).sortBy('version');
    const current = await this.deps.db.consultations.get(id);
    return Promise.all([...old, ...(current ? [current] : [])].map((r) => this.open(r)));
  }

  /**
   * One advocate's index rows matching the filters, in register order (no decryption needed).
   * The month and status indexes hold the whole office on a head's device: the owner is
   * checked in memory on what they return (no `[advocateId+month]` index; the schema is not
   * changed for it); without those filters the owner's own index range is read.
   */
  async list(ownerId: string, filter: RegisterFilter = {}): Promise<ConsultationRow[]> {
    const t = this.deps.db.consultations;
    const base = filter.month
      ? t.where('month').equals(filter.month)
      : filter.status
        ? t.where('status').equals(filter.status)
        : ownerRows(t, ownerId);
    const rows = await base
      .filter(
        (r) =>
          r.advocateId === ownerId &&
          (!filter.status || r.status === filter.status) &&
          (filter.categoryId === undefined || r.categoryId === filter.categoryId) &&
          (!filter.language || r.language === filter.language),
      )
      .toArray();
    return rows.sort((a, b) => a.year - b.year || a.number - b.number);
  }

  /** One advocate's entries by name words or IIN (key index, re-checked on decoded rows). */
  async search(
    ownerId: string,
    query: string,
    filter: RegisterFilter = {},
    limit = 200,
  ): Promise<ConsultationEntry[]> {
    return (await this.searchMatches(ownerId, query, filter, limit)).map((m) => m.entry);
  }

  /** One advocate's rows (register order, newest first) whose decoded names/IINs match. */
  async searchRows(
    ownerId: string,
    query: string,
    filter: RegisterFilter = {},
    limit = 200,
  ): Promise<ConsultationRow[]> {
    return (await this.searchMatches(ownerId, query, filter, limit)).map((m) => m.row);
  }

  /**
   * Index first, decryption last. One key is read — the most selective by construction: a full
   * IIN, else a word pair, else the birth-date prefix, else the longest word prefix (counting
   * keys in IndexedDB costs as much as reading them, bench/ showed) — newest first (UUIDv7 ids
   * sort by time), a page at a time. The other query words are checked on the decoded names,
   * which every match is anyway (a key is only a prefix), and decryption stops at `limit`.
   * Another advocate's row is dropped with the plain filters, before anything is decoded.
   */
  private async searchMatches(
    ownerId: string,
    query: string,
    filter: RegisterFilter,
    limit: number,
  ) {
    const q = querySearchKeys(query);
    if (q.keys.length === 0) return [];
    const table = this.deps.db.consultations;
    const best = await consultationSearchKey(this.deps.codec, mostSelective(q.keys));

    const found: { row: ConsultationRow; entry: ConsultationEntry }[] = [];
    const keep = (r: ConsultationRow) =>
      r.advocateId === ownerId &&
      (!filter.month || r.month === filter.month) &&
      (!filter.status || r.status === filter.status) &&
      (filter.categoryId === undefined || r.categoryId === filter.categoryId) &&
      (!filter.language || r.language === filter.language);
    for await (const row of newestUnderSearchKey(table, best, keep)) {
      const entry = await this.open(row);
      const names = [entry.applicant.fullName, entry.representedPerson?.fullName ?? ''];
      const iins = [entry.applicant.iin, entry.representedPerson?.iin ?? ''];
      if (matchesQuery(q.words, names, iins)) found.push({ row, entry });
      if (found.length >= limit) break;
    }
    return found.sort((a, b) => b.row.year - a.row.year || b.row.number - a.row.number);
  }

  /**
   * Earlier entries for the same person (cl. 42 repeats; paid-time caps), whoever gave them:
   * deliberately not scoped to one advocate — the person gets aid once on the same issue in
   * the office, so on a head's device the office's entries count too.
   */
  async forPerson(iin: string): Promise<ConsultationRow[]> {
    return this.deps.db.consultations
      .where('iinKey')
      .equals(await personIinKey(this.deps.codec, iin))
      .toArray();
  }

  /**
   * Entries of one day (the per-day paid-time cap). With `ownerId`, only that advocate's: the
   * cap is on the advocate's own time, and a head's device holds the office's entries too.
   */
  async onDate(date: string, ownerId?: string): Promise<ConsultationRow[]> {
    const rows = this.deps.db.consultations.where('date').equals(date);
    return (ownerId === undefined ? rows : rows.filter(ownedBy(ownerId))).toArray();
  }

  /** The settlement of the advocate's newest entry that states one (a new entry's default). */
  async latestSettlement(ownerId: string): Promise<SettlementKind | undefined> {
    return latestSettlement(this.deps.db.consultations, ownerId);
  }

  /** One advocate's deferred entries whose appointment has passed (`now`: local time). */
  async overdue(ownerId: string, now: string): Promise<ConsultationRow[]> {
    return this.deps.db.consultations
      .where('appointmentAt')
      .between('0', now, true, false)
      .filter((r) => r.advocateId === ownerId && r.status === 'deferred')
      .toArray();
  }
}
