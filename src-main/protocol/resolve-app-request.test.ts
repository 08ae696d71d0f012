import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppRequest } from './resolve-app-request';

const root = path.resolve('/opt/qorgau/out/renderer');

describe('resolveAppRequest', () => {
  it('serves index.html for the bare origin', () => {
    expect(resolveAppRequest('app://qorgau/', root)).toEqual({
      kind: 'file',
      filePath: path.join(root, 'index.html'),
      mime: 'text/html; charset=utf-8',
    });
  });

  it('serves built assets with their MIME type, ignoring query and hash', () => {
    expect(resolveAppRequest('app://qorgau/assets/index-abc.js?v=1#x', root)).toMatchObject({
      filePath: path.join(root, 'assets', 'index-abc.js'),
      mime: 'text/javascript; charset=utf-8',
    });
    expect(
      resolveAppRequest('app://qorgau/assets/noto-sans-cyrillic-ext.woff2', root),
    ).toMatchObject({
      mime: 'font/woff2',
    });
  });

  it.each([
    'app://qorgau/../../etc/passwd',
    'app://qorgau/%2e%2e/%2e%2e/etc/passwd',
    'app://qorgau/assets/..%2f..%2f..%2fsecret.json',
    'app://qorgau/..%5c..%5cwindows%5cwin.ini',
    'app://qorgau/index.html%00.png',
  ])('refuses to leave the renderer folder: %s', (url) => {
    expect(resolveAppRequest(url, root)).toEqual({ kind: 'notFound' });
  });

  it.each(['app://other/index.html', 'https://qorgau/index.html', 'app://qorgau/%E0%A4%A'])(
    'refuses other hosts, schemes and malformed escapes: %s',
    (url) => {
      expect(resolveAppRequest(url, root)).toEqual({ kind: 'notFound' });
    },
  );

  it('refuses unknown file types', () => {
    expect(resolveAppRequest('app://qorgau/app.exe', root)).toEqual({ kind: 'notFound' });
  });
});
