/**
 * The shipped rule packs the bench page needs: the eligibility pack (catalogue for the data
 * generator, labels for the printout), the consultation-register and defence-register packs.
 */
import type {
  ConsultationRegisterPack,
  DefenceRegisterPack,
  EligibilityPack,
} from '../../src-shared/rules/pack-schema';
import { loadShippedPacks } from '../../src-shared/rules/shipped-packs';
import type { Catalogue } from './fixtures';

const packs = loadShippedPacks();
function required<T>(pack: T | undefined, what: string): T {
  if (!pack) throw new Error(`the shipped packs have no ${what} pack`);
  return pack;
}
// The newest eligibility version is the one the app records new entries against.
export const eligibilityPack = required(
  packs
    .filter((p): p is EligibilityPack => p.kind === 'eligibility')
    .sort((a, b) => b.version - a.version)[0],
  'eligibility',
);
export const registerPack = required(
  packs.find((p): p is ConsultationRegisterPack => p.kind === 'consultation-register'),
  'consultation-register',
);
export const defencePack = required(
  packs.find((p): p is DefenceRegisterPack => p.kind === 'defence-register'),
  'defence-register',
);

export const catalogue: Catalogue = {
  areaIds: eligibilityPack.issueAreas.map((a) => a.id),
  consultationCategories: eligibilityPack.categories
    .filter((c) => c.service === 'consultation')
    .map((c) => c.id),
  minorCategory: 'cons.26-2-1.minor-without-care',
  refusalGrounds: eligibilityPack.refusalGrounds
    .filter((g) => g.kind === 'not-in-category' || g.kind === 'not-legal-request')
    .map((g) => g.id),
  eligibilityPack: { id: eligibilityPack.id, version: eligibilityPack.version },
};

/** The label lookups the register printout takes (as print-register.ts passes them). */
export const labels = {
  issueAreaLabel: (id: string) =>
    eligibilityPack.issueAreas.find((a) => a.id === id)?.label ?? { kk: id, ru: id },
  categoryLabel: (id: string | null) =>
    eligibilityPack.categories.find((c) => c.id === id)?.label ?? null,
};
