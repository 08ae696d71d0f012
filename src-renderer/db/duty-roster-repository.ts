/**
 * The office's roster (Rules cl. 12–14, 23), kept by the consultation head. A member who leaves
 * is marked 'left', never deleted: published schedules and hand-overs still name them.
 */
import {
  rosterMemberInputSchema,
  type RosterMember,
  type RosterMemberFields,
  type RosterMemberInput,
} from '../../src-shared/contracts/entities/duty-roster';
import type { Profile } from '../../src-shared/contracts/entities/profile';
import { commitChange, type RepoDeps } from './commit-change';

export const ROSTER_ENTITY = 'rosterMember';

export class RosterRepository {
  constructor(private readonly deps: RepoDeps) {}

  /** Every member, active first, then by name (the order of the roster screen and PDF). */
  async list(): Promise<RosterMember[]> {
    const all = await this.deps.db.rosterMembers.toArray();
    return all.sort(
      (a, b) =>
        Number(a.status === 'left') - Number(b.status === 'left') ||
        a.fullName.localeCompare(b.fullName, 'kk'),
    );
  }

  get(id: string): Promise<RosterMember | undefined> {
    return this.deps.db.rosterMembers.get(id);
  }

  /**
   * Creates a member (no `id`) or saves a new version of one. Validates first (a ZodError whose
   * messages are i18n keys); identical values save nothing.
   */
  async save(input: RosterMemberInput, headId: string, id?: string): Promise<RosterMember> {
    const fields: RosterMemberFields = rosterMemberInputSchema.parse(input);
    const existing = id ? await this.get(id) : undefined;
    if (id && !existing) throw new Error(`roster member ${id} not found`);
    const now = this.deps.now();
    const changed = (Object.keys(fields) as (keyof RosterMemberFields)[]).filter(
      (k) => !existing || JSON.stringify(existing[k]) !== JSON.stringify(fields[k]),
    );
    if (existing && changed.length === 0) return existing;
    const record: RosterMember = existing
      ? { ...existing, ...fields, headId, version: existing.version + 1, updatedAt: now }
      : {
          ...fields,
          id: this.deps.newId(),
          headId,
          version: 1,
          createdAt: now,
          updatedAt: now,
        };
    await commitChange(this.deps, {
      entity: ROSTER_ENTITY,
      table: this.deps.db.rosterMembers,
      record,
      // Advocates' names and phones are printed in the public schedule (cl. 21): office data.
      personalFields: [],
      action: existing ? 'update' : 'create',
      actor: headId,
      fields: changed,
    });
    return record;
  }

  /**
   * Adds the office's synced advocates (their profiles, pulled by the head's device) who are not
   * on the roster yet, linked to their account so hand-overs reach them. Returns those added.
   */
  async addFromProfiles(profiles: readonly Profile[], headId: string): Promise<RosterMember[]> {
    const members = await this.deps.db.rosterMembers.toArray();
    const linked = new Set(members.map((m) => m.userId).filter(Boolean));
    const added: RosterMember[] = [];
    for (const p of profiles) {
      if (linked.has(p.id)) continue;
      added.push(
        await this.save(
          { fullName: p.fullName, phone: p.phone, userId: p.id, licenceNumber: p.licenceNumber },
          headId,
        ),
      );
    }
    return added;
  }
}
