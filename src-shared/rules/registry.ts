/**
 * The set of rule packs the app decides with: the shipped ones plus those a collegium
 * installed from files. Installing validates first and changes nothing on failure, so a
 * bad file can never take the law away from an advocate in the field.
 *
 * (id, version) is immutable: decisions store it to be replayed, so a different pack under
 * an existing (id, version) is refused — a correction must carry a higher version.
 */
import { canonicalJson, type Json } from '../domain/audit/canonical-json';
import { parseRulePack, type PackLoadError } from './load-pack';
import type { PackRef, RulePack, RulePackKind } from './pack-schema';
import { packInForce } from './select-pack';

export type InstallResult =
  | { ok: true; pack: RulePack; alreadyInstalled: boolean }
  | { ok: false; error: PackLoadError | { code: 'versionConflict'; id: string; version: number } };

const key = (p: PackRef) => `${p.id}@${p.version}`;
const same = (a: RulePack, b: RulePack) =>
  canonicalJson(a as unknown as Json) === canonicalJson(b as unknown as Json);

export class RulePackRegistry {
  private readonly packs = new Map<string, RulePack>();

  constructor(initial: readonly RulePack[] = []) {
    for (const p of initial) this.packs.set(key(p), p);
  }

  all(): RulePack[] {
    return [...this.packs.values()].sort(
      (a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id) || a.version - b.version,
    );
  }

  get(ref: PackRef): RulePack | undefined {
    return this.packs.get(key(ref));
  }

  inForce<K extends RulePackKind>(kind: K, date: string) {
    return packInForce(this.all(), kind, date);
  }

  /** Validates a pack file's text and adds it; on any failure the registry is unchanged. */
  install(text: string): InstallResult {
    const parsed = parseRulePack(text);
    if (!parsed.ok) return parsed;
    const existing = this.packs.get(key(parsed.pack));
    if (existing) {
      if (same(existing, parsed.pack)) return { ok: true, pack: existing, alreadyInstalled: true };
      return {
        ok: false,
        error: { code: 'versionConflict', id: parsed.pack.id, version: parsed.pack.version },
      };
    }
    this.packs.set(key(parsed.pack), parsed.pack);
    return { ok: true, pack: parsed.pack, alreadyInstalled: false };
  }
}
