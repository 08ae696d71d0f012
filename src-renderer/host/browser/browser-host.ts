/**
 * window.api for plain Chromium: the browser test host and the `npm run web` preview.
 * Same contract, same dispatcher (argument validation, envelopes) as Electron main;
 * OS work is replaced by browser equivalents: saving is a download, printing opens the
 * PDF in a new tab, external links are blocked and logged. Only the web build imports
 * this file (src-renderer/web/main.web.tsx); a test checks it never reaches out/renderer.
 */
import { buildApi } from '../../../src-shared/contracts/ipc-api';
import { createDispatcher, type IpcHandlers } from '../../../src-shared/contracts/ipc-dispatcher';
import { scopedMemoryStores } from '../../../src-shared/sync/credential-store';
import {
  createServerClient,
  NoAnswerError,
  type HttpSend,
} from '../../../src-shared/sync/server-client';
import { createSyncHandlers } from '../../../src-shared/sync/sync-handlers';
import { browserBackupHandlers } from './browser-backup';
import { browserBundleFileHandlers } from './browser-bundle-file';

export const BROWSER_HOST_MARKER = 'qorgau-browser-host';

export interface HostLogEntry {
  channel: string;
  action: 'download' | 'open-tab' | 'blocked' | 'refused' | 'info';
  detail: string;
}

export interface BrowserHostHandle {
  marker: typeof BROWSER_HOST_MARKER;
  log: HostLogEntry[];
}

const MIME = {
  pdf: 'application/pdf',
  json: 'application/json',
  csv: 'text/csv',
  txt: 'text/plain',
  // An offline bundle is JSON text, but saved as JSON a browser would offer to open it.
  'qorgau-bundle': 'application/octet-stream',
};

function withExtension(name: string, ext: string): string {
  return name.toLowerCase().endsWith(`.${ext}`) ? name : `${name}.${ext}`;
}

function download(name: string, bytes: Uint8Array, mime: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function chromeVersion(): string | undefined {
  return /Chrome\/([\d.]+)/.exec(navigator.userAgent)?.[1];
}

/** The page's fetch for the preview's sync calls (the server must allow the preview's origin). */
const browserHttpSend: HttpSend = async ({ method, url, token, body }) => {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (token) headers['authorization'] = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    const timeout = (error as { name?: string }).name === 'TimeoutError';
    throw new NoAnswerError(timeout ? 'timeout' : 'offline', String(error));
  }
  const text = await res.text().catch(() => '');
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, retryAfter: res.headers.get('retry-after'), json };
};

export function installBrowserHost(): BrowserHostHandle {
  const handle: BrowserHostHandle = { marker: BROWSER_HOST_MARKER, log: [] };
  const record = (channel: string, action: HostLogEntry['action'], detail: string) => {
    handle.log.push({ channel, action, detail });
    console.info(`[${BROWSER_HOST_MARKER}] ${channel}: ${action} ${detail}`);
  };

  const handlers: IpcHandlers = {
    'app.info': async () => {
      const versions: { chrome?: string } = {};
      const chrome = chromeVersion();
      if (chrome) versions.chrome = chrome;
      return {
        name: 'Qorgau',
        version: __QORGAU_VERSION__,
        host: 'browser',
        platform: navigator.platform || 'web',
        arch: 'web',
        locale: navigator.language,
        versions,
      };
    },
    'files.saveFile': async ({ suggestedName, kind, bytes }) => {
      const name = withExtension(suggestedName, kind);
      download(name, bytes, MIME[kind]);
      record('files.saveFile', 'download', name);
      return { saved: true, path: name };
    },
    'files.savePdf': async ({ suggestedName, bytes }) => {
      const name = withExtension(suggestedName, 'pdf');
      download(name, bytes, MIME.pdf);
      record('files.savePdf', 'download', name);
      return { saved: true, path: name };
    },
    'files.printPdf': async ({ title, bytes }) => {
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: MIME.pdf }));
      const tab = window.open(url, '_blank', 'noopener');
      record('files.printPdf', 'open-tab', title);
      return { opened: tab !== null };
    },
    'shell.openExternal': async ({ url }) => {
      // The preview must not leave the page; the desktop app opens the system browser.
      record('shell.openExternal', 'blocked', url);
      return { opened: false };
    },
    // The preview keeps the device token in memory only (the desktop app: OS-encrypted, in main).
    ...createSyncHandlers(scopedMemoryStores(), createServerClient(browserHttpSend)),
    // Backups: a download per backup, a file input to restore (browser-backup.ts).
    ...browserBackupHandlers({ download, record }),
    // Offline bundles: the head picks the advocate's file with a file input.
    ...browserBundleFileHandlers({ record }),
  };

  const dispatch = createDispatcher(handlers, {
    isTrustedSender: () => true, // same document: there is no other sender
    log: (_level, message, detail) =>
      record('dispatcher', 'refused', `${message} ${JSON.stringify(detail ?? '')}`),
  });
  const sender = { url: location.href, isMainFrame: true };
  window.api = buildApi((channel, args) => dispatch(channel, sender, args) as Promise<never>);
  (window as unknown as { __qorgauBrowserHost: BrowserHostHandle }).__qorgauBrowserHost = handle;
  return handle;
}
