/** Rule pack files installed on this device (audited like any other change). */
import type { RulePack } from '../../src-shared/rules/pack-schema';
import { commitChange, type RepoDeps } from './commit-change';
import type { InstalledPackRow } from './rows';

export const PACK_ENTITY = 'rulePack';

export class InstalledPackRepository {
  constructor(private readonly deps: RepoDeps) {}

  async all(): Promise<InstalledPackRow[]> {
    return this.deps.db.rulePacks.toArray();
  }

  /** Stores a pack the registry already validated, with the exact text it validated. */
  async add(pack: RulePack, json: string, actor: string): Promise<void> {
    const now = this.deps.now();
    const row: InstalledPackRow = {
      id: `${pack.id}@${pack.version}`,
      version: 1,
      packId: pack.id,
      packVersion: pack.version,
      kind: pack.kind,
      json,
      installedAt: now,
      installedBy: actor,
      createdAt: now,
      updatedAt: now,
    };
    await commitChange(this.deps, {
      entity: PACK_ENTITY,
      table: this.deps.db.rulePacks,
      record: row,
      personalFields: [],
      action: 'create',
      actor,
      fields: ['packId', 'packVersion', 'kind', 'json'],
    });
  }
}
