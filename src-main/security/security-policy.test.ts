import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, originOf } from '../protocol/app-origin';
import {
  isAllowedFrameNavigation,
  isAllowedNavigation,
  isAllowedPermission,
  isTrustedSender,
} from './security-policy';

const trusted = [APP_ORIGIN];
const require = createRequire(import.meta.url);

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
  it.each([
    'https://example.com',
    'http://qorgau.kz/',
    'https://qorgau@evil.example/',
    'app://qorgau.evil/index.html',
    'app://other/',
    'file:///etc/passwd',
    'file:///C:/Program%20Files/Qorgau/resources/app.asar/out/renderer/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'blob:app://qorgau/0b4f',
    'about:blank',
    'http://localhost:5173/',
  ])('blocks %s', (url) => {
    expect(isAllowedNavigation(url, trusted)).toBe(false);
  });
  it('allows the dev server only when it is listed (unpackaged runs)', () => {
    expect(
      isAllowedNavigation('http://localhost:5173/#/x', [...trusted, 'http://localhost:5173']),
    ).toBe(true);
  });
});

describe('isAllowedFrameNavigation', () => {
  it('lets a sub-frame show a generated PDF (blob:) and pages of the app', () => {
    expect(isAllowedFrameNavigation('blob:app://qorgau/6a1c', false, trusted)).toBe(true);
    expect(isAllowedFrameNavigation('app://qorgau/index.html', false, trusted)).toBe(true);
  });
  it('never lets the top frame become a blob:', () => {
    expect(isAllowedFrameNavigation('blob:app://qorgau/6a1c', true, trusted)).toBe(false);
  });
  it.each([
    ['https://example.com/', false],
    ['https://example.com/', true],
    ['file:///etc/passwd', false],
    ['data:text/html,hi', false],
    ['javascript:alert(1)', false],
  ])('blocks %s (main frame: %s)', (url, isMainFrame) => {
    expect(isAllowedFrameNavigation(url, isMainFrame, trusted)).toBe(false);
  });
});

/**
 * Every permission name the installed Electron passes to the request and check handlers, read
 * from its type declarations so an Electron upgrade that adds one is tested at once.
 */
function electronPermissionNames(): string[] {
  const dts = readFileSync(require.resolve('electron/electron.d.ts'), 'utf8');
  const names = new Set<string>();
  for (const handler of ['setPermissionRequestHandler', 'setPermissionCheckHandler']) {
    const at = dts.indexOf(`${handler}(handler: ((webContents:`);
    const union = /permission: ((?:'[^']+'(?: \| )?)+)/.exec(dts.slice(at, at + 4000))?.[1] ?? '';
    for (const m of union.matchAll(/'([^']+)'/g)) names.add(m[1]!);
  }
  return [...names].sort();
}
const ELECTRON_PERMISSIONS = electronPermissionNames();

describe('the permission names read from Electron', () => {
  it('include the ones the handlers must know', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'hid', 'usb'])
      expect(ELECTRON_PERMISSIONS).toContain(p);
    expect(ELECTRON_PERMISSIONS).toContain('clipboard-sanitized-write');
  });
});

const ours = { url: 'app://qorgau/index.html#/consultations', isMainFrame: true };

describe('isAllowedPermission', () => {
  it.each(ELECTRON_PERMISSIONS.filter((p) => p !== 'clipboard-sanitized-write'))(
    'denies %s, even to our own top frame',
    (permission) => {
      expect(isAllowedPermission({ permission, ...ours }, trusted)).toBe(false);
    },
  );

  it('lets our own top frame write the clipboard (Copy buttons), and nothing else', () => {
    const write = 'clipboard-sanitized-write';
    expect(isAllowedPermission({ permission: write, ...ours }, trusted)).toBe(true);
    expect(
      isAllowedPermission({ permission: write, url: 'app://qorgau', isMainFrame: true }, trusted),
    ).toBe(true);
    for (const ask of [
      { url: ours.url, isMainFrame: false },
      { url: 'https://evil.example/', isMainFrame: true },
      { url: 'app://qorgau.evil/', isMainFrame: true },
      { url: 'file:///C:/x.html', isMainFrame: true },
      { url: undefined, isMainFrame: true },
    ]) {
      expect(isAllowedPermission({ permission: write, ...ask }, trusted), ask.url).toBe(false);
    }
  });

  it('denies a name Electron may add later', () => {
    expect(isAllowedPermission({ permission: 'teleport', ...ours }, trusted)).toBe(false);
  });
});
