import { describe, expect, it } from 'vitest';
import { trustedOrigins } from './trusted-origins';

describe('trustedOrigins', () => {
  it('is only app://qorgau in a packaged build, even if the env names a dev server', () => {
    expect(trustedOrigins(true, 'http://localhost:5173')).toEqual(['app://qorgau']);
  });
  it('adds the dev server in an unpackaged run', () => {
    expect(trustedOrigins(false, 'http://localhost:5173/')).toEqual([
      'app://qorgau',
      'http://localhost:5173',
    ]);
  });
  it('ignores a missing or malformed dev URL', () => {
    expect(trustedOrigins(false, undefined)).toEqual(['app://qorgau']);
    expect(trustedOrigins(false, 'nonsense')).toEqual(['app://qorgau']);
  });
});
