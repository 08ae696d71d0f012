/**
 * The packs shipped with this release, validated like any loaded file. A shipped pack that
 * fails validation is a build error (shipped-packs.test.ts), never a runtime surprise.
 */
import calendar from './packs/kz-calendar.json';
import consultationRegister from './packs/kz-consultation-register.json';
import defenceRegister from './packs/kz-defence-register.json';
import mrp from './packs/kz-mrp.json';
import eligibilityV1 from './packs/kz-sgla-eligibility.v1.json';
import eligibilityV2 from './packs/kz-sgla-eligibility.v2.json';
import tariff2023 from './packs/kz-sgla-tariff.2023.json';
import tariff2025 from './packs/kz-sgla-tariff.2025.json';
import { parseRulePack } from './load-pack';
import type { RulePack } from './pack-schema';

const files: Record<string, unknown> = {
  'kz-sgla-eligibility.v1.json': eligibilityV1,
  'kz-sgla-eligibility.v2.json': eligibilityV2,
  'kz-calendar.json': calendar,
  'kz-mrp.json': mrp,
  'kz-consultation-register.json': consultationRegister,
  'kz-defence-register.json': defenceRegister,
  'kz-sgla-tariff.2023.json': tariff2023,
  'kz-sgla-tariff.2025.json': tariff2025,
};

export function loadShippedPacks(): RulePack[] {
  return Object.entries(files).map(([name, json]) => {
    const r = parseRulePack(JSON.stringify(json));
    if (!r.ok) throw new Error(`shipped rule pack ${name} is invalid: ${JSON.stringify(r.error)}`);
    return r.pack;
  });
}
