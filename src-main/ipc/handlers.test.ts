import { describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN } from '../protocol/app-origin';
import { isTrustedSender } from '../security/security-policy';
import { createDispatcher } from '../../src-shared/contracts/ipc-dispatcher';
import { memoryCredentialStore } from '../../src-shared/sync/credential-store';
import { createServerClient } from '../../src-shared/sync/server-client';
import { createSyncHandlers } from '../../src-shared/sync/sync-handlers';
import { createBackupHandlers } from '../backup/backup-handlers';
import { createBundleFileHandlers } from '../bundle/bundle-file-handlers';
import { createHandlers, type OsServices } from './handlers';

const pdf = new TextEncoder().encode('%PDF-1.7\n%test\n');
const top = { url: `${APP_ORIGIN}/index.html`, isMainFrame: true };

function fakeOs(overrides: Partial<OsServices> = {}) {
  const written: { path: string; size: number }[] = [];
  const opened: string[] = [];
  const os: OsServices = {
    appInfo: () => ({
      name: 'Qorgau',
      version: '0.1.0',
      host: 'electron',
      platform: 'win32',
      arch: 'x64',
      locale: 'kk',
      versions: { electron: '45.5.0' },
    }),
    chooseSavePath: async ({ defaultName }) => `/home/adv/Documents/${defaultName}`,
    writeFile: async (p, b) => void written.push({ path: p, size: b.byteLength }),
    tempDir: async () => '/tmp/qorgau-print',
    openPath: async (p) => (opened.push(p), ''),
    openExternal: async (u) => void opened.push(u),
    ...overrides,
  };
  return { os, written, opened };
}

function setup(overrides: Partial<OsServices> = {}) {
  const f = fakeOs(overrides);
  const log = vi.fn();
  const dispatch = createDispatcher(
    createHandlers(
      f.os,
      // No network in these tests: a sync call would fail as 'offline', never reach a server.
      createSyncHandlers(
        memoryCredentialStore(),
        createServerClient(() => Promise.reject(new Error('no network in this test'))),
      ),
      // Backups have their own tests (src-main/backup); no dialog, no settings file here.
      createBackupHandlers({
        settingsFile: '/nonexistent/qorgau-test/backup-settings.json',
        dialogs: { chooseFolder: async () => null, chooseBackupFile: async () => null },
      }),
      // Bundle files likewise (src-main/bundle): the dialog is always cancelled here.
      createBundleFileHandlers({ chooseBundleFile: async () => null }),
    ),
    {
      isTrustedSender: (s) => isTrustedSender(s, [APP_ORIGIN]),
      log,
    },
  );
  return { ...f, dispatch, log };
}

describe('IPC dispatcher with the Electron handlers', () => {
  it('answers app.info in an ok envelope', async () => {
    const { dispatch } = setup();
    const r = await dispatch('app.info', top, undefined);
    expect(r).toMatchObject({ ok: true, value: { name: 'Qorgau', host: 'electron' } });
  });

  it('refuses a foreign sender before touching the handler', async () => {
    const { dispatch, written } = setup();
    const r = await dispatch(
      'files.savePdf',
      { url: 'https://evil.example/', isMainFrame: true },
      {
        suggestedName: 'x',
        bytes: pdf,
      },
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(written).toEqual([]);
  });

  it('refuses an iframe of our own origin', async () => {
    const { dispatch } = setup();
    const r = await dispatch('app.info', { ...top, isMainFrame: false }, undefined);
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses unknown channels', async () => {
    const { dispatch } = setup();
    expect(await dispatch('fs.readAnything', top, '/etc/passwd')).toMatchObject({
      ok: false,
      error: { code: 'invalidArgs' },
    });
  });

  it.each([
    ['no args', undefined],
    ['bytes as a plain array', { suggestedName: 'a', bytes: [37, 80, 68, 70, 45] }],
    ['not a PDF', { suggestedName: 'a', bytes: new TextEncoder().encode('<html>') }],
    ['empty file', { suggestedName: 'a', bytes: new Uint8Array() }],
    ['a folder in the name', { suggestedName: '../../evil', bytes: pdf }],
    ['a Windows-forbidden character', { suggestedName: 'a:b', bytes: pdf }],
    ['a hidden file name', { suggestedName: '.bashrc', bytes: pdf }],
  ])('rejects files.savePdf with %s and lists the issues', async (_label, args) => {
    const { dispatch, written } = setup();
    const r = await dispatch('files.savePdf', top, args);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalidArgs');
      expect(r.error.issues?.length).toBeGreaterThan(0);
    }
    expect(written).toEqual([]);
  });

  it('saves a PDF to the chosen path with the .pdf extension', async () => {
    const { dispatch, written } = setup({ chooseSavePath: async () => '/home/adv/Тізілім-қараша' });
    const r = await dispatch('files.savePdf', top, {
      suggestedName: 'Тізілім 2026-11',
      bytes: pdf,
    });
    expect(r).toEqual({ ok: true, value: { saved: true, path: '/home/adv/Тізілім-қараша.pdf' } });
    expect(written).toEqual([{ path: '/home/adv/Тізілім-қараша.pdf', size: pdf.byteLength }]);
  });

  it('a cancelled dialog is not an error and writes nothing', async () => {
    const { dispatch, written } = setup({ chooseSavePath: async () => null });
    const r = await dispatch('files.saveFile', top, {
      suggestedName: 'diag',
      kind: 'json',
      bytes: new TextEncoder().encode('{}'),
    });
    expect(r).toEqual({ ok: true, value: { saved: false } });
    expect(written).toEqual([]);
  });

  it('prints by writing a temp PDF and opening the system viewer', async () => {
    const { dispatch, written, opened } = setup();
    const r = await dispatch('files.printPdf', top, { title: 'Хабарлама', bytes: pdf });
    expect(r).toEqual({ ok: true, value: { opened: true } });
    expect(written[0]?.path).toMatch(/^\/tmp\/qorgau-print\/\d+-Хабарлама\.pdf$/);
    expect(opened).toEqual([written[0]?.path]);
  });

  it('turns a handler failure into an internal error envelope and logs it', async () => {
    const { dispatch, log } = setup({ openPath: async () => 'no application for .pdf' });
    const r = await dispatch('files.printPdf', top, { title: 'x', bytes: pdf });
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(log).toHaveBeenCalledWith(
      'error',
      expect.stringContaining('files.printPdf'),
      expect.anything(),
    );
  });

  it.each([
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'ms-settings:privacy',
    'https://user:pass@example.com/',
    'not a url',
  ])('shell.openExternal refuses %s with unsafeUrl', async (url) => {
    const { dispatch, opened } = setup();
    const r = await dispatch('shell.openExternal', top, { url });
    expect(r).toMatchObject({ ok: false, error: { code: 'unsafeUrl' } });
    expect(opened).toEqual([]);
  });

  it('shell.openExternal opens an https link', async () => {
    const { dispatch, opened } = setup();
    const r = await dispatch('shell.openExternal', top, {
      url: 'https://adilet.zan.kz/kaz/docs/Z1800000176',
    });
    expect(r).toEqual({ ok: true, value: { opened: true } });
    expect(opened).toEqual(['https://adilet.zan.kz/kaz/docs/Z1800000176']);
  });

  it('a handler that answers outside the contract becomes an internal error', async () => {
    const { dispatch } = setup({ appInfo: () => ({ name: 'Qorgau' }) as never });
    expect(await dispatch('app.info', top, undefined)).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });
});
