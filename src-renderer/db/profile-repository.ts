/** The profile of whoever uses this copy of the app: one row, versioned, audited. */
import {
  profileInputSchema,
  profilePersonalFields,
  type Profile,
  type ProfileFields,
  type ProfileInput,
} from '../../src-shared/contracts/entities/profile';
import { commitChange, type RepoDeps } from './commit-change';
import { decodeFields } from './field-codec';

export const PROFILE_ENTITY = 'profile';

export class ProfileRepository {
  constructor(private readonly deps: RepoDeps) {}

  async current(): Promise<Profile | undefined> {
    const row = await this.deps.db.profile.toCollection().first();
    return row
      ? decodeFields(this.deps.codec, PROFILE_ENTITY, row, profilePersonalFields)
      : undefined;
  }

  /**
   * Validates (throws the ZodError, whose messages are i18n keys) and saves a new version.
   * Saving identical values is a no-op: no version, no outbox op, no audit noise.
   */
  async save(input: ProfileInput): Promise<Profile> {
    const fields: ProfileFields = profileInputSchema.parse(input);
    const existing = await this.current();
    const now = this.deps.now();
    const changed = (Object.keys(fields) as (keyof ProfileFields)[]).filter(
      (k) => !existing || existing[k] !== fields[k],
    );
    if (existing && changed.length === 0) return existing;

    const record: Profile = existing
      ? { ...existing, ...fields, version: existing.version + 1, updatedAt: now }
      : { ...fields, id: this.deps.newId(), version: 1, createdAt: now, updatedAt: now };

    await commitChange(this.deps, {
      entity: PROFILE_ENTITY,
      table: this.deps.db.profile,
      record,
      personalFields: profilePersonalFields,
      action: existing ? 'update' : 'create',
      actor: record.id,
      fields: changed,
    });
    return record;
  }
}
