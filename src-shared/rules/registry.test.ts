import { describe, expect, it } from 'vitest';
import v2 from './packs/kz-sgla-eligibility.v2.json';
import { RulePackRegistry } from './registry';
import { loadShippedPacks } from './shipped-packs';

const valid = JSON.stringify(v2);

/** Deterministic PRNG (mulberry32) so a failing fuzz case can be reproduced by its seed. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Node = Record<string, unknown> | unknown[];
function paths(node: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      const p = [...prefix, Array.isArray(node) ? Number(k) : k];
      out.push(p);
      paths(v, p, out);
    }
  }
  return out;
}

const BAD_VALUES: unknown[] = [null, 42, -1, '', 'x', [], {}, true, '2026-02-30', 'NaN', 1.5];

/** One structural mutation of a pack; returns the JSON text. */
function mutate(pack: unknown, r: () => number): string {
  const choice = Math.floor(r() * 5);
  if (choice === 0) return valid.slice(0, Math.floor(r() * valid.length)); // truncated file
  const copy = JSON.parse(JSON.stringify(pack)) as Node;
  const all = paths(copy);
  const path = all[Math.floor(r() * all.length)]!;
  const parent = path.slice(0, -1).reduce<unknown>((n, k) => (n as Node)[k as never], copy) as Node;
  const last = path.at(-1)!;
  if (choice === 1) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete (parent as Record<string, unknown>)[last as string];
  } else if (choice === 2) {
    (parent as Record<string | number, unknown>)[last] =
      BAD_VALUES[Math.floor(r() * BAD_VALUES.length)];
  } else if (choice === 3) {
    // duplicate an item inside an array of items (duplicate ids)
    const arrays = all.filter((p) =>
      Array.isArray(p.reduce<unknown>((n, k) => (n as Node)[k as never], copy)),
    );
    const arrPath = arrays[Math.floor(r() * arrays.length)]!;
    const arr = arrPath.reduce<unknown>((n, k) => (n as Node)[k as never], copy) as unknown[];
    if (arr.length > 0) arr.push(JSON.parse(JSON.stringify(arr[0])));
  } else {
    (parent as Record<string | number, unknown>)[last] = { unexpected: [1, 2, 3] };
  }
  return JSON.stringify(copy);
}

describe('RulePackRegistry', () => {
  it('starts with the shipped packs, all valid', () => {
    const reg = new RulePackRegistry(loadShippedPacks());
    expect(reg.all().map((p) => `${p.id}@${p.version}`)).toEqual([
      'kz-calendar@1',
      'kz-consultation-register@1',
      'kz-defence-register@1',
      'kz-sgla-eligibility@1',
      'kz-sgla-eligibility@2',
      'kz-mrp@1',
      'kz-sgla-tariff@1',
      'kz-sgla-tariff@2',
    ]);
  });

  it('installs a corrected pack (higher version) that then wins for its period', () => {
    const reg = new RulePackRegistry(loadShippedPacks());
    const corrected = {
      ...v2,
      version: 3,
      effectiveFrom: '2026-01-01',
      publisher: 'Қызылорда алқасы',
    };
    const r = reg.install(JSON.stringify(corrected));
    expect(r).toMatchObject({ ok: true, alreadyInstalled: false });
    expect(reg.inForce('eligibility', '2026-01-01')?.version).toBe(3);
    expect(reg.inForce('eligibility', '2025-12-31')?.version).toBe(2);
  });

  it('re-installing the same pack is a no-op; a different pack under the same version is refused', () => {
    const reg = new RulePackRegistry(loadShippedPacks());
    expect(reg.install(valid)).toMatchObject({ ok: true, alreadyInstalled: true });
    const tampered = { ...v2, title: { kk: 'Басқа', ru: 'Другой' } };
    expect(reg.install(JSON.stringify(tampered))).toEqual({
      ok: false,
      error: { code: 'versionConflict', id: 'kz-sgla-eligibility', version: 2 },
    });
    expect(reg.get({ id: 'kz-sgla-eligibility', version: 2 })?.title.kk).not.toBe('Басқа');
  });

  it.each([
    ['not JSON', '{ "format": 1, ', 'notJson'],
    ['another format', JSON.stringify({ ...v2, format: 2 }), 'unsupportedFormat'],
    ['no format', JSON.stringify({ id: 'x' }), 'unsupportedFormat'],
    [
      'a category without a source',
      JSON.stringify({ ...v2, categories: [{ ...v2.categories[0], source: undefined }] }),
      'invalid',
    ],
    [
      'an unknown evidence reference',
      JSON.stringify({ ...v2, categories: [{ ...v2.categories[0], evidence: ['nothing'] }] }),
      'inconsistent',
    ],
    [
      'an end before the start',
      JSON.stringify({ ...v2, effectiveTo: '2020-01-01' }),
      'inconsistent',
    ],
    [
      'a missing refusal ground',
      JSON.stringify({ ...v2, refusalGrounds: v2.refusalGrounds.slice(1) }),
      'inconsistent',
    ],
    ['a bad date', JSON.stringify({ ...v2, effectiveFrom: '2026-02-30' }), 'invalid'],
    ['a huge file', ' '.repeat(3 * 1024 * 1024), 'tooLarge'],
  ])('refuses %s with a reason, keeping the active packs', (_name, text, code) => {
    const reg = new RulePackRegistry(loadShippedPacks());
    const before = JSON.stringify(reg.all());
    const r = reg.install(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe(code);
    expect(JSON.stringify(reg.all())).toBe(before);
  });

  it('fuzz: 400 random mutations never throw and never change the registry unless valid', () => {
    const reg = new RulePackRegistry(loadShippedPacks());
    const before = JSON.stringify(reg.all());
    let rejected = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const text = mutate(v2, rng(seed));
      let r;
      try {
        r = reg.install(text);
      } catch (e) {
        throw new Error(`seed ${seed} threw: ${String(e)}`, { cause: e });
      }
      if (r.ok) {
        // A benign mutation (e.g. a label) under the same id+version must still be refused
        // unless it produced exactly the installed pack.
        expect(r.alreadyInstalled, `seed ${seed}`).toBe(true);
      } else {
        rejected++;
        expect(r.error.code, `seed ${seed}`).toMatch(
          /^(notJson|unsupportedFormat|invalid|inconsistent|versionConflict)$/,
        );
      }
      expect(JSON.stringify(reg.all()), `seed ${seed}`).toBe(before);
    }
    expect(rejected).toBeGreaterThan(350);
  });
});
