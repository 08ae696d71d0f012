/**
 * security.main.ts wired to a stand-in for Electron (Electron itself cannot run here): proves
 * the guards are installed and apply security-policy.ts, not only that the policy is right.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

type Listener = (...args: never[]) => unknown;

const fake = vi.hoisted(() => {
  const appListeners = new Map<string, Listener>();
  const handlers: { request?: Listener; check?: Listener } = {};
  return {
    appListeners,
    handlers,
    enableSandbox: vi.fn(),
    electron: {
      app: {
        isPackaged: true,
        enableSandbox: () => fake.enableSandbox(),
        on: (name: string, fn: Listener) => void appListeners.set(name, fn),
        whenReady: () => Promise.resolve(),
      },
      session: {
        defaultSession: {
          setPermissionRequestHandler: (fn: Listener) => void (handlers.request = fn),
          setPermissionCheckHandler: (fn: Listener) => void (handlers.check = fn),
        },
      },
    },
  };
});

vi.mock('electron', () => fake.electron);
vi.mock('../log.main', () => ({ log: vi.fn() }));

/** A webContents as far as the guards use it. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((d: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, fn: Listener) => void listeners.set(name, fn),
    setWindowOpenHandler: (fn: typeof openHandler) => void (openHandler = fn),
  };
  const created = fake.appListeners.get('web-contents-created')!;
  (created as (e: unknown, c: unknown) => void)({}, contents);
  const fire = (name: string, ...args: unknown[]) => {
    const event = { preventDefault: vi.fn() };
    const fn = listeners.get(name) as ((...a: unknown[]) => void) | undefined;
    if (!fn) throw new Error(`no ${name} listener`);
    fn(event, ...args);
    return event.preventDefault.mock.calls.length > 0;
  };
  const fireFrame = (url: string, isMainFrame: boolean) => {
    const event = { url, isMainFrame, preventDefault: vi.fn() };
    (listeners.get('will-frame-navigate') as (e: unknown) => void)(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { fire, fireFrame, open: (url: string) => openHandler!({ url }) };
}

beforeAll(async () => {
  // A packaged build must ignore a dev server named in its environment.
  process.env['ELECTRON_RENDERER_URL'] = 'http://localhost:5173';
  await import('./security.main');
  await Promise.resolve();
});
afterAll(() => {
  delete process.env['ELECTRON_RENDERER_URL'];
});

describe('security.main.ts (against a stand-in Electron)', () => {
  it('trusts only app://qorgau in a packaged build and sandboxes every renderer', async () => {
    const { origins } = await import('./security.main');
    expect(origins).toEqual(['app://qorgau']);
    expect(fake.enableSandbox).toHaveBeenCalledOnce();
  });

  it('blocks navigation and redirects out of the app, lets it move inside', () => {
    const c = fakeContents();
    for (const name of ['will-navigate', 'will-redirect']) {
      expect(c.fire(name, 'https://evil.example/'), name).toBe(true);
      expect(c.fire(name, 'file:///etc/passwd'), name).toBe(true);
      expect(c.fire(name, 'http://localhost:5173/'), name).toBe(true);
      expect(c.fire(name, 'app://qorgau/index.html#/reports'), name).toBe(false);
    }
  });

  it('blocks frame navigation except a generated PDF in a sub-frame', () => {
    const c = fakeContents();
    expect(c.fireFrame('https://evil.example/', false)).toBe(true);
    expect(c.fireFrame('blob:app://qorgau/1', true)).toBe(true);
    expect(c.fireFrame('blob:app://qorgau/1', false)).toBe(false);
  });

  it('denies every new window, ours included', () => {
    const c = fakeContents();
    for (const url of ['https://adilet.zan.kz/', 'app://qorgau/index.html', 'about:blank'])
      expect(c.open(url)).toEqual({ action: 'deny' });
  });

  it('refuses to attach a <webview>', () => {
    expect(fakeContents().fire('will-attach-webview', {}, {})).toBe(true);
  });

  it('answers permission requests and checks from security-policy', () => {
    const request = fake.handlers.request as (...a: unknown[]) => void;
    const check = fake.handlers.check as (...a: unknown[]) => boolean;
    const answers: boolean[] = [];
    const top = { requestingUrl: 'app://qorgau/index.html', isMainFrame: true };
    request({}, 'media', (ok: boolean) => answers.push(ok), top);
    request({}, 'clipboard-read', (ok: boolean) => answers.push(ok), top);
    request({}, 'clipboard-sanitized-write', (ok: boolean) => answers.push(ok), top);
    request({}, 'clipboard-sanitized-write', (ok: boolean) => answers.push(ok), {
      requestingUrl: 'https://evil.example/',
      isMainFrame: true,
    });
    expect(answers).toEqual([false, false, true, false]);
    expect(check({}, 'hid', 'app://qorgau', { isMainFrame: true })).toBe(false);
    expect(check({}, 'clipboard-sanitized-write', 'app://qorgau', { isMainFrame: true })).toBe(
      true,
    );
  });
});
