/**
 * app-protocol.main.ts against a stand-in Electron: app:// serves only the built renderer,
 * with the CSP header, and the scheme gets no privilege that would bypass the CSP.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { rendererCsp, rendererCspHeaderOnly } from '../../src-shared/security/csp';

const fake = vi.hoisted(() => {
  const state: {
    schemes: { scheme: string; privileges: Record<string, boolean> }[];
    handler?: (req: Request) => Promise<Response>;
  } = { schemes: [] };
  return {
    state,
    electron: {
      protocol: {
        registerSchemesAsPrivileged: (s: typeof state.schemes) => void state.schemes.push(...s),
        handle: (_scheme: string, fn: (req: Request) => Promise<Response>) =>
          void (state.handler = fn),
      },
    },
  };
});
vi.mock('electron', () => fake.electron);
vi.mock('../log.main', () => ({ log: vi.fn() }));

const root = mkdtempSync(path.join(tmpdir(), 'qorgau-app-'));
const renderer = path.join(root, 'renderer');

beforeAll(async () => {
  mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Qorgau</title>');
  writeFileSync(path.join(renderer, 'assets', 'index-1.js'), 'export {};');
  writeFileSync(path.join(root, 'secret.json'), '{"iin":"900101300123"}');
  const { registerAppScheme, serveRenderer } = await import('./app-protocol.main');
  registerAppScheme();
  serveRenderer(renderer);
});

const get = (url: string) => fake.state.handler!(new Request(url));

describe('the app:// protocol', () => {
  it('is a standard secure scheme that does not bypass the CSP or open CORS', () => {
    expect(fake.state.schemes).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
      },
    ]);
  });

  it('serves the renderer with the CSP header and nosniff', async () => {
    const r = await get('app://qorgau/');
    expect(r.status).toBe(200);
    expect(await r.text()).toContain('<title>Qorgau</title>');
    expect(r.headers.get('content-security-policy')).toBe(
      `${rendererCsp}; ${rendererCspHeaderOnly}`,
    );
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await get('app://qorgau/assets/index-1.js')).headers.get('content-type')).toMatch(
      /^text\/javascript/,
    );
  });

  it.each([
    'app://qorgau/../secret.json',
    'app://qorgau/%2e%2e/secret.json',
    'app://qorgau/assets/..%2f..%2fsecret.json',
    'app://other/index.html',
    'app://qorgau/missing.js',
  ])('answers 404 for %s and never reads outside the renderer folder', async (url) => {
    const r = await get(url);
    expect(r.status).toBe(404);
    expect(await r.text()).not.toContain('900101300123');
  });
});
