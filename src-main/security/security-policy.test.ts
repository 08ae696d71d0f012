import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, originOf } from '../protocol/app-origin';
import { isAllowedNavigation, isAllowedPermission, isTrustedSender } from './security-policy';

const trusted = [APP_ORIGIN];

describe('originOf', () => {
  it('keeps the host of custom schemes (WHATWG URL would say "null")', () => {
    expect(originOf('app://qorgau/index.html#/settings')).toBe('app://qorgau');
    expect(originOf('http://localhost:5173/x')).toBe('http://localhost:5173');
  });
  it('has no origin for file:, data: and garbage', () => {
    expect(originOf('file:///etc/passwd')).toBeNull();
    expect(originOf('data:text/html,hi')).toBeNull();
    expect(originOf('not a url')).toBeNull();
  });
});

describe('isTrustedSender', () => {
  it('accepts our top frame', () => {
    expect(isTrustedSender({ url: 'app://qorgau/index.html', isMainFrame: true }, trusted)).toBe(
      true,
    );
  });
  it.each([
    ['app://evil/index.html', true],
    ['app://qorgau.evil/index.html', true],
    ['https://qorgau.kz/', true],
    ['file:///C:/app/index.html', true],
    ['about:blank', true],
    ['app://qorgau/index.html', false], // an iframe inside our page
  ])('refuses %s (main frame: %s)', (url, isMainFrame) => {
    expect(isTrustedSender({ url, isMainFrame }, trusted)).toBe(false);
  });
  it('accepts the dev server only when it is listed', () => {
    const dev = { url: 'http://localhost:5173/', isMainFrame: true };
    expect(isTrustedSender(dev, trusted)).toBe(false);
    expect(isTrustedSender(dev, [...trusted, 'http://localhost:5173'])).toBe(true);
  });
});

describe('isAllowedNavigation', () => {
  it('allows moving inside the app', () => {
    expect(isAllowedNavigation('app://qorgau/index.html#/reports', trusted)).toBe(true);
  });
  it.each(['https://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'app://other/'])(
    'blocks %s',
    (url) => {
      expect(isAllowedNavigation(url, trusted)).toBe(false);
    },
  );
});

describe('isAllowedPermission', () => {
  it.each(['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read'])(
    'denies %s',
    (p) => {
      expect(isAllowedPermission(p)).toBe(false);
    },
  );
});
