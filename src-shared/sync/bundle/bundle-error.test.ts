import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { kk } from '../../i18n/kk';
import { ru } from '../../i18n/ru';
import { BundleError, bundleErrorCodes } from './bundle-error';

describe('BundleError messages', () => {
  it.each(bundleErrorCodes)('%s has its own sentence in kk, ru and en', (code) => {
    const e = new BundleError(code, 'detail for logs');
    expect(e.messageKey).toBe(`bundle.errors.${code}`);
    const texts = [en, kk, ru].map((m) => m.bundle.errors[code]);
    for (const t of texts) expect(t.length).toBeGreaterThan(20);
    // Three languages, not one copied three times.
    expect(new Set(texts).size).toBe(3);
    expect(e.message).toContain('detail for logs');
  });

  it('no two codes share a sentence', () => {
    for (const m of [en, kk, ru]) {
      const all = bundleErrorCodes.map((c) => m.bundle.errors[c]);
      expect(new Set(all).size).toBe(all.length);
    }
  });
});
