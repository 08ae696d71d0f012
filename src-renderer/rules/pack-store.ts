/**
 * The renderer's rule packs: shipped packs plus installed files, re-validated at every
 * start (a stored file that no longer validates is skipped and reported, never used).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { RulePackRegistry, type InstallResult } from '../../src-shared/rules/registry';
import { loadShippedPacks } from '../../src-shared/rules/shipped-packs';
import type { RulePack } from '../../src-shared/rules/pack-schema';
import { repos } from '../db';
import type { InstalledPackRow } from '../db/rows';

const shipped = loadShippedPacks();
const shippedKeys = new Set(shipped.map((p) => `${p.id}@${p.version}`));

export interface PackState {
  registry: RulePackRegistry;
  /** Installed files that failed re-validation (e.g. written by a newer app version). */
  skipped: { id: string; reason: string }[];
}

export function buildRegistry(rows: readonly InstalledPackRow[]): PackState {
  const registry = new RulePackRegistry(shipped);
  const skipped: PackState['skipped'] = [];
  for (const row of rows) {
    const r = registry.install(row.json);
    if (!r.ok) skipped.push({ id: row.id, reason: r.error.code });
  }
  return { registry, skipped };
}

export function isShipped(pack: RulePack): boolean {
  return shippedKeys.has(`${pack.id}@${pack.version}`);
}

/** Live pack state: re-built whenever a pack is installed (on any tab). */
export function usePackState(): PackState | undefined {
  return useLiveQuery(async () => buildRegistry(await repos.installedPacks.all()), []);
}

/** Validates and installs a pack file; on failure nothing is stored and nothing changes. */
export async function installPackFile(text: string, actor: string): Promise<InstallResult> {
  const { registry } = buildRegistry(await repos.installedPacks.all());
  const r = registry.install(text);
  if (r.ok && !r.alreadyInstalled) await repos.installedPacks.add(r.pack, text, actor);
  return r;
}
