/**
 * The ids the generated records use, read from the packs shipped with this release (the
 * newest eligibility pack, the defence register pack), so every record is one the app's own
 * schemas and the server's checks accept.
 */
import type { DefenceRegisterPack, EligibilityPack } from '../../src-shared/rules/pack-schema';
import { loadShippedPacks } from '../../src-shared/rules/shipped-packs';
import type { Catalogue } from '../web/fixtures';

export interface BenchCatalogue extends Catalogue {
  defenceCategories: string[];
  defence: DefenceRegisterPack;
}

function required<T>(pack: T | undefined, what: string): T {
  if (!pack) throw new Error(`the shipped packs have no ${what} pack`);
  return pack;
}

export function benchCatalogue(): BenchCatalogue {
  const packs = loadShippedPacks();
  // The newest eligibility version is the one the app records new entries against.
  const eligibility = required(
    packs
      .filter((p): p is EligibilityPack => p.kind === 'eligibility')
      .sort((a, b) => b.version - a.version)[0],
    'eligibility',
  );
  const defence = required(
    packs.find((p): p is DefenceRegisterPack => p.kind === 'defence-register'),
    'defence-register',
  );
  return {
    areaIds: eligibility.issueAreas.map((a) => a.id),
    consultationCategories: eligibility.categories
      .filter((c) => c.service === 'consultation')
      .map((c) => c.id),
    minorCategory: 'cons.26-2-1.minor-without-care',
    refusalGrounds: eligibility.refusalGrounds
      .filter((g) => g.kind === 'not-in-category' || g.kind === 'not-legal-request')
      .map((g) => g.id),
    eligibilityPack: { id: eligibility.id, version: eligibility.version },
    defenceCategories: eligibility.categories
      .filter((c) => c.service === 'defence')
      .map((c) => c.id),
    defence,
  };
}
